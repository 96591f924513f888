"""A cohort's progress: the learners × lessons and exercises matrix, per-exercise statistics and
the learners who are stuck. A fixed number of queries, whatever the cohort's size.
"""
from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.utils import timezone

from grader.models import ExerciseProgress, Submission
from lessons.models import Cohort, Exercise, Lesson, LessonProgress, Quiz

STUCK_FAILURES = 3  # failed attempts without a pass
INACTIVE_AFTER = timedelta(days=7)

PASSED, FAILED, NOT_TRIED = "passed", "failed", "not-tried"
SORTS = ("name", "-name", "passed", "-passed", "activity", "-activity")


@dataclass
class Cell:
    state: str
    attempts: int = 0
    score: float | None = None
    last: datetime | None = None
    url_params: str = ""


@dataclass
class Row:
    user: object
    joined_at: datetime
    cells: list[Cell] = field(default_factory=list)  # one per column, in column order
    passed: int = 0
    last_activity: datetime | None = None


@dataclass
class Column:
    kind: str  # "quiz" | "exercise"
    lesson: Lesson
    exercise: Exercise | None = None


@dataclass
class ExerciseStats:
    exercise: Exercise
    tried: int
    passed: int
    pass_rate: float | None
    median_attempts_to_pass: float | None
    top_failing: str | None
    top_failing_count: int
    median_grading_s: float | None
    deadline: datetime | None
    late: int


@dataclass
class Stuck:
    user: object
    reason: str  # "failing" | "inactive"
    exercise: Exercise | None
    failures: int
    last_activity: datetime | None
    last_submission_id: int | None


@dataclass
class CohortProgress:
    cohort: Cohort
    columns: list[Column]
    rows: list[Row]
    stats: list[ExerciseStats]
    stuck: list[Stuck]
    total_learners: int


def columns_of(cohort: Cohort) -> list[Column]:
    lessons = list(Lesson.objects.filter(course_id=cohort.course_id).order_by("order").prefetch_related("exercises"))
    with_quiz = set(Quiz.objects.filter(lesson__in=lessons).values_list("lesson_id", flat=True))
    columns = []
    for lesson in lessons:
        if lesson.pk in with_quiz:
            columns.append(Column("quiz", lesson))
        for exercise in sorted(lesson.exercises.all(), key=lambda e: e.order):
            columns.append(Column("exercise", lesson, exercise))
    return columns


def cohort_progress(cohort: Cohort, *, q: str = "", state: str = "", exercise: str = "",
                    sort: str = "name", now: datetime | None = None) -> CohortProgress:
    now = now or timezone.now()
    columns = columns_of(cohort)
    exercises = [c.exercise for c in columns if c.kind == "exercise"]
    enrollments = list(cohort.enrollments.select_related("user").order_by("user__username"))
    user_ids = [e.user_id for e in enrollments]
    learner_ids = cohort.enrollments.values("user_id")

    progress = {(p.user_id, p.exercise_id): p for p in ExerciseProgress.objects.filter(
        user_id__in=learner_ids, exercise__in=exercises).select_related("last_submission").only(
        "user_id", "exercise_id", "submissions", "failed_submissions", "best_score", "passed_at", "updated_at",
        "last_submission__id", "last_submission__created_at")}
    lesson_progress = {(p.user_id, p.lesson_id): p for p in LessonProgress.objects.filter(
        user_id__in=learner_ids, lesson__course_id=cohort.course_id)}

    rows = []
    for enrollment in enrollments:
        row = Row(user=enrollment.user, joined_at=enrollment.joined_at)
        for column in columns:
            if column.kind == "quiz":
                lp = lesson_progress.get((enrollment.user_id, column.lesson.pk))
                cell = _quiz_cell(lp)
                if lp is not None:
                    row.last_activity = _latest(row.last_activity, lp.last_read_at)
            else:
                p = progress.get((enrollment.user_id, column.exercise.pk))
                cell = _exercise_cell(p, enrollment.user_id, column.exercise.pk)
                if p is not None and p.last_submission is not None:
                    row.last_activity = _latest(row.last_activity, p.last_submission.created_at)
                row.passed += cell.state == PASSED
            row.cells.append(cell)
        rows.append(row)

    submissions = list(Submission.objects.filter(user_id__in=learner_ids, exercise__in=exercises)
                       .exclude(status__in=[*Submission.PENDING, Submission.Status.SYSTEM_ERROR])
                       .values_list("user_id", "exercise_id", "status", "created_at", "started_at",
                                    "finished_at", "failed_criteria", "pk").order_by("created_at", "pk"))
    deadlines = {d.exercise_id: d.due_at for d in cohort.deadlines.all()}
    stats = _stats(exercises, submissions, deadlines)
    latest = {}  # (user id, exercise id or None) → the latest graded submission's id
    for user_id, exercise_id, *_rest, pk in submissions:  # in time order
        latest[(user_id, exercise_id)] = latest[(user_id, None)] = pk
    stuck = _stuck(rows, columns, now, latest)

    rows = _filtered(rows, columns, q=q, state=state, exercise=exercise)
    rows = _sorted(rows, sort)
    return CohortProgress(cohort=cohort, columns=columns, rows=rows, stats=stats, stuck=stuck,
                          total_learners=len(user_ids))


