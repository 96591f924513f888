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


def demo_work_fill(*, join_code: str) -> int:
    """Grade and file the demo learners' submissions; returns how many were filed (0 when the
    cohort already has work, so it runs once)."""
    cohort = Cohort.objects.filter(join_code=join_code).first()
    if cohort is None:
        return 0
    learners = [e.user for e in cohort.enrollments.select_related("user").filter(
        user__username__regex=r"^demo-[0-9]+-").order_by("user__username")]
    if not learners or Submission.objects.filter(user__in=learners).exists():
        return 0
    exercises = list(Exercise.objects.filter(lesson__course=cohort.course).order_by("lesson__order", "order"))
    now = timezone.now()
    plan = _plan(learners, exercises, now)
    records = {}
    for _learner, exercise, path, _when in plan:
        key = (exercise.slug, path.name)
        if key not in records:
            started = timezone.now()
            records[key] = (grade_record(slug=exercise.slug, source=path.read_bytes()), (timezone.now() - started))
            log.info("demo cohort: graded %s/%s: %s", exercise.slug, path.name, records[key][0]["status"])
    version = grader_version()
    with transaction.atomic():
        for learner, exercise, path, when in plan:
            graded, took = records[(exercise.slug, path.name)]
            code = path.read_text()
            submission = Submission.objects.create(
                user=learner, exercise=exercise, code=code, code_sha256=code_hash(code), grader_version=version,
                attempts=1, worker="demo", **verdict_fields(graded))
            Submission.objects.filter(pk=submission.pk).update(
                created_at=when, enqueued_at=when, started_at=when + datetime.timedelta(seconds=1),
                finished_at=when + datetime.timedelta(seconds=1) + took)
        for learner, exercise in {(p[0], p[1]) for p in plan}:
            last = Submission.objects.filter(user=learner, exercise=exercise).order_by("-created_at").first()
            exercise_progress_recompute(last)
        # Lesson 1 read and its quiz tried by everyone who submitted something.
        quiz = Quiz.objects.filter(lesson__course=cohort.course).order_by("lesson__order").first()
        rng = random.Random(SEED + 1)
        for learner in {p[0] for p in plan}:
            first = min(p[3] for p in plan if p[0] == learner)
            if quiz is not None:
                score = rng.choice([0.6, 0.8, 1.0, 1.0])
                attempt = QuizAttempt.objects.create(user=learner, quiz=quiz, score=score, answers={}, results={})
                QuizAttempt.objects.filter(pk=attempt.pk).update(created_at=first)
                progress, _ = LessonProgress.objects.get_or_create(user=learner, lesson=quiz.lesson)
                LessonProgress.objects.filter(pk=progress.pk).update(
                    quiz_attempts=1, quiz_best_score=score, first_read_at=first, last_read_at=first, finished_at=first)
    return len(plan)
