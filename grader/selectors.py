"""Reads for the grading pages and the API."""
from __future__ import annotations

from collections import Counter

from django.shortcuts import get_object_or_404

from grader.models import Draft, ExerciseProgress, Submission
from grader.stored_verdict import criteria_measured_not_met, is_record


def submission_for_learner(*, user, submission_id: int) -> Submission:
    """The learner's own submission; anyone else's is a 404, never a 403."""
    return get_object_or_404(Submission.objects.select_related("exercise", "exercise__lesson"),
                             pk=submission_id, user=user)


def submissions_of(*, user, exercise, limit: int = 50):
    return (Submission.objects.filter(user=user, exercise=exercise)
            .only("pk", "status", "score", "created_at", "code", "reused_from_id")
            .order_by("-created_at")[:limit])


def queue_position(*, submission: Submission) -> int | None:
    """1 when next in line; None once it is no longer queued."""
    if submission.status != Submission.Status.QUEUED:
        return None
    ahead = Submission.objects.filter(status=Submission.Status.QUEUED, queue=submission.queue,
                                      created_at__lt=submission.created_at).count()
    return ahead + 1


def draft_of(*, user, exercise) -> Draft | None:
    if not user.is_authenticated:
        return None
    return Draft.objects.filter(user=user, exercise=exercise).first()


def progress_of(*, user, exercise) -> ExerciseProgress | None:
    if not user.is_authenticated:
        return None
    return ExerciseProgress.objects.filter(user=user, exercise=exercise).first()


def exercise_progress_by_exercise(*, user) -> dict[int, ExerciseProgress]:
    if not user.is_authenticated:
        return {}
    return {p.exercise_id: p for p in ExerciseProgress.objects.filter(user=user)}


def criterion_failures(*, user, exercise) -> Counter[str]:
    """{criterion id: how many of the learner's attempts measured it and found it not met}, for the hints
    (grader.hints). An attempt is a distinct code at its latest verdict, as in the progress counts
    (grader.services.progress_fields): sending the same code again adds nothing. Only failed verdicts are
    read, and only their criteria and outcome (a verdict's series can be large)."""
    if not user.is_authenticated:
        return Counter()
    graded = (Submission.objects.filter(user=user, exercise=exercise)
              .exclude(status__in=[*Submission.PENDING, Submission.Status.SYSTEM_ERROR])
              .order_by("created_at", "pk").values_list("code_sha256", "pk", "status"))
    latest = {code: (pk, status) for code, pk, status in graded}  # a later row of a code replaces an earlier
    failed = [pk for pk, status in latest.values() if status == Submission.Status.FAILED]
    counts: Counter[str] = Counter()
    rows = Submission.objects.filter(pk__in=failed).values_list("pk", "verdict__v", "verdict__outcome",
                                                                "verdict__criteria")
    for pk, version, outcome, criteria in rows:
        stored = {"v": version, "outcome": outcome, "criteria": criteria}
        if not is_record(stored):  # stored before the record: read whole and converted
            stored = Submission.objects.values_list("verdict", flat=True).get(pk=pk)
        counts.update(set(criteria_measured_not_met(stored)))
    return counts
