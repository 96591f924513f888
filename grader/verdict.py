"""The verdict: what a grading produced, in the shape `manage.py grade --json` prints.

Built on the host from the sandbox's result channel (never from learner output); every
sentence goes through gettext so that it exists in Japanese and English.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import override


class Status:
    PASSED = "passed"
    FAILED = "failed"
    ERROR = "error"
    TIMEOUT = "timeout"
    MEMORY_LIMIT = "memory_limit"
    OUTPUT_LIMIT = "output_limit"
    REJECTED = "rejected"
    SYSTEM_ERROR = "system_error"
    ALL = (PASSED, FAILED, ERROR, TIMEOUT, MEMORY_LIMIT, OUTPUT_LIMIT, REJECTED, SYSTEM_ERROR)


def status_label(status: str) -> str:
    return {
        Status.PASSED: _("Passed"),
        Status.FAILED: _("Not passed yet"),
        Status.ERROR: _("Your code raised an error"),
        Status.TIMEOUT: _("Time limit reached"),
        Status.MEMORY_LIMIT: _("Memory limit reached"),
        Status.OUTPUT_LIMIT: _("Output limit reached"),
        Status.REJECTED: _("Refused"),
        Status.SYSTEM_ERROR: _("Grading failed on our side"),
    }[status]


@dataclass
class CriterionResult:
    id: str
    passed: bool
    measured: object  # a number, a boolean, or None when it could not be measured
    threshold: str
    message: str
    hint: str
    measured_text: str = ""


@dataclass
class Verdict:
    status: str
    score: float
    message: str
    criteria: list[CriterionResult] = field(default_factory=list)
    series: dict = field(default_factory=dict)
    error: dict | None = None
    stdout: str = ""
    stderr: str = ""
    output_truncated: bool = False
    device: str = ""
    torch_version: str = ""
    timings: dict = field(default_factory=dict)
    grader_version: str = ""
    language: str = "en"
    exercise: str = ""
    status_label: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


def measured_text(value) -> str:
    if value is None:
        return _("not measured")
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, str):
        return value
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if math.isnan(number) or math.isinf(number):
        return str(number)
    if number == 0 or 1e-3 <= abs(number) < 1e5:
        return f"{number:.4g}"
    return f"{number:.3e}"


def judge_criteria(exercise, measurements: dict, lang: str, series: dict | None = None) -> list[CriterionResult]:
    results = []
    for criterion in exercise.criteria:
        raw = measurements.get(criterion.id)
        if raw in ("nan", "inf", "-inf"):
            raw = float(raw)
        verdict = criterion.judge(raw)
        hint = criterion.hint.get(lang) if verdict is not True else ""
        if verdict is None:
            hint = _("This criterion could not be measured, so it does not count as passed.")
        results.append(CriterionResult(
            id=criterion.id, passed=verdict is True, measured=_jsonable(raw),
            threshold=criterion.threshold_text(), message=criterion.message.get(lang), hint=hint,
            measured_text=_with_detail(measured_text(raw), criterion.detail_text(series or {}, lang)),
        ))
    return results


def _with_detail(text: str, detail: str) -> str:
    return f"{text} ({detail})" if detail else text


def unmeasured_criteria(exercise, lang: str, reason: str) -> list[CriterionResult]:
    return [
        CriterionResult(id=c.id, passed=False, measured=None, threshold=c.threshold_text(),
                        message=c.message.get(lang), hint=reason, measured_text=_("not measured"))
        for c in exercise.criteria
    ]


def _jsonable(value):
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return str(value)
    return value


def localized(lang: str, fn, *args, **kwargs):
    with override(lang):
        return fn(*args, **kwargs)
