"""Instructors in the admin: each sees only their own cohorts' learners and work, everywhere."""
from __future__ import annotations

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from grader.models import Submission
from lessons.models import Enrollment, LessonProgress, QuizAttempt
from tests.conftest import UserFactory
from tests.instructors.conftest import submit

pytestmark = pytest.mark.django_db

ADMIN = "/en/admin"


@pytest.fixture
def as_teacher_a(client, world):
    client.force_login(world.teacher_a)
    return client


def list_pages(world):
    """(changelist URL, text that only cohort A's rows show, text that only cohort B's rows show)."""
    return [
        (f"{ADMIN}/lessons/cohort/", "Cohort A 春", "Cohort B 秋"),
        (f"{ADMIN}/lessons/enrollment/", "alice-a", "bob-b"),
        (f"{ADMIN}/grader/submission/", "alice-a", "bob-b"),
        (f"{ADMIN}/grader/exerciseprogress/", "alice-a", "bob-b"),
        (f"{ADMIN}/lessons/lessonprogress/", "alice-a", "bob-b"),
        (f"{ADMIN}/lessons/quizattempt/", "alice-a", "bob-b"),
        (f"{ADMIN}/auth/user/", "alice-a", "bob-b"),
    ]


def test_every_list_shows_only_the_instructors_own_cohorts(as_teacher_a, world):
    for url, mine, theirs in list_pages(world):
        page = as_teacher_a.get(url)
        assert page.status_code == 200, url
        text = page.content.decode()
        assert mine in text, url
        assert theirs not in text, url


def test_search_does_not_reach_other_cohorts(as_teacher_a, world):
    for url, _mine, _theirs in list_pages(world):
        text = as_teacher_a.get(url, {"q": "bob"}).content.decode()
        assert "bob-b" not in text, url


def test_detail_pages_of_another_cohort_are_404(as_teacher_a, world):
    enrollment_b = Enrollment.objects.get(user=world.learner_b)
    urls = [
        f"{ADMIN}/lessons/cohort/{world.cohort_b.pk}/change/",
        f"{ADMIN}/lessons/cohort/{world.cohort_b.pk}/progress/",
        f"{ADMIN}/lessons/cohort/{world.cohort_b.pk}/progress/export.csv",
        f"{ADMIN}/lessons/cohort/{world.cohort_b.pk}/progress/export.xlsx",
        f"{ADMIN}/lessons/enrollment/{enrollment_b.pk}/change/",
        f"{ADMIN}/grader/submission/{world.submission_b.pk}/change/",
        f"{ADMIN}/auth/user/{world.learner_b.pk}/change/",
        f"{ADMIN}/lessons/quizattempt/{QuizAttempt.objects.get(user=world.learner_b).pk}/change/",
        f"{ADMIN}/lessons/lessonprogress/{LessonProgress.objects.get(user=world.learner_b).pk}/change/",
    ]
    for url in urls:
        response = as_teacher_a.get(url)
        assert response.status_code == 404, url
        assert b"bob" not in response.content, url
    # and their own are there
    assert as_teacher_a.get(f"{ADMIN}/grader/submission/{world.submission_a.pk}/change/").status_code == 200
    assert as_teacher_a.get(f"{ADMIN}/lessons/cohort/{world.cohort_a.pk}/progress/").status_code == 200


def test_autocomplete_offers_only_the_instructors_learners(as_teacher_a, world):
    response = as_teacher_a.get(f"{ADMIN}/autocomplete/", {
        "app_label": "grader", "model_name": "submission", "field_name": "user", "term": "b"})
    assert response.status_code == 200
    names = {r["text"] for r in response.json()["results"]}
    assert "bob-b" not in names
    response = as_teacher_a.get(f"{ADMIN}/autocomplete/", {
        "app_label": "grader", "model_name": "submission", "field_name": "user", "term": "a"})
    assert {"alice-a", "akira-a"} <= {r["text"] for r in response.json()["results"]}


