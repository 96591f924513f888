"""Two cohorts, two instructors, learners in each, with submissions, quiz attempts and progress."""
from __future__ import annotations

import datetime
import itertools
from dataclasses import dataclass

import pytest
from django.db import transaction
from django.utils import timezone

from grader.models import Submission
from grader.services import code_hash, exercise_progress_recompute
from grader.verdict import Outcome, verdict_record
from instructors.demo import instructor_group_ensure
from lessons.models import Cohort, Course, Enrollment, Exercise, LessonProgress, Quiz, QuizAttempt
from tests.conftest import UserFactory


def verdict(status: str, failed=()):
    return verdict_record(status=status, exercise="layer-grad-norms", grader_version="test",
                          outcome={"kind": Outcome.JUDGED}, score=1.0 if status == "passed" else 0.0,
                          criteria=[{"id": c, "passed": False, "measured": 0} for c in failed],
                          timings={"wall_s": 2.0}, device="cpu", torch_version="2.13.0")


_codes = itertools.count(1)


def submit(user, exercise, status: str, *, minutes_ago: float = 60, failed=(), code=None) -> Submission:
    """A stored, graded submission; each call is another attempt (other code) unless `code` repeats."""
    when = timezone.now() - datetime.timedelta(minutes=minutes_ago)
    code = code if code is not None else f"x = {next(_codes)}\n"
    submission = Submission.objects.create(
        user=user, exercise=exercise, code=code, code_sha256=code_hash(code), grader_version="test", status=status,
        score=1.0 if status == "passed" else 0.0 if status != "queued" else None,
        verdict=None if status in ("queued", "running") else verdict(status, failed),
        failed_criteria=list(failed), device="cpu", attempts=1)
    Submission.objects.filter(pk=submission.pk).update(
        created_at=when, started_at=when + datetime.timedelta(seconds=1),
        finished_at=None if status in ("queued", "running") else when + datetime.timedelta(seconds=3.5))
    submission.refresh_from_db()
    if not submission.pending:
        with transaction.atomic():  # as in the service: the progress row is locked while it is recomputed
            exercise_progress_recompute(submission)
    return submission


@dataclass
class World:
    cohort_a: Cohort
    cohort_b: Cohort
    teacher_a: object
    teacher_b: object
    learners_a: list
    learner_b: object
    submission_a: Submission
    submission_b: Submission
    exercise: Exercise
    password: str = "correct-horse-battery"


def make_instructor(username: str):
    user = UserFactory(username=username, is_staff=True)
    user.groups.add(instructor_group_ensure())
    return user


@pytest.fixture
def world(db) -> World:
    course = Course.objects.get()
    exercise = Exercise.objects.get(slug="layer-grad-norms")
    teacher_a, teacher_b = make_instructor("teacher-a"), make_instructor("teacher-b")
    cohort_a = Cohort.objects.create(name="Cohort A 春", course=course, join_code="AAA-111")
    cohort_b = Cohort.objects.create(name="Cohort B 秋", course=course, join_code="BBB-222")
    cohort_a.instructors.add(teacher_a)
    cohort_b.instructors.add(teacher_b)
    learners_a = [UserFactory(username="alice-a", first_name="花子", last_name="佐藤"),
                  UserFactory(username="akira-a", first_name="明", last_name="田中")]
    learner_b = UserFactory(username="bob-b", first_name="Bob", last_name="Berg")
    for learner in learners_a:
        Enrollment.objects.create(cohort=cohort_a, user=learner)
    Enrollment.objects.create(cohort=cohort_b, user=learner_b)
    submission_a = submit(learners_a[0], exercise, "failed", failed=["keys-match"], code="# alice's code\n")
    submit(learners_a[0], exercise, "passed", minutes_ago=30)
    submission_b = submit(learner_b, exercise, "failed", failed=["values-match"], code="# bob's secret code\n")
    quiz = Quiz.objects.get(lesson__slug="vanishing-gradients")
    for learner in (learners_a[0], learner_b):
        QuizAttempt.objects.create(user=learner, quiz=quiz, score=0.8, answers={}, results={})
        LessonProgress.objects.create(user=learner, lesson=quiz.lesson, quiz_attempts=1, quiz_best_score=0.8)
    return World(cohort_a, cohort_b, teacher_a, teacher_b, learners_a, learner_b, submission_a, submission_b,
                 exercise)
