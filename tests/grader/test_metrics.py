"""/metrics: Prometheus text for staff and the monitoring token; the figures read from the
database and Redis at scrape time (grader.metrics)."""
import uuid
from datetime import timedelta

import pytest
import redis
from django.contrib.auth import get_user_model
from django.utils import timezone
from prometheus_client.parser import text_string_to_metric_families

from grader.models import Submission
from lessons.models import Exercise

TOKEN = "metrics-token-" + "x" * 40


def scrape(client, **headers) -> dict:
    response = client.get("/metrics", **headers)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    return {f.name: f for f in text_string_to_metric_families(response.content.decode())}


def sample(families, name, suffix="", **labels):
    family = families[name]
    found = [s.value for s in family.samples if s.name == name + suffix and all(s.labels.get(k) == v
                                                                                for k, v in labels.items())]
    assert len(found) == 1, (name, suffix, labels, family.samples)
    return found[0]


@pytest.fixture
def graded(db):
    exercise = Exercise.objects.order_by("pk").first()
    user = get_user_model().objects.create_user(f"m-{uuid.uuid4().hex[:6]}", password="x")
    now = timezone.now()

    def make(status, waited, took, verdict=None):
        s = Submission.objects.create(user=user, exercise=exercise, code=f"# {uuid.uuid4()}\n", status=status,
                                      verdict=verdict)
        Submission.objects.filter(pk=s.pk).update(created_at=now - timedelta(seconds=waited),
                                                  started_at=now - timedelta(seconds=took), finished_at=now)

    make("passed", 0.3, 0.2)
    make("passed", 3.0, 1.5)
    make("failed", 40.0, 8.0)
    make("system_error", 1.0, 0.5, {"outcome": {"kind": "system_error", "error": {"kind": "sandbox_error"}}})
    Submission.objects.create(user=user, exercise=exercise, code="# waiting\n", status="queued")
    return exercise.slug


def test_metrics_are_for_staff_and_the_monitoring_token_only(client, settings, graded):
    settings.MONITORING_TOKEN = TOKEN
    response = client.get("/metrics")
    assert response.status_code == 401 and response["WWW-Authenticate"].startswith("Bearer")
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer wrong").status_code == 401
    learner = get_user_model().objects.create_user("plain-learner", password="x")
    client.force_login(learner)
    assert client.get("/metrics").status_code == 401
    staff = get_user_model().objects.create_user("staff-user", password="x", is_staff=True)
    client.force_login(staff)
    assert client.get("/metrics").status_code == 200


def test_gradings_waiting_and_failures_by_kind(client, settings, graded):
    settings.MONITORING_TOKEN = TOKEN
    families = scrape(client, HTTP_AUTHORIZATION=f"Bearer {TOKEN}")
    assert sample(families, "kobai_gradings", "_total", status="passed", exercise=graded) == 2
    assert sample(families, "kobai_gradings", "_total", status="failed", exercise=graded) == 1
    assert sample(families, "kobai_submissions_waiting", status="queued") == 1
    assert sample(families, "kobai_sandbox_failures", "_total", kind="sandbox_error") == 1


def test_the_latency_histograms_are_cumulative_over_finished_submissions(client, settings, graded):
    settings.MONITORING_TOKEN = TOKEN
    families = scrape(client, HTTP_AUTHORIZATION=f"Bearer {TOKEN}")
    name = "kobai_submit_to_verdict_seconds"
    assert sample(families, name, "_bucket", le="0.5") == 1
    assert sample(families, name, "_bucket", le="5.0") == 3  # 0.3, 1.0, 3.0
    assert sample(families, name, "_bucket", le="+Inf") == sample(families, name, "_count") == 4
    assert sample(families, name, "_sum") == pytest.approx(44.3, abs=0.01)
    assert sample(families, "kobai_grading_seconds", "_bucket", le="1.0") == 2  # 0.2, 0.5


def test_queue_depth_and_workers_come_from_redis(client, settings, graded):
    settings.MONITORING_TOKEN = TOKEN
    settings.GRADER_CPU_QUEUE = queue = f"metrics-test-{uuid.uuid4().hex[:8]}"
    broker = redis.Redis.from_url(settings.CELERY_BROKER_URL)
    broker.rpush(queue, "a", "b", "c")
    try:
        families = scrape(client, HTTP_AUTHORIZATION=f"Bearer {TOKEN}")
    finally:
        broker.delete(queue)
    assert sample(families, "kobai_queue_depth", queue=queue) == 3
    assert sample(families, "kobai_broker_up") == 1


def test_a_broker_that_does_not_answer_is_reported_not_failed(client, settings, graded):
    settings.MONITORING_TOKEN = TOKEN
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    families = scrape(client, HTTP_AUTHORIZATION=f"Bearer {TOKEN}")
    assert sample(families, "kobai_broker_up") == 0
    assert sample(families, "kobai_gradings", "_total", status="passed", exercise=graded) == 2