def test_the_submission_export_holds_only_the_instructors_learners_with_a_bom(as_teacher_a, world):
    form = as_teacher_a.get(f"{ADMIN}/grader/submission/export/")
    assert form.status_code == 200
    data = {"format": "0", "resource": "0"}
    # import-export lists the resource's fields as checkboxes: tick them all.
    import re

    for name in set(re.findall(r'name="(submissionresource_[a-z_]+)"', form.content.decode())):
        data[name] = "on"
    response = as_teacher_a.post(f"{ADMIN}/grader/submission/export/", data)
    assert response.status_code == 200, response.content[:500]
    body = response.content
    assert body.startswith(b"\xef\xbb\xbf"), "UTF-8 with a BOM"
    text = body.decode("utf-8-sig")
    assert "alice-a" in text and "花子" in text
    assert "bob-b" not in text


def test_the_matrix_exports_keep_japanese_names(as_teacher_a, world):
    response = as_teacher_a.get(f"{ADMIN}/lessons/cohort/{world.cohort_a.pk}/progress/export.csv")
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0] == "learner"
    by_user = {row[0]: row for row in rows[1:]}
    assert set(by_user) == {"alice-a", "akira-a"}
    assert by_user["alice-a"][1] == "佐藤 花子", "a Japanese name: family name first"
    response = as_teacher_a.get(f"{ADMIN}/lessons/cohort/{world.cohort_a.pk}/progress/export.xlsx")
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(response.content)).active
    names = {sheet.cell(row=r, column=2).value for r in range(2, sheet.max_row + 1)}
    assert names == {"佐藤 花子", "田中 明"}


def test_a_learner_never_reaches_the_admin(client, world):
    client.force_login(world.learners_a[0])
    for url in (f"{ADMIN}/", f"{ADMIN}/grader/submission/", f"{ADMIN}/lessons/cohort/{world.cohort_a.pk}/progress/"):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], url


def test_a_superuser_sees_every_cohort(client, world):
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    text = client.get(f"{ADMIN}/grader/submission/").content.decode()
    assert "alice-a" in text and "bob-b" in text
    assert client.get(f"{ADMIN}/lessons/cohort/{world.cohort_b.pk}/progress/").status_code == 200


def test_an_instructor_cannot_change_courses_instructors_or_submissions(as_teacher_a, world):
    page = as_teacher_a.get(f"{ADMIN}/lessons/cohort/{world.cohort_a.pk}/change/").content.decode()
    assert 'name="name"' in page and 'name="instructors"' not in page and 'name="course"' not in page
    assert as_teacher_a.get(f"{ADMIN}/lessons/course/").status_code == 403
    assert as_teacher_a.get(f"{ADMIN}/grader/draft/").status_code == 403
    assert as_teacher_a.get(f"{ADMIN}/grader/apitoken/").status_code == 403
    response = as_teacher_a.post(f"{ADMIN}/grader/submission/{world.submission_a.pk}/change/", {"status": "passed"})
    assert response.status_code in (403, 200)
    world.submission_a.refresh_from_db()
    assert world.submission_a.status == "failed"


def test_the_progress_page_shows_cells_stats_and_stuck_learners(as_teacher_a, world):
    for minutes in (50, 40, 20):
        submit(world.learners_a[1], world.exercise, "failed", minutes_ago=minutes, failed=["values-match"])
    text = as_teacher_a.get(f"{ADMIN}/lessons/cohort/{world.cohort_a.pk}/progress/").content.decode()
    assert "alice-a" in text and "akira-a" in text and "bob-b" not in text
    assert "✓" in text and "✗" in text and "–" in text, "state by symbol, not by colour alone"
    assert "kobai-passed" in text and "kobai-failed" in text and "kobai-not-tried" in text
    assert "values-match" in text, "the criterion failed most often"
    stuck = text[text.index("Learners who may be stuck"):]
    assert "akira-a" in stuck and "3 failed attempts" in stuck
    # Filter and search
    only_failed = as_teacher_a.get(f"{ADMIN}/lessons/cohort/{world.cohort_a.pk}/progress/",
                                   {"state": "failed", "exercise": "layer-grad-norms"}).content.decode()
    matrix = only_failed[only_failed.index('id="progress-matrix"'):only_failed.index('id="stats-title"')]
    assert "akira-a" in matrix and "alice-a" not in matrix
    searched = as_teacher_a.get(f"{ADMIN}/lessons/cohort/{world.cohort_a.pk}/progress/", {"q": "花子"}).content.decode()
    matrix = searched[searched.index('id="progress-matrix"'):searched.index('id="stats-title"')]
    assert "alice-a" in matrix and "akira-a" not in matrix


