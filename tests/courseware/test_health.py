"""/healthz: a minimal public answer, details for staff or the monitoring token, one report per
cache window. The checks themselves are patched here (counted); tests/integration/test_healthz.py
runs them against a real worker."""
import pytest

from courseware import health
from grader.tokens import token_create
from tests.conftest import UserFactory

pytestmark = pytest.mark.django_db
TOKEN = "kobai-monitoring-0123456789"


class Pings:
    def __init__(self):
        self.count = 0
        self.workers_ok = True

    def __call__(self, broker_ok, heartbeats=()):
        self.count += 1
        if not self.workers_ok:
            return {"ok": False, "error": "no worker answered", "workers": []}
        return {"ok": True, "workers": ["celery@grader-7.internal"]}


@pytest.fixture
def pings(monkeypatch, settings):
    settings.MONITORING_TOKEN = TOKEN
    ping = Pings()
    monkeypatch.setattr(health, "check_broker", lambda: {"ok": True})
    monkeypatch.setattr(health, "check_workers", ping)
    monkeypatch.setattr(health, "check_sandbox", lambda: {"ok": True, "available": True, "cgroup": "v2"})
    monkeypatch.setattr(health, "check_warm", lambda ok: {"warm": 1, "busy": 0, "starting": 0, "processes": []})
    health.reports.clear()
    yield ping
    health.reports.clear()


def bearer(key):
    return {"HTTP_AUTHORIZATION": f"Bearer {key}"}


def test_the_public_answer_says_only_up(client, pings):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "grader-7" not in response.content.decode()
    assert response["Cache-Control"].startswith("max-age=0") and "no-cache" in response["Cache-Control"]


def test_the_public_answer_is_503_when_degraded(client, pings):
    pings.workers_ok = False
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "degraded"}


def test_a_load_balancers_head_request_gets_the_status_code(client, pings):
    assert client.head("/healthz").status_code == 200
    pings.workers_ok = False
    assert client.head("/healthz").status_code == 503


def test_the_monitoring_token_shows_the_details(client, pings):
    body = client.get("/healthz", **bearer(TOKEN)).json()
    assert body["status"] == "ok"
    assert body["workers"]["workers"] == ["celery@grader-7.internal"]
    assert body["sandbox"]["cgroup"] == "v2" and body["grading"]["warm"] == 1 and body["broker"]["ok"]
    assert body["database"]["ok"] is True


def test_the_token_is_compared_in_constant_time(client, pings, monkeypatch):
    seen = []
    real = health.hmac.compare_digest
    monkeypatch.setattr(health.hmac, "compare_digest", lambda a, b: seen.append((a, b)) or real(a, b))
    client.get("/healthz", **bearer(TOKEN))
    assert seen == [(TOKEN.encode(), TOKEN.encode())]


@pytest.mark.parametrize("header", ["Bearer wrong", f"Bearer {TOKEN}x", f"Basic {TOKEN}", TOKEN, "Bearer "])
def test_a_wrong_or_malformed_token_gets_the_public_answer(client, pings, header):
    assert client.get("/healthz", HTTP_AUTHORIZATION=header).json() == {"status": "ok"}


def test_no_configured_token_means_no_token_opens_the_details(client, pings, settings):
    settings.MONITORING_TOKEN = ""
    assert client.get("/healthz", **bearer("")).json() == {"status": "ok"}


def test_a_learners_api_token_is_not_a_monitoring_token(client, pings):
    _token, key = token_create(user=UserFactory(), name="t")
    assert client.get("/healthz", **bearer(key)).json() == {"status": "ok"}


def test_staff_see_the_details_and_learners_do_not(client, pings):
    client.force_login(UserFactory())
    assert client.get("/healthz").json() == {"status": "ok"}
    client.force_login(UserFactory(is_staff=True))
    assert client.get("/healthz").json()["workers"]["workers"] == ["celery@grader-7.internal"]


def test_two_calls_within_the_cache_window_ping_the_workers_once(client, pings, settings):
    settings.HEALTH_CACHE_S = 60
    first = client.get("/healthz")
    second = client.get("/healthz", **bearer(TOKEN))
    assert first.status_code == second.status_code == 200
    assert pings.count == 1
    assert second.json()["age_s"] >= 0


def test_past_the_cache_window_the_workers_are_pinged_again(client, pings, settings):
    settings.HEALTH_CACHE_S = 0
    client.get("/healthz")
    client.get("/healthz")
    assert pings.count == 2


def test_a_busy_machine_whose_grading_processes_publish_stays_ok(monkeypatch):
    """No ping answer in time, but a grading process's heartbeat is fresh: ok, and said so."""
    from courseware.celery_app import app
    monkeypatch.setattr(app.control, "ping", lambda timeout: [])
    busy = health.check_workers(True, heartbeats=[{"host": "grader-7", "pid": 12, "warm": 1}])
    assert busy["ok"] and busy["busy"] and "1 grading processes" in busy["note"]
    assert health.check_workers(True, heartbeats=[]) == {"ok": False, "error": "no worker answered", "workers": []}
