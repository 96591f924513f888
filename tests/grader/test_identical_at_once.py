"""Two identical submissions at the same moment (a double click, a client's retry racing the
first request) are one submission, and neither request fails (issue 16, item 12).

Real threads, each with its own database connection, through the real API; a barrier inside the
service holds the first request after its reads, so the second one arrives while it is there."""
from __future__ import annotations

import json
import threading

import pytest
from django.db import connection
from django.test import Client

from grader import services
from grader.models import Submission
from grader.tokens import token_create
from tests.conftest import UserFactory

CODE = "def grad_norms(model):\n    return {}\n"


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("key", ["", "same-key"])
def test_two_identical_requests_at_once_make_one_submission(course_loaded, monkeypatch, key):
    user = UserFactory()
    _token, token = token_create(user=user, name="t")
    arrived = threading.Barrier(2)
    same_code = services._same_code

    def held(**kwargs):
        try:  # both requests meet here unless the first one keeps the second out (the point of the lock)
            arrived.wait(timeout=2)
        except threading.BrokenBarrierError:
            pass
        return same_code(**kwargs)

    monkeypatch.setattr(services, "_same_code", held)
    # Not sent to the broker: a real worker of the session would grade it while the test's
    # database is being flushed (on PostgreSQL the TRUNCATE and the worker deadlock).
    sent = []
    monkeypatch.setattr(services, "submission_enqueue", lambda *, submission_id: sent.append(submission_id) or True)
    answers = []

    def post():
        try:
            headers = {"HTTP_IDEMPOTENCY_KEY": key} if key else {}
            answers.append(Client(raise_request_exception=False).post("/api/v1/exercises/layer-grad-norms/submissions",
                                         data=json.dumps({"code": CODE}), content_type="application/json",
                                         HTTP_AUTHORIZATION=f"Bearer {token}", **headers))
        finally:
            connection.close()

    threads = [threading.Thread(target=post) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(a.status_code for a in answers) == [200, 201], [a.content[:200] for a in answers]
    assert len({a.json()["id"] for a in answers}) == 1
    assert Submission.objects.filter(user=user).count() == 1
    assert sent == [answers[0].json()["id"]]
