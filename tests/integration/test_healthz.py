"""/healthz against the real database, a real Redis and a real Celery worker process.

The public answer is only up or not; the details (worker names, the sandbox) need the
monitoring token or a staff login."""
import pytest
from django.test import override_settings

from tests.conftest import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.service]

TOKEN = "monitoring-test-token"


@pytest.fixture
def monitor(settings):
    settings.MONITORING_TOKEN = TOKEN
    return {"HTTP_AUTHORIZATION": f"Bearer {TOKEN}"}


def test_it_is_ok_when_database_broker_and_worker_answer(client, monitor, celery_worker_process):
    response = client.get("/healthz", **monitor)
    body = response.json()
    assert response.status_code == 200, body
    assert body["status"] == "ok"
    assert body["database"]["ok"] and body["broker"]["ok"]
    assert any(name.startswith("test-") for name in body["workers"]["workers"])
    assert body["sandbox"]["ok"] and body["sandbox"]["available"]


def test_the_public_answer_is_only_the_status(client, monitor, celery_worker_process):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "test-" not in response.content.decode()


def test_a_staff_login_sees_the_details(client, celery_worker_process):
    client.force_login(UserFactory(is_staff=True))
    body = client.get("/healthz").json()
    assert any(name.startswith("test-") for name in body["workers"]["workers"])


def test_it_is_503_and_says_why_when_the_sandbox_cannot_start(client, monitor, monkeypatch, celery_worker_process):
    from grader import sandbox
    from grader.sandbox import runner

    monkeypatch.setattr(runner, "bwrap_path", lambda: None)
    sandbox.reset_cache()
    try:
        response = client.get("/healthz", **monitor)
        public = client.get("/healthz")
    finally:
        monkeypatch.undo()
        sandbox.reset_cache()
    body = response.json()
    assert response.status_code == 503
    assert body["sandbox"]["ok"] is False
    assert "bubblewrap" in body["sandbox"]["error"] and "not found" in body["sandbox"]["reason"]
    assert public.status_code == 503 and public.json() == {"status": "degraded"}


def test_it_is_503_when_the_broker_is_down(client, monitor):
    dead = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    with override_settings(CELERY_BROKER_URL=dead):
        response = client.get("/healthz", **monitor)
        public = client.get("/healthz")
    body = response.json()
    assert response.status_code == 503
    assert body["status"] == "degraded"
    assert body["broker"]["ok"] is False and body["broker"]["error"]
    assert body["workers"]["ok"] is False
    assert body["database"]["ok"] is True
    assert public.status_code == 503 and public.json() == {"status": "degraded"}
