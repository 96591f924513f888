"""Reads for the grading pages and the API."""
from __future__ import annotations

from django.shortcuts import get_object_or_404

from grader.models import Draft, ExerciseProgress, Submission


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

