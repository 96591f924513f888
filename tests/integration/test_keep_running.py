"""`make run`'s worker under honcho is started again when its main process is killed (the pool
and beat children used to keep honcho's pipe open, so nobody noticed), and a command that keeps
dying makes the wrapper give up loudly, so that honcho stops everything."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys

import pytest

from tests.conftest import ARTIFACTS, ROOT, database_url_for_children, wait_until

pytestmark = pytest.mark.service
KEEP = [sys.executable, "-m", "courseware.scripts.keep_running"]


def worker_pid(app, name: str) -> int | None:
    """The pid of the main process that answers as `name`, or None while none answers."""
    stats = app.control.inspect(destination=[name], timeout=1.0).stats() or {}
    return stats.get(name, {}).get("pid")


@pytest.fixture
def honcho_worker(transactional_db, broker_url):
    """The Procfile entry `make run` writes for the worker, run by honcho, on the test broker."""
    name = f"keep-{os.getpid()}@{socket.gethostname()}"
    queue = f"grade-keep-{os.getpid()}"
    procfile = ARTIFACTS / f"Procfile-keep-{os.getpid()}"
    ARTIFACTS.mkdir(exist_ok=True)
    procfile.write_text(
        f"worker: exec {' '.join(KEEP)} --name worker -- {sys.executable} -m celery -A courseware worker "
        f"--queues {queue} --concurrency 1 --hostname {name} --loglevel INFO\n")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "courseware.settings.test",
           "DATABASE_URL": database_url_for_children(), "TEST_CELERY_BROKER_URL": broker_url,
           "GRADER_WARM_PAIRS": "0"}
    log_path = ARTIFACTS / "honcho-keep-running.log"
    log = open(log_path, "wb")
    honcho = subprocess.Popen([str(ROOT / ".venv" / "bin" / "honcho"), "-f", str(procfile), "-d", str(ROOT), "start"],
                              cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        yield honcho, name, log_path
    finally:
        if honcho.poll() is None:
            os.killpg(honcho.pid, signal.SIGTERM)
            try:
                honcho.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(honcho.pid, signal.SIGKILL)
                honcho.wait()
        log.close()
        procfile.unlink(missing_ok=True)


@pytest.mark.django_db(transaction=True)
def test_a_killed_worker_is_started_again_under_honcho(honcho_worker):
    from courseware.celery_app import app

    honcho, name, log_path = honcho_worker

    def answering() -> int | None:
        assert honcho.poll() is None, f"honcho stopped; see {log_path}"
        return worker_pid(app, name)

    first = wait_until(answering, timeout=90, interval=0.5, message="the worker to answer")
    os.kill(first, signal.SIGKILL)  # its main process only: the pool child is left holding the pipe
    second = wait_until(lambda: (pid := answering()) and pid != first and pid, timeout=90, interval=0.5,
                        message="a new worker to answer")
    assert second != first
    assert b"DIED: was killed by SIGKILL" in log_path.read_bytes()

    os.killpg(honcho.pid, signal.SIGTERM)  # Ctrl-C's way: the worker is stopped, nothing restarts it
    honcho.wait(timeout=60)
    wait_until(lambda: worker_pid(app, name) is None, timeout=10, message="the worker to be gone")
    assert b"keep_running[worker]: stopped" in log_path.read_bytes()
    for pid in (first, second):
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_a_command_that_keeps_dying_makes_it_give_up_loudly():
    wrapper = subprocess.run(
        [*KEEP, "--name", "doomed", "--max-restarts", "2", "--window", "60", "--",
         sys.executable, "-c", "import sys; sys.exit(3)"],
        cwd=ROOT, capture_output=True, timeout=60)
    assert wrapper.returncode == 1
    err = wrapper.stderr.decode()
    assert err.count("started (pid") == 3 and err.count("DIED: exited with status 3") == 2
    assert "GIVING UP" in err


def test_a_stop_while_waiting_to_restart_ends_it_cleanly():
    wrapper = subprocess.Popen(
        [*KEEP, "--name", "stopping", "--", sys.executable, "-c", "import sys; sys.exit(1)"],
        cwd=ROOT, stderr=subprocess.PIPE)
    lines = []
    while "DIED" not in "".join(lines):  # bounded by the timeout below: the first death comes at once
        lines.append(wrapper.stderr.readline().decode())
    wrapper.send_signal(signal.SIGTERM)
    assert wrapper.wait(timeout=10) == 0
    wrapper.stderr.close()
