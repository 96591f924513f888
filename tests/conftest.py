"""Shared fixtures: the course loaded from the real content files, users, a real worker."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import factory
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"learner{n}")
    email = factory.Faker("email")
    password = factory.django.Password("correct-horse-battery")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database, migrated, with the real course loaded once."""
    from lessons.services import content_sync

    with django_db_blocker.unblock():
        content_sync()


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Rate-limit counters live in a per-process cache: one test's tries never count in the next."""
    from django.core.cache import caches

    caches[settings.RATELIMIT_USE_CACHE].clear()
    yield


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def learner_client(client, user):
    client.force_login(user)
    return client


def database_url_for_children() -> str:
    """The test database as a URL, for processes started by the tests."""
    from django.db import connection

    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    user = db.get("USER") or ""
    host = db.get("HOST") or "127.0.0.1"
    port = db.get("PORT") or 5432
    return f"postgres://{user}@{host}:{port}/{db['NAME']}"


@contextmanager
def migrated(before: tuple[str, str]):
    """The test database taken back to the migration `before`: yields its historical apps and a
    function that migrates on to a later migration; afterwards (whatever happened) the database
    is brought back to the latest migrations. For the tests of a data migration."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    try:
        executor.migrate([before])

        def migrate_to(target: tuple[str, str]) -> None:
            MigrationExecutor(connection).migrate([target])

        yield executor.loader.project_state([before]).apps, migrate_to
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())


def wait_until(predicate, timeout: float, interval: float = 0.1, message: str = "condition"):
    """Poll `predicate` until it returns a truthy value, or fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {message}")


@pytest.fixture(scope="session")
def celery_worker_process(django_db_setup, django_db_blocker):
    """A real `celery worker` process on the test broker and the test database."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "courseware.settings.test",
        "DATABASE_URL": database_url_for_children(),
        # Short limits keep the timeout tests short; the grading itself takes a few seconds.
        "GRADER_SANDBOX_WALL_S": "10", "GRADER_SANDBOX_CPU_S": "10", "GRADER_RETRY_BACKOFF_S": "1",
        "KOBAI_LTI_SCORE_BACKOFF_S": "1", "KOBAI_LTI_SCORE_BACKOFF_MAX_S": "2", "KOBAI_LTI_SCORE_RETRIES": "30",
    }
    ARTIFACTS.mkdir(exist_ok=True)
    log = open(ARTIFACTS / "celery-worker.log", "wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "courseware", "worker", "--pool", "prefork", "--concurrency", "1",
         "--queues", "grade-cpu,grade-try,grade-sweep", "--hostname", f"test-{os.getpid()}@%h", "--loglevel", "INFO"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    from courseware.celery_app import app

    def answered():
        if proc.poll() is not None:
            raise AssertionError("the worker exited; see test-artifacts/celery-worker.log")
        return app.control.ping(timeout=0.5)

    wait_until(answered, timeout=60, interval=0.2, message="the Celery worker to answer")
    yield proc
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


@pytest.fixture(scope="session")
def broker_url() -> str:
    return settings.CELERY_BROKER_URL


def pytest_collection_modifyitems(session, config, items):
    """Tests that flush the database (transactional, live server) run after all the others."""

    def flushes(item) -> bool:
        marker = item.get_closest_marker("django_db")
        return bool(marker and marker.kwargs.get("transaction")) or "live_server" in getattr(
            item, "fixturenames", ()
        )

    items.sort(key=flushes)


@pytest.fixture
def course_loaded(transactional_db):
    """For tests that flush the database after them: load the course again first."""
    from lessons.services import content_sync

    content_sync()
