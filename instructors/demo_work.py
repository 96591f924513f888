"""The demo cohort's work: real verdicts of real code, so that a newcomer sees a living matrix.

Each distinct piece of code (a reference solution or a common mistake, from
grader/references/<exercise>/) is graded once, for real, in the sandbox; the demo
learners' submissions of that code carry its verdict. Who tried what, how often and when is
drawn from a fixed seed: some learners pass everything, some are stuck on an exercise after
several failed attempts, some have not been seen for over a week.
"""
from __future__ import annotations

import datetime
import logging
import random
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from grader.grading import grade_record, grader_version
from grader.models import Submission
from grader.services import code_hash, exercise_progress_recompute, verdict_fields
from lessons.models import Cohort, Exercise, LessonProgress, Quiz, QuizAttempt

log = logging.getLogger(__name__)
REFERENCES = Path(__file__).resolve().parent.parent / "grader" / "references"
SEED = 2026


def _codes(slug: str) -> tuple[list[Path], list[Path]]:
    folder = REFERENCES / slug
    return sorted(folder.glob("pass_*.py"))[:2], sorted(folder.glob("fail_*.py"))[:3]


def _plan(learners, exercises, now):
    """[(learner, exercise slug, code path, submitted at)], from a fixed seed."""
    rng = random.Random(SEED)
    plan = []
    for index, learner in enumerate(learners):
        skill = rng.uniform(0.55, 1.05)
        inactive = index % 9 == 4  # a few who stopped coming over a week ago
        start = now - datetime.timedelta(days=rng.uniform(9, 20) if inactive else rng.uniform(1, 12))
        when = start
        for depth, exercise in enumerate(exercises):
            if rng.random() > skill - depth * 0.04:
                break  # the learner has not got this far yet
            passes, fails = _codes(exercise.slug)
            if not passes:
                continue
            stuck = rng.random() > skill + 0.3
            mistakes = rng.choices(fails, k=3 + rng.randrange(2)) if stuck else (
                rng.choices(fails, k=rng.choice([0, 0, 1, 1, 2])) if fails else [])
            for path in mistakes:
                when += datetime.timedelta(minutes=rng.uniform(3, 50))
                plan.append((learner, exercise, path, when))
            if stuck:
                break
            when += datetime.timedelta(minutes=rng.uniform(3, 50))
            plan.append((learner, exercise, rng.choice(passes), when))
            when += datetime.timedelta(hours=rng.uniform(1, 12))
            if when > now - datetime.timedelta(minutes=5):
                break
    return plan


def _cohort_plan(join_code: str, now: datetime.datetime):
    """(learners, plan) of the demo cohort; (None, []) when there is no such cohort or learner."""
    cohort = Cohort.objects.filter(join_code=join_code).first()
    if cohort is None:
        return None, []
    learners = [e.user for e in cohort.enrollments.select_related("user").filter(
        user__username__regex=r"^demo-[0-9]+-").order_by("user__username")]
    exercises = list(Exercise.objects.filter(lesson__course=cohort.course).order_by("lesson__order", "order"))
    return cohort, (_plan(learners, exercises, now) if learners else [])


def _codes_to_grade(plan) -> list[tuple[str, str]]:
    """The distinct pieces of code in the plan, (exercise slug, file name), in a fixed order."""
    return sorted({(exercise.slug, path.name) for _learner, exercise, path, _when in plan})


def demo_work_started(*, join_code: str) -> bool:
    """Whether the demo cohort's learners have work already (then it is not made again)."""
    return Submission.objects.filter(user__enrollments__cohort__join_code=join_code,
                                     user__username__regex=r"^demo-[0-9]+-").exists()


def demo_work_steps(*, join_code: str, now: datetime.datetime) -> int:
    """How many steps the demo work takes: one that files the reading and quizzes, then one per
    distinct piece of code (0: no such cohort, or no demo learner in it)."""
    _cohort, plan = _cohort_plan(join_code, now)
    return 1 + len(_codes_to_grade(plan)) if plan else 0


def demo_work_step(*, join_code: str, now: datetime.datetime, step: int) -> int:
    """One step of the demo work, short, so that learners' own submissions queued meanwhile go
    ahead of the rest (each step is a task of its own: grader/tasks' queue is first in, first out)
    and a worker asked to stop finishes within one grading. Step 0 files who read lesson 1 and
    tried its quiz; step k grades the k-th distinct piece of code once, for real, and files every
    demo submission of it. Idempotent: a step whose rows exist files nothing. Returns how many
    submissions it filed."""
    cohort, plan = _cohort_plan(join_code, now)
    if not plan:
        return 0
    if step == 0:
        return _file_reading(cohort, plan)
    codes = _codes_to_grade(plan)
    if not 1 <= step <= len(codes):
        return 0
    slug, name = codes[step - 1]
    mine = [p for p in plan if (p[1].slug, p[2].name) == (slug, name)]
    code = mine[0][2].read_text()
    if Submission.objects.filter(user__in={p[0] for p in mine}, exercise=mine[0][1],
                                 code_sha256=code_hash(code)).exists():
        return 0
    started = timezone.now()
    graded = grade_record(slug=slug, source=code.encode())
    took = timezone.now() - started
    log.info("demo cohort: graded %s/%s: %s (step %d of %d)", slug, name, graded["status"], step, len(codes))
    version = grader_version()
    with transaction.atomic():
        for learner, exercise, _path, when in mine:
            submission = Submission.objects.create(
                user=learner, exercise=exercise, code=code, code_sha256=code_hash(code), grader_version=version,
                attempts=1, worker="demo", **verdict_fields(graded))
            Submission.objects.filter(pk=submission.pk).update(
                created_at=when, enqueued_at=when, started_at=when + datetime.timedelta(seconds=1),
                finished_at=when + datetime.timedelta(seconds=1) + took)
        for learner, exercise in {(p[0], p[1]) for p in mine}:
            last = Submission.objects.filter(user=learner, exercise=exercise).order_by("-created_at").first()
            exercise_progress_recompute(last)
    return len(mine)


def _file_reading(cohort, plan) -> int:
    """Lesson 1 read and its quiz tried by everyone who submitted something (once)."""
    quiz = Quiz.objects.filter(lesson__course=cohort.course).order_by("lesson__order").first()
    learners = {p[0] for p in plan}
    if quiz is None or QuizAttempt.objects.filter(user__in=learners, quiz=quiz).exists():
        return 0
    rng = random.Random(SEED + 1)
    with transaction.atomic():
        for learner in sorted(learners, key=lambda u: u.username):
            first = min(p[3] for p in plan if p[0] == learner)
            score = rng.choice([0.6, 0.8, 1.0, 1.0])
            attempt = QuizAttempt.objects.create(user=learner, quiz=quiz, score=score, answers={}, results={})
            QuizAttempt.objects.filter(pk=attempt.pk).update(created_at=first)
            progress, _ = LessonProgress.objects.get_or_create(user=learner, lesson=quiz.lesson)
            LessonProgress.objects.filter(pk=progress.pk).update(
                quiz_attempts=1, quiz_best_score=score, first_read_at=first, last_read_at=first, finished_at=first)
    return 0
