"""Celery tasks: thin adapters over grader.services. They take ids, never objects."""
from __future__ import annotations

import logging

from celery import shared_task
from celery.signals import worker_process_init, worker_process_shutdown, worker_ready
from django.conf import settings

from grader import services, warm

log = logging.getLogger(__name__)


@shared_task(
    name="grader.grade_submission", bind=True, acks_late=True, reject_on_worker_lost=True,
    max_retries=settings.GRADER_SYSTEM_ERROR_RETRIES,
    soft_time_limit=settings.GRADER_TASK_SOFT_TIME_LIMIT, time_limit=settings.GRADER_TASK_TIME_LIMIT,
)
def grade_submission(self, submission_id: int) -> str | None:
    """Grade one submission. Idempotent: a graded or claimed submission is left alone."""
    worker = self.request.hostname or "worker"
    last_try = self.request.retries >= self.max_retries
    try:
        submission = services.submission_grade(submission_id=submission_id, worker=worker, last_try=last_try)
    except services.GradingInterrupted as exc:  # our fault, the claim given back: retry with backoff
        log.warning("grading submission %s interrupted (%s); retrying", submission_id, exc)
        raise _retry(self) from exc
    except Exception as exc:  # before a claim (the database, say): nothing is held; retry, then the sweeper
        log.exception("grading submission %s could not start", submission_id)
        if last_try:
            return None
        raise _retry(self) from exc
    return submission.status if submission is not None else None


def _retry(task):
    countdown = settings.GRADER_RETRY_BACKOFF_S * (2 ** task.request.retries)
    return task.retry(countdown=countdown, queue=task.request.delivery_info.get("routing_key") or None)


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


@worker_process_init.connect
def keep_pairs_warm(**kwargs):
    """Each grading process keeps its next gradings' sandboxes started ahead (grader.warm)."""
    warm.look_after()


@worker_process_shutdown.connect
def drop_warm_pairs(**kwargs):
    warm.close()