def test_the_progress_page_runs_a_constant_number_of_queries(as_teacher_a, world):
    url = f"{ADMIN}/lessons/cohort/{world.cohort_a.pk}/progress/"
    as_teacher_a.get(url)  # warm caches (content type, permissions)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert as_teacher_a.get(url).status_code == 200
        return len(captured)

    small = queries()
    for index in range(12):
        learner = UserFactory(username=f"extra-{index}")
        Enrollment.objects.create(cohort=world.cohort_a, user=learner)
        submit(learner, world.exercise, "failed" if index % 2 else "passed", failed=["keys-match"])
    assert queries() == small


def test_regrading_a_submission_that_is_grading_now_is_refused(as_teacher_a, world):
    running = submit(world.learners_a[1], world.exercise, "running")
    response = as_teacher_a.post(f"{ADMIN}/grader/submission/", {
        "action": "regrade_selected", "_selected_action": [running.pk]}, follow=True)
    assert "is being graded right now" in response.content.decode()
    running.refresh_from_db()
    assert running.status == "running"


def test_regrading_puts_finished_submissions_back_in_the_queue(as_teacher_a, world):
    response = as_teacher_a.post(f"{ADMIN}/grader/submission/", {
        "action": "regrade_selected", "_selected_action": [world.submission_a.pk, world.submission_b.pk]})
    assert response.status_code == 302 and "regrading" in response["Location"]
    world.submission_a.refresh_from_db()
    world.submission_b.refresh_from_db()
    assert world.submission_a.status == "queued"
    assert world.submission_b.status == "failed", "another cohort's submission is out of reach"
    page = as_teacher_a.get(response["Location"]).content.decode()
    assert "0 of 1 graded" in page


def test_the_submission_page_shows_code_verdict_and_timings(as_teacher_a, world):
    text = as_teacher_a.get(f"{ADMIN}/grader/submission/{world.submission_a.pk}/change/").content.decode()
    assert "alice" in text and "kobai-code" in text
    assert "keys-match" in text and "wall_s" in text


def test_the_admin_speaks_the_instructors_language(as_teacher_a, world):
    english = as_teacher_a.get(f"/en/admin/lessons/cohort/{world.cohort_a.pk}/progress/").content.decode()
    assert f'href="/ja/admin/lessons/cohort/{world.cohort_a.pk}/progress/"' in english, "a switch to Japanese"
    text = as_teacher_a.get(f"/ja/admin/lessons/cohort/{world.cohort_a.pk}/progress/").content.decode()
    assert "進捗" in text and "未着手" in text


def test_statuses_are_counted_per_learner(world):
    import datetime

    from django.utils import timezone

    from instructors.progress import cohort_progress
    from lessons.models import CohortDeadline

    CohortDeadline.objects.create(cohort=world.cohort_a, exercise=world.exercise,
                                  due_at=timezone.now() - datetime.timedelta(minutes=45))
    progress = cohort_progress(world.cohort_a)
    stats = {s.exercise.slug: s for s in progress.stats}["layer-grad-norms"]
    assert stats.tried == 1 and stats.passed == 1 and stats.median_attempts_to_pass == 2
    assert stats.top_failing == "keys-match"
    assert stats.median_grading_s == pytest.approx(2.5)
    assert stats.late == 1, "one of alice's two submissions came after the deadline"
    assert Submission.objects.filter(user__in=world.learners_a).count() == 2


def test_a_learner_gone_for_a_week_is_listed_with_their_last_submission(world):
    from instructors.progress import cohort_progress

    old = submit(world.learners_a[1], world.exercise, "failed", minutes_ago=8 * 24 * 60, failed=["keys-match"])
    stuck = {s.user.username: s for s in cohort_progress(world.cohort_a).stuck}
    assert stuck["akira-a"].reason == "inactive"
    assert stuck["akira-a"].last_submission_id == old.pk
    assert "alice-a" not in stuck


def test_the_cohort_filter_offers_and_applies_only_the_instructors_cohorts(as_teacher_a, world):
    page = as_teacher_a.get(f"{ADMIN}/grader/submission/", {"cohort": world.cohort_a.pk}).content.decode()
    assert "alice-a" in page and "Cohort B 秋" not in page
    other = as_teacher_a.get(f"{ADMIN}/grader/submission/", {"cohort": world.cohort_b.pk}).content.decode()
    assert "bob-b" not in other and "alice-a" not in other
