"""Grading: learner source in, verdict out. Used by `manage.py grade` and the Celery task.

    verdict = grade_source(slug="clip-gradients", source=b"...", lang="ja")

1. Refuse before running what cannot be graded (too large, not UTF-8, NUL bytes, empty).
2. Compile on the host (compiling runs nothing): a syntax error is the learner's, with line
   and column.
3. Run two sandboxes side by side, joined by a pair of pipes: the learner process (the
   learner's file, the exercise's limits, no GPU, no data set, uid GRADER_LEARNER_UID) and the
   judge (the exercise's procedure and data, the GPU when there is one, uid GRADER_JUDGE_UID),
   which never runs learner code. Only the judge has a channel to this process.
4. Read the judge's channel against a strict schema, judge every criterion on the host and
   build the verdict in the learner's language.
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import json
import logging
import os
import signal as signals
import threading
import time
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, override

from grader import sandbox
from grader.exercises import UnknownExercise, load
from grader.judge_output import SchemaError, parse_line, parse_lines
from grader.source_check import source_checked
from grader.verdict import Status, Verdict, judge_criteria, status_label, unmeasured_criteria

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

__all__ = ["UnknownExercise", "grade_source", "grader_version"]


# Everything that decides a verdict: the two processes' code, the sandbox that bounds them, the
# host's reading of the judge's channel and the verdict it builds, and the PyTorch they run.
VERSIONED = ("harness", "exercises", "sandbox", "grading.py", "verdict.py", "judge_output.py", "source_check.py")


@lru_cache(maxsize=1)
def grader_version() -> str:
    """A hash of the code that decides a verdict and of PyTorch's version: an identical
    resubmission reuses a verdict only when nothing that made it has changed."""
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


def grade_source(*, slug: str, source: bytes | str, lang: str = "en", seeds=None, on_progress=None) -> Verdict:
    """Grade one submission exactly as the service does. Raises UnknownExercise."""
    return grade_source_bilingual(slug=slug, source=source, seeds=seeds, on_progress=on_progress,
                                  languages=(lang,))[lang]


def grade_source_bilingual(*, slug: str, source: bytes | str, seeds=None, on_progress=None,
                           languages=("ja", "en")) -> dict[str, Verdict]:
    """One grading run, its verdict worded in each language. Raises UnknownExercise."""
    module = load(slug)
    build = _grade(module, slug, source if isinstance(source, bytes) else source.encode(), seeds, on_progress)
    verdicts = {}
    for lang in languages:
        with override(lang):
            verdicts[lang] = build(lang)
    return verdicts


def _verdict(slug, lang, status, message, **extra) -> Verdict:
    return Verdict(status=status, score=extra.pop("score", 0.0), message=message, language=lang,
                   exercise=slug, grader_version=grader_version(), status_label=status_label(status),
                   **extra)


def _grade(module, slug: str, source: bytes, seeds, on_progress):
    """Run the grading; return `build(lang) -> Verdict` (called with that language active)."""
    exercise = module.EXERCISE
    problem, text = source_checked(source)
    if problem is not None:
        return lambda lang: _verdict(slug, lang, Status.REJECTED, problem.message(),
                                     criteria=unmeasured_criteria(exercise, lang, _("Nothing was run.")))
    try:
        compile(text, "submission.py", "exec")
    except SyntaxError as exc:
        error = {"kind": "syntax", "line": exc.lineno, "column": exc.offset, "message": exc.msg}
        return lambda lang: _verdict(
            slug, lang, Status.ERROR, _("Syntax error on line %(line)s, column %(col)s: %(msg)s") % {
                "line": error["line"], "col": error["column"], "msg": error["message"]},
            error=error, criteria=unmeasured_criteria(exercise, lang, _("Fix the syntax error first.")))
    except (ValueError, RecursionError, MemoryError) as exc:
        reason = str(exc)[:200]
        return lambda lang: _verdict(
            slug, lang, Status.REJECTED, _("Your code could not be compiled: %(msg)s") % {"msg": reason},
            criteria=unmeasured_criteria(exercise, lang, _("Nothing was run.")))

    started = time.monotonic()
    try:
        judge, learner = _run_pair(exercise, slug, text, source, seeds, on_progress)
    except sandbox.SandboxUnavailable as exc:
        log.error("sandbox unavailable: %s", exc)
        error = {"kind": "sandbox_unavailable", "reason": str(exc)}
        return lambda lang: _verdict(slug, lang, Status.SYSTEM_ERROR, _(
            "The grader cannot start its sandbox, so it refused to run your code. This is not your "
            "fault; the operators have been told."), error=error)
    except sandbox.SandboxError as exc:
        log.exception("sandbox failed")
        error = {"kind": "sandbox_error", "reason": str(exc)[:500]}
        return lambda lang: _verdict(slug, lang, Status.SYSTEM_ERROR, _(
            "Grading failed on our side. This is not your fault; please submit again in a moment."),
            error=error)
    wall = time.monotonic() - started
    return lambda lang: _interpret(exercise, slug, lang, judge, learner, wall)


def _binds() -> list[tuple[str, str]]:
    return [(str(GRADER_DIR / "harness"), f"{HARNESS_ROOT}/grader/harness"),
            (str(GRADER_DIR / "exercises"), f"{HARNESS_ROOT}/grader/exercises")]


def judge_limits(exercise) -> sandbox.Limits:
    """The judge's own limits: it trains and measures, and waits for the learner process."""
    learner = _limits(exercise).resolved()
    return sandbox.Limits(wall_s=learner.wall_s * 2 + 10, cpu_s=learner.cpu_s * 2 + 10,
                          memory_bytes=settings.GRADER_JUDGE_MEMORY_BYTES)


