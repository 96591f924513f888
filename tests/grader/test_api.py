"""The JSON API: token auth, create, read, only one's own submissions."""
import json
from io import StringIO

import pytest
from django.core.management import call_command

from grader.models import Submission
from grader.tokens import token_create, token_revoke
from grader.verdict import Outcome, verdict_record
from lessons.models import Exercise
from tests.conftest import UserFactory

pytestmark = pytest.mark.django_db


def auth(key):
    return {"HTTP_AUTHORIZATION": f"Bearer {key}"}


def test_it_needs_a_valid_token(client):
    response = client.post("/api/v1/exercises/layer-grad-norms/submissions", data="{}",
                           content_type="application/json")
    assert response.status_code == 401 and response.json()["error"] == "unauthorized"
    user = UserFactory()
    token, key = token_create(user=user, name="x")
    token_revoke(user=user, token_id=token.pk)
    assert client.get("/api/v1/submissions/1", **auth(key)).status_code == 401


def test_post_creates_a_queued_submission(client, django_capture_on_commit_callbacks):
    user = UserFactory()
    _token, key = token_create(user=user, name="editor")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post("/api/v1/exercises/layer-grad-norms/submissions",
                               data=json.dumps({"code": "def grad_norms(model):\n    return {}\n"}),
                               content_type="application/json", **auth(key))
    assert response.status_code == 201
    body = response.json()
    assert body["status"] == "queued" and body["url"].endswith(f"/api/v1/submissions/{body['id']}")
    assert len(callbacks) == 1, "enqueued on commit, with only the id"
    submission = Submission.objects.get(pk=body["id"])
    assert submission.user == user and submission.grader_version


@pytest.mark.parametrize("payload,status,code", [
    ("not json", 400, "bad_json"), (json.dumps({"code": 3}), 400, "bad_request"),
    (json.dumps({"code": "   "}), 400, "empty"), (json.dumps({"code": "x" * 70000}), 400, "too_large"),
])
def test_bad_input_is_refused_with_a_message(client, payload, status, code):
    _token, key = token_create(user=UserFactory(), name="t")
    response = client.post("/api/v1/exercises/layer-grad-norms/submissions", data=payload,
                           content_type="application/json", **auth(key), HTTP_ACCEPT_LANGUAGE="ja")
    assert response.status_code == status and response.json()["error"] == code
    assert not Submission.objects.exists()


def test_unknown_exercise_is_404(client):
    _token, key = token_create(user=UserFactory(), name="t")
    response = client.post("/api/v1/exercises/nope/submissions", data='{"code": "x"}',
                           content_type="application/json", **auth(key))
    assert response.status_code == 404


def test_get_returns_the_verdict_in_grade_json_shape_and_only_ones_own(client):
    owner, other = UserFactory(), UserFactory()
    exercise = Exercise.objects.get(slug="layer-grad-norms")
    record = verdict_record(status="failed", score=0.5, exercise="layer-grad-norms", grader_version="v",
                            outcome={"kind": Outcome.JUDGED}, device="cpu",
                            criteria=[{"id": "keys-match", "passed": True, "measured": True},
                                      {"id": "values-match", "passed": False, "measured": 0.5}])
    submission = Submission.objects.create(user=owner, exercise=exercise, code="x", code_sha256="0" * 64,
                                           grader_version="v", status="failed", score=0.5,
                                           verdict={**record, "worker": "celery@grader-7.internal"},
                                           worker="celery@grader-7.internal")
    _t, key = token_create(user=owner, name="t")
    body = client.get(f"/api/v1/submissions/{submission.pk}", **auth(key), HTTP_ACCEPT_LANGUAGE="en").json()
    assert body["status"] == "failed" and body["verdict"]["criteria"][0]["id"] == "keys-match"
    assert set(body["verdict"]) >= {"status", "score", "message", "criteria", "series", "error", "stdout",
                                    "stderr", "device", "torch_version", "timings", "status_label"}
    assert "worker" not in body["verdict"] and "grader-7" not in json.dumps(body), "the device, never the host"
    assert body["verdict"]["device"] == "cpu"
    assert body["verdict"]["message"] == "1 of 2 criteria met."
    assert set(body["verdict"]["criteria"][1]) == {"id", "passed", "measured", "threshold", "message", "hint",
                                                   "measured_text"}
    japanese = client.get(f"/api/v1/submissions/{submission.pk}", **auth(key), HTTP_ACCEPT_LANGUAGE="ja").json()
    assert japanese["verdict"]["status_label"] == "未合格" and "基準" in japanese["verdict"]["message"]
    _t, other_key = token_create(user=other, name="t")
    assert client.get(f"/api/v1/submissions/{submission.pk}", **auth(other_key)).status_code == 404


def test_too_many_waiting_submissions_is_429(client, django_capture_on_commit_callbacks):
    _token, key = token_create(user=UserFactory(), name="t")
    codes = []
    for i in range(4):
        response = client.post("/api/v1/exercises/layer-grad-norms/submissions",
                               data=json.dumps({"code": f"# {i}\ndef grad_norms(model):\n    return {{}}\n"}),
                               content_type="application/json", **auth(key))
        codes.append(response.status_code)
    assert codes == [201, 201, 201, 429]
    assert response.json()["error"] == "too_many_pending"


def test_issue_token_prints_a_working_token(client):
    user = UserFactory(username="kenji")
    out = StringIO()
    call_command("issue_token", "kenji", stdout=out)
    key = out.getvalue().strip()
    assert key.startswith("kob_")
    assert client.get("/api/v1/submissions/999", **auth(key)).status_code == 404
    assert user.api_tokens.count() == 1


def test_the_account_page_creates_and_revokes_tokens(client):
    user = UserFactory()
    client.force_login(user)
    page = client.post("/en/account/tokens/", {"name": "vim"}).content.decode()
    assert "kob_" in page and "shown only this once" in page
    token = user.api_tokens.get()
    client.post("/en/account/tokens/", {"revoke": token.pk})
    token.refresh_from_db()
    assert token.revoked_at is not None


def test_a_body_past_djangos_upload_limit_is_a_json_400_in_the_learners_language(client):
    _token, key = token_create(user=UserFactory(), name="t")
    body = json.dumps({"code": "x = 1\n" + "#" * 3_000_000})
    response = client.post("/api/v1/exercises/layer-grad-norms/submissions", data=body,
                           content_type="application/json", **auth(key), HTTP_ACCEPT_LANGUAGE="ja")
    assert response.status_code == 400 and response.json()["error"] == "too_large"
    assert "上限は 65536 バイトです" in response.json()["message"]
    assert not Submission.objects.exists()


def test_json_nested_too_deeply_is_a_400_not_a_500(client):
    _token, key = token_create(user=UserFactory(), name="t")
    response = client.post("/api/v1/exercises/layer-grad-norms/submissions", data="[" * 200_000 + "]" * 200_000,
                           content_type="application/json", **auth(key))
    assert response.status_code == 400 and response.json()["error"] == "bad_json"
