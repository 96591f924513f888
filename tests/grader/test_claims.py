"""Claims are fenced: a worker that lost its claim writes nothing, counts nothing and stops; the
heartbeat outlives database errors; a database outage leaves the message for a retry.

Fast (no sandbox, no worker process): the grading is faked where one is needed; the heartbeat is
the real thread on its own database connection, so those tests use committed rows."""
from __future__ import annotations

import threading

import pytest
from celery.exceptions import Retry, SoftTimeLimitExceeded
from django.db import OperationalError
from django.utils import timezone

from grader import services, tasks
from grader.models import ExerciseProgress, Submission
from grader.sandbox.streams import Stream
from grader.verdict import Status
from lessons.models import Exercise
from tests.conftest import ROOT, UserFactory, wait_until
from tests.grader.test_services import CODE, lease_runs_out, record


@pytest.fixture
def exercise(db):
    return Exercise.objects.get(slug="layer-grad-norms")


@pytest.fixture
def submission(user, exercise, monkeypatch):
    monkeypatch.setattr(services, "submission_enqueue", lambda **kwargs: True)  # no broker needed
    return services.submission_create(user=user, exercise=exercise, code=CODE).submission


def progress_of(submission) -> ExerciseProgress | None:
    return ExerciseProgress.objects.filter(user=submission.user, exercise=submission.exercise).first()


@pytest.mark.django_db
def test_a_stale_claim_is_not_mistaken_for_a_later_one_with_the_same_worker_and_attempt(submission):
    """(worker, attempt) repeats after a regrade, and two workers may share a name: the token does not."""
    stale = services.claim_of(services.submission_claim(submission_id=submission.pk, worker="cpu@host"))
    lease_runs_out(submission.pk)
    other = services.claim_of(services.submission_claim(submission_id=submission.pk, worker="cpu@host"))
    services.submission_finish(claim=other, record=record(Status.PASSED, 1.0))
    services.submission_regrade(submission_id=submission.pk)
    again = services.claim_of(services.submission_claim(submission_id=submission.pk, worker="cpu@host"))
    assert (again.worker, again.attempt) == (stale.worker, stale.attempt) and again.token != stale.token

    assert services.submission_finish(claim=stale, record=record(Status.TIMEOUT)) is None
    services._progress_writer(again)({"step": 1, "total": 2})
    with pytest.raises(services.ClaimLost):
        services._progress_writer(stale)({"step": 2, "total": 2})
    row = Submission.objects.get(pk=submission.pk)
    assert (row.status, row.claim_token, row.progress) == (Submission.Status.RUNNING, again.token,
                                                            {"step": 1, "total": 2})
    assert progress_of(submission).failed_submissions == 0


@pytest.mark.django_db
def test_a_worker_resumed_after_another_graded_keeps_neither_its_verdict_nor_a_failure(submission, monkeypatch):
    """Worker a is stopped mid-grading past its lease; b takes over and passes it; a resumes, its
    sandbox says `timeout`: nothing of a's is written, the learner's progress counts b's pass only."""

    def stopped_then_resumed(*, slug, source, on_progress=None, **kwargs):
        lease_runs_out(submission.pk)
        b = services.submission_claim(submission_id=submission.pk, worker="b@host")
        services.submission_finish(claim=services.claim_of(b), record=record(Status.PASSED, 1.0))
        return record(Status.TIMEOUT)

    monkeypatch.setattr(services, "grade_record", stopped_then_resumed)
    assert services.submission_grade(submission_id=submission.pk, worker="a@host") is None
    row = Submission.objects.get(pk=submission.pk)
    assert (row.status, row.worker, row.score) == (Status.PASSED, "b@host", 1.0)
    progress = progress_of(submission)
    assert (progress.submissions, progress.failed_submissions, progress.attempts_to_pass) == (1, 0, 1)


