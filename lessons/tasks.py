"""Celery tasks of the lessons app."""
from __future__ import annotations

from celery import shared_task


@shared_task(name="lessons.demo_work_fill", acks_late=True, ignore_result=True)
def demo_work_fill(join_code: str) -> int:
    """Grade and file the demo cohort's submissions (runs once, on the worker)."""
    from lessons.demo_work import demo_work_fill as fill

    return fill(join_code=join_code)
