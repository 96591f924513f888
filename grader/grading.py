"""Grading: learner source in, verdict out. Used by `manage.py grade` and the Celery task.

    record = grade_record(slug="clip-gradients", source=b"...")  # what is stored: no words
    verdict = grade_source(slug="clip-gradients", source=b"...", lang="ja")  # the same, worded

1. Refuse before running what cannot be graded (too large, not UTF-8, NUL bytes, empty).
2. Compile on the host (compiling runs nothing): a syntax error is the learner's, with line
   and column.
3. Run two sandboxes side by side, joined by a pair of pipes: the learner process (the
   learner's file, the exercise's limits, no GPU, no data set, uid GRADER_LEARNER_UID) and the
   judge (the exercise's procedure and data, the GPU when there is one, uid GRADER_JUDGE_UID),
   which never runs learner code. Only the judge has a channel to this process.
4. Read the judge's channel against a strict schema, judge every criterion on the host and
   build the verdict's record (grader.verdict): numbers, ids and codes, worded only when it is
   shown (grader.wording).
"""
from __future__ import annotations

import dataclasses
import hashlib
import importlib.metadata
import json
import logging
import os
import threading
import time
from functools import lru_cache
from pathlib import Path

from django.conf import settings

from grader import sandbox
from grader.exercises import UnknownExercise, load
from grader.judge_output import SchemaError, parse_line, parse_lines
from grader.source_check import source_checked
from grader.verdict import (
    LIMIT_STATUS,
    Outcome,
    Status,
    Verdict,
    judged_criteria,
    unmeasured_criteria,
    verdict_record,
)
from grader.wording import verdict_words

log = logging.getLogger("grader.grading")

GRADER_DIR = Path(__file__).resolve().parent
HARNESS_ROOT = "/opt/kobai"
BOOTSTRAP = (
    "import sys, runpy; sys.path.insert(0, '/opt/kobai'); "
    "runpy.run_module('grader.harness.{module}', run_name='__main__')"
)
# Descriptor numbers inside the sandboxes (grader.harness.judge and grader.harness.serve).
JUDGE_ANSWERS_FD, JUDGE_REQUESTS_FD = 5, 6
LEARNER_REQUESTS_FD, LEARNER_ANSWERS_FD = 5, 6

__all__ = ["UnknownExercise", "failed_record", "grade_record", "grade_source", "grader_version"]


# Everything that decides a verdict: the two processes' code, the sandbox that bounds them, the
# host's reading of the judge's channel and the record it builds, and the PyTorch they run (not
# the wording: words are made when a verdict is shown).
VERSIONED = ("harness", "exercises", "sandbox", "grading.py", "verdict.py", "judge_output.py", "source_check.py")


@lru_cache(maxsize=1)
def grader_version() -> str:
    """A hash of the code that decides a verdict and of PyTorch's version: an identical
    resubmission reuses a verdict only when nothing that made it has changed."""
    return code_version()


def code_version() -> str:
    """grader_version() read afresh from the files (a warm pair started on other code is stale)."""
    digest = hashlib.sha256()
    for name in VERSIONED:
        path = GRADER_DIR / name
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(str(file.relative_to(GRADER_DIR)).encode())
            digest.update(file.read_bytes())
    try:
        digest.update(importlib.metadata.version("torch").encode())
    except importlib.metadata.PackageNotFoundError:
        digest.update(b"no torch")
    return digest.hexdigest()[:12]


def _limits(exercise) -> sandbox.Limits:
    return sandbox.Limits(**{k: v for k, v in exercise.limits.items() if k in sandbox.Limits.__annotations__})


def grade_source(*, slug: str, source: bytes | str, lang: str = "en", seeds=None, on_progress=None,
                 warm=True) -> Verdict:
    """Grade one submission exactly as the service does; the verdict in `lang`. Raises UnknownExercise."""
    return verdict_words(grade_record(slug=slug, source=source, seeds=seeds, on_progress=on_progress, warm=warm),
                         lang)


def grade_record(*, slug: str, source: bytes | str, seeds=None, on_progress=None, warm=True,
                 mode: str = "grade") -> dict:
    """One grading run, its record (grader.verdict: what is stored, no words). Raises UnknownExercise.

    warm: on a pair this process keeps started ahead (grader.warm, GRADER_WARM_PAIRS) when there
    is one, or on one from the grader.warm.WarmPool given; False starts both processes now (a
    one-off, as `manage.py grade`). mode "try": the Try button's run (grader.trying), the same two
    processes with the judge's `try_it` instead of its procedure: a judged run's record has status
    "tried", no criteria, and the series the judge measured."""
    module = load(slug)
    return _grade(module, slug, source if isinstance(source, bytes) else source.encode(), seeds, on_progress, warm,
                  mode)


