"""The Try button: the learner's current code run in the sandbox, no attempt spent, nothing stored.

    token = try_start(user=..., exercise=..., code=...)  # checked, counted, queued (Refused: nothing)
    try_run(token=token)                                  # the worker (grader.tasks.try_code)
    entry = try_get(user=..., token=token)                # the page polls it

A Try is the grading's two sandboxed processes with the judge's `try_it` instead of its procedure
(grading.grade_record(mode="try"), grader.harness.judge.try_it): the learner process loads the file
(what it prints is shown) and answers the judge's requests; the judge measures, e.g. the model's
per-layer gradient norms at init, and no training runs and no criterion is judged. The learner's
process computes nothing that is shown but its own output.

Nothing goes to the database: the code and then the run's record live in the "try" cache (Redis,
shared by the web and the worker) under a random token bound to the learner, for GRADER_TRY_KEEP_S.
The broker carries only the token.
"""
from __future__ import annotations

import logging
import secrets
import time

from django.conf import settings
from django.core.cache import caches

from grader.grading import TRIED, grade_record
from grader.services import Refused
from grader.source_check import source_checked

log = logging.getLogger(__name__)

QUEUED, RUNNING, DONE, LOST = "queued", "running", "done", "lost"


def _cache():
    return caches["try"]


def _key(token: str) -> str:
    return f"try:{token}"


def try_start(*, user, exercise, code: str | bytes) -> str:
    """Check the code as a submission is checked (size, encoding, not empty), keep it under a new
    token and queue its run; the token. Refused (nothing kept, nothing queued) when it may not run."""
    from grader.tasks import try_code

    problem, text = source_checked(code)
    if problem is not None:
        raise Refused(problem.code, problem.message())
    token = secrets.token_urlsafe(18)
    _cache().set(_key(token), {"user": user.pk, "slug": exercise.slug, "code": text, "state": QUEUED,
                               "queued_at": time.time()}, timeout=settings.GRADER_TRY_KEEP_S)
    try:
        try_code.apply_async(args=[token], queue=settings.GRADER_TRY_QUEUE, retry=False,
                             expires=settings.GRADER_TRY_WAIT_S)
    except Exception as exc:  # noqa: BLE001 - kombu/redis raise many types when the broker is down
        log.warning("could not queue a try (%s)", exc)
        _cache().delete(_key(token))
        raise Refused("try_unavailable", _unavailable()) from None
    return token


def _unavailable():
    from django.utils.translation import gettext as _

    return _("Trying is unavailable for a moment: the grading queue cannot be reached. Try again in a minute.")


def try_run(*, token: str, warm=True) -> str | None:
    """Run a queued Try and keep its record in place of the code; the state it ended in (None when
    the token is unknown or already taken: a duplicate message runs nothing)."""
    cache = _cache()
    entry = cache.get(_key(token))
    if not isinstance(entry, dict) or entry.get("state") != QUEUED:
        return None
    entry["state"], entry["started_at"] = RUNNING, time.time()
    cache.set(_key(token), entry, timeout=settings.GRADER_TRY_KEEP_S)
    try:
        record = grade_record(slug=entry["slug"], source=entry["code"], warm=warm, mode="try")
    except Exception:  # never leave the page waiting: say it was lost
        log.exception("try %s failed", token)
        cache.set(_key(token), {"user": entry["user"], "slug": entry["slug"], "state": LOST},
                  timeout=settings.GRADER_TRY_KEEP_S)
        return LOST
    cache.set(_key(token), {"user": entry["user"], "slug": entry["slug"], "state": DONE, "record": record},
              timeout=settings.GRADER_TRY_KEEP_S)
    return DONE


def try_get(*, user, token: str, slug: str) -> dict | None:
    """The learner's own Try of this exercise (its state, and its record once done), or None. A Try
    that waited in the queue past GRADER_TRY_WAIT_S (its message has expired), or has run past the
    task's time limit (its worker died), reads as lost."""
    if not token or len(token) > 64:
        return None
    entry = _cache().get(_key(token))
    if not isinstance(entry, dict) or entry.get("user") != user.pk or entry.get("slug") != slug:
        return None
    now = time.time()
    if entry.get("state") == QUEUED and now - entry.get("queued_at", 0) > settings.GRADER_TRY_WAIT_S + 5:
        return {**entry, "state": LOST}
    if entry.get("state") == RUNNING and now - entry.get("started_at", 0) > settings.GRADER_TASK_TIME_LIMIT + 5:
        return {**entry, "state": LOST}  # its worker died mid-run: the task's own limit has passed
    return entry


def is_tried(record: dict) -> bool:
    return isinstance(record, dict) and record.get("status") == TRIED
