"""The reference solutions and their walkthrough: who may see them, and what they see.

An exercise's solutions open to a learner who has passed it, or who is enrolled in a cohort whose
instructor opened them after N graded submissions that did not pass (Cohort.solutions_after_failures;
any one cohort granting it suffices). The check is here, on the server: a page that is not open
is a 403 and its text is never sent, and the API has no path to them at all.

The code shown is the grader's own reference files (grader/references/<slug>/), named and titled
in the exercise's content (exercise.yaml `solutions:`); the walkthrough is content too
(walkthrough.<lang>.md beside the statement)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from django.db.models import Min

from grader.models import ExerciseProgress
from lessons.models import Cohort, Exercise
from lessons.rendering import code_block

REFERENCES = Path(__file__).resolve().parent / "references"


@dataclass(frozen=True)
class SolutionAccess:
    open: bool
    reason: str  # "passed", "cohort", or "" while closed
    failures: int  # the learner's graded submissions that did not pass
    failures_needed: int | None  # the lowest cohort threshold, None when no cohort opens them early


def solution_access(*, user, exercise: Exercise) -> SolutionAccess:
    if not user.is_authenticated:
        return SolutionAccess(False, "", 0, None)
    progress = ExerciseProgress.objects.filter(user=user, exercise=exercise).first()
    failures = progress.failed_submissions if progress else 0
    if progress is not None and progress.passed_at is not None:
        return SolutionAccess(True, "passed", failures, None)
    needed = (Cohort.objects.filter(enrollments__user=user, solutions_after_failures__isnull=False)
              .aggregate(lowest=Min("solutions_after_failures"))["lowest"])
    if needed is not None and failures >= needed:
        return SolutionAccess(True, "cohort", failures, needed)
    return SolutionAccess(False, "", failures, needed)


def reference_path(slug: str, name: str) -> Path:
    return REFERENCES / slug / name


def reference_solutions(*, exercise: Exercise, language: str) -> list[dict]:
    """[{"title", "file", "html"}] for the files the content names, highlighted like the lessons' code."""
    shown = []
    for item in exercise.solutions:
        code = reference_path(exercise.slug, item["file"]).read_text(encoding="utf-8")
        shown.append({"title": item.get(language) or item["file"], "file": item["file"],
                      "html": code_block(code, "python")})
    return shown