def _run_pair(exercise, slug: str, text: str, source: bytes, seeds, on_progress, learner_argv=None):
    """Start the learner process and the judge, joined by two pipes; both SandboxResults.

    learner_argv replaces the learner process's command (tests probe its sandbox with it)."""
    to_judge_r, to_judge_w = os.pipe2(os.O_CLOEXEC)  # the learner process's answers
    to_learner_r, to_learner_w = os.pipe2(os.O_CLOEXEC)  # the judge's requests
    learner_limits = _limits(exercise)
    learner_job = {"slug": slug, "source": text}
    judge_job = {"slug": slug, "seeds": list(seeds or exercise.seeds), "device": settings.GRADER_DEVICE,
                 "gpu_memory_fraction": settings.GRADER_GPU_MEMORY_FRACTION,
                 "learner_timeout_s": learner_limits.resolved().wall_s + 5}
    learner_place = sandbox.Placement(
        uid=settings.GRADER_LEARNER_UID, gpu=False, hide=_learner_hidden(),
        channels=((LEARNER_REQUESTS_FD, to_learner_r), (LEARNER_ANSWERS_FD, to_judge_w)))
    judge_place = sandbox.Placement(
        uid=settings.GRADER_JUDGE_UID, gpu=True,
        channels=((JUDGE_ANSWERS_FD, to_judge_r), (JUDGE_REQUESTS_FD, to_learner_w)))
    outcome: dict = {}

    def learner() -> None:
        try:
            outcome["result"] = sandbox.run(
                learner_argv or [sandbox.sandbox_python(), "-I", "-c", BOOTSTRAP.format(module="serve")],
                files={"submission.py": source}, binds_ro=_binds(), limits=learner_limits,
                stdin=json.dumps(learner_job).encode(), place=learner_place)
        except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread
            outcome["error"] = exc

    thread = threading.Thread(target=learner, name=f"learner-{slug}", daemon=True)
    thread.start()
    try:
        judge = sandbox.run(
            [sandbox.sandbox_python(), "-I", "-c", BOOTSTRAP.format(module="judge")],
            binds_ro=_binds(), limits=judge_limits(exercise), stdin=json.dumps(judge_job).encode(),
            place=judge_place, **_progress_kwargs(on_progress))
    finally:
        # The judge is gone, so the learner process reads the end of its requests and stops;
        # its own wall-clock limit bounds the wait in every case.
        thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return judge, outcome["result"]


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


