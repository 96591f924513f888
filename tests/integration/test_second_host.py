"""A second worker host: a worker in its own network namespace (`ip netns` + a veth pair, as a
separate machine on the site's network would be) reaches Redis and PostgreSQL only over the veth
address, and grades submissions made on the first host. docs/operations.md, "Adding a worker host".

Redis and PostgreSQL listen on 127.0.0.1 here, so the first host forwards a port on its veth
address to each (what a real site does by listening on its private address)."""
import os
import subprocess
import sys
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.conf import settings
from django.db import connection
from django.test import override_settings

from grader import services
from grader.models import Submission
from lessons.models import Exercise
from tests.conftest import UserFactory, database_url_for_children
from tests.integration.test_nothing_lost import GOOD, Gate, finished, start_worker, stop

pytestmark = [pytest.mark.service, pytest.mark.django_db(transaction=True)]

WRONG = "def grad_norms(model):\n    return {n: 0.0 for n, p in model.named_parameters()}\n"


def ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, timeout=30)


@contextmanager
def second_host():
    """A network namespace joined to this one by a veth pair: (its name, this host's address on the
    pair). Nothing else is routed into it: 127.0.0.1 inside is its own loopback."""
    pid = os.getpid()
    name, outside, inside = f"kobai-w{pid}", f"kw{pid % 100000}a", f"kw{pid % 100000}b"
    subnet = f"10.231.{pid % 250}"
    ip("netns", "add", name)
    try:
        ip("link", "add", outside, "type", "veth", "peer", "name", inside)
        ip("link", "set", inside, "netns", name)
        ip("addr", "add", f"{subnet}.1/30", "dev", outside)
        ip("link", "set", outside, "up")
        ip("-n", name, "addr", "add", f"{subnet}.2/30", "dev", inside)
        ip("-n", name, "link", "set", inside, "up")
        ip("-n", name, "link", "set", "lo", "up")
        yield name, f"{subnet}.1"
    finally:
        subprocess.run(["ip", "link", "del", outside], capture_output=True)
        subprocess.run(["ip", "netns", "del", name], capture_output=True)


def reachable_from(namespace: str, host: str, port: int) -> bool:
    probe = f"import socket; socket.create_connection(({host!r}, {port}), timeout=3).close()"
    return subprocess.run(["ip", "netns", "exec", namespace, sys.executable, "-c", probe],
                          capture_output=True, timeout=30).returncode == 0


def moved(url: str, host: str, port: int) -> str:
    parts = urlsplit(url)
    auth = parts.netloc.rpartition("@")[0]
    return urlunsplit(parts._replace(netloc=f"{auth}@{host}:{port}" if auth else f"{host}:{port}"))


@pytest.mark.skipif(connection.vendor != "postgresql" or os.geteuid() != 0,
                    reason="a second host needs a network database (DATABASE_URL=postgres://...) and root for ip netns")
def test_a_worker_on_a_second_host_grades_submissions_made_on_the_first(course_loaded):
    exercise = Exercise.objects.get(slug="layer-grad-norms")
    queue = f"grade-host2-{os.getpid()}"
    broker = urlsplit(settings.CELERY_BROKER_URL)
    database = urlsplit(database_url_for_children())
    with second_host() as (namespace, address):
        redis_port = Gate(broker.hostname, broker.port or 6379, listen=address, opened=True)
        pg_port = Gate(database.hostname, database.port or 5432, listen=address, opened=True)
        try:
            # The namespace is another host: the site's loopback services are out of its reach.
            assert not reachable_from(namespace, "127.0.0.1", broker.port or 6379)
            assert not reachable_from(namespace, "127.0.0.1", database.port or 5432)
            assert reachable_from(namespace, address, redis_port.port)

            with override_settings(GRADER_CPU_QUEUE=queue):
                worker = start_worker(
                    "host2", queue, beat=True, prefix=("ip", "netns", "exec", namespace),
                    broker=moved(settings.CELERY_BROKER_URL, address, redis_port.port),
                    database_url=moved(database_url_for_children(), address, pg_port.port))
                try:
                    learner = UserFactory()
                    made = [services.submission_create(user=learner, exercise=exercise, code=code).submission
                            for code in (GOOD, WRONG)]
                    for submission in made:
                        finished(submission, timeout=180)
                finally:
                    stop(worker)
        finally:
            redis_port.close()
            pg_port.close()

    good, wrong = made
    assert good.status == Submission.Status.PASSED, good.verdict
    assert wrong.status == Submission.Status.FAILED, wrong.verdict
    for submission in made:
        assert submission.worker.startswith("host2-"), submission.worker
        assert submission.attempts == 1