def failed_record(*, reason: str) -> dict:
    """The record of a grading that could not be completed on our side (after its retries)."""
    return _record("", Status.SYSTEM_ERROR, {"kind": Outcome.SYSTEM_ERROR,
                                             "error": {"kind": "system", "reason": reason[:500]}})


def _record(slug, status, outcome, **extra) -> dict:
    return verdict_record(status=status, exercise=slug, grader_version=grader_version(), outcome=outcome, **extra)


def _grade(module, slug: str, source: bytes, seeds, on_progress, warm=True, mode="grade") -> dict:
    """Run the grading; return its record."""
    exercise = module.EXERCISE
    problem, text = source_checked(source)
    if problem is not None:
        return _record(slug, Status.REJECTED, {"kind": Outcome.SOURCE_REFUSED, "code": problem.code,
                                               "params": problem.params}, criteria=unmeasured_criteria(exercise))
    try:
        compile(text, "submission.py", "exec")
    except SyntaxError as exc:
        return _record(slug, Status.ERROR, {"kind": Outcome.SYNTAX_ERROR, "line": exc.lineno, "column": exc.offset,
                                            "message": exc.msg}, criteria=unmeasured_criteria(exercise))
    except (ValueError, RecursionError, MemoryError) as exc:
        return _record(slug, Status.REJECTED, {"kind": Outcome.NOT_COMPILED, "reason": str(exc)[:200]},
                       criteria=unmeasured_criteria(exercise))

    started = time.monotonic()
    try:
        judge, learner = _run_pair(exercise, slug, text, seeds, on_progress, warm=warm, mode=mode)
    except sandbox.SandboxUnavailable as exc:
        log.error("sandbox unavailable: %s", exc)
        return _record(slug, Status.SYSTEM_ERROR, {"kind": Outcome.SYSTEM_ERROR, "error": {
            "kind": "sandbox_unavailable", "reason": str(exc)}})
    except sandbox.SandboxError as exc:
        log.exception("sandbox failed")
        return _record(slug, Status.SYSTEM_ERROR, {"kind": Outcome.SYSTEM_ERROR, "error": {
            "kind": "sandbox_error", "reason": str(exc)[:500]}})
    wall = time.monotonic() - started
    return _interpret(exercise, slug, judge, learner, wall, mode)


def _binds() -> list[tuple[str, str]]:
    return [(str(GRADER_DIR / "harness"), f"{HARNESS_ROOT}/grader/harness"),
            (str(GRADER_DIR / "exercises"), f"{HARNESS_ROOT}/grader/exercises")]


def judge_limits(exercise) -> sandbox.Limits:
    """The judge's own limits: it trains and measures, and waits for the learner process."""
    return _judge_limits(_limits(exercise).resolved())


def _judge_limits(learner: sandbox.Limits) -> sandbox.Limits:
    return sandbox.Limits(wall_s=learner.wall_s * 2 + 10, cpu_s=learner.cpu_s * 2 + 10,
                          memory_bytes=settings.GRADER_JUDGE_MEMORY_BYTES)


def _run_pair(exercise, slug: str, text: str, seeds, on_progress, learner_argv=None, warm=True, mode="grade"):
    """Run the learner process and the judge, joined by two pipes; both SandboxResults.

    A warm pair (grader.warm) when this process keeps them and one fits, else a cold start.
    learner_argv replaces the learner process's command (tests probe its sandbox with it): cold."""
    learner_job = _line({"slug": slug, "source": text})
    judge_job = _line({"slug": slug, "seeds": list(seeds or exercise.seeds),
                       "learner_timeout_s": _limits(exercise).resolved().wall_s + 5,
                       **({"mode": "try"} if mode == "try" else {})})
    if warm and learner_argv is None and warm_fits(exercise):
        from grader import warm as pools

        pair = warm.take() if isinstance(warm, pools.WarmPool) else pools.take()
        if pair is not None:
            return pair.run(learner_job, judge_job, _limits(exercise), judge_limits(exercise), on_progress)
    learner_setup, judge_setup = _setup_lines([slug])
    learner_channels, judge_channels = _joined_channels()
    return _side_by_side(
        lambda abort: sandbox.run(
            learner_argv or _argv("serve"), binds_ro=_binds(), limits=_limits(exercise),
            stdin=learner_setup + learner_job, place=_learner_place(learner_channels), abort=abort),
        lambda: sandbox.run(
            _argv("judge"), binds_ro=_binds(), limits=judge_limits(exercise), stdin=judge_setup + judge_job,
            place=_judge_place(judge_channels), **_progress_kwargs(on_progress)),
        slug)


