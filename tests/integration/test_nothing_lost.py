"""Nothing is lost: a worker killed mid-grading, the broker down at submission time, a burst."""
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.test import override_settings

from grader import services
from grader.models import Submission
from lessons.models import Exercise
from tests.conftest import ARTIFACTS, ROOT, UserFactory, database_url_for_children, wait_until

pytestmark = [pytest.mark.service, pytest.mark.django_db(transaction=True)]
REFS = Path(__file__).resolve().parents[2] / "grader" / "references" / "layer-grad-norms"
GOOD = (REFS / "pass_comprehension.py").read_text()
SLOW_GOOD = "import time\n\ntime.sleep(4)\n" + GOOD


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_worker(name: str, queue: str, broker: str | None = None, beat: bool = True,
                 prefix: tuple[str, ...] = (), database_url: str | None = None, **extra_env: str) -> subprocess.Popen:
    """A real worker process on `queue` (and its sweep queue); `prefix` runs it through another
    command (`ip netns exec NAME`: a second host)."""
    from django.conf import settings

    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "courseware.settings.test",
           "DATABASE_URL": database_url or database_url_for_children(),
           "TEST_CELERY_BROKER_URL": broker or settings.CELERY_BROKER_URL,
           "GRADER_LEASE_S": "6", "GRADER_LEASE_HEARTBEAT_S": "1", "GRADER_SWEEP_EVERY_S": "1",
           "GRADER_QUEUED_STALE_S": "20", "GRADER_SANDBOX_WALL_S": "15", "GRADER_CPU_QUEUE": queue,
           "GRADER_SWEEP_QUEUE": f"{queue}-sweep", **extra_env}
    log = open(ARTIFACTS / f"worker-{name}.log", "ab")
    return subprocess.Popen(
        [*prefix, sys.executable, "-m", "celery", "-A", "courseware", "worker", "--pool", "prefork",
         "--concurrency", "1",
         "--queues", f"{queue},{queue}-sweep", "--hostname", f"{name}-{os.getpid()}@%h", "--loglevel", "INFO",
         *(["--beat", "--schedule", str(ARTIFACTS / f"beat-{name}-{os.getpid()}")] if beat else [])],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )


def stop(proc: subprocess.Popen, sig=signal.SIGTERM) -> None:
    try:
        os.killpg(proc.pid, sig)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def finished(submission: Submission, timeout: float) -> Submission:
    def done():
        submission.refresh_from_db()
        return not submission.pending

    wait_until(done, timeout=timeout, interval=0.25, message=f"submission {submission.pk} to get a verdict")
    return submission


@contextmanager
def broker(url: str):
    """Point this process's Celery app at another broker (and back)."""
    from courseware.celery_app import app

    old = app.conf.broker_url

    def switch(value):
        from kombu import pools

        app.conf.broker_url = value
        app.pool.force_close_all()
        app._pool = None
        app.amqp._producer_pool = None
        pools.reset()  # kombu's global producer pools, keyed by URL: a closed one would come back with it

    switch(url)
    try:
        with override_settings(CELERY_BROKER_URL=url):
            yield
    finally:
        switch(old)


@pytest.fixture
def exercise(course_loaded):
    return Exercise.objects.get(slug="layer-grad-norms")


def test_a_worker_killed_mid_grading_is_replaced_and_the_submission_still_gets_a_verdict(exercise):
    queue = f"grade-kill-{os.getpid()}"
    with override_settings(GRADER_CPU_QUEUE=queue):
        first = start_worker("doomed", queue)
        try:
            submission = services.submission_create(user=UserFactory(), exercise=exercise, code=SLOW_GOOD).submission

            def running():
                submission.refresh_from_db()
                return submission.status == "running"

            wait_until(running, timeout=90, interval=0.1, message="the grading to start")
        finally:
            stop(first, signal.SIGKILL)  # the whole worker, children and sandbox included
        submission.refresh_from_db()
        assert submission.status == "running", "it died mid-grading"
        second = start_worker("rescuer", queue)
        try:
            finished(submission, timeout=120)
        finally:
            stop(second)
    assert submission.status == "passed", submission.verdict
    assert submission.attempts == 2, "graded again from the database, once"


