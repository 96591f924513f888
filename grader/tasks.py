"""Celery tasks: thin adapters over grader.services. They take ids, never objects."""
from __future__ import annotations

import logging

from celery import shared_task
from celery.signals import worker_ready
from django.conf import settings

from grader import services
from grader.models import Submission

log = logging.getLogger(__name__)


@shared_task(
    name="grader.grade_submission", bind=True, acks_late=True, reject_on_worker_lost=True,
    max_retries=settings.GRADER_SYSTEM_ERROR_RETRIES,
    soft_time_limit=settings.GRADER_TASK_SOFT_TIME_LIMIT, time_limit=settings.GRADER_TASK_TIME_LIMIT,
)
def grade_submission(self, submission_id: int) -> str | None:
    """Grade one submission. Idempotent: a graded or claimed submission is left alone."""
    worker = self.request.hostname or "worker"
    try:
        submission = services.submission_grade(submission_id=submission_id, worker=worker)
    except Exception as exc:  # our fault: retry with backoff, then record it
        log.exception("grading submission %s failed", submission_id)
        return _retry_or_fail(self, submission_id, worker, repr(exc))
    if submission is None:
        return None
    if submission.status == Submission.Status.SYSTEM_ERROR and self.request.retries < self.max_retries:
        return _retry_or_fail(self, submission_id, worker, "system_error verdict")
    return submission.status


def _retry_or_fail(task, submission_id: int, worker: str, reason: str):
    if task.request.retries < task.max_retries:
        services.submission_release(submission_id=submission_id)
        countdown = settings.GRADER_RETRY_BACKOFF_S * (2 ** task.request.retries)
        raise task.retry(countdown=countdown, queue=task.request.delivery_info.get("routing_key") or None)
    services.submission_fail(submission_id=submission_id, reason=reason, worker=worker)
    return Submission.Status.SYSTEM_ERROR


@shared_task(name="grader.sweep_submissions", acks_late=False, ignore_result=True)
def sweep_submissions() -> int:
    return services.submissions_sweep()


@worker_ready.connect
def sweep_when_a_worker_starts(sender=None, **kwargs):
    """A restarted worker picks up what its predecessor left behind."""
    try:
        services.submissions_sweep()
    except Exception:  # noqa: BLE001 - never keep a worker from starting
        log.exception("sweep at worker start failed")