def _joined_channels():
    """Two pipes between the learner process and the judge: (the learner's channels, the judge's),
    each ((descriptor number inside, descriptor here), ...)."""
    to_judge_r, to_judge_w = os.pipe2(os.O_CLOEXEC)  # the learner process's answers
    to_learner_r, to_learner_w = os.pipe2(os.O_CLOEXEC)  # the judge's requests
    return (((LEARNER_REQUESTS_FD, to_learner_r), (LEARNER_ANSWERS_FD, to_judge_w)),
            ((JUDGE_ANSWERS_FD, to_judge_r), (JUDGE_REQUESTS_FD, to_learner_w)))


def _side_by_side(learner_run, judge_run, name: str):
    """(judge result, learner result): the learner process watched in a thread, the judge here.

    learner_run(abort) runs the learner process until it ends, or until the `abort` event is set:
    when the judge's side raises (the task's soft time limit, a lost claim, our own error), the
    learner process is killed at once rather than left to its wall clock."""
    outcome: dict = {}
    abort = threading.Event()

    def learner() -> None:
        try:
            outcome["result"] = learner_run(abort)
        except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread
            outcome["error"] = exc

    thread = threading.Thread(target=learner, name=f"learner-{name}", daemon=True)
    thread.start()
    try:
        judge = judge_run()
    except BaseException:
        abort.set()
        raise
    finally:
        # A judge that ended leaves the learner process to read the end of its requests and stop;
        # its own wall-clock limit bounds the wait in every case.
        thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return judge, outcome["result"]


def _line(obj: dict) -> bytes:
    return (json.dumps(obj) + "\n").encode()


def _argv(module: str) -> list[str]:
    return [sandbox.sandbox_python(), "-I", "-c", BOOTSTRAP.format(module=module)]


def _setup_lines(preload) -> tuple[bytes, bytes]:
    """The first stdin line of each process: what to import and warm before the job."""
    return (_line({"preload": list(preload)}),
            _line({"preload": list(preload), "device": settings.GRADER_DEVICE,
                   "gpu_memory_fraction": settings.GRADER_GPU_MEMORY_FRACTION}))


def _learner_place(channels) -> sandbox.Placement:
    return sandbox.Placement(uid=settings.GRADER_LEARNER_UID, gpu=False, hide=_learner_hidden(), channels=channels)


def _judge_place(channels) -> sandbox.Placement:
    return sandbox.Placement(uid=settings.GRADER_JUDGE_UID, gpu=True, channels=channels)


# Warm pairs (grader.warm keeps them): both processes started ahead with every exercise loaded,
# each waiting on stdin for its job.

# The limits a warm pair is started with are fixed then (memory, tasks, files): an exercise that
# sets other values is graded cold.
_FIXED_AT_START = ("memory_bytes", "processes", "file_size_bytes", "open_files", "scratch_bytes")


def warm_fits(exercise) -> bool:
    mine, pairs = _limits(exercise).resolved(), sandbox.Limits().resolved()
    return all(getattr(mine, f) == getattr(pairs, f) for f in _FIXED_AT_START) and mine.cpu_s <= pairs.cpu_s


def warm_fingerprint() -> str:
    """What a waiting pair was made from: the grading code and the settings it was started with."""
    names = sorted(n for n in dir(settings) if n.startswith("GRADER_SANDBOX_")) + [
        "GRADER_DEVICE", "GRADER_GPU_MEMORY_FRACTION", "GRADER_LEARNER_UID", "GRADER_JUDGE_UID",
        "GRADER_JUDGE_MEMORY_BYTES", "GRADER_ALLOW_UNSANDBOXED", "GRADER_WARM_STARTUP_CPU_S", "GRADER_WARM_FORK"]
    values = {n: repr(getattr(settings, n, None)) for n in names}
    return hashlib.sha256(json.dumps([code_version(), values], sort_keys=True).encode()).hexdigest()[:16]