@pytest.mark.django_db
def test_a_worker_that_finds_its_claim_taken_over_stops_grading_at_the_next_progress_line(submission, monkeypatch):
    lines = []

    def grading_on(*, slug, source, on_progress=None, **kwargs):
        on_progress({"step": 1, "total": 3})
        lines.append(1)
        lease_runs_out(submission.pk)
        services.submission_claim(submission_id=submission.pk, worker="b@host")
        on_progress({"step": 3, "total": 3})  # raises: the grading stops here
        lines.append(3)
        return record(Status.FAILED)

    monkeypatch.setattr(services, "grade_record", grading_on)
    assert services.submission_grade(submission_id=submission.pk, worker="a@host") is None
    assert lines == [1]
    row = Submission.objects.get(pk=submission.pk)
    assert (row.status, row.worker, row.verdict) == (Submission.Status.RUNNING, "b@host", None)


def committed_submission(exercise, monkeypatch) -> Submission:
    monkeypatch.setattr(services, "submission_enqueue", lambda **kwargs: True)
    return services.submission_create(user=UserFactory(), exercise=exercise, code=CODE).submission


@pytest.mark.django_db(transaction=True)
def test_the_heartbeat_finds_a_lost_claim_and_stops_the_grading(course_loaded, settings, monkeypatch):
    settings.GRADER_LEASE_HEARTBEAT_S = 0.05
    submission = committed_submission(Exercise.objects.get(slug="layer-grad-norms"), monkeypatch)
    claim = services.claim_of(services.submission_claim(submission_id=submission.pk, worker="a@host"))
    with services._Heartbeat(claim) as heartbeat:
        before = Submission.objects.get(pk=submission.pk).lease_until
        wait_until(lambda: Submission.objects.get(pk=submission.pk).lease_until > before, timeout=5,
                   message="the heartbeat to renew the lease")

        def taken_over() -> bool:  # a beat between the two steps renews the lease: then try again
            lease_runs_out(submission.pk)
            return services.submission_claim(submission_id=submission.pk, worker="b@host") is not None

        wait_until(taken_over, timeout=5, message="another worker to take the claim over")
        wait_until(heartbeat.lost.is_set, timeout=5, message="the heartbeat to find the claim lost")
        with pytest.raises(services.ClaimLost):  # the grading's next progress line stops it
            services._progress_writer(claim, heartbeat.lost)({"step": 1, "total": 9})
    assert not heartbeat.thread.is_alive()


@pytest.mark.django_db(transaction=True)
def test_the_heartbeat_survives_database_errors_and_renews_once_the_database_is_back(
        course_loaded, settings, monkeypatch):
    settings.GRADER_LEASE_HEARTBEAT_S = 0.05
    submission = committed_submission(Exercise.objects.get(slug="layer-grad-norms"), monkeypatch)
    claim = services.claim_of(services.submission_claim(submission_id=submission.pk, worker="a@host"))
    lease_runs_out(submission.pk)  # only a renewal can move it forward again
    failures = {"left": 3}
    real_rows = services.Claim.rows

    def flaky_rows(self):
        if failures["left"] and threading.current_thread().name.startswith("lease-"):
            failures["left"] -= 1
            raise OperationalError("server closed the connection unexpectedly")
        return real_rows(self)

    monkeypatch.setattr(services.Claim, "rows", flaky_rows)
    with services._Heartbeat(claim) as heartbeat:
        wait_until(lambda: Submission.objects.get(pk=submission.pk).lease_until > timezone.now(), timeout=5,
                   message="the heartbeat to renew the lease after the errors")
        assert heartbeat.thread.is_alive() and not heartbeat.lost.is_set()
    assert failures["left"] == 0


@pytest.fixture
def sent_again(monkeypatch):
    """What the task asks Celery to send again (instead of running the retry eagerly at once)."""
    calls = []

    def retry(**options):
        calls.append(options)
        return Retry("sent again", when=options["countdown"])

    monkeypatch.setattr(tasks.grade_submission, "retry", retry)
    return calls


