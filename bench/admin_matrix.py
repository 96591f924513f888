"""Server time and query count of a cohort's progress page as the cohort grows.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kobai_bench .venv/bin/python bench/admin_matrix.py \
        [--sizes 300:20000,3000:200000] [--repeat 5]

For each size (learners:submissions) it fills a fresh cohort with generated learners, exercise
progress, quiz progress and submissions (bulk inserts, statuses and failing criteria drawn
from a fixed seed, spread over the course's exercises), then requests the cohort's progress
page as its instructor through Django's test client and prints the p50 / p95 server time and
the number of SQL queries. The generated rows are deleted afterwards.
"""
import argparse
import datetime
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "courseware.settings.local")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402

from grader.models import ExerciseProgress, Submission  # noqa: E402
from instructors.demo import instructor_group_ensure  # noqa: E402
from lessons.models import Cohort, Course, Enrollment, Exercise, LessonProgress, Quiz  # noqa: E402
from lessons.services import content_sync  # noqa: E402

User = get_user_model()


def fill(tag: str, learners: int, submissions: int) -> tuple[Cohort, object]:
    rng = random.Random(learners)
    course = Course.objects.first()
    exercises = list(Exercise.objects.filter(lesson__course=course).order_by("lesson__order", "order"))
    quizzes = list(Quiz.objects.filter(lesson__course=course))
    now = timezone.now()
    with transaction.atomic():
        instructor = User.objects.create_user(f"{tag}-teacher", password="bench-pass", is_staff=True)
        instructor.groups.add(instructor_group_ensure())
        cohort = Cohort.objects.create(name=f"Bench {tag}", course=course, join_code=f"B-{tag}"[:20])
        cohort.instructors.add(instructor)
        users = User.objects.bulk_create([
            User(username=f"{tag}-l{i:05d}", first_name="花子", last_name=f"佐藤{i}") for i in range(learners)])
        Enrollment.objects.bulk_create([Enrollment(cohort=cohort, user=u) for u in users])
        rows, progress = [], {}
        for _ in range(submissions):
            user = users[rng.randrange(learners)]
            exercise = exercises[min(int(rng.expovariate(0.45)), len(exercises) - 1)]
            passed = rng.random() < 0.45
            when = now - datetime.timedelta(minutes=rng.uniform(0, 60 * 24 * 21))
            rows.append(Submission(
                user=user, exercise=exercise, code="x = 1\n", code_sha256="0" * 64, grader_version="bench",
                status="passed" if passed else "failed", score=1.0 if passed else 0.5, attempts=1,
                failed_criteria=[] if passed else [rng.choice(["keys-match", "values-match", "val-accuracy"])],
                device="cpu", started_at=when, finished_at=when + datetime.timedelta(seconds=rng.uniform(2, 4))))
            progress.setdefault((user.pk, exercise.pk), []).append(rows[-1])
        Submission.objects.bulk_create(rows, batch_size=5000)
        summaries = []
        for (u, e), graded in progress.items():  # as grader.services.exercise_progress_recompute keeps them
            graded.sort(key=lambda r: r.started_at)
            passed = [i for i, r in enumerate(graded) if r.status == "passed"]
            failed = {}
            for r in graded:
                for criterion in r.failed_criteria:
                    failed[criterion] = failed.get(criterion, 0) + 1
            summaries.append(ExerciseProgress(
                user_id=u, exercise_id=e, submissions=len(graded), failed_submissions=len(graded) - len(passed),
                best_score=1.0 if passed else 0.5, passed_at=graded[passed[0]].finished_at if passed else None,
                attempts_to_pass=passed[0] + 1 if passed else None, failed_criteria=failed,
                last_submission=graded[-1]))
        ExerciseProgress.objects.bulk_create(summaries, batch_size=5000)
        LessonProgress.objects.bulk_create([
            LessonProgress(user=u, lesson=q.lesson, quiz_attempts=1, quiz_best_score=rng.choice([0.6, 0.8, 1.0]))
            for u in users for q in quizzes if rng.random() < 0.7], batch_size=5000)
    return cohort, instructor


def measure(cohort, instructor, repeat: int) -> tuple[list[float], int]:
    client = Client()
    client.force_login(instructor)
    url = f"/en/admin/lessons/cohort/{cohort.pk}/progress/"
    assert client.get(url).status_code == 200  # warm up
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(url)
        times.append(time.perf_counter() - started)
        assert response.status_code == 200
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return times, len(captured)


@override_settings(ALLOWED_HOSTS=["testserver"], DEBUG=False, STORAGES={
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}})
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="300:20000,3000:200000")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not Course.objects.exists():
        content_sync()
    print(f"database: {connection.vendor}")
    print(f"{'learners':>9} {'submissions':>12} {'p50 s':>8} {'p95 s':>8} {'queries':>8} {'fill s':>7}")
    for spec in args.sizes.split(","):
        learners, submissions = (int(x) for x in spec.split(":"))
        tag = f"bench{learners}x{os.getpid()}"
        started = time.perf_counter()
        cohort, instructor = fill(tag, learners, submissions)
        filled = time.perf_counter() - started
        try:
            times, queries = measure(cohort, instructor, args.repeat)
            times.sort()
            p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
            print(f"{learners:>9} {submissions:>12} {statistics.median(times):>8.3f} {p95:>8.3f} {queries:>8} "
                  f"{filled:>7.1f}", flush=True)
        finally:
            User.objects.filter(username__startswith=f"{tag}-").delete()
            cohort.delete()


if __name__ == "__main__":
    main()