class Pair:
    """A judge and a learner process started ahead, joined by their pipes, waiting for one job."""

    def __init__(self, fingerprint: str, nice: int = 10):
        from grader.exercises import EXERCISES

        self.fingerprint = fingerprint
        self.created = time.monotonic()
        self._lock = threading.Lock()
        self._taken = False
        allowance = settings.GRADER_WARM_STARTUP_CPU_S
        base = sandbox.Limits().resolved()
        learner_setup, judge_setup = _setup_lines(EXERCISES)
        learner_channels, judge_channels = _joined_channels()
        judge = _judge_limits(base)
        judge_start = dataclasses.replace(judge, cpu_s=judge.cpu_s + allowance)
        try:
            self.learner = sandbox.start(
                _argv("serve"), binds_ro=_binds(), limits=sandbox.Limits(cpu_s=base.cpu_s + allowance),
                stdin=learner_setup, nice=nice, place=_learner_place(learner_channels))
        except BaseException:
            for _, fd in judge_channels:
                os.close(fd)
            raise
        try:
            self.judge = sandbox.start(
                _argv("judge"), binds_ro=_binds(), limits=judge_start, stdin=judge_setup, nice=nice,
                place=_judge_place(judge_channels))
        except BaseException:
            self.learner.discard()
            raise

    def ready(self) -> bool:
        """Both set up and waiting."""
        return self.learner.ready() and self.judge.ready()

    def alive(self) -> bool:
        return self.learner.alive() and self.judge.alive()

    def discard(self) -> None:
        self.judge.discard()
        self.learner.discard()

    def run(self, learner_job: bytes, judge_job: bytes, learner_limits, judge_limits_, on_progress):
        """Give both processes their job, once; both SandboxResults."""
        with self._lock:
            if self._taken:
                raise RuntimeError("a warm pair takes one job")
            self._taken = True
        return _side_by_side(
            lambda abort: self.learner.run(learner_job, learner_limits, abort=abort),
            lambda: self.judge.run(judge_job, judge_limits_, **_progress_kwargs(on_progress)),
            "warm")


def warm_starter(fingerprint: str, nice: int = 10):
    """What a grading process keeps warm: templates where the judge can be forked (a CPU worker
    that is root, GRADER_WARM_FORK), else pairs started per grading (a CUDA context does not
    survive a fork, and only root can give a forked learner process its own uid)."""
    from grader.warm import worker_device

    if settings.GRADER_WARM_FORK and os.geteuid() == 0 and worker_device() == "cpu":
        return Templates(fingerprint, nice=nice)
    return Pair(fingerprint, nice=nice)


class Templates:
    """A judge's and a learner process's template (grader.sandbox.template, grader.harness.zygote),
    each in its own sandbox, set up once with every exercise loaded. A grading forks its two
    processes from them (checkout, then ForkedPair.run), so it pays for no interpreter and no
    import: the learner's child becomes the learner's uid with no capability and its own seccomp
    filter, and whatever it left is gone before the next child is forked."""

    reusable = True
    TEMPLATE_CPU_S = 600.0  # the templates' own CPU (set-up, forks) over their life, per process

    def __init__(self, fingerprint: str, nice: int = 10):
        from grader.exercises import EXERCISES
        from grader.sandbox.seccomp import child_filter
        from grader.sandbox.template import Template

        self.fingerprint = fingerprint
        self.created = time.monotonic()  # the last checkout: the idle clock
        self._lock = threading.Lock()
        self._out = False
        base = sandbox.Limits().resolved()
        learner_setup, judge_setup = (json.loads(line) for line in _setup_lines(EXERCISES))
        program = child_filter()
        judge = _judge_limits(base)
        cpu = settings.GRADER_WARM_STARTUP_CPU_S + self.TEMPLATE_CPU_S
        self.learner = Template(
            _argv("zygote"), binds_ro=_binds(), limits=sandbox.Limits(cpu_s=base.cpu_s + cpu), nice=nice,
            setup=_line({**learner_setup, "role": "learner", "child_uid": settings.GRADER_LEARNER_UID,
                         "child_seccomp": program.hex() if program else ""}),
            place=sandbox.Placement(uid=settings.GRADER_LEARNER_UID, gpu=False, hide=_learner_hidden(),
                                    keep_root=True))
        try:
            self.judge = Template(
                _argv("zygote"), binds_ro=_binds(), limits=dataclasses.replace(judge, cpu_s=judge.cpu_s + cpu),
                setup=_line({**judge_setup, "role": "judge"}), nice=nice,
                place=sandbox.Placement(uid=settings.GRADER_JUDGE_UID, gpu=False))
        except BaseException:
            self.learner.discard()
            raise

    def ready(self) -> bool:
        with self._lock:
            return not self._out and self.learner.ready() and self.judge.ready()

    def busy(self) -> bool:
        with self._lock:
            return self._out

    def alive(self) -> bool:
        return self.learner.alive() and self.judge.alive()

    def discard(self) -> None:
        self.judge.discard()
        self.learner.discard()

    def checkout(self) -> ForkedPair:
        """For one grading: the pair it will fork (at its run); no other grading gets these
        templates until that run has ended."""
        with self._lock:
            if self._out:
                raise RuntimeError("these templates are running a grading")
            self._out = True
            self.created = time.monotonic()
        return ForkedPair(self)

    def checkin(self) -> None:
        with self._lock:
            self._out = False


