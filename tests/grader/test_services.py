"""The submission services with the grading faked: claims, retries, progress, reuse, refusals.

Fast (no sandbox, no worker): `grade_record` is replaced by a function that returns the record
a test asks for, or raises. The real grading stands behind tests/grader/test_grade_command.py
and the service tier (tests/integration/)."""
from __future__ import annotations

import pytest
from django.utils import timezone
from django.utils.translation import override

from grader import services
from grader.models import ExerciseProgress, Submission
from grader.verdict import Outcome, Status, verdict_record
from lessons.models import Exercise

pytestmark = pytest.mark.django_db

CODE = "def grad_norms(model):\n    return {}\n"


def record(status: str, score: float = 0.0) -> dict:
    outcome = ({"kind": Outcome.SYSTEM_ERROR, "error": {"kind": "schema"}} if status == Status.SYSTEM_ERROR
               else {"kind": Outcome.JUDGED})
    return verdict_record(status=status, score=score, exercise="layer-grad-norms", grader_version="test",
                          outcome=outcome, criteria=[{"id": "keys-match", "passed": status == Status.PASSED,
                                                      "measured": status == Status.PASSED}])


@pytest.fixture
def grading(monkeypatch):
    """Each call to the faked grader takes the next outcome: a status, or an exception to raise."""
    outcomes = []

    def fake(*, slug, source, on_progress=None, **kwargs):
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        if on_progress:
            on_progress({"step": 1, "total": 1})
        return record(outcome, 1.0 if outcome == Status.PASSED else 0.0)

    monkeypatch.setattr(services, "grade_record", fake)
    return outcomes


@pytest.fixture
def exercise():
    return Exercise.objects.get(slug="layer-grad-norms")


@pytest.fixture
def submission(user, exercise):
    return services.submission_create(user=user, exercise=exercise, code=CODE).submission


def lease_runs_out(submission_id: int) -> None:
    Submission.objects.filter(pk=submission_id).update(lease_until=timezone.now() - timezone.timedelta(seconds=1))


def test_a_submission_is_claimed_once(submission):
    assert services.submission_claim(submission_id=submission.pk, worker="a") is not None
    assert services.submission_claim(submission_id=submission.pk, worker="b") is None


def test_a_worker_that_lost_its_claim_writes_nothing(submission):
    first = services.submission_claim(submission_id=submission.pk, worker="a")
    slow = services.claim_of(first)
    lease_runs_out(submission.pk)
    second = services.submission_claim(submission_id=submission.pk, worker="b")
    took_over = services.claim_of(second)
    assert services.submission_finish(claim=took_over, record=record(Status.PASSED, 1.0)).status == "passed"

    assert services.submission_finish(claim=slow, record=record(Status.FAILED)) is None
    services.submission_release(claim=slow)
    row = Submission.objects.get(pk=submission.pk)
    assert (row.status, row.worker, row.score) == (Status.PASSED, "b", 1.0)
    assert ExerciseProgress.objects.get(user=submission.user, exercise=submission.exercise).submissions == 1


def test_a_lost_claim_neither_releases_nor_writes_progress(submission):
    first = services.submission_claim(submission_id=submission.pk, worker="a")
    slow = services.claim_of(first)
    lease_runs_out(submission.pk)
    services.submission_claim(submission_id=submission.pk, worker="b")
    services.submission_release(claim=slow)
    with pytest.raises(services.ClaimLost):  # and the grading that wrote it stops
        services._progress_writer(slow)({"step": 1, "total": 1})
    row = Submission.objects.get(pk=submission.pk)
    assert (row.status, row.worker, row.progress) == (Submission.Status.RUNNING, "b", {})


def test_a_grading_that_raises_is_given_back_then_recorded_on_the_last_try(submission, grading):
    grading += [RuntimeError("the sandbox broke"), RuntimeError("again")]
    with pytest.raises(services.GradingInterrupted):
        services.submission_grade(submission_id=submission.pk, worker="a", last_try=False)
    row = Submission.objects.get(pk=submission.pk)
    assert row.status == Submission.Status.QUEUED and row.code == CODE

    services.submission_grade(submission_id=submission.pk, worker="a", last_try=True)
    row = Submission.objects.get(pk=submission.pk)
    assert row.status == Status.SYSTEM_ERROR and row.code == CODE
    assert row.verdict["outcome"] == {"kind": "system_error", "error": {
        "kind": "system", "reason": "RuntimeError('again')"}}
    with override("ja"):
        assert "繰り返し" in row.verdict_in("ja")["message"], "worded when read, in the reader's language"
    assert not ExerciseProgress.objects.filter(user=submission.user, failed_submissions__gt=0).exists()


