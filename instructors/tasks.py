"""Celery tasks of the instructors app."""
from __future__ import annotations

from celery import shared_task

from instructors.demo_work import demo_work_fill as fill


@shared_task(name="instructors.demo_work_fill", acks_late=True, ignore_result=True)
def demo_work_fill(join_code: str) -> int:
    """Grade and file the demo cohort's submissions (runs once, on the worker)."""
    return fill(join_code=join_code)
