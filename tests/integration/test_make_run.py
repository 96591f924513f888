"""The README's Quick start, as written: `make run` on a free port, then stop it."""
import os
import signal
import socket
import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ARTIFACTS, ROOT, wait_until

pytestmark = pytest.mark.service
OWN_BROKER = "redis://127.0.0.1:6379/9"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None, ""


def quick_start_command() -> str:
    readme = (ROOT / "README.md").read_text()
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = [line.strip() for line in quick.splitlines() if line.strip().startswith("make ")]
    assert commands[:2] == ["make run", "make test"], commands
    return commands[0]


def start(tmp_path: Path, port: int, log_name: str) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "CELERY_BROKER_URL", "KOBAI_RATELIMIT_CACHE_URL")}
    # Redis databases of its own: never the queue or cache of a site running on this machine.
    env.update(PORT=str(port), KOBAI_VAR_DIR=str(tmp_path / "var"), CELERY_BROKER_URL=OWN_BROKER,
               KOBAI_RATELIMIT_CACHE_URL="rediscache://127.0.0.1:6379/8")
    log = open(ARTIFACTS / log_name, "wb")
    return subprocess.Popen(
        quick_start_command().split(), cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def stop(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in the terminal does
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        raise


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def test_make_run_serves_the_course_and_stops_cleanly(tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = start(tmp_path, port, "make-run.log")
    try:
        def healthy():
            if proc.poll() is not None:
                raise AssertionError((ARTIFACTS / "make-run.log").read_text()[-3000:])
            return fetch(f"{base}/healthz")[0] == 200

        wait_until(healthy, timeout=240, interval=0.5, message="make run to be healthy")
        for lang, word in (("ja", "勾配"), ("en", "Gradient")):
            status, body = fetch(f"{base}/{lang}/")
            assert status == 200 and f'<html lang="{lang}">' in body and word in body
        status, body = fetch(f"{base}/static/courseware/site.css")
        assert status == 200 and "--accent" in body, "whitenoise serves static files"
        status, body = fetch(f"{base}/en/no-such-page/")
        assert status == 404 and "Page not found" in body, "DEBUG is off: our 404 page"

        second = subprocess.run(
            ["make", "run"], cwd=ROOT, capture_output=True, text=True, timeout=120,
            env={**os.environ, "PORT": str(free_port()), "KOBAI_VAR_DIR": str(tmp_path / "var"),
                 "CELERY_BROKER_URL": OWN_BROKER},
        )
        assert second.returncode != 0
        assert "already running" in second.stderr
    finally:
        stop(proc)
    wait_until(lambda: not group_alive(proc.pid), timeout=30, message="every child to stop")
    log = (ARTIFACTS / "make-run.log").read_text()
    # Ctrl-C is a clean stop, not make's "Error 130" (make itself may end by the same SIGINT).
    assert proc.returncode in (0, -signal.SIGINT) and "make: ***" not in log, log[-2000:]
    assert "Kōbai stopped" in log
    assert f"Using the Redis that answers at {OWN_BROKER}" in log
    assert "demo-learner" in log and "demo-instructor" in log, "the demo logins are printed"
    assert (tmp_path / "var" / "kobai.sqlite3").exists()
