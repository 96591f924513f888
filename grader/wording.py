"""A verdict's words: the record (grader.verdict) worded in the reader's language, when it is shown.

    verdict = verdict_words(record, "ja")  # a grader.verdict.Verdict

Every sentence is made here, from the record and the exercise module as it is now: a criterion's
message, hint and threshold come from grader/exercises/<slug>.py, so a reworded hint shows on
verdicts stored long ago, without regrading. The record may be odd (a stored row may hold anything
that `grader.stored_verdict.record_read` let through): a parameter a sentence cannot use gives the
status's label as the message, an unknown exercise or criterion gives empty texts; nothing raises.
"""
from __future__ import annotations

import math
import signal as signals

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, override

from grader.exercises import UnknownExercise, load
from grader.source_check import SourceProblem
from grader.verdict import LIMIT_STATUS, CriterionResult, Outcome, Status, Verdict, status_label
from lessons.display import number_text

MIB = 1024 * 1024

# Marked for translation: what the harness's audit hook reports as refused.
REFUSED_WHAT = [
    gettext_noop("starting processes"), gettext_noop("network sockets"), gettext_noop("ctypes"),
    gettext_noop("sending signals"), gettext_noop("walking the garbage collector"),
    gettext_noop("inspecting stack frames"), gettext_noop("tracing"), gettext_noop("creating code objects"),
    gettext_noop("loading marshalled code"), gettext_noop("starting threads"), gettext_noop("reading /proc"),
    gettext_noop("changing limits"),
]


def verdict_words(record: dict, lang: str) -> Verdict:
    """The record in words, in `lang` ("ja" or "en")."""
    with override(lang):
        exercise = _exercise(record.get("exercise"))
        status = record.get("status", "")
        outcome = record.get("outcome") if isinstance(record.get("outcome"), dict) else {}
        try:
            message, not_measured = _outcome_words(outcome, record, exercise, lang)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError, OverflowError):
            message, not_measured = None, _unmeasured_hint(outcome)
        criteria = [_criterion_words(item, exercise, lang, outcome.get("kind") == Outcome.JUDGED, not_measured,
                                     record.get("series"))
                    for item in record.get("criteria") or []]
        return Verdict(
            status=status, score=record.get("score"), message=status_label(status) if message is None else message,
            criteria=criteria, series=record.get("series") or {}, error=outcome_error(outcome),
            stdout=record.get("stdout", ""), stderr=record.get("stderr", ""),
            output_truncated=record.get("output_truncated", False), device=record.get("device", ""),
            torch_version=record.get("torch_version", ""), timings=record.get("timings") or {},
            grader_version=record.get("grader_version", ""), language=lang, exercise=record.get("exercise", ""),
            status_label=status_label(status),
        )


def outcome_error(outcome: dict) -> dict | None:
    """The verdict's `error`: what the learner or the operators need to know besides the message
    (the judge's error with its traceback, the syntax error's place, the limit, ...); None when judged."""
    kind = outcome.get("kind")
    if kind == Outcome.SYNTAX_ERROR:
        return {"kind": "syntax", **{key: outcome.get(key) for key in ("line", "column", "message")}}
    if kind == Outcome.LIMIT:
        return {"kind": "limit", "limit": outcome.get("limit")}
    if kind == Outcome.CRASH:
        return {"kind": "crash", "exit_code": outcome.get("exit_code"), "signal": outcome.get("signal")}
    if kind in (Outcome.LEARNER_ERROR, Outcome.SYSTEM_ERROR):
        return outcome.get("error") if isinstance(outcome.get("error"), dict) else None
    return None


def measured_text(value) -> str:
    """A measurement as it is shown: 0.1234, 1.235 × 10⁻⁵, yes/no, nan, or "not measured"."""
    if value is None:
        return _("not measured")
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, str):
        return value
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return str(value)
    if math.isnan(number) or math.isinf(number):
        return str(number)
    if number == 0 or 1e-3 <= abs(number) < 1e5:
        text = f"{number:.4g}"
        if "e" not in text:  # 4 significant figures of 9999.5 … 99999 need an exponent: as beyond 1e5
            return text
    return number_text(number, 4)


def threshold_text(criterion) -> str:
    """A criterion's threshold as it is shown: "≥ 0.9", "[0.999, 1.001]", or, for a criterion that
    must hold (op "true"), the word for yes in the reader's language (as its measurement reads)."""
    return _("yes") if criterion.op == "true" else criterion.threshold_text()


def _exercise(slug):
    try:
        return load(slug).EXERCISE if isinstance(slug, str) and slug else None
    except UnknownExercise:
        return None


def _criterion_words(item: dict, exercise, lang: str, judged: bool, not_measured: str, series) -> CriterionResult:
    criterion = next((c for c in exercise.criteria if c.id == item.get("id")), None) if exercise else None
    measured, passed = item.get("measured"), item.get("passed") is True
    if passed:
        hint = ""
    elif not judged:
        hint = not_measured
    elif measured is None:
        hint = _("This criterion could not be measured, so it does not count as passed.")
    else:
        hint = criterion.hint.get(lang) if criterion else ""
    shown = measured_text(measured)
    detail = criterion.detail_text(series or {}, lang) if criterion else ""
    return CriterionResult(
        id=item.get("id", ""), passed=passed, measured=measured,
        threshold=threshold_text(criterion) if criterion else "", message=criterion.message.get(lang) if criterion
        else "", hint=hint, measured_text=(f"{shown}（{detail}）" if lang == "ja" else f"{shown} ({detail})") if detail
        else shown)


