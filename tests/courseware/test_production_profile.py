"""The production profile (courseware/settings/production.py) with the environment the README
documents: `manage.py check --deploy` has nothing to say, and a weak SECRET_KEY stops start-up.

Each case runs manage.py in a fresh process, as an operator would: settings are read once, at
start-up, so only a new process sees another environment.
"""
import json
import os
import secrets
import subprocess
import sys

import pytest

from courseware.settings.secret_key import secret_key_problem
from tests.conftest import ROOT

GOOD_KEY = secrets.token_urlsafe(50)


def production_env(tmp_path, **overrides) -> dict:
    """The README's production environment, with nothing inherited from a developer's shell."""
    keep = {name: os.environ[name] for name in ("PATH", "HOME", "LANG", "SYSTEMROOT") if name in os.environ}
    return {**keep, "DJANGO_SETTINGS_MODULE": "courseware.settings.production",
            "DJANGO_SECRET_KEY": GOOD_KEY, "DJANGO_ALLOWED_HOSTS": "kobai.example.org",
            "DJANGO_CSRF_TRUSTED_ORIGINS": "https://kobai.example.org",
            "KOBAI_VAR_DIR": str(tmp_path), **overrides}


def manage(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def test_check_deploy_prints_no_warning(tmp_path):
    result = manage(production_env(tmp_path), "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    # The one check silenced is django-ratelimit's W001 (it knows django-redis by name only), not a security one.
    assert result.stdout.strip() in ("System check identified no issues (0 silenced).",
                                     "System check identified no issues (1 silenced)."), result.stdout
    assert "WARNING" not in result.stderr and "security." not in result.stderr, result.stderr


def test_the_profile_is_https_only_with_hsts_and_secure_cookies(tmp_path):
    script = ("import django, json; django.setup(); from django.conf import settings as s; print(json.dumps({n: "
              "getattr(s, n) for n in ['SECURE_HSTS_SECONDS', 'SECURE_HSTS_INCLUDE_SUBDOMAINS', "
              "'SECURE_HSTS_PRELOAD', 'SECURE_SSL_REDIRECT', 'SECURE_PROXY_SSL_HEADER', 'SESSION_COOKIE_SECURE', "
              "'CSRF_COOKIE_SECURE', 'LANGUAGE_COOKIE_SECURE', 'DEBUG', 'CONTENT_SECURITY_POLICY_REPORT_ONLY']}))")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env=production_env(tmp_path, DJANGO_DEBUG="true"))
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["SECURE_HSTS_SECONDS"] >= 365 * 24 * 3600
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] and values["SECURE_HSTS_PRELOAD"]
    assert values["SECURE_SSL_REDIRECT"] and values["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert values["SESSION_COOKIE_SECURE"] and values["CSRF_COOKIE_SECURE"] and values["LANGUAGE_COOKIE_SECURE"]
    assert values["DEBUG"] is False and values["CONTENT_SECURITY_POLICY_REPORT_ONLY"] is None, \
        "DJANGO_DEBUG never turns production's policy into report-only"


@pytest.mark.parametrize("key,says", [
    ("too-short-but-otherwise-random-9f3K", "has 35 characters; production needs at least 50"),
    ("ab" * 40, "only 2 distinct characters"),
    ("django-insecure-" + "q7R2vX9kLp3mN8sT1wZ4yB6cD0fG5hJ" * 2, "starts with 'django-insecure-'"),
], ids=["short", "low-entropy", "startproject-key"])
def test_a_weak_secret_key_is_refused_at_start_up(tmp_path, key, says):
    result = manage(production_env(tmp_path, DJANGO_SECRET_KEY=key), "check")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and says in result.stderr, result.stderr
    assert "secrets.token_urlsafe(50)" in result.stderr, "the message says how to make a good one"
    assert key not in result.stderr, "the key itself is never printed"


def test_a_missing_secret_key_or_host_is_refused(tmp_path):
    env = production_env(tmp_path)
    del env["DJANGO_SECRET_KEY"]
    assert "DJANGO_SECRET_KEY" in manage(env, "check").stderr
    env = production_env(tmp_path)
    del env["DJANGO_ALLOWED_HOSTS"]
    result = manage(env, "check")
    assert result.returncode != 0 and "DJANGO_ALLOWED_HOSTS" in result.stderr


def test_strong_keys_pass_and_the_checks_thresholds_are_djangos():
    assert secret_key_problem(GOOD_KEY) is None
    assert secret_key_problem("x" * 49 + "y") is not None  # 50 long, 2 distinct
    assert secret_key_problem("abcde" * 10) is None  # Django's own minimum: 50 characters, 5 distinct
