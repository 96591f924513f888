"""Celery tasks of the instructors app."""
from __future__ import annotations

import datetime

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from instructors.demo_work import demo_work_started, demo_work_step, demo_work_steps


@shared_task(name="instructors.demo_work_fill", acks_late=True, ignore_result=True)
def demo_work_fill(join_code: str, now: str | None = None, step: int = 0) -> int:
    """One step of grading and filing the demo cohort's submissions (instructors.demo_work); the
    next step is queued behind whatever learners submitted meanwhile. The first call (no `now`)
    does nothing when the cohort already has work."""
    if now is None:
        if demo_work_started(join_code=join_code):
            return 0
        moment = timezone.now()
    else:
        moment = datetime.datetime.fromisoformat(now)
    filed = demo_work_step(join_code=join_code, now=moment, step=step)
    if step + 1 < demo_work_steps(join_code=join_code, now=moment):
        demo_work_fill.apply_async(args=[join_code], kwargs={"now": moment.isoformat(), "step": step + 1},
                                   queue=settings.GRADER_CPU_QUEUE)
    return filed