def test_a_worker_stopped_past_its_lease_and_resumed_after_another_graded_writes_nothing(exercise):
    """SIGSTOP of a worker mid-grading; its lease runs out, another worker grades the submission;
    SIGCONT: the first finds its claim lost, drops its grading, and neither the verdict nor the
    learner's progress record changes."""
    from grader.models import ExerciseProgress

    queue = f"grade-stop-{os.getpid()}"
    (ARTIFACTS / "worker-stopped.log").unlink(missing_ok=True)
    with override_settings(GRADER_CPU_QUEUE=queue):
        stopped = start_worker("stopped", queue)
        rescuer = None
        try:
            submission = services.submission_create(user=UserFactory(), exercise=exercise, code=SLOW_GOOD).submission

            def running():
                submission.refresh_from_db()
                return submission.status == "running"

            wait_until(running, timeout=90, interval=0.1, message="the grading to start")
            os.killpg(stopped.pid, signal.SIGSTOP)
            rescuer = start_worker("rescuer-of-stopped", queue)
            finished(submission, timeout=120)
            assert (submission.status, submission.attempts) == ("passed", 2)
            graded = (submission.worker, submission.finished_at, submission.verdict)
            os.killpg(stopped.pid, signal.SIGCONT)
            log = ARTIFACTS / "worker-stopped.log"
            dropped = re.compile(rb"grade_submission\[[0-9a-f-]+\] succeeded in [0-9.]+s: None")
            wait_until(lambda: dropped.search(log.read_bytes()), timeout=60,
                       message="the resumed worker to end its grading with nothing written")
        finally:
            os.killpg(stopped.pid, signal.SIGCONT)
            stop(stopped)
            if rescuer is not None:
                stop(rescuer)
    submission.refresh_from_db()
    assert (submission.status, submission.attempts) == ("passed", 2)
    assert (submission.worker, submission.finished_at, submission.verdict) == graded
    progress = ExerciseProgress.objects.get(user=submission.user, exercise=submission.exercise)
    assert (progress.submissions, progress.failed_submissions) == (1, 0)


def test_a_submission_queued_while_the_database_is_down_is_graded_by_its_retries_once_it_is_back(exercise):
    """The worker's database is unreachable (SQLite: its file cannot be opened; PostgreSQL: a port
    that drops every connection): the message is not acknowledged and forgotten but sent again
    with backoff; once the database is back, a retry grades it. No beat and a long sweeper
    threshold: only the retries can bring it through."""
    from django.db import connection

    queue = f"grade-dbdown-{os.getpid()}"
    log = ARTIFACTS / "worker-db-down.log"
    log.unlink(missing_ok=True)
    with override_settings(GRADER_CPU_QUEUE=queue), unreachable_database(connection.settings_dict) as (url, back):
        worker = start_worker("db-down", queue, beat=False, DATABASE_URL=url,
                              GRADER_RETRY_BACKOFF_S="1", GRADER_DB_RETRY_MAX_S="2", GRADER_QUEUED_STALE_S="600")
        try:
            submission = services.submission_create(user=UserFactory(), exercise=exercise, code=GOOD).submission
            retried = re.compile(rb"grade_submission\[[0-9a-f-]+\] retry: Retry in")
            wait_until(lambda: len(retried.findall(log.read_bytes())) >= 3, timeout=90, interval=0.2,
                       message="three retries while the database is down")
            submission.refresh_from_db()
            assert (submission.status, submission.attempts) == ("queued", 0)
            back()  # the database is back
            finished(submission, timeout=90)
        finally:
            stop(worker)
    assert (submission.status, submission.attempts) == ("passed", 1)