def test_the_record_is_stored_once_with_the_services_fields_and_no_words(submission, grading):
    grading += [Status.FAILED]
    row = services.submission_grade(submission_id=submission.pk, worker="w@host")
    assert row.verdict["v"] == 2 and row.verdict["outcome"] == {"kind": "judged"}
    assert row.verdict["worker"] == "w@host" and row.verdict["queued_at"] == row.created_at.isoformat()
    assert row.verdict["started_at"] == row.started_at.isoformat()
    assert row.verdict["finished_at"] == row.finished_at.isoformat()
    assert (row.status, row.score, row.failed_criteria) == ("failed", 0.0, ["keys-match"])
    assert not {"message", "status_label", "ja", "en"} & set(row.verdict)
    assert not {"message", "hint", "threshold", "measured_text"} & set(row.verdict["criteria"][0])
    english = row.verdict_in("en")
    assert english["message"] == "0 of 1 criteria met." and "worker" not in english, "a learner's reading"
    assert row.verdict_in("en", for_staff=True)["worker"] == "w@host"
    assert english["criteria"][0]["hint"].startswith("The keys differ")


def test_a_system_error_verdict_is_retried_before_it_is_kept(submission, grading):
    grading += [Status.SYSTEM_ERROR, Status.PASSED]
    with pytest.raises(services.GradingInterrupted):
        services.submission_grade(submission_id=submission.pk, worker="a", last_try=False)
    assert Submission.objects.get(pk=submission.pk).status == Submission.Status.QUEUED
    assert services.submission_grade(submission_id=submission.pk, worker="a", last_try=False).status == "passed"
    assert Submission.objects.get(pk=submission.pk).attempts == 2


def test_too_many_attempts_end_in_a_system_error(submission, grading, settings):
    settings.GRADER_MAX_ATTEMPTS = 1
    Submission.objects.filter(pk=submission.pk).update(attempts=1)
    graded = services.submission_grade(submission_id=submission.pk, worker="a")
    assert graded.status == Status.SYSTEM_ERROR and grading == []


def test_progress_counts_the_failures_before_the_first_pass(user, exercise, grading):
    grading += [Status.FAILED, Status.FAILED, Status.PASSED]
    for attempt in range(3):
        submission = services.submission_create(user=user, exercise=exercise, code=CODE + f"# {attempt}\n").submission
        services.submission_grade(submission_id=submission.pk, worker="a")
    progress = ExerciseProgress.objects.get(user=user, exercise=exercise)
    assert (progress.submissions, progress.failed_submissions, progress.attempts_to_pass) == (3, 2, 3)
    assert progress.passed_at is not None and progress.best_score == 1.0


def test_identical_code_answers_with_the_graded_submission_without_a_new_row(user, exercise, grading):
    grading += [Status.PASSED]
    first = services.submission_create(user=user, exercise=exercise, code=CODE).submission
    services.submission_grade(submission_id=first.pk, worker="a")
    again = services.submission_create(user=user, exercise=exercise, code=CODE)
    assert (again.submission.pk, again.created, again.replayed) == (first.pk, False, False)
    assert again.submission.status == Status.PASSED and grading == []
    assert Submission.objects.filter(user=user).count() == 1


def test_identical_code_is_graded_again_by_a_new_grader_or_after_our_fault(user, exercise, grading, monkeypatch):
    grading += [Status.SYSTEM_ERROR, Status.FAILED]
    first = services.submission_create(user=user, exercise=exercise, code=CODE).submission
    services.submission_grade(submission_id=first.pk, worker="a")
    retried = services.submission_create(user=user, exercise=exercise, code=CODE)
    assert retried.created, "a system_error was our fault: the code is graded again"
    services.submission_grade(submission_id=retried.submission.pk, worker="a")
    monkeypatch.setattr(services, "grader_version", lambda: "a-newer-grader")
    assert services.submission_create(user=user, exercise=exercise, code=CODE).created


