"""An API read does not depend on a write: the token's use is recorded at most once a minute,
and a failure to record it is logged, not answered."""
import logging
from datetime import timedelta

import pytest
from django.db import connection
from django.db.models.query import QuerySet
from django.db.utils import OperationalError
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from grader.models import ApiToken, Submission
from grader.tokens import token_create
from lessons.models import Exercise
from tests.conftest import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def owned():
    user = UserFactory()
    token, key = token_create(user=user, name="t")
    submission = Submission.objects.create(
        user=user, exercise=Exercise.objects.get(slug="layer-grad-norms"), code="x", code_sha256="0" * 64,
        grader_version="v", status="queued")
    return token, key, submission


def read(client, key, submission):
    return client.get(f"/api/v1/submissions/{submission.pk}", HTTP_AUTHORIZATION=f"Bearer {key}")


def test_the_first_use_is_recorded(client, owned):
    token, key, submission = owned
    assert read(client, key, submission).status_code == 200
    token.refresh_from_db()
    assert token.last_used_at is not None and timezone.now() - token.last_used_at < timedelta(seconds=30)


def test_a_read_within_a_minute_of_the_last_recorded_use_writes_nothing(client, owned):
    token, key, submission = owned
    recent = timezone.now() - timedelta(seconds=30)
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=recent)
    with CaptureQueriesContext(connection) as queries:
        assert read(client, key, submission).status_code == 200
    assert not [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith("UPDATE")]
    token.refresh_from_db()
    assert token.last_used_at == recent


def test_a_read_a_minute_later_records_the_use_again(client, owned):
    token, key, submission = owned
    old = timezone.now() - timedelta(minutes=5)
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=old)
    read(client, key, submission)
    token.refresh_from_db()
    assert token.last_used_at > old + timedelta(minutes=4)


def test_a_failed_write_of_last_used_at_does_not_fail_the_read(client, owned, monkeypatch, caplog):
    token, key, submission = owned
    real_update = QuerySet.update

    def locked(self, **kwargs):
        if self.model is ApiToken:
            raise OperationalError("database is locked")
        return real_update(self, **kwargs)

    monkeypatch.setattr(QuerySet, "update", locked)
    with caplog.at_level(logging.WARNING, logger="grader.tokens"):
        response = read(client, key, submission)
    assert response.status_code == 200, response.content
    assert response.json()["id"] == submission.pk and response.json()["status"] == "queued"
    assert "could not record the use of API token" in caplog.text
    monkeypatch.undo()
    token.refresh_from_db()
    assert token.last_used_at is None
    assert Submission.objects.filter(pk=submission.pk).exists(), "the test's transaction still works"