@contextmanager
def unreachable_database(db: dict):
    """(a DATABASE_URL for the test's database that does not answer yet, a function that makes it
    answer). SQLite: a path whose folder does not exist until then, then a link to the file.
    PostgreSQL: a port here that closes every connection until then, then forwards it."""
    if db["ENGINE"].endswith("sqlite3"):
        gone = ARTIFACTS / f"db-down-{os.getpid()}"
        shutil.rmtree(gone, ignore_errors=True)

        def back():
            gone.mkdir()
            (gone / "db.sqlite3").symlink_to(db["NAME"])

        try:
            yield f"sqlite:///{gone}/db.sqlite3", back
        finally:
            shutil.rmtree(gone, ignore_errors=True)
        return
    gate = Gate(db.get("HOST") or "127.0.0.1", int(db.get("PORT") or 5432))
    try:
        yield f"postgres://{db.get('USER') or ''}@127.0.0.1:{gate.port}/{db['NAME']}", gate.opened.set
    finally:
        gate.close()


class Gate:
    """A TCP port (on `listen`, 127.0.0.1 by default) in front of a server: it closes every
    connection until `opened` is set, then forwards each one to the real server."""

    def __init__(self, host: str, port: int, listen: str = "127.0.0.1", opened: bool = False):
        self.target = (host, port)
        self.server = socket.create_server((listen, 0))
        self.port = self.server.getsockname()[1]
        self.opened = threading.Event()
        if opened:
            self.opened.set()
        threading.Thread(target=self._serve, name="db-gate", daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return  # closed
            if not self.opened.is_set():
                client.close()
                continue
            upstream = socket.create_connection(self.target)
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=_forward, args=(source, sink), daemon=True).start()

    def close(self) -> None:
        self.server.close()


def _forward(source: socket.socket, sink: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            sink.sendall(data)
    except OSError:
        pass
    finally:
        for end in (source, sink):
            try:
                end.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


@pytest.mark.timeout(600)
def test_thirty_submissions_from_ten_learners_all_get_exactly_one_grading(exercise, celery_worker_process):
    learners = [UserFactory() for _ in range(10)]
    created = [
        services.submission_create(user=learner, exercise=exercise, code=f"# learner {n}, try {i}\n{GOOD}").submission
        for n, learner in enumerate(learners) for i in range(3)
    ]
    assert len(created) == 30

    def all_done():
        return not Submission.objects.filter(status__in=Submission.PENDING).exists()

    wait_until(all_done, timeout=400, interval=0.5, message="30 verdicts")
    rows = list(Submission.objects.filter(pk__in=[s.pk for s in created]))
    assert len(rows) == 30
    assert {s.status for s in rows} == {"passed"}
    assert {s.attempts for s in rows} == {1}, "none graded twice"


def test_a_submission_made_while_the_broker_is_down_is_graded_when_it_is_back(client, exercise):
    port = free_port()
    url = f"redis://127.0.0.1:{port}/0"
    data = ARTIFACTS / f"redis-{port}"
    data.mkdir(parents=True, exist_ok=True)

    def redis_up():
        return subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                 "--appendonly", "no", "--dir", str(data)], stdout=subprocess.DEVNULL)

    def answers():
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return True
        except OSError:
            return False

    server = redis_up()
    wait_until(answers, timeout=20, message="the test Redis")
    queue = f"grade-redis-{os.getpid()}"
    worker = start_worker("redis", queue, broker=url)
    try:
        server.terminate()
        server.wait(timeout=20)
        user = UserFactory()
        client.force_login(user)
        with broker(url), override_settings(GRADER_CPU_QUEUE=queue):
            response = client.post("/en/exercises/layer-grad-norms/submit/", {"code": GOOD}, follow=True)
        assert response.status_code == 200
        submission = Submission.objects.get(user=user)
        assert submission.status == "queued" and submission.enqueued_at is None, "stored, not sent"
        assert "Grading is delayed" in response.content.decode()
        server = redis_up()
        wait_until(answers, timeout=20, message="the test Redis to come back")
        finished(submission, timeout=150)
        assert submission.status == "passed", submission.verdict
        assert submission.attempts == 1
    finally:
        stop(worker)
        server.terminate()
        server.wait(timeout=20)