LIMIT_STATUS = {"wall": Status.TIMEOUT, "cpu": Status.TIMEOUT, "memory": Status.MEMORY_LIMIT,
                "output": Status.OUTPUT_LIMIT, "file_size": Status.OUTPUT_LIMIT, "processes": Status.REJECTED}


def _interpret(exercise, slug, lang, judge, learner, wall_s) -> Verdict:
    """The verdict from the judge's channel and both sandboxes' outcomes.

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
                    "learner_start_s": learner.sandbox_start_s, "cpu_s": _sum(judge.cpu_s, learner.cpu_s)},
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
        return _verdict(slug, lang, Status.SYSTEM_ERROR, _(
            "Grading failed on our side. This is not your fault; please submit again in a moment."),
            error={"kind": "schema", "detail": str(exc)[:200]}, **common)
    if final is not None:
        common["device"] = final["device"]
        common["torch_version"] = final["torch"]
        common["timings"].update(final["timings"])

    learner_gone = final is None or (final["type"] == "error" and final["error"]["kind"] == "learner_gone")
    if learner_gone and learner.limit_hit in LIMIT_STATUS:
        return _limit_verdict(exercise, slug, lang, learner.limit_hit, common)
    if final is None and judge.limit_hit in ("wall", "cpu", "memory"):
        return _limit_verdict(exercise, slug, lang, judge.limit_hit, common)
    if final is None:
        log.error("judge produced no verdict: exit %s signal %s limit %s stderr %r", judge.exit_code,
                  judge.signal, judge.limit_hit, judge.stderr[-2000:])
        return _verdict(slug, lang, Status.SYSTEM_ERROR, _(
            "Grading failed on our side. This is not your fault; please submit again in a moment."),
            error={"kind": "no_result", "exit_code": judge.exit_code, "signal": judge.signal}, **common)
    if learner_gone:
        how = (_("it was killed by signal %(name)s") % {"name": _signal_name(learner.signal)}
               if learner.signal else _("it exited with code %(code)s") % {"code": learner.exit_code})
        return _verdict(slug, lang, Status.ERROR, _(
            "Your code ended its process before grading finished (%(how)s).") % {"how": how},
            error={"kind": "crash", "exit_code": learner.exit_code, "signal": learner.signal},
            criteria=unmeasured_criteria(exercise, lang, _("Grading stopped before this was measured.")), **common)
    if final["type"] == "error":
        return _error_verdict(exercise, slug, lang, final["error"], common)
    criteria = judge_criteria(exercise, final["measurements"], lang, final["series"])
    passed = sum(c.passed for c in criteria)
    score = passed / len(criteria) if criteria else 0.0
    status = Status.PASSED if passed == len(criteria) else Status.FAILED
    message = (_("Every criterion is met.") if status == Status.PASSED else
               _("%(passed)d of %(total)d criteria met.") % {"passed": passed, "total": len(criteria)})
    series = dict(final["series"])
    if exercise.reference_series:
        series.setdefault("reference", exercise.reference_series)
    return _verdict(slug, lang, status, message, score=round(score, 4), criteria=criteria, series=series,
                    **common)


def _sum(*values):
    known = [v for v in values if v is not None]
    return round(sum(known), 3) if known else None


def _limit_verdict(exercise, slug, lang, limit_hit: str, common: dict) -> Verdict:
    status = LIMIT_STATUS[limit_hit]
    limits = _limits(exercise).resolved()
    if status == Status.REJECTED:
        return _verdict(slug, lang, Status.REJECTED, _("Your code started too many processes or threads."),
                        error={"kind": "limit", "limit": "processes"},
                        criteria=unmeasured_criteria(exercise, lang, _("Nothing was measured.")), **common)
    message = {
        Status.TIMEOUT: _("Your code ran past the time limit (%(wall)ss of wall time, %(cpu)ss of CPU) "
                          "and was stopped.") % {"wall": f"{limits.wall_s:g}", "cpu": f"{limits.cpu_s:g}"},
        Status.MEMORY_LIMIT: _("Your code used more than the memory limit (%(mib)d MiB) and was stopped.")
        % {"mib": limits.memory_bytes // (1024 * 1024)},
        Status.OUTPUT_LIMIT: _("Your code wrote more than the output limit (%(kib)d KiB) and was stopped.")
        % {"kib": limits.output_bytes // 1024},
    }[status]
    return _verdict(slug, lang, status, message, error={"kind": "limit", "limit": limit_hit},
                    criteria=unmeasured_criteria(exercise, lang, _("Grading stopped before this was measured.")),
                    **common)


def _error_verdict(exercise, slug, lang, error: dict, common: dict) -> Verdict:
    kind = error.get("kind")
    not_measured = unmeasured_criteria(exercise, lang, _("Grading stopped before this was measured."))
    if kind == "exception":
        where = _("on line %(line)s") % {"line": error["line"]} if error.get("line") else _("in your code")
        message = _("Your code raised %(type)s %(where)s: %(message)s") % {
            "type": error.get("type"), "where": where, "message": error.get("message", "")[:300]}
        why = exercise.explanation(error.get("type", ""), error.get("message", ""))
        if why is not None:
            message = f"{message} {why.get(lang)}"
        return _verdict(slug, lang, Status.ERROR, message, error=error, criteria=not_measured, **common)
    if kind == "untraceable":
        message = _("Your code could not be turned into a graph for grading (%(detail)s). The grader runs a "
                    "trace of your computation, so the code must not branch or loop on the values inside "
                    "tensors (if x.sum() > 0, .item(), .tolist(), .numpy()): use tensor operations such as "
                    "torch.where instead.") % {"detail": error.get("message", "")[:300]}
        if error.get("line"):
            message += " " + _("(line %(line)s)") % {"line": error["line"]}
        return _verdict(slug, lang, Status.ERROR, message, error=error, criteria=not_measured, **common)
    if kind == "bad_answer":
        message = _("Your code's process answered the grader with something it cannot use (%(what)s).") % {
            "what": error.get("what", "")[:300]}
        return _verdict(slug, lang, Status.ERROR, message, error=error, criteria=not_measured, **common)
    if kind == "contract":
        message = _("Expected %(expected)s, but found %(found)s.") % {
            "expected": error.get("expected"), "found": error.get("found") or _("something else")}
        return _verdict(slug, lang, Status.ERROR, message, error=error, criteria=not_measured, **common)
    if kind == "forbidden":
        message = _("Your code called %(name)s, which this exercise asks you to write yourself.") % {
            "name": error.get("name")}
        criteria = unmeasured_criteria(exercise, lang, message)
        return _verdict(slug, lang, Status.FAILED, message, error=error, criteria=criteria, **common)
    if kind == "refused":
        message = _("Refused: your code tried %(what)s, which no solution needs (%(event)s).") % {
            "what": _(error.get("what", "")), "event": error.get("event")}
        return _verdict(slug, lang, Status.REJECTED, message, error=error, criteria=not_measured, **common)
    if kind == "memory":
        return _verdict(slug, lang, Status.MEMORY_LIMIT, _("Your code ran out of memory."), error=error,
                        criteria=not_measured, **common)
    log.error("unknown judge error: %r", error)
    return _verdict(slug, lang, Status.SYSTEM_ERROR, _(
        "Grading failed on our side. This is not your fault; please submit again in a moment."),
        error=error, **common)


def _signal_name(number) -> str:
    try:
        return signals.Signals(number).name
    except (ValueError, TypeError):
        return str(number)


# Marked for translation: what the harness's audit hook reports as refused.
REFUSED_WHAT = [
    gettext_noop("starting processes"), gettext_noop("network sockets"), gettext_noop("ctypes"),
    gettext_noop("sending signals"), gettext_noop("walking the garbage collector"),
    gettext_noop("inspecting stack frames"), gettext_noop("tracing"), gettext_noop("creating code objects"),
    gettext_noop("loading marshalled code"), gettext_noop("starting threads"), gettext_noop("reading /proc"),
    gettext_noop("changing limits"),
]
