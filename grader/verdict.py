"""The verdict: what a grading found, stored once and without words, and the worded shape it is shown in.

The record (`verdict_record`) is what a grading produces and what `Submission.verdict` stores:
numbers, ids and codes only, no sentence in any language.

    {"v": 2, "status": "failed", "score": 0.5, "exercise": "layer-grad-norms", "grader_version": "…",
     "criteria": [{"id": "keys-match", "passed": true, "measured": true},
                  {"id": "values-match", "passed": false, "measured": 0.31}],
     "outcome": {"kind": "judged"},
     "series": {...}, "stdout": "…", "stderr": "…", "output_truncated": false,
     "device": "cpu", "torch_version": "2.13.0", "timings": {"wall_s": 2.5, ...},
     "worker": "…", "queued_at": "…", "started_at": "…", "finished_at": "…"}  # the last four: the service's

`outcome` says what happened, as a kind and what it takes to word it (`Outcome`). Words are made
when a verdict is shown (`grader.wording.verdict_words`), in the reader's language, from the
record and the exercise module as it is then: a reworded hint shows on every stored verdict.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from django.db import models
from django.utils.translation import gettext_lazy as _

from grader.harness.markers import from_marker

RECORD_VERSION = 2


class Status(models.TextChoices):
    """A submission's status; every one but the two pending ones is a verdict's."""

    QUEUED = "queued", _("Waiting in the queue")
    RUNNING = "running", _("Being graded")
    PASSED = "passed", _("Passed")
    FAILED = "failed", _("Not passed yet")
    ERROR = "error", _("Your code raised an error")
    TIMEOUT = "timeout", _("Time limit reached")
    MEMORY_LIMIT = "memory_limit", _("Memory limit reached")
    OUTPUT_LIMIT = "output_limit", _("Output limit reached")
    REJECTED = "rejected", _("Refused")
    SYSTEM_ERROR = "system_error", _("Grading failed on our side")


PENDING = (Status.QUEUED, Status.RUNNING)
VERDICT_STATUSES = tuple(s for s in Status if s not in PENDING)


def status_label(status: str) -> str:
    """The status in words, in the active language (an unknown status as it is)."""
    return str(Status(status).label) if status in Status.values else str(status)


class Outcome:
    """What happened, the record's `outcome["kind"]`, and the parameters each kind carries."""

    JUDGED = "judged"  # every criterion judged on the measurements (passed or failed)
    SOURCE_REFUSED = "source_refused"  # code, params: grader.source_check.SourceProblem
    NOT_COMPILED = "not_compiled"  # reason: compile() gave up (ValueError, RecursionError, MemoryError)
    SYNTAX_ERROR = "syntax_error"  # line, column, message
    LIMIT = "limit"  # limit (a sandbox limit name), limits: {wall_s, cpu_s, memory_bytes, output_bytes} in force
    CRASH = "crash"  # exit_code, signal: the learner process ended before grading finished
    LEARNER_ERROR = "learner_error"  # error: the judge's error dict (grader.judge_output.ERROR_KINDS)
    SYSTEM_ERROR = "system_error"  # error: {"kind": sandbox_unavailable|sandbox_error|schema|no_result|system, ...}


# The learner process's limit that stopped a grading, and the status it gives.
LIMIT_STATUS = {"wall": Status.TIMEOUT, "cpu": Status.TIMEOUT, "memory": Status.MEMORY_LIMIT,
                "output": Status.OUTPUT_LIMIT, "file_size": Status.OUTPUT_LIMIT, "processes": Status.REJECTED}


def verdict_record(*, status: str, exercise: str, grader_version: str, outcome: dict, criteria=(), score=0.0,
                   series=None, stdout: str = "", stderr: str = "", output_truncated: bool = False,
                   device: str = "", torch_version: str = "", timings=None) -> dict:
    """A grading's record (see the module's docstring)."""
    return {
        "v": RECORD_VERSION, "status": status, "score": score, "exercise": exercise,
        "grader_version": grader_version, "criteria": list(criteria), "outcome": outcome,
        "series": dict(series or {}), "stdout": stdout, "stderr": stderr, "output_truncated": output_truncated,
        "device": device, "torch_version": torch_version, "timings": dict(timings or {}),
    }


def judged_criteria(exercise, measurements: dict) -> list[dict]:
    """Each criterion of the exercise judged on its measurement: {id, passed, measured}. A measurement
    is a number, a boolean, a marker ("nan", "inf", "-inf") or None (not measured: not passed)."""
    results = []
    for criterion in exercise.criteria:
        measured = measurements.get(criterion.id)
        raw = from_marker(measured)
        results.append({"id": criterion.id, "passed": criterion.judge(raw) is True, "measured": measured})
    return results


def unmeasured_criteria(exercise) -> list[dict]:
    """Every criterion, not measured: the grading stopped before it or never ran."""
    return [{"id": c.id, "passed": False, "measured": None} for c in exercise.criteria]


@dataclass
class CriterionResult:
    id: str
    passed: bool
    measured: object  # a number, a boolean, a marker "nan"/"inf"/"-inf", or None when it could not be measured
    threshold: str
    message: str
    hint: str
    measured_text: str = ""


@dataclass
class Verdict:
    """A verdict in words, in one language: what `manage.py grade --json` prints, the pages and the API show."""

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
