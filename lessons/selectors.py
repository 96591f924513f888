"""Reads for the lesson pages. Each returns rows or querysets with what the page needs."""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from django.db.models import Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from lessons.deadlines import LearnerDue, personal_due
from lessons.models import (
    CohortDeadline,
    Course,
    DeadlineExtension,
    Exercise,
    ExerciseText,
    GlossaryTerm,
    Lesson,
    LessonProgress,
    LessonText,
    Question,
    Quiz,
    QuizAttempt,
)


def course_get() -> Course | None:
    return Course.objects.order_by("pk").first()


def lessons_with_text(*, language: str) -> QuerySet[Lesson]:
    return (
        Lesson.objects.order_by("order")
        .prefetch_related(
            Prefetch("texts", queryset=LessonText.objects.filter(language=language).defer("body"),
                     to_attr="localized"),
            Prefetch("exercises", queryset=Exercise.objects.order_by("order")),
        )
        .select_related("quiz")
    )


def lesson_text_get(*, slug: str, language: str) -> LessonText:
    return get_object_or_404(
        LessonText.objects.select_related("lesson", "lesson__course"),
        lesson__slug=slug, language=language,
    )


def lesson_neighbours(*, lesson: Lesson, language: str) -> tuple[LessonText | None, LessonText | None]:
    texts = LessonText.objects.filter(language=language, lesson__course=lesson.course).select_related("lesson")
    previous = texts.filter(lesson__order__lt=lesson.order).order_by("-lesson__order").first()
    following = texts.filter(lesson__order__gt=lesson.order).order_by("lesson__order").first()
    return previous, following


def quiz_for_lesson(*, slug: str) -> Quiz:
    return get_object_or_404(
        Quiz.objects.select_related("lesson").prefetch_related(
            Prefetch("questions", queryset=Question.objects.prefetch_related("choices"))
        ),
        lesson__slug=slug,
    )


def exercise_get(*, slug: str) -> Exercise:
    return get_object_or_404(Exercise.objects.select_related("lesson"), slug=slug)


def exercise_text_get(*, exercise: Exercise, language: str) -> ExerciseText:
    return get_object_or_404(ExerciseText, exercise=exercise, language=language)


def glossary_terms() -> QuerySet[GlossaryTerm]:
    return GlossaryTerm.objects.select_related("lesson").order_by("term_en")


def progress_by_lesson(*, user) -> dict[int, LessonProgress]:
    if not user.is_authenticated:
        return {}
    return {p.lesson_id: p for p in LessonProgress.objects.filter(user=user)}


def quiz_attempts(*, user, quiz: Quiz) -> QuerySet[QuizAttempt]:
    return QuizAttempt.objects.filter(user=user, quiz=quiz).order_by("-created_at")


# A learner's exercise progress belongs to the app that grades exercises (grader). The lesson
# pages show it beside each lesson, yet lessons imports no other app: the grader registers its
# reader here when it loads (GraderConfig.ready); without one, no exercise shows progress.
_exercise_progress_reader = None


def exercise_progress_reader_set(reader) -> None:
    """`reader(user=...)` returns {exercise id: a row with `passed_at` and `best_score`}."""
    global _exercise_progress_reader
    _exercise_progress_reader = reader


def exercise_progress_by_exercise(*, user) -> dict:
    return _exercise_progress_reader(user=user) if _exercise_progress_reader else {}


def learner_due(*, user, exercise: Exercise, now: datetime | None = None) -> LearnerDue | None:
    """When `exercise` is due for `user`: their cohort's deadline for it, postponed by their
    extension for it or for all of the cohort's deadlines. None when no cohort of theirs set one.

    A learner in several cohorts with a deadline for it gets the latest of their due dates (on
    a tie, the one no extension made): each cohort's progress matrix judges the work by its own
    date, and the one date this page shows must never call work late that one of the learner's
    instructors counts on time. Two queries, none for a visitor."""
    if not user.is_authenticated:
        return None
    deadlines = dict(CohortDeadline.objects.filter(exercise=exercise, cohort__enrollments__user=user)
                     .values_list("cohort_id", "due_at"))
    if not deadlines:
        return None
    extensions = defaultdict(dict)
    for cohort_id, exercise_id, due_at in (DeadlineExtension.objects
                                           .filter(user=user, cohort_id__in=deadlines)
                                           .filter(Q(exercise=exercise) | Q(exercise__isnull=True))
                                           .values_list("cohort_id", "exercise_id", "due_at")):
        extensions[cohort_id][(user.pk, exercise_id)] = due_at
    now = now or timezone.now()
    dues = []
    for cohort_id, cohort_due in deadlines.items():
        at = personal_due(cohort_due, extensions[cohort_id], user.pk, exercise.pk)
        dues.append(LearnerDue(at=at, cohort_due=cohort_due, past=now > at))
    return max(dues, key=lambda due: (due.at, not due.extended))
