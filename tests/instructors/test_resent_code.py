"""Code a learner sends again is one attempt in the progress matrix and never makes them look
stuck (issue 16, item 1): through the API, and for rows that an older version copied."""
from __future__ import annotations

import json

import pytest

from grader import services
from grader.tokens import token_create
from grader.verdict import Outcome, Status, verdict_record
from instructors.progress import cohort_progress
from lessons.models import Cohort, Course, Enrollment, Exercise
from tests.instructors.conftest import submit

pytestmark = pytest.mark.django_db

CODE = "def grad_norms(model):\n    return {}\n"


@pytest.fixture
def cohort(user):
    cohort = Cohort.objects.create(name="Resent", course=Course.objects.get(), join_code="RES-001")
    Enrollment.objects.create(cohort=cohort, user=user)
    return cohort


def exercise_cell(cohort, user):
    progress = cohort_progress(cohort)
    row = next(r for r in progress.rows if r.user.pk == user.pk)
    column = next(i for i, c in enumerate(progress.columns) if c.exercise and c.exercise.slug == "layer-grad-norms")
    return row.cells[column], progress.stuck


def test_sixty_identical_api_submissions_are_one_attempt_in_the_matrix(client, user, cohort, monkeypatch):
    monkeypatch.setattr(services, "grade_record", lambda **kwargs: verdict_record(
        status=Status.FAILED, score=0.0, exercise="layer-grad-norms", grader_version="test",
        outcome={"kind": Outcome.JUDGED}, criteria=[{"id": "keys-match", "passed": False, "measured": False}]))
    _token, key = token_create(user=user, name="t")
    ids = set()
    for i in range(61):
        response = client.post("/api/v1/exercises/layer-grad-norms/submissions", data=json.dumps({"code": CODE}),
                               content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {key}")
        ids.add(response.json()["id"])
        if i == 0:
            services.submission_grade(submission_id=response.json()["id"], worker="w")
    cell, stuck = exercise_cell(cohort, user)
    assert len(ids) == 1 and cell.attempts == 1 and cell.state == "failed"
    assert not stuck


def test_copies_an_older_version_stored_count_once(user, cohort):
    exercise = Exercise.objects.get(slug="layer-grad-norms")
    first = submit(user, exercise, "failed", failed=["keys-match"], code=CODE, minutes_ago=10)
    for minutes in (9, 8, 7):  # what identical resubmissions used to store: copies of the verdict
        copy = submit(user, exercise, "failed", failed=["keys-match"], code=CODE, minutes_ago=minutes)
        copy.reused_from = first
        copy.save()
    cell, stuck = exercise_cell(cohort, user)
    assert cell.attempts == 1 and not stuck
    assert user.exercise_progress.get().failed_criteria == {"keys-match": 1}
