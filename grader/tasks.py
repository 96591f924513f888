"""Celery tasks: thin adapters over grader.services. They take ids, never objects."""
from __future__ import annotations

import logging

from celery import shared_task
from celery.signals import worker_process_init, worker_process_shutdown, worker_ready
from celery.utils.time import get_exponential_backoff_interval
from django.conf import settings
from django.db import InterfaceError, OperationalError

from grader import services, warm

log = logging.getLogger(__name__)


# The database is down or its connection broke: nothing can be claimed, so the message is sent
# again with backoff (it stays with the broker meanwhile) instead of being acknowledged and left to
# the sweeper.
DATABASE_DOWN = (OperationalError, InterfaceError)


@shared_task(
    name="grader.grade_submission", bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=None,
    soft_time_limit=settings.GRADER_TASK_SOFT_TIME_LIMIT, time_limit=settings.GRADER_TASK_TIME_LIMIT,
)
def grade_submission(self, submission_id: int, db_waits: int = 0) -> str | None:
    """Grade one submission. Idempotent: a graded or claimed submission is left alone.

    Two retry budgets: our own failures (GRADER_SYSTEM_ERROR_RETRIES, then the failure is the
    verdict) and a database outage (`db_waits`, GRADER_DB_RETRIES, then the sweeper)."""
    worker = self.request.hostname or "worker"
    last_try = self.request.retries - db_waits >= settings.GRADER_SYSTEM_ERROR_RETRIES
    try:
        submission = services.submission_grade(submission_id=submission_id, worker=worker, last_try=last_try)
    except services.GradingInterrupted as exc:  # our fault, the claim given back: retry with backoff
        log.warning("grading submission %s interrupted (%s); retrying", submission_id, exc)
        raise _retry(self, submission_id, db_waits) from exc
    except DATABASE_DOWN as exc:
        return _wait_for_database(self, submission_id, db_waits, exc)
    except Exception as exc:  # before a claim: nothing is held; retry, then the sweeper
        log.exception("grading submission %s could not start", submission_id)
        if last_try:
            return None
        raise _retry(self, submission_id, db_waits) from exc
    return submission.status if submission is not None else None


def _wait_for_database(task, submission_id: int, db_waits: int, exc: Exception) -> None:
    """Send the id again later, with a growing, jittered delay, while the database is away. (Celery's
    Django fixup drops the broken connection after the task, so the next try opens a new one.)"""
    if db_waits >= settings.GRADER_DB_RETRIES:
        log.error("submission %s: the database is still unreachable (%s); the sweeper will send it again",
                  submission_id, exc)
        return None
    countdown = get_exponential_backoff_interval(
        factor=settings.GRADER_RETRY_BACKOFF_S, retries=db_waits, maximum=settings.GRADER_DB_RETRY_MAX_S,
        full_jitter=True)
    countdown = max(countdown, settings.GRADER_RETRY_BACKOFF_S / 2)  # never a tight loop
    log.warning("submission %s: the database is unreachable (%s); trying again in %.0f s",
                submission_id, exc, countdown)
    raise _retry(task, submission_id, db_waits + 1, countdown=countdown) from exc


def _retry(task, submission_id: int, db_waits: int, countdown: float | None = None):
    """The same message again, later, on the queue it came from (Celery's own count of retries is
    not a limit here: the budgets are the task's)."""
    if countdown is None:
        countdown = settings.GRADER_RETRY_BACKOFF_S * (2 ** (task.request.retries - db_waits))
    return task.retry(args=[submission_id], kwargs={"db_waits": db_waits}, countdown=countdown,
                      max_retries=task.request.retries + 1,
                      queue=(task.request.delivery_info or {}).get("routing_key") or None)


@shared_task(name="grader.try_code", acks_late=False, ignore_result=True, queue=settings.GRADER_TRY_QUEUE,
             soft_time_limit=settings.GRADER_TASK_SOFT_TIME_LIMIT, time_limit=settings.GRADER_TASK_TIME_LIMIT)
def try_code(token: str) -> str | None:
    """Run one Try (grader.trying): its own queue, which the grading workers consume beside their
    grading queue, so a Try waits for the grading in progress at most, never behind a backlog. Acked
    when taken and never retried: a Try is cheap to repeat, and its page says when one was lost."""
    from grader import trying

    return trying.try_run(token=token)


@shared_task(name="grader.sweep_submissions", acks_late=False, ignore_result=True,
             queue=settings.GRADER_SWEEP_QUEUE, expires=settings.GRADER_SWEEP_EVERY_S * 4)
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
