"""Resending code: identical code and retried requests answer with the learner's existing
submission (issue 16, items 1 and 12), through the real API and the real exercise form.

The grading is faked (the worker's service is called with a built record): these tests are about
what the web stores and answers, not about the sandbox."""
from __future__ import annotations

import json
import re

import pytest

from grader import services
from grader.models import Draft, ExerciseProgress, Submission
from grader.tokens import token_create
from grader.verdict import Outcome, Status, verdict_record

pytestmark = pytest.mark.django_db

URL = "/api/v1/exercises/layer-grad-norms/submissions"
CODE = "def grad_norms(model):\n    return {}\n"


def failed_record(**kwargs) -> dict:
    return verdict_record(status=Status.FAILED, score=0.0, exercise="layer-grad-norms", grader_version="test",
                          outcome={"kind": Outcome.JUDGED},
                          criteria=[{"id": "keys-match", "passed": False, "measured": False}])


@pytest.fixture
def grader_fails(monkeypatch):
    monkeypatch.setattr(services, "grade_record", lambda **kwargs: failed_record())


@pytest.fixture
def key(user):
    return token_create(user=user, name="editor")[1]


def post(client, key, code=CODE, **headers):
    return client.post(URL, data=json.dumps({"code": code}), content_type="application/json",
                       HTTP_AUTHORIZATION=f"Bearer {key}", **headers)


def locked_hints(client) -> int:
    return client.get("/en/exercises/layer-grad-norms/").content.decode().count("is still locked")


def test_sixty_identical_api_submissions_are_one_submission_one_attempt_one_hint(client, user, key,
                                                                                   grader_fails):
    first = post(client, key)
    assert first.status_code == 201
    services.submission_grade(submission_id=first.json()["id"], worker="w")
    client.force_login(user)
    assert locked_hints(client) == 2, "one failed attempt unlocks the first of three hints"

    answers = [post(client, key) for _ in range(60)]

    assert {a.status_code for a in answers} == {200}
    assert {a.json()["id"] for a in answers} == {first.json()["id"]}
    assert answers[0].json()["status"] == "failed" and answers[0].json()["verdict"]["criteria"]
    assert Submission.objects.filter(user=user).count() == 1
    progress = ExerciseProgress.objects.get(user=user)
    assert (progress.submissions, progress.failed_submissions) == (1, 1)
    assert locked_hints(client) == 2, "resending the same code unlocks nothing"


def test_identical_resubmissions_are_still_held_to_the_rate_limit(client, user, key, settings):
    settings.GRADER_MAX_SUBMISSIONS_PER_MINUTE = 2
    settings.GRADER_MAX_PENDING_PER_LEARNER = 10
    assert [post(client, key, CODE + f"# {i}\n").status_code for i in range(2)] == [201, 201]
    again = post(client, key, CODE + "# 0\n", HTTP_ACCEPT_LANGUAGE="ja")
    assert again.status_code == 429 and again.json()["error"] == "rate" and "1 分間" in again.json()["message"]


def test_a_retry_of_a_pending_submission_is_not_graded_twice(client, user, key, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        first, retry = post(client, key), post(client, key)
    assert (first.status_code, retry.status_code) == (201, 200)
    assert retry.json()["id"] == first.json()["id"] and retry.json()["status"] == "queued"
    assert len(callbacks) == 1, "enqueued once"
    assert Submission.objects.filter(user=user).count() == 1


def test_the_same_idempotency_key_answers_with_the_same_submission(client, user, key):
    first = post(client, key, HTTP_IDEMPOTENCY_KEY="9f0c7d1e-retry")
    retry = post(client, key, HTTP_IDEMPOTENCY_KEY="9f0c7d1e-retry")
    assert (first.status_code, retry.status_code) == (201, 200)
    assert retry.json()["id"] == first.json()["id"] and retry["Idempotent-Replayed"] == "true"
    assert Submission.objects.get(user=user).idempotency_key == "9f0c7d1e-retry"


def test_the_same_idempotency_key_with_other_code_is_422_with_a_message(client, user, key):
    first = post(client, key, HTTP_IDEMPOTENCY_KEY="k1")
    other = post(client, key, CODE + "# changed\n", HTTP_IDEMPOTENCY_KEY="k1", HTTP_ACCEPT_LANGUAGE="ja")
    assert other.status_code == 422 and other.json()["error"] == "idempotency_conflict"
    assert f"#{first.json()['id']}" in other.json()["message"] and "冪等キー" in other.json()["message"]
    assert Submission.objects.filter(user=user).count() == 1


def test_a_malformed_idempotency_key_is_400(client, user, key):
    response = post(client, key, HTTP_IDEMPOTENCY_KEY="x" * 101)
    assert response.status_code == 400 and response.json()["error"] == "bad_idempotency_key"
    assert not Submission.objects.exists()


def form_token(client) -> str:
    page = client.get("/en/exercises/layer-grad-norms/").content.decode()
    return re.search(r'name="idempotency_key" value="([^"]+)"', page).group(1)


def test_the_exercise_form_carries_a_fresh_token_each_render(learner_client):
    assert form_token(learner_client) != form_token(learner_client)


def test_a_double_click_on_submit_is_one_submission(learner_client, user):
    token = form_token(learner_client)
    clicks = [learner_client.post("/en/exercises/layer-grad-norms/submit/",
                                  {"code": CODE, "idempotency_key": token}) for _ in range(2)]
    submission = Submission.objects.get(user=user)
    assert [c["Location"] for c in clicks] == [f"/en/submissions/{submission.pk}/"] * 2
    page = learner_client.get(clicks[1]["Location"]).content.decode()
    assert "already submitted exactly this code" not in page, "a replayed click is not news to the learner"


def test_the_form_resent_with_other_code_keeps_the_code_and_says_why(learner_client, user):
    token = form_token(learner_client)
    learner_client.post("/ja/exercises/layer-grad-norms/submit/", {"code": CODE, "idempotency_key": token})
    edited = CODE + "# edited after going back\n"
    response = learner_client.post("/ja/exercises/layer-grad-norms/submit/", {"code": edited, "idempotency_key": token},
                                   follow=True)
    assert response.redirect_chain[-1][0] == "/ja/exercises/layer-grad-norms/"
    assert "すでに別のコードが採点に送られています" in response.content.decode()
    assert Submission.objects.filter(user=user).count() == 1
    assert Draft.objects.get(user=user).code == edited


def test_identical_code_from_the_form_shows_the_earlier_submission_and_says_so(learner_client, user, grader_fails):
    first = learner_client.post("/en/exercises/layer-grad-norms/submit/", {"code": CODE})
    submission = Submission.objects.get(user=user)
    services.submission_grade(submission_id=submission.pk, worker="w")
    again = learner_client.post("/ja/exercises/layer-grad-norms/submit/", {"code": CODE}, follow=True)
    assert again.redirect_chain[-1][0] == first["Location"].replace("/en/", "/ja/")
    assert "まったく同じコードはすでに提出済み" in again.content.decode()
    assert Submission.objects.filter(user=user).count() == 1