def _unmeasured_hint(outcome: dict) -> str:
    """Why the criteria were not measured, for an outcome that stopped before judging them."""
    kind = outcome.get("kind")
    if kind in (Outcome.SOURCE_REFUSED, Outcome.NOT_COMPILED):
        return _("Nothing was run.")
    if kind == Outcome.SYNTAX_ERROR:
        return _("Fix the syntax error first.")
    if kind == Outcome.LIMIT and outcome.get("limit") == "processes":
        return _("Nothing was measured.")
    return _("Grading stopped before this was measured.")


def _outcome_words(outcome: dict, record: dict, exercise, lang: str) -> tuple[str | None, str]:
    """(the verdict's message, or None for the status's label; the hint of a criterion not measured)."""
    kind = outcome.get("kind")
    not_measured = _unmeasured_hint(outcome)
    if kind == Outcome.JUDGED:
        criteria = [c for c in record.get("criteria") or [] if isinstance(c, dict)]
        if record.get("status") == Status.PASSED:
            return _("Every criterion is met."), not_measured
        passed = sum(c.get("passed") is True for c in criteria)
        return _("%(passed)d of %(total)d criteria met.") % {"passed": passed, "total": len(criteria)}, not_measured
    if kind == Outcome.SOURCE_REFUSED:
        if outcome.get("code") not in ("too_large", "nul", "not_utf8", "empty"):
            return None, not_measured
        return SourceProblem(outcome["code"], dict(outcome.get("params") or {})).message(), not_measured
    if kind == Outcome.NOT_COMPILED:
        return _("Your code could not be compiled: %(msg)s") % {"msg": outcome["reason"]}, not_measured
    if kind == Outcome.SYNTAX_ERROR:
        return _("Syntax error on line %(line)s, column %(col)s: %(msg)s") % {
            "line": outcome["line"], "col": outcome["column"], "msg": outcome["message"]}, not_measured
    if kind == Outcome.LIMIT:
        return _limit_words(outcome), not_measured
    if kind == Outcome.CRASH:
        how = (_("it was killed by signal %(name)s") % {"name": _signal_name(outcome["signal"])}
               if outcome.get("signal") else _("it exited with code %(code)s") % {"code": outcome["exit_code"]})
        return _("Your code ended its process before grading finished (%(how)s).") % {"how": how}, not_measured
    if kind == Outcome.LEARNER_ERROR:
        message = _learner_error_words(outcome["error"], exercise, lang)
        forbidden = message is not None and outcome["error"].get("kind") == "forbidden"
        return message, message if forbidden else not_measured
    if kind == Outcome.SYSTEM_ERROR:
        cause = outcome.get("error").get("kind") if isinstance(outcome.get("error"), dict) else None
        if cause == "sandbox_unavailable":
            return _("The grader cannot start its sandbox, so it refused to run your code. This is not your "
                     "fault; the operators have been told."), not_measured
        if cause == "system":
            return _("Grading failed on our side several times. This is not your fault; please submit again "
                     "later."), not_measured
        return _("Grading failed on our side. This is not your fault; please submit again in a moment."), not_measured
    return None, not_measured


def _limit_words(outcome: dict) -> str | None:
    status = LIMIT_STATUS.get(outcome.get("limit"))
    limits = outcome.get("limits") or {}
    if status == Status.REJECTED:
        return _("Your code started too many processes or threads.")
    if status == Status.TIMEOUT:
        return _("Your code ran past the time limit (%(wall)ss of wall time, %(cpu)ss of CPU) and was stopped.") % {
            "wall": f"{float(limits['wall_s']):g}", "cpu": f"{float(limits['cpu_s']):g}"}
    if status == Status.MEMORY_LIMIT:
        return _("Your code used more than the memory limit (%(mib)d MiB) and was stopped.") % {
            "mib": limits["memory_bytes"] // MIB}
    if status == Status.OUTPUT_LIMIT:
        return _("Your code wrote more than the output limit (%(kib)d KiB) and was stopped.") % {
            "kib": limits["output_bytes"] // 1024}
    return None


def _learner_error_words(error: dict, exercise, lang: str) -> str | None:
    """The message of an error the judge reported about the learner's code (None: a kind it cannot word)."""
    kind = error.get("kind")
    if kind == "exception":
        where = _("on line %(line)s") % {"line": error["line"]} if error.get("line") else _("in your code")
        message = _("Your code raised %(type)s %(where)s: %(message)s") % {
            "type": error.get("type"), "where": where, "message": error.get("message", "")[:300]}
        why = exercise.explanation(error.get("type", ""), error.get("message", "")) if exercise else None
        return f"{message} {why.get(lang)}" if why is not None else message
    if kind == "untraceable":
        message = _("Your code could not be turned into a graph for grading (%(detail)s). The grader runs a "
                    "trace of your computation, so the code must not branch or loop on the values inside "
                    "tensors (if x.sum() > 0, .item(), .tolist(), .numpy()): use tensor operations such as "
                    "torch.where instead.") % {"detail": error.get("message", "")[:300]}
        if error.get("line"):
            message += " " + _("(line %(line)s)") % {"line": error["line"]}
        return message
    if kind == "bad_answer":
        return _("Your code's process answered the grader with something it cannot use (%(what)s).") % {
            "what": error.get("what", "")[:300]}
    if kind == "contract":
        return _("Expected %(expected)s, but found %(found)s.") % {
            "expected": error.get("expected"), "found": error.get("found") or _("something else")}
    if kind == "forbidden":
        return _("Your code called %(name)s, which this exercise asks you to write yourself.") % {
            "name": error.get("name")}
    if kind == "refused":
        return _("Refused: your code tried %(what)s, which no solution needs (%(event)s).") % {
            "what": _(error.get("what", "")), "event": error.get("event")}
    if kind == "memory":
        return _("Your code ran out of memory.")
    return None


def _signal_name(number) -> str:
    try:
        return signals.Signals(number).name
    except (ValueError, TypeError):
        return str(number)