class ForkedPair:
    """A grading's judge and learner process, forked from Templates when it runs."""

    def __init__(self, templates: Templates):
        self.templates = templates
        self._taken = False

    def run(self, learner_job: bytes, judge_job: bytes, learner_limits, judge_limits_, on_progress):
        if self._taken:
            raise RuntimeError("a forked pair takes one job")
        self._taken = True
        t = self.templates
        try:
            deadline = time.monotonic() + 120
            while not (t.learner.ready() and t.judge.ready()):  # taken while still setting up
                if not t.alive() or time.monotonic() > deadline:
                    raise sandbox.SandboxError("the grading's templates did not set up")
                time.sleep(0.02)
            learner_limits, judge_limits_ = learner_limits.resolved(), judge_limits_.resolved()
            learner_channels, judge_channels = _joined_channels()
            try:
                learner = t.learner.spawn(dict(learner_channels), cpu_s=learner_limits.cpu_s)
                try:
                    judge = t.judge.spawn(dict(judge_channels), cpu_s=judge_limits_.cpu_s)
                except BaseException:
                    learner.discard()
                    raise
            finally:
                for _, fd in (*learner_channels, *judge_channels):  # sent to the templates: ours closed
                    os.close(fd)
            return _side_by_side(
                lambda abort: learner.run(learner_job, learner_limits, abort=abort),
                lambda: judge.run(judge_job, judge_limits_, **_progress_kwargs(on_progress)),
                "forked")
        finally:
            t.checkin()

    def discard(self) -> None:
        if not self._taken:
            self._taken = True
            self.templates.checkin()


def _learner_hidden() -> tuple[str, ...]:
    """What the learner process may not see: the data set the judge grades with."""
    from grader.harness.data import digits_file

    try:
        inside = sandbox.sandbox_path(str(digits_file().parent))
    except RuntimeError:
        return ()
    return (inside,) if inside else ()


def _progress_kwargs(on_progress) -> dict:
    """Pass a per-line callback to the judge's sandbox when the caller wants live progress."""
    if on_progress is None:
        return {}

    def line(raw: bytes) -> None:
        try:
            obj = parse_line(raw)
        except SchemaError:
            return
        if obj["type"] == "progress":
            on_progress({k: obj.get(k) for k in ("phase", "step", "total", "loss")})

    return {"on_result_line": line}