@pytest.mark.django_db
def test_a_database_error_on_the_claim_sends_the_message_again_with_backoff(submission, settings, monkeypatch,
                                                                             sent_again):
    settings.GRADER_RETRY_BACKOFF_S = 2
    settings.GRADER_DB_RETRY_MAX_S = 60

    def database_down(**kwargs):
        raise OperationalError("could not connect to server: Connection refused")

    monkeypatch.setattr(services, "submission_claim", database_down)
    for waits in range(8):
        result = tasks.grade_submission.apply(args=[submission.pk], kwargs={"db_waits": waits}, retries=waits)
        assert result.state == "RETRY", "acknowledged instead of sent again"
    assert [call["kwargs"] for call in sent_again] == [{"db_waits": n + 1} for n in range(8)]
    assert all(call["args"] == [submission.pk] for call in sent_again)
    assert all(1 <= call["countdown"] <= 60 for call in sent_again)
    assert max(call["countdown"] for call in sent_again[4:]) > 4, "the delay grows"
    assert Submission.objects.get(pk=submission.pk).status == Submission.Status.QUEUED


@pytest.mark.django_db
def test_database_waits_do_not_use_up_the_retries_of_our_own_failures(submission, settings, monkeypatch,
                                                                       sent_again):
    settings.GRADER_RETRY_BACKOFF_S = 1
    seen = []

    def grade(*, submission_id, worker, last_try):
        seen.append(last_try)
        raise services.GradingInterrupted("sandbox")

    monkeypatch.setattr(services, "submission_grade", grade)
    result = tasks.grade_submission.apply(args=[submission.pk], kwargs={"db_waits": 5}, retries=5)
    assert result.state == "RETRY" and seen == [False]
    assert sent_again[0]["kwargs"] == {"db_waits": 5} and sent_again[0]["countdown"] == 1


@pytest.mark.django_db
def test_after_its_database_waits_the_task_leaves_the_row_to_the_sweeper(submission, settings, monkeypatch):
    settings.GRADER_DB_RETRIES = 2

    def database_down(**kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(services, "submission_claim", database_down)
    result = tasks.grade_submission.apply(args=[submission.pk], kwargs={"db_waits": 2}, retries=2)
    assert result.state == "SUCCESS" and result.result is None


def soft_limit_in_the_callback(*, slug, source, on_progress=None, **kwargs):
    """A grading whose progress callback is running when the task's soft time limit fires."""
    def callback(line: bytes) -> None:
        on_progress({"step": 1, "total": 2})
        raise SoftTimeLimitExceeded()

    Stream(1024, on_line=callback).feed(b'{"type": "progress"}\n')
    return record(Status.PASSED, 1.0)  # reached only if the Stream swallowed the time limit


@pytest.mark.django_db
def test_the_soft_time_limit_in_a_progress_callback_fails_the_task_for_a_retry_then_a_system_error(
        submission, settings, monkeypatch, sent_again):
    monkeypatch.setattr(services, "grade_record", soft_limit_in_the_callback)
    result = tasks.grade_submission.apply(args=[submission.pk])
    assert result.state == "RETRY"
    assert Submission.objects.get(pk=submission.pk).status == Submission.Status.QUEUED

    last = tasks.grade_submission.apply(args=[submission.pk], retries=settings.GRADER_SYSTEM_ERROR_RETRIES)
    assert last.result == Status.SYSTEM_ERROR
    row = Submission.objects.get(pk=submission.pk)
    assert row.status == Status.SYSTEM_ERROR and "SoftTimeLimitExceeded" in row.verdict["outcome"]["error"]["reason"]


def test_the_sweeper_has_a_queue_of_its_own_that_make_run_s_worker_consumes(settings):
    from courseware.celery_app import app

    route = app.amqp.router.route({}, "grader.sweep_submissions")
    assert route["queue"].name == settings.GRADER_SWEEP_QUEUE != settings.GRADER_CPU_QUEUE
    run_sh = (ROOT / "courseware" / "scripts" / "run.sh").read_text()
    assert "queues=grade-cpu,${GRADER_TRY_QUEUE:-grade-try},${GRADER_SWEEP_QUEUE:-grade-sweep}" in run_sh
    assert "--beat" not in run_sh and "celery -A courseware beat" in run_sh