def test_the_same_code_graded_twice_is_one_attempt(user, exercise, grading, monkeypatch):
    grading += [Status.FAILED, Status.FAILED]
    first = services.submission_create(user=user, exercise=exercise, code=CODE).submission
    services.submission_grade(submission_id=first.pk, worker="a")
    monkeypatch.setattr(services, "grader_version", lambda: "a-newer-grader")
    again = services.submission_create(user=user, exercise=exercise, code=CODE).submission
    services.submission_grade(submission_id=again.pk, worker="a")
    progress = ExerciseProgress.objects.get(user=user, exercise=exercise)
    assert (progress.submissions, progress.failed_submissions) == (1, 1)
    assert progress.failed_criteria == {"keys-match": 1} and progress.last_submission_id == again.pk


def test_the_rate_limit_holds_for_identical_code_too(user, exercise, settings):
    settings.GRADER_MAX_SUBMISSIONS_PER_MINUTE = 2
    for i in range(2):
        services.submission_create(user=user, exercise=exercise, code=CODE + f"# {i}\n")
    with pytest.raises(services.SubmissionRefused) as refused:
        services.submission_create(user=user, exercise=exercise, code=CODE + "# 0\n")
    assert refused.value.code == "rate"


def test_a_pending_submission_of_the_same_code_answers_even_at_the_pending_limit(user, exercise, settings):
    settings.GRADER_MAX_PENDING_PER_LEARNER = 1
    first = services.submission_create(user=user, exercise=exercise, code=CODE).submission
    assert services.submission_create(user=user, exercise=exercise, code=CODE).submission.pk == first.pk
    with pytest.raises(services.SubmissionRefused) as refused:
        services.submission_create(user=user, exercise=exercise, code=CODE + "# other\n")
    assert refused.value.code == "too_many_pending"


def test_an_idempotency_key_answers_its_retries_and_refuses_other_code(user, exercise):
    first = services.submission_create(user=user, exercise=exercise, code=CODE, idempotency_key="k-1")
    retry = services.submission_create(user=user, exercise=exercise, code=CODE, idempotency_key="k-1")
    assert first.created and (retry.submission.pk, retry.created, retry.replayed) == (first.submission.pk, False, True)
    with override("ja"), pytest.raises(services.SubmissionRefused) as refused:
        services.submission_create(user=user, exercise=exercise, code=CODE + "# edited\n", idempotency_key="k-1")
    assert refused.value.code == "idempotency_conflict" and f"#{first.submission.pk}" in str(refused.value.message)
    assert "キー" in str(refused.value.message)
    assert Submission.objects.filter(user=user).count() == 1


def test_another_learners_key_is_theirs_alone(user, exercise):
    from tests.conftest import UserFactory

    mine = services.submission_create(user=user, exercise=exercise, code=CODE, idempotency_key="same")
    theirs = services.submission_create(user=UserFactory(), exercise=exercise, code=CODE, idempotency_key="same")
    assert theirs.created and theirs.submission.pk != mine.submission.pk


@pytest.mark.parametrize("key", ["has space", "x" * 101, "キー", "tab\t"])
def test_a_malformed_idempotency_key_is_refused(user, exercise, key):
    with pytest.raises(services.SubmissionRefused) as refused:
        services.submission_create(user=user, exercise=exercise, code=CODE, idempotency_key=key)
    assert refused.value.code == "bad_idempotency_key" and not Submission.objects.exists()


def test_a_submission_being_graded_cannot_be_regraded(submission):
    services.submission_claim(submission_id=submission.pk, worker="a")
    with override("ja"), pytest.raises(services.RegradeRefused) as refused:
        services.submission_regrade(submission_id=submission.pk)
    assert "採点中" in str(refused.value.message)


@pytest.mark.parametrize(("code", "reason"), [("", "empty"), ("x = 1\x00", "nul"), ("\ud800", "not_utf8")])
def test_bad_code_is_refused_in_the_learners_language_and_nothing_is_stored(user, exercise, code, reason):
    with override("ja"), pytest.raises(services.SubmissionRefused) as refused:
        services.submission_create(user=user, exercise=exercise, code=code)
    assert refused.value.code == reason
    assert any("\u3040" <= ch <= "\u30ff" for ch in str(refused.value.message)), "in Japanese"
    assert not Submission.objects.filter(user=user).exists()
