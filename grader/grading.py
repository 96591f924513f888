"""Grading: learner source in, verdict out. Used by `manage.py grade` and the Celery task.

    verdict = grade_source(slug="clip-gradients", source=b"...", lang="ja")

1. Refuse before running what cannot be graded (too large, not UTF-8, NUL bytes, empty).
2. Compile on the host (compiling runs nothing): a syntax error is the learner's, with line
   and column.
3. Run the harness in a fresh sandbox with the exercise's limits; only the result channel,
   carrying this run's nonce, can produce measurements.
4. Judge every criterion on the host and build the verdict in the learner's language.
"""
from __future__ import annotations

import hashlib
import json
import logging
import secrets
import signal as signals
import time
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, override

from grader import sandbox
from grader.exercises import UnknownExercise, load
from grader.verdict import Status, Verdict, judge_criteria, status_label, unmeasured_criteria

log = logging.getLogger("grader.grading")

GRADER_DIR = Path(__file__).resolve().parent
HARNESS_ROOT = "/opt/kobai"
BOOTSTRAP = (
    "import sys, runpy; sys.path.insert(0, '/opt/kobai'); "
    "runpy.run_module('grader.harness', run_name='__main__')"
)

__all__ = ["UnknownExercise", "grade_source", "grader_version"]


@lru_cache(maxsize=1)
def grader_version() -> str:
    """A hash of the harness and exercise code: a new grader gives a new version."""
    digest = hashlib.sha256()
    for folder in ("harness", "exercises"):
        for path in sorted((GRADER_DIR / folder).glob("*.py")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
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
    refused, text = _precheck_all(source)
    if refused:
        return lambda lang: _verdict(slug, lang, Status.REJECTED, refused(),
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

    nonce = secrets.token_hex(16)
    job = {"slug": slug, "seeds": list(seeds or exercise.seeds), "device": settings.GRADER_DEVICE,
           "nonce": nonce, "source": text, "gpu_memory_fraction": settings.GRADER_GPU_MEMORY_FRACTION}
    binds = [(str(GRADER_DIR / "harness"), f"{HARNESS_ROOT}/grader/harness"),
             (str(GRADER_DIR / "exercises"), f"{HARNESS_ROOT}/grader/exercises")]
    started = time.monotonic()
    try:
        result = sandbox.run(
            [sandbox.sandbox_python(), "-I", "-c", BOOTSTRAP],
            files={"submission.py": source}, binds_ro=binds, limits=_limits(exercise),
            stdin=json.dumps(job).encode(), **_progress_kwargs(on_progress, nonce),
        )
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
    return lambda lang: _interpret(exercise, slug, lang, result, nonce, wall)


def _precheck_all(source: bytes):
    """(None, text), or (message builder, "") when the source may not run."""
    limit = settings.GRADER_MAX_SOURCE_BYTES
    if len(source) > limit:
        return (lambda: _("Your code is %(size)d bytes; the limit is %(limit)d bytes (64 KiB).") % {
            "size": len(source), "limit": limit}), ""
    if b"\x00" in source:
        return (lambda: _("Your code contains NUL bytes. Save it as plain UTF-8 text.")), ""
    try:
        text = source.decode("utf-8")
    except UnicodeDecodeError as exc:
        position = exc.start + 1
        return (lambda: _("Your code is not valid UTF-8 (byte %(pos)d). Save it as UTF-8 text.") % {
            "pos": position}), ""
    if not text.strip():
        return (lambda: _("Your code is empty.")), ""
    return None, text


def _progress_kwargs(on_progress, nonce: str) -> dict:
    """Pass a per-line callback to the sandbox when the caller wants live progress."""
    if on_progress is None:
        return {}

    def line(raw: bytes) -> None:
        try:
            obj = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError):
            return
        if isinstance(obj, dict) and obj.get("type") == "progress" and secrets.compare_digest(
                str(obj.get("nonce", "")), nonce):
            on_progress({k: obj.get(k) for k in ("phase", "step", "total", "loss")})

    return {"on_result_line": line}


def _lines(result, nonce: str) -> list[dict]:
    lines = []
    for raw in result.result.splitlines():
        try:
            obj = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError):
            continue
        if isinstance(obj, dict) and secrets.compare_digest(str(obj.get("nonce", "")), nonce):
            lines.append(obj)
    return lines