def _latest(a, b):
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


def _quiz_cell(lp) -> Cell:
    if lp is None or not lp.quiz_attempts:
        return Cell(NOT_TRIED, last=lp.last_read_at if lp else None)
    return Cell(PASSED if lp.quiz_passed else FAILED, attempts=lp.quiz_attempts, score=lp.quiz_best_score,
                last=lp.last_read_at)


def _exercise_cell(p, user_id: int, exercise_id: int) -> Cell:
    params = f"user__id__exact={user_id}&exercise__id__exact={exercise_id}"
    if p is None or not p.submissions:
        return Cell(NOT_TRIED, url_params=params)
    last = p.last_submission.created_at if p.last_submission else p.updated_at
    return Cell(PASSED if p.passed_at else FAILED, attempts=p.submissions, score=p.best_score, last=last,
                url_params=params)


def _stats(exercises, submissions, deadlines) -> list[ExerciseStats]:
    by_exercise = defaultdict(list)
    for row in submissions:
        by_exercise[row[1]].append(row)
    stats = []
    for exercise in exercises:
        rows = by_exercise.get(exercise.pk, [])
        per_learner = defaultdict(list)
        for row in rows:
            per_learner[row[0]].append(row)
        attempts_to_pass = []
        for learner_rows in per_learner.values():
            for index, row in enumerate(learner_rows, 1):
                if row[2] == Submission.Status.PASSED:
                    attempts_to_pass.append(index)
                    break
        failing = Counter(criterion for row in rows for criterion in (row[6] or []))
        top = failing.most_common(1)[0] if failing else (None, 0)
        grading = [(row[5] - row[4]).total_seconds() for row in rows if row[4] and row[5]]
        due = deadlines.get(exercise.pk)
        tried = len(per_learner)
        stats.append(ExerciseStats(
            exercise=exercise, tried=tried, passed=len(attempts_to_pass),
            pass_rate=(len(attempts_to_pass) / tried) if tried else None,
            median_attempts_to_pass=statistics.median(attempts_to_pass) if attempts_to_pass else None,
            top_failing=top[0], top_failing_count=top[1],
            median_grading_s=statistics.median(grading) if grading else None,
            deadline=due, late=sum(1 for row in rows if due and row[3] > due),
        ))
    return stats


def _stuck(rows: list[Row], columns: list[Column], now: datetime, latest: dict) -> list[Stuck]:
    stuck = []
    for row in rows:
        worst = None
        for column, cell in zip(columns, row.cells, strict=True):
            if column.kind != "exercise" or cell.state != FAILED or cell.attempts < STUCK_FAILURES:
                continue
            if worst is None or cell.attempts > worst[1].attempts:
                worst = (column, cell)
        if worst is not None:
            exercise = worst[0].exercise
            stuck.append(Stuck(row.user, "failing", exercise, worst[1].attempts, row.last_activity,
                               latest.get((row.user.pk, exercise.pk))))
        elif row.last_activity is None or row.last_activity < now - INACTIVE_AFTER:
            stuck.append(Stuck(row.user, "inactive", None, 0, row.last_activity, latest.get((row.user.pk, None))))
    return stuck


def _filtered(rows, columns, *, q: str, state: str, exercise: str) -> list[Row]:
    if q:
        needle = q.casefold()
        rows = [r for r in rows if needle in f"{r.user.username} {r.user.get_full_name()} {r.user.email}".casefold()]
    if state in (PASSED, FAILED, NOT_TRIED):
        indexes = [i for i, c in enumerate(columns)
                   if c.kind == "exercise" and (not exercise or c.exercise.slug == exercise)]
        if exercise:  # learners whose cell for that exercise is in that state
            rows = [r for r in rows if any(r.cells[i].state == state for i in indexes)]
        elif state == PASSED:  # every exercise passed
            rows = [r for r in rows if indexes and all(r.cells[i].state == PASSED for i in indexes)]
        else:
            rows = [r for r in rows if any(r.cells[i].state == state for i in indexes)]
    return rows


def _sorted(rows: list[Row], sort: str) -> list[Row]:
    sort = sort if sort in SORTS else "name"
    reverse = sort.startswith("-")
    key = sort.lstrip("-")
    oldest = datetime.min.replace(tzinfo=timezone.get_current_timezone())
    keys = {
        "name": lambda r: r.user.username.casefold(),
        "passed": lambda r: (r.passed, r.user.username.casefold()),
        "activity": lambda r: (r.last_activity or oldest, r.user.username.casefold()),
    }
    return sorted(rows, key=keys[key], reverse=reverse)
