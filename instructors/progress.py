"""A cohort's progress: the learners × lessons and exercises matrix, per-exercise statistics and
the learners who are stuck. A fixed number of queries, whatever the cohort's size.
"""
from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Q
from django.utils import timezone

from grader.models import ExerciseProgress, Submission
from lessons.deadlines import personal_due
from lessons.models import Cohort, DeadlineExtension, Exercise, Lesson, LessonProgress, Quiz

STUCK_FAILURES = 3  # failed attempts without a pass
TIMING_SAMPLE = 20000  # the median grading time is taken over the cohort's latest gradings
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
    last_submission_id: int | None = None
    late: bool = False  # a submission came after this learner's due date
    extended_to: datetime | None = None  # this learner's due date, when an extension postpones it


@dataclass
class Row:
    user: object
    joined_at: datetime
    cells: list[Cell] = field(default_factory=list)  # one per column, in column order
    passed: int = 0
    last_activity: datetime | None = None
    last_submission: Cell | None = None  # the exercise cell whose submission is the latest


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
    learner_ids = cohort.enrollments.values("user_id")

    progress = {(p.user_id, p.exercise_id): p for p in ExerciseProgress.objects.filter(
        user_id__in=learner_ids, exercise__in=exercises).select_related("last_submission").only(
        "user_id", "exercise_id", "submissions", "failed_submissions", "best_score", "passed_at", "updated_at",
        "attempts_to_pass", "failed_criteria", "last_submission__id", "last_submission__created_at")}
    lesson_progress = {(p.user_id, p.lesson_id): p for p in LessonProgress.objects.filter(
        user_id__in=learner_ids, lesson__course_id=cohort.course_id)}

    deadlines = {d.exercise_id: d.due_at for d in cohort.deadlines.all()}
    due, late_rows = _personal_deadlines(cohort, deadlines, learner_ids)
    late = Counter()
    for (_user_id, exercise_id), count in late_rows.items():
        late[exercise_id] += count

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
                key = (enrollment.user_id, column.exercise.pk)
                cell.late = key in late_rows
                if key in due and due[key] != deadlines.get(column.exercise.pk):
                    cell.extended_to = due[key]
                if p is not None and p.last_submission is not None:
                    row.last_activity = _latest(row.last_activity, p.last_submission.created_at)
                    if row.last_submission is None or cell.last > row.last_submission.last:
                        row.last_submission = cell
                row.passed += cell.state == PASSED
            row.cells.append(cell)
        rows.append(row)

    # Grading times: the cohort's most recent gradings (a bounded read, however large the cohort).
    timings = list(Submission.objects.filter(user_id__in=learner_ids, exercise__in=exercises,
                                             started_at__isnull=False, finished_at__isnull=False)
                   .exclude(status__in=[*Submission.PENDING, Submission.Status.SYSTEM_ERROR])
                   .order_by("-created_at").values_list("exercise_id", "started_at", "finished_at")[:TIMING_SAMPLE])
    stats = _stats(exercises, progress.values(), timings, deadlines, late)
    stuck = _stuck(rows, columns, now)
    rows = _filtered(rows, columns, q=q, state=state, exercise=exercise)
    rows = _sorted(rows, sort)
    return CohortProgress(cohort=cohort, columns=columns, rows=rows, stats=stats, stuck=stuck,
                          total_learners=len(enrollments))


def _personal_deadlines(cohort: Cohort, deadlines: dict, learner_ids) -> tuple[dict, Counter]:
    """Each learner's due date per exercise with a deadline (extensions applied), and the late
    submissions counted per (learner, exercise). Extensions only postpone, so only submissions
    after the cohort's deadline are read."""
    if not deadlines:
        return {}, Counter()
    extensions = {(e.user_id, e.exercise_id): e.due_at for e in DeadlineExtension.objects.filter(cohort=cohort)}
    after = Q()
    for exercise_id, cohort_due in deadlines.items():
        after |= Q(exercise_id=exercise_id, created_at__gt=cohort_due)
    submitted = (Submission.objects.filter(user_id__in=learner_ids).filter(after)
                 .values_list("user_id", "exercise_id", "created_at"))
    due = {}
    late = Counter()
    for user_id, exercise_id, created_at in submitted:
        key = (user_id, exercise_id)
        if key not in due:
            due[key] = personal_due(deadlines[exercise_id], extensions, user_id, exercise_id)
        if created_at > due[key]:
            late[key] += 1
    for user_id, exercise_id in extensions:
        for ex_id in ([exercise_id] if exercise_id else deadlines):
            if ex_id in deadlines and (user_id, ex_id) not in due:
                due[(user_id, ex_id)] = personal_due(deadlines[ex_id], extensions, user_id, ex_id)
    return due, late


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
                url_params=params, last_submission_id=p.last_submission_id)


def _stats(exercises, progress, timings, deadlines, late) -> list[ExerciseStats]:
    by_exercise = defaultdict(list)
    for p in progress:
        if p.submissions:
            by_exercise[p.exercise_id].append(p)
    durations = defaultdict(list)
    for exercise_id, started, finished in timings:
        durations[exercise_id].append((finished - started).total_seconds())
    stats = []
    for exercise in exercises:
        rows = by_exercise.get(exercise.pk, [])
        attempts_to_pass = [p.attempts_to_pass for p in rows if p.attempts_to_pass]
        failing = Counter()
        for p in rows:
            failing.update(p.failed_criteria or {})
        top = failing.most_common(1)[0] if failing else (None, 0)
        grading = durations.get(exercise.pk, [])
        tried = len(rows)
        due = deadlines.get(exercise.pk)
        stats.append(ExerciseStats(
            exercise=exercise, tried=tried, passed=sum(1 for p in rows if p.passed_at),
            pass_rate=(sum(1 for p in rows if p.passed_at) / tried) if tried else None,
            median_attempts_to_pass=statistics.median(attempts_to_pass) if attempts_to_pass else None,
            top_failing=top[0], top_failing_count=top[1],
            median_grading_s=statistics.median(grading) if grading else None,
            deadline=due, late=late.get(exercise.pk, 0),
        ))
    return stats


def _stuck(rows: list[Row], columns: list[Column], now: datetime) -> list[Stuck]:
    stuck = []
    for row in rows:
        worst = None
        for column, cell in zip(columns, row.cells, strict=True):
            if column.kind != "exercise" or cell.state != FAILED or cell.attempts < STUCK_FAILURES:
                continue
            if worst is None or cell.attempts > worst[1].attempts:
                worst = (column, cell)
        if worst is not None:
            column, cell = worst
            stuck.append(Stuck(row.user, "failing", column.exercise, cell.attempts, row.last_activity,
                               cell.last_submission_id))
        elif row.last_activity is None or row.last_activity < now - INACTIVE_AFTER:
            latest = row.last_submission.last_submission_id if row.last_submission else None
            stuck.append(Stuck(row.user, "inactive", None, 0, row.last_activity, latest))
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