def _interpret(exercise, slug, judge, learner, wall_s, mode="grade") -> dict:
    """The record from the judge's channel and both sandboxes' outcomes.

    The learner process's limits decide when it was stopped (and the judge then lost it); the
    judge's wall, CPU or memory limit can only be reached through what the learner sent it (a
    huge or slow graph, answers that never come), so it counts as the learner's limit too. A
    judge that ends without a final line, or whose channel does not fit the schema, is our fault.
    """
    shown = settings.GRADER_OUTPUT_SHOWN_BYTES
    common = {
        "stdout": learner.stdout[:shown].decode("utf-8", errors="replace"),
        "stderr": learner.stderr[:shown].decode("utf-8", errors="replace"),
        "output_truncated": learner.truncated or len(learner.stdout) > shown or len(learner.stderr) > shown,
        "timings": {"wall_s": round(wall_s, 3), "sandbox_start_s": judge.sandbox_start_s,
                    "learner_start_s": learner.sandbox_start_s, "cpu_s": _sum(judge.cpu_s, learner.cpu_s),
                    "warm": int(judge.warm and learner.warm)},
    }
    try:
        lines = parse_lines(judge.result)
        final = next((obj for obj in reversed(lines) if obj["type"] in ("result", "error")), None)
        if final is not None and final["type"] == "result":
            unknown = set(final["measurements"]) - {c.id for c in exercise.criteria}
            if unknown:
                raise SchemaError(f"unknown criteria {sorted(unknown)[:3]}")
    except SchemaError as exc:
        log.error("judge channel does not fit the schema (%s); judge stderr %r", exc, judge.stderr[-2000:])
        return _record(slug, Status.SYSTEM_ERROR, {"kind": Outcome.SYSTEM_ERROR, "error": {
            "kind": "schema", "detail": str(exc)[:200]}}, **common)
    if final is not None:
        common["device"] = final["device"]
        common["torch_version"] = final["torch"]
        common["timings"].update(final["timings"])

    learner_gone = final is None or (final["type"] == "error" and final["error"]["kind"] == "learner_gone")
    if learner_gone and learner.limit_hit in LIMIT_STATUS:
        return _limit_record(exercise, slug, learner.limit_hit, common)
    if final is None and judge.limit_hit in ("wall", "cpu", "memory"):
        return _limit_record(exercise, slug, judge.limit_hit, common)
    if final is None:
        log.error("judge produced no verdict: exit %s signal %s limit %s stderr %r", judge.exit_code,
                  judge.signal, judge.limit_hit, judge.stderr[-2000:])
        return _record(slug, Status.SYSTEM_ERROR, {"kind": Outcome.SYSTEM_ERROR, "error": {
            "kind": "no_result", "exit_code": judge.exit_code, "signal": judge.signal}}, **common)
    if learner_gone:
        return _record(slug, Status.ERROR, {"kind": Outcome.CRASH, "exit_code": learner.exit_code,
                                            "signal": learner.signal},
                       criteria=unmeasured_criteria(exercise), **common)
    if final["type"] == "error":
        return _error_record(exercise, slug, final["error"], common)
    if mode == "try":
        return _record(slug, TRIED, {"kind": Outcome.JUDGED}, series=dict(final["series"]), **common)
    criteria = judged_criteria(exercise, final["measurements"])
    passed = sum(c["passed"] for c in criteria)
    score = passed / len(criteria) if criteria else 0.0
    status = Status.PASSED if passed == len(criteria) else Status.FAILED
    series = dict(final["series"])
    if exercise.reference_series:
        series.setdefault("reference", exercise.reference_series)
    return _record(slug, status, {"kind": Outcome.JUDGED}, score=round(score, 4), criteria=criteria,
                   series=series, **common)


def _sum(*values):
    known = [v for v in values if v is not None]
    return round(sum(known), 3) if known else None


def _limit_record(exercise, slug, limit_hit: str, common: dict) -> dict:
    limits = _limits(exercise).resolved()
    in_force = {"wall_s": limits.wall_s, "cpu_s": limits.cpu_s, "memory_bytes": limits.memory_bytes,
                "output_bytes": limits.output_bytes}
    return _record(slug, LIMIT_STATUS[limit_hit], {"kind": Outcome.LIMIT, "limit": limit_hit, "limits": in_force},
                   criteria=unmeasured_criteria(exercise), **common)


# A Try's run that the judge completed (grader.trying): no verdict, so no Status of a submission.
TRIED = "tried"


# The status of each kind of error the judge reports about the learner's code.
LEARNER_ERROR_STATUS = {"exception": Status.ERROR, "untraceable": Status.ERROR, "bad_answer": Status.ERROR,
                        "contract": Status.ERROR, "forbidden": Status.FAILED, "refused": Status.REJECTED,
                        "memory": Status.MEMORY_LIMIT}


def _error_record(exercise, slug, error: dict, common: dict) -> dict:
    status = LEARNER_ERROR_STATUS.get(error.get("kind"))
    if status is None:
        log.error("unknown judge error: %r", error)
        return _record(slug, Status.SYSTEM_ERROR, {"kind": Outcome.SYSTEM_ERROR, "error": error}, **common)
    return _record(slug, status, {"kind": Outcome.LEARNER_ERROR, "error": error},
                   criteria=unmeasured_criteria(exercise), **common)
