"""While the database or the broker is down: 503 with Retry-After, JSON under /api/, a plain page
in the reader's language elsewhere; never Django's 500 page.

`database_down` swaps this thread's default connection for one to a database that cannot be
opened (SQLite: a file in a directory that does not exist; PostgreSQL: a closed port), so every
query of the request fails in the real driver, the way it does in an outage."""
from contextlib import contextmanager

import pytest
from django.db import connections
from django.db.utils import OperationalError, load_backend

from courseware import health
from grader import api
from grader.tokens import token_create
from tests.conftest import UserFactory

pytestmark = pytest.mark.django_db


@contextmanager
def database_unreachable():
    real = connections["default"]
    broken_settings = {**real.settings_dict}
    if real.vendor == "sqlite":
        broken_settings["NAME"] = "/nonexistent-kobai-outage/kobai.sqlite3"
    else:
        broken_settings.update(HOST="127.0.0.1", PORT=1)  # nothing listens on port 1
    broken = load_backend(broken_settings["ENGINE"]).DatabaseWrapper(broken_settings, "default")
    connections["default"] = broken
    try:
        yield
    finally:
        broken.close()
        connections["default"] = real


@pytest.fixture
def database_down():
    with database_unreachable():
        yield


@pytest.fixture
def api_key():
    _token, key = token_create(user=UserFactory(), name="t")
    return key


def get_api(client, key, language="en"):
    return client.get("/api/v1/submissions/1", HTTP_AUTHORIZATION=f"Bearer {key}", HTTP_ACCEPT_LANGUAGE=language)


def test_the_database_really_is_down_in_the_fixture(database_down):
    with pytest.raises(OperationalError):
        connections["default"].cursor()


@pytest.mark.parametrize("language,words", [("en", "briefly unavailable"), ("ja", "一時的にご利用いただけません")])
def test_an_api_read_with_the_database_down_answers_503_json_with_retry_after(
        client, api_key, database_down, settings, language, words):
    settings.OUTAGE_RETRY_AFTER_S = 45
    response = get_api(client, api_key, language)
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert body["error"] == "unavailable" and words in body["message"]
    assert set(body) == {"error", "message"}, "the API's one error shape"
    assert response["Retry-After"] == "45"
    assert "no-store" in response["Cache-Control"]


def test_an_api_write_with_the_database_down_answers_503_json(client, api_key, database_down):
    response = client.post("/api/v1/exercises/layer-grad-norms/submissions", data='{"code": "x = 1"}',
                           content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {api_key}")
    assert response.status_code == 503 and response.json()["error"] == "unavailable"


def test_an_outage_raised_in_the_token_lookup_answers_503(client, api_key, monkeypatch):
    def down(key):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(api, "token_authenticate", down)
    response = get_api(client, api_key)
    assert response.status_code == 503 and response.json()["error"] == "unavailable"
    assert response["Retry-After"]


def test_the_broker_down_in_an_api_view_answers_503(client, api_key, monkeypatch):
    import kombu.exceptions

    def down(**kwargs):
        raise kombu.exceptions.OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(api.services, "submission_create", down)
    response = client.post("/api/v1/exercises/layer-grad-norms/submissions", data='{"code": "x = 1"}',
                           content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {api_key}")
    assert response.status_code == 503 and response.json()["error"] == "unavailable"


@pytest.mark.parametrize("language,title", [("ja", "一時的にご利用いただけません"), ("en", "Briefly unavailable")])
def test_a_learners_page_with_the_database_down_is_a_503_page_in_their_language(client, language, title):
    client.force_login(UserFactory())
    with database_unreachable():  # after the log-in, which needs the database
        response = client.get(f"/{language}/progress/")
    text = response.content.decode()
    assert response.status_code == 503
    assert title in text and f'lang="{language}"' in text
    assert "Something went wrong" not in text and "問題が発生しました" not in text
    assert response["Retry-After"]


def test_an_anonymous_page_with_the_database_down_is_a_503_page(client, database_down):
    response = client.get("/en/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 503 and "Briefly unavailable" in response.content.decode()


def test_an_outage_raised_by_middleware_around_the_view_is_a_503_too(monkeypatch):
    """Raised outside the view, the exception reaches handler500 (courseware.outage.server_error)."""
    from django.contrib.sessions.middleware import SessionMiddleware
    from django.test import Client

    def down(self, request):
        raise OperationalError("database is locked")

    monkeypatch.setattr(SessionMiddleware, "process_request", down)
    client = Client(raise_request_exception=False)
    page = client.get("/ja/")
    assert page.status_code == 503 and "一時的にご利用いただけません" in page.content.decode()
    assert page["Retry-After"]
    response = client.get("/api/v1/submissions/1", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 503 and response.json()["error"] == "unavailable"


def test_a_bug_in_the_api_is_a_json_500_not_an_html_page(client, api_key, monkeypatch):
    from django.test import Client

    def bug(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(api.Submission.objects, "select_related", bug)
    response = Client(raise_request_exception=False).get(
        "/api/v1/submissions/1", HTTP_AUTHORIZATION=f"Bearer {api_key}", HTTP_ACCEPT_LANGUAGE="ja")
    assert response.status_code == 500
    assert response.json()["error"] == "server_error" and "申し訳ありません" in response.json()["message"]


def test_a_bug_in_a_page_is_still_the_500_page(monkeypatch):
    from django.test import Client

    from lessons import views

    def bug():
        raise RuntimeError("a bug")

    monkeypatch.setattr(views.selectors, "glossary_terms", bug)
    response = Client(raise_request_exception=False).get("/en/glossary/")
    assert response.status_code == 500 and "Something went wrong" in response.content.decode()


def test_healthz_answers_degraded_with_the_database_down_even_for_a_staff_session(client, monkeypatch, settings):
    client.force_login(UserFactory(is_staff=True))
    monkeypatch.setattr(health, "check_broker", lambda: {"ok": True})
    monkeypatch.setattr(health, "check_workers", lambda ok, heartbeats=(): {"ok": True, "workers": ["w"]})
    monkeypatch.setattr(health, "check_sandbox", lambda: {"ok": True})
    monkeypatch.setattr(health, "check_warm", lambda ok: {})
    health.reports.clear()
    with database_unreachable():  # after the log-in, which needs the database
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "degraded"}, "no session to tell staff by: the public answer"


def test_a_missing_page_for_a_logged_in_reader_during_an_outage_is_a_503_too(client):
    """The 404 page reads the session for its header; when that fails, handler500 answers 503."""
    from django.test import Client

    client.force_login(UserFactory())
    other = Client(raise_request_exception=False)
    other.cookies = client.cookies
    with database_unreachable():
        response = other.get("/en/nothing/here/")
    assert response.status_code == 503 and "Briefly unavailable" in response.content.decode()
