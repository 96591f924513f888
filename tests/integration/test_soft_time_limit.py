"""A real worker whose task soft time limit fires mid-grading: the limit is not swallowed (the
task fails and is retried, then the failure is the verdict), the learner's sandbox is stopped at
once rather than left to its wall clock, and the worker goes on grading."""
import os

import pytest
from django.test import override_settings

from grader import services
from grader.models import Submission
from tests.conftest import ARTIFACTS, UserFactory
from tests.integration.test_nothing_lost import GOOD, exercise, finished, start_worker, stop  # noqa: F401

pytestmark = [pytest.mark.service, pytest.mark.django_db(transaction=True)]

# Sleeps far past the task's soft limit (4 s) and inside the sandbox's wall clock (60 s): only the
# soft limit can end it, and three tries end in well under one sleep only if each try kills it.
SLEEPER = "import time\n\ntime.sleep(55)\n" + GOOD


@pytest.fixture
def soft_limit_of_4_s(monkeypatch):
    """Celery puts the task's time limits into the message it sends, so the sender's count too."""
    from grader.tasks import grade_submission

    monkeypatch.setattr(grade_submission, "soft_time_limit", 4)
    monkeypatch.setattr(grade_submission, "_exec_options", None)  # Celery's cache of them
    yield
    grade_submission._exec_options = None


def test_the_soft_time_limit_ends_the_grading_each_try_then_the_verdict_says_so(
        exercise, soft_limit_of_4_s):  # noqa: F811
    queue = f"grade-soft-{os.getpid()}"
    log_path = ARTIFACTS / "worker-soft.log"
    log_path.unlink(missing_ok=True)
    with override_settings(GRADER_CPU_QUEUE=queue):
        worker = start_worker("soft", queue, beat=False, GRADER_TASK_SOFT_TIME_LIMIT="4",
                              GRADER_RETRY_BACKOFF_S="0.5", GRADER_SANDBOX_WALL_S="60")
        try:
            learner = UserFactory()
            slow = services.submission_create(user=learner, exercise=exercise, code=SLEEPER).submission
            finished(slow, timeout=50)  # three tries of 4 s, and templates set up again
            # The next submission is graded by the same worker: the limit left it healthy.
            after = services.submission_create(user=learner, exercise=exercise, code=GOOD).submission
            finished(after, timeout=60)
        finally:
            stop(worker)
    log = log_path.read_text(errors="replace")

    assert slow.status == Submission.Status.SYSTEM_ERROR, slow.verdict
    reason = slow.verdict["outcome"]["error"]["reason"]
    assert "SoftTimeLimitExceeded" in reason or reason == "too many attempts", reason
    # Each try was ended by the soft limit (not the sandbox's 15 s wall clock, not the hard limit):
    # the limit reached the task instead of being swallowed by the sandbox's output callback.
    assert log.count("SoftTimeLimitExceeded") >= 2, log[-3000:]
    assert "TimeLimitExceeded(" not in log.replace("SoftTimeLimitExceeded(", ""), "the hard limit fired"
    assert slow.attempts >= 2
    assert after.status == Submission.Status.PASSED, after.verdict
