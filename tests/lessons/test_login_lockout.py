"""Password guessing is throttled (django-axes): per account, per address, on the site's and the
admin's login, with the lockout page in the visitor's language; a success clears the count."""
from __future__ import annotations

import datetime

import pytest
from axes.models import AccessAttempt
from django.utils import timezone

from tests.conftest import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


def log_in(client, username, password, *, url="/ja/accounts/login/", address="203.0.113.7", **headers):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=address, **headers)


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def fail(client, username, times, **kwargs):
    for _ in range(times):
        response = log_in(client, username, "wrong-guess", **kwargs)
        assert response.status_code in (200, 429)


def test_eleven_wrong_passwords_lock_the_account_and_the_page_says_so_in_japanese(client, user):
    fail(client, user.username, 11)
    response = log_in(client, user.username, PASSWORD)
    assert response.status_code == 429
    text = response.content.decode()
    assert "ログインの失敗が続いたため" in text and "15 分間ログインを停止しています" in text
    assert 'lang="ja"' in text
    assert not logged_in(client)
    assert client.get("/ja/progress/").status_code == 302  # still a visitor


def test_the_lockout_page_is_english_under_en(client, user):
    fail(client, user.username, 10, url="/en/accounts/login/")
    response = log_in(client, user.username, PASSWORD, url="/en/accounts/login/")
    assert response.status_code == 429
    assert "logging in is paused for 15 minutes" in response.content.decode()


def test_nine_failures_then_the_right_password_logs_in_and_clears_the_count(client, user):
    fail(client, user.username, 9)
    response = log_in(client, user.username, PASSWORD)
    assert response.status_code == 302 and logged_in(client)
    client.logout()
    fail(client, user.username, 9)  # would make 18 if the success had not cleared the count
    assert log_in(client, user.username, PASSWORD).status_code == 302


def test_the_account_is_locked_whatever_address_the_guesses_come_from(client, user):
    for n in range(10):
        log_in(client, user.username, "wrong-guess", address=f"198.51.100.{n + 1}")
    assert log_in(client, user.username, PASSWORD, address="192.0.2.50").status_code == 429


def test_one_address_guessing_many_accounts_is_locked_out(client, user):
    for n in range(10):
        log_in(client, f"someone-{n}", "wrong-guess")
    assert log_in(client, user.username, PASSWORD).status_code == 429
    assert log_in(client, user.username, PASSWORD, address="192.0.2.50").status_code == 302


def test_a_forged_forwarded_for_header_does_not_escape_the_address_count(client, user):
    for n in range(10):
        log_in(client, f"someone-{n}", "wrong-guess", HTTP_X_FORWARDED_FOR=f"10.9.8.{n}")
    response = log_in(client, user.username, PASSWORD, HTTP_X_FORWARDED_FOR="10.9.9.9")
    assert response.status_code == 429


def test_the_admin_login_is_locked_too(client):
    UserFactory(username="teacher", is_staff=True)
    fail(client, "teacher", 10, url="/ja/admin/login/")
    response = log_in(client, "teacher", PASSWORD, url="/ja/admin/login/")
    assert response.status_code == 429 and "ログインを一時停止しています" in response.content.decode()
    assert not logged_in(client)


def test_logging_in_works_again_after_the_cool_off(client, user):
    fail(client, user.username, 10)
    assert log_in(client, user.username, PASSWORD).status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=16))
    assert log_in(client, user.username, PASSWORD).status_code == 302 and logged_in(client)


def test_the_login_form_is_unchanged_for_a_visitor(client):
    text = client.get("/ja/accounts/login/").content.decode()
    assert 'name="username"' in text and 'name="password"' in text and "csrfmiddlewaretoken" in text


def test_an_operator_sees_the_lockouts_in_the_japanese_admin(client, user):
    fail(client, user.username, 10)
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    text = client.get("/ja/admin/axes/accessattempt/").content.decode()
    assert "ログイン試行" in text and "ログイン失敗回数" in text and "ロック中" in text
    assert user.username in text


@pytest.fixture
def behind_the_production_proxy(settings, monkeypatch):
    """The production profile's reading of the client's address (its proxy appends X-Forwarded-For)."""
    import importlib

    monkeypatch.setenv("DJANGO_SECRET_KEY", "test-only-production-profile-" + "k7Qz" * 10)
    monkeypatch.setenv("DJANGO_ALLOWED_HOSTS", "kobai.example.org")
    production = importlib.import_module("courseware.settings.production")
    settings.AXES_CLIENT_IP_CALLABLE = production.AXES_CLIENT_IP_CALLABLE


@pytest.mark.parametrize("real_client", ["203.0.113.9", "192.168.1.20"])  # public, or a school's own network
def test_behind_the_proxy_the_address_the_proxy_saw_is_counted(client, user, behind_the_production_proxy,
                                                               real_client):
    proxy = "10.0.0.1"
    for n in range(10):  # the client forges a different left-hand entry every time
        log_in(client, f"someone-{n}", "wrong-guess", address=proxy, HTTP_X_FORWARDED_FOR=f"8.8.{n}.8, {real_client}")
    locked = log_in(client, user.username, PASSWORD, address=proxy, HTTP_X_FORWARDED_FOR=f"9.9.9.9, {real_client}")
    assert locked.status_code == 429
    another_client = log_in(client, user.username, PASSWORD, address=proxy, HTTP_X_FORWARDED_FOR="198.51.100.4")
    assert another_client.status_code == 302
