"""Backup and restore (courseware.backup, manage.py backup / restore): a backup taken while the
site keeps writing, restored into a fresh database of the same kind, holds every submission,
verdict and draft that existed when it started. Runs on the suite's database (SQLite or
PostgreSQL), through the management commands in their own processes."""
import os
import sqlite3
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.db import connection

from grader.models import Draft, Submission
from lessons.models import Exercise
from tests.conftest import database_url_for_children

pytestmark = pytest.mark.service
ROOT = Path(__file__).resolve().parent.parent


def manage(*args, database_url: str, check=True) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": "courseware.settings.local"}
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300, check=check)


def site_with_work() -> dict:
    exercise = Exercise.objects.order_by("pk").first()
    users = [get_user_model().objects.create_user(f"backup-{i}-{uuid.uuid4().hex[:6]}", password="x") for i in range(3)]
    made = {}
    for i, user in enumerate(users):
        s = Submission.objects.create(user=user, exercise=exercise, code=f"# learner {i}\n", status="passed",
                                      verdict={"status": "passed", "score": 1.0, "note": f"verdict {i} ✓"})
        d = Draft.objects.create(user=user, exercise=exercise, code=f"# draft {i} 日本語\n")
        made[s.pk] = (s.code, s.status, s.verdict, d.pk, d.code)
    return made


def rows(database_url: str, kind: str) -> tuple[dict, dict]:
    """Submissions and drafts as the restored database holds them."""
    if kind == "sqlite":
        db = sqlite3.connect(database_url.removeprefix("sqlite:///"))
        subs = db.execute("SELECT id, code, status, verdict FROM grader_submission").fetchall()
        drafts = db.execute("SELECT id, code FROM grader_draft").fetchall()
        db.close()
    else:
        import psycopg

        with psycopg.connect(database_url.replace("postgres://", "postgresql://")) as db:
            subs = db.execute("SELECT id, code, status, verdict::text FROM grader_submission").fetchall()
            drafts = db.execute("SELECT id, code FROM grader_draft").fetchall()
    import json

    return ({i: (c, s, json.loads(v) if v is not None else None) for i, c, s, v in subs}, dict(drafts))


@pytest.fixture
def fresh_database(tmp_path):
    """An empty database of the suite's kind, dropped after the test."""
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    import psycopg

    name = f"kobai_restore_{uuid.uuid4().hex[:8]}"
    base = database_url_for_children().rsplit("/", 1)[0]
    with psycopg.connect(base.replace("postgres://", "postgresql://") + "/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield f"{base}/{name}"
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_backup_of_a_running_site_restores_every_submission_verdict_and_draft(course_loaded, tmp_path,
                                                                                 fresh_database):
    made = site_with_work()
    source = database_url_for_children()
    stop = threading.Event()
    written = []

    def keep_writing():  # the site goes on while the backup runs
        user = get_user_model().objects.create_user(f"busy-{uuid.uuid4().hex[:6]}", password="x")
        exercise = Exercise.objects.order_by("pk").first()
        while not stop.is_set() and len(written) < 500:
            written.append(Submission.objects.create(user=user, exercise=exercise, code="# busy\n").pk)
        connection.close()

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        out = manage("backup", "--output", str(tmp_path / "site.backup"), database_url=source)
    finally:
        stop.set()
        writer.join()
    path = Path(out.stdout.strip())
    assert path.is_file() and not Path(str(path) + ".partial").exists()

    restored = manage("restore", str(path), "--yes", database_url=fresh_database)
    assert "restored" in restored.stdout
    submissions, drafts = rows(fresh_database, connection.vendor)
    for pk, (code, status, verdict, draft_pk, draft_code) in made.items():
        assert submissions[pk] == (code, status, verdict)
        assert drafts[draft_pk] == draft_code
    # What was written during the backup is there up to some point, and nothing half-written.
    assert all(submissions[pk][0] == "# busy\n" for pk in written if pk in submissions)


def test_a_backup_is_restored_only_into_a_database_of_its_kind(tmp_path):
    other = tmp_path / "other.backup"
    other.write_bytes(b"PGDMP" if connection.vendor == "sqlite" else b"SQLite format 3\x00")
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}" if connection.vendor == "sqlite" else database_url_for_children()
    done = manage("restore", str(other), "--yes", database_url=url, check=False)
    assert done.returncode != 0 and "backup; the configured database is" in done.stderr
    junk = tmp_path / "junk.backup"
    junk.write_bytes(b"hello")
    done = manage("restore", str(junk), "--yes", database_url=url, check=False)
    assert done.returncode != 0 and "is not a Kōbai backup" in done.stderr
