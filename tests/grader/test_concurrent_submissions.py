"""One learner fires 16 submissions at once at a live server: each is stored (201) or refused
by the limits (429), never a 500 such as SQLite's "database is locked".

The requests go through the real stack (the live server's threads, token auth, the service, the
on-commit enqueue and its `enqueued_at` write) on the real test database file. Only the broker
call is recorded instead of sent, so no message outlives the test.
"""
import json
import threading
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.conf import settings
from django.db import connection

from grader.models import Submission
from grader.tasks import grade_submission
from grader.tokens import token_create
from tests.conftest import UserFactory

CONCURRENT = 16
CODE = "def grad_norms(model):\n    return {{}}  # attempt {n}\n"


@pytest.fixture
def sent_ids(monkeypatch):
    """The submission ids handed to the broker, recorded from the live server's threads."""
    sent, lock = [], threading.Lock()

    def record(args=None, **_options):
        with lock:
            sent.append(args[0])

    monkeypatch.setattr(grade_submission, "apply_async", record)
    return sent


def post_submission(url: str, key: str, n: int, start: threading.Barrier) -> tuple[int, dict]:
    body = json.dumps({"code": CODE.format(n=n)}).encode()
    request = urllib.request.Request(url, data=body, method="POST", headers={
        "Authorization": f"Bearer {key}", "Content-Type": "application/json"})
    start.wait(timeout=30)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        text = error.read().decode("utf-8", "replace")
        try:
            return error.code, json.loads(text)
        except json.JSONDecodeError:
            return error.code, {"body": text[:500]}


def test_sixteen_concurrent_submissions_get_201_or_429_never_500(live_server, course_loaded, sent_ids):
    user = UserFactory()
    _token, key = token_create(user=user, name="burst")
    url = f"{live_server.url}/api/v1/exercises/layer-grad-norms/submissions"
    start = threading.Barrier(CONCURRENT)

    with ThreadPoolExecutor(max_workers=CONCURRENT) as pool:
        answers = list(pool.map(lambda n: post_submission(url, key, n, start), range(CONCURRENT)))

    statuses = sorted(status for status, _body in answers)
    assert set(statuses) <= {201, 429}, answers
    created = [body["id"] for status, body in answers if status == 201]
    refused = [body["error"] for status, body in answers if status == 429]
    assert created, "at least the first submissions are stored"
    assert set(refused) <= {"too_many_pending", "rate"}, refused
    assert sorted(Submission.objects.filter(user=user).values_list("pk", flat=True)) == sorted(created)
    assert sorted(sent_ids) == sorted(created), "every stored submission was enqueued once, after its commit"
    assert Submission.objects.filter(pk__in=created, enqueued_at__isnull=False).count() == len(created)
    if connection.vendor == "sqlite":
        # IMMEDIATE transactions serialize count-then-insert: the pending limit holds exactly.
        assert len(created) == settings.GRADER_MAX_PENDING_PER_LEARNER, answers
