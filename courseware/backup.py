"""Backups of the whole database, taken while the site runs, and their restore.

SQLite: the online backup API (sqlite3.Connection.backup) copies a consistent snapshot page by
page while other connections keep writing; the backup is itself a SQLite database. PostgreSQL:
pg_dump's custom format (a consistent snapshot too), restored with pg_restore. A backup file
says which it is by its first bytes, and is only restored into a database of the same kind.
"""
from __future__ import annotations

import os
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.db import connections

SQLITE_MAGIC = b"SQLite format 3\x00"
PGDUMP_MAGIC = b"PGDMP"


class BackupError(Exception):
    """A backup or restore that cannot be done; the message says why and what to do."""


def engine(alias: str = "default") -> str:
    vendor = connections[alias].vendor
    if vendor not in ("sqlite", "postgresql"):
        raise BackupError(f"backups of a {vendor} database are not supported")
    return vendor


def default_path(kind: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return Path(settings.VAR_DIR) / "backups" / f"kobai-{stamp}.{'sqlite3' if kind == 'sqlite' else 'pgdump'}"


def backup(output: Path | None = None, alias: str = "default") -> Path:
    """Write a backup of the database; its path."""
    kind = engine(alias)
    output = Path(output or default_path(kind))
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")  # never a half-written file under the real name
    if kind == "sqlite":
        _sqlite_copy(_sqlite_file(alias), partial)
    else:
        _run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file", str(partial)], alias)
    partial.replace(output)
    return output


def restore(source: Path, alias: str = "default") -> None:
    """Replace the database's content with the backup's (the site should be stopped)."""
    kind = engine(alias)
    source = Path(source)
    with open(source, "rb") as f:
        head = f.read(16)
    found = "sqlite" if head.startswith(SQLITE_MAGIC) else "postgresql" if head.startswith(PGDUMP_MAGIC) else None
    if found is None:
        raise BackupError(f"{source} is not a Kōbai backup (neither a SQLite database nor a pg_dump archive)")
    if found != kind:
        raise BackupError(f"{source} is a {found} backup; the configured database is {kind}")
    _refuse_while_running()
    connections[alias].close()
    if kind == "sqlite":
        _sqlite_copy(source, _sqlite_file(alias))
    else:
        _run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction",
              "--exit-on-error", "--dbname", settings.DATABASES[alias]["NAME"], str(source)], alias)


def _refuse_while_running() -> None:
    """`make run` holds var/run.lock while the site runs on this data folder."""
    import fcntl

    lock = Path(settings.VAR_DIR) / "run.lock"
    if not lock.exists():
        return
    with open(lock) as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BackupError(f"Kōbai is running with this data folder ({lock} is held): stop it first") from None
        fcntl.flock(f, fcntl.LOCK_UN)


def _sqlite_file(alias: str) -> Path:
    name = settings.DATABASES[alias]["NAME"]
    if str(name) in ("", ":memory:"):
        raise BackupError("an in-memory SQLite database has nothing to back up")
    return Path(name)


def _sqlite_copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    try:
        dst = sqlite3.connect(target, timeout=30)
        try:
            src.backup(dst, pages=1024)  # in steps, so writers are held up for a moment at a time
            problem = dst.execute("PRAGMA integrity_check").fetchone()[0]
            if problem != "ok":
                raise BackupError(f"the copy fails SQLite's integrity check: {problem}")
        finally:
            dst.close()
    finally:
        src.close()


def _run(argv: list[str], alias: str) -> None:
    """pg_dump / pg_restore against the configured database, its password through the environment."""
    db = settings.DATABASES[alias]
    env = {**os.environ, "PGDATABASE": db["NAME"]}
    for key, var in (("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD"), ("HOST", "PGHOST"), ("PORT", "PGPORT")):
        if db.get(key):
            env[var] = str(db[key])
    try:
        done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=3600)
    except FileNotFoundError as exc:
        raise BackupError(f"{argv[0]} is not installed (Debian: apt-get install postgresql-client)") from exc
    if done.returncode != 0:
        raise BackupError(f"{argv[0]} failed: {done.stderr.strip()[-2000:]}")