def _interpret(exercise, slug, lang, result, nonce, wall_s) -> Verdict:
    shown = settings.GRADER_OUTPUT_SHOWN_BYTES
    common = {
        "stdout": result.stdout[:shown].decode("utf-8", errors="replace"),
        "stderr": result.stderr[:shown].decode("utf-8", errors="replace"),
        "output_truncated": result.truncated or len(result.stdout) > shown or len(result.stderr) > shown,
        "timings": {"wall_s": round(wall_s, 3), "sandbox_start_s": result.sandbox_start_s,
                    "cpu_s": result.cpu_s},
    }
    lines = _lines(result, nonce)
    final = next((obj for obj in reversed(lines) if obj.get("type") in ("result", "error")), None)
    ready = any(obj.get("type") == "ready" for obj in lines)
    if final is not None:
        common["device"] = final.get("device", "")
        common["torch_version"] = final.get("torch", "")
        common["timings"].update(final.get("timings") or {})

    limit_status = {
        "wall": Status.TIMEOUT, "cpu": Status.TIMEOUT, "memory": Status.MEMORY_LIMIT,
        "output": Status.OUTPUT_LIMIT, "file_size": Status.OUTPUT_LIMIT,
    }
    limits = _limits(exercise).resolved()
    if result.limit_hit in limit_status:
        status = limit_status[result.limit_hit]
        message = {
            Status.TIMEOUT: _("Your code ran past the time limit (%(wall)ss of wall time, %(cpu)ss of CPU) "
                              "and was stopped.") % {"wall": f"{limits.wall_s:g}", "cpu": f"{limits.cpu_s:g}"},
            Status.MEMORY_LIMIT: _("Your code used more than the memory limit (%(mib)d MiB) and was stopped.")
            % {"mib": limits.memory_bytes // (1024 * 1024)},
            Status.OUTPUT_LIMIT: _("Your code wrote more than the output limit (%(kib)d KiB) and was stopped.")
            % {"kib": limits.output_bytes // 1024},
        }[status]
        return _verdict(slug, lang, status, message, error={"kind": "limit", "limit": result.limit_hit},
                        criteria=unmeasured_criteria(exercise, lang, _("Grading stopped before this was measured.")),
                        **common)
    if result.limit_hit == "processes":
        return _verdict(slug, lang, Status.REJECTED, _("Your code started too many processes or threads."),
                        error={"kind": "limit", "limit": "processes"},
                        criteria=unmeasured_criteria(exercise, lang, _("Nothing was measured.")), **common)
    if final is None:
        if not ready:
            log.error("harness produced no result: exit %s signal %s stderr %r", result.exit_code,
                      result.signal, result.stderr[-2000:])
            return _verdict(slug, lang, Status.SYSTEM_ERROR, _(
                "Grading failed on our side. This is not your fault; please submit again in a moment."),
                error={"kind": "no_result", "exit_code": result.exit_code, "signal": result.signal}, **common)
        how = (_("it was killed by signal %(name)s") % {"name": _signal_name(result.signal)}
               if result.signal else _("it exited with code %(code)s") % {"code": result.exit_code})
        return _verdict(slug, lang, Status.ERROR, _(
            "Your code ended the grading process before it finished (%(how)s).") % {"how": how},
            error={"kind": "crash", "exit_code": result.exit_code, "signal": result.signal},
            criteria=unmeasured_criteria(exercise, lang, _("Grading stopped before this was measured.")), **common)
    if final["type"] == "error":
        return _error_verdict(exercise, slug, lang, final["error"], common)
    criteria = judge_criteria(exercise, final.get("measurements") or {}, lang)
    passed = sum(c.passed for c in criteria)
    score = passed / len(criteria) if criteria else 0.0
    status = Status.PASSED if passed == len(criteria) else Status.FAILED
    message = (_("Every criterion is met.") if status == Status.PASSED else
               _("%(passed)d of %(total)d criteria met.") % {"passed": passed, "total": len(criteria)})
    series = dict(final.get("series") or {})
    if exercise.reference_series:
        series.setdefault("reference", exercise.reference_series)
    return _verdict(slug, lang, status, message, score=round(score, 4), criteria=criteria, series=series,
                    **common)


def _error_verdict(exercise, slug, lang, error: dict, common: dict) -> Verdict:
    kind = error.get("kind")
    not_measured = unmeasured_criteria(exercise, lang, _("Grading stopped before this was measured."))
    if kind == "exception":
        where = _("on line %(line)s") % {"line": error["line"]} if error.get("line") else _("in your code")
        message = _("Your code raised %(type)s %(where)s: %(message)s") % {
            "type": error.get("type"), "where": where, "message": error.get("message", "")[:300]}
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
    if kind == "tampered":
        message = _("Refused: your code replaced functions the grader relies on (%(names)s).") % {
            "names": ", ".join(error.get("names", [])[:3])}
        return _verdict(slug, lang, Status.REJECTED, message, error=error, criteria=not_measured, **common)
    if kind == "memory":
        return _verdict(slug, lang, Status.MEMORY_LIMIT, _("Your code ran out of memory."), error=error,
                        criteria=not_measured, **common)
    log.error("unknown harness error: %r", error)
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
