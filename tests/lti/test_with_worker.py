"""With a real worker. The whole way: launch from the test platform → submit on the exercise
page → graded by a real worker in the sandbox → the score received by the platform's gradebook,
with the right value and timestamp; with the platform down during the grading, received when it
is back; and an instructor's launch filling the cohort from the LMS roster."""
import pytest

from grader.models import Submission
from tests.conftest import wait_until
from tests.integration.test_grading_service import GOOD, graded, submit
from tests.lti.platform import TestPlatform

pytestmark = [pytest.mark.service, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def lms_learner(client, course_loaded, celery_worker_process):
    platform = TestPlatform()
    platform.register()
    response, _, _ = platform.launch(client, custom={"exercise": "layer-grad-norms"}, locale="ja-JP")
    assert response["Location"] == "/ja/exercises/layer-grad-norms/"
    platform.trust_tool(client)
    yield platform
    platform.close()


def test_a_graded_submission_reaches_the_lms_gradebook(client, lms_learner):
    submission = graded(submit(client, GOOD, lang="ja"))
    assert submission.status == "passed", submission.verdict
    wait_until(lambda: lms_learner.scores, timeout=60, message="the score to reach the platform")
    [score] = lms_learner.scores
    assert score["scoreGiven"] == 1.0 and score["scoreMaximum"] == 1
    assert score["userId"] == "lms-user-1"
    assert score["timestamp"] == Submission.objects.get(pk=submission.pk).finished_at.isoformat()
    assert [item["tag"] for item in lms_learner.line_items] == ["kobai:layer-grad-norms"]


def test_a_platform_down_during_grading_gets_the_score_when_it_is_back(client, lms_learner):
    from lti.models import ScoreDelivery
    lms_learner.down = True
    submission = graded(submit(client, GOOD, lang="ja"))
    wait_until(lambda: ScoreDelivery.objects.filter(attempts__gte=2, status="pending").exists(), timeout=60,
               message="failed attempts at the platform that is down")
    assert lms_learner.scores == []
    lms_learner.down = False
    wait_until(lambda: lms_learner.scores, timeout=60, message="the score to reach the platform once back")
    assert [s["scoreGiven"] for s in lms_learner.scores] == [1.0]
    assert lms_learner.scores[0]["timestamp"] == Submission.objects.get(pk=submission.pk).finished_at.isoformat()
    assert ScoreDelivery.objects.get().status == "sent"


def test_an_instructors_launch_fills_the_cohort_from_the_lms_roster(client, course_loaded, celery_worker_process):
    from lessons.models import Enrollment
    from lti.models import CourseLink
    from tests.lti.platform import INSTRUCTOR, LEARNER
    platform = TestPlatform()
    try:
        platform.register()
        platform.trust_tool(client)
        platform.members = [{"user_id": f"s-{n}", "roles": [LEARNER], "status": "Active"} for n in range(5)]
        platform.members.append({"user_id": "t-1", "roles": [INSTRUCTOR], "status": "Active"})
        response, _, _ = platform.launch(client, roles=[INSTRUCTOR], subject="t-1", context_id="course-roster")
        assert response.status_code == 302
        link = CourseLink.objects.get(context_id="course-roster")
        wait_until(lambda: Enrollment.objects.filter(cohort=link.cohort).count() == 5, timeout=60,
                   message="the roster to fill the cohort")
        assert list(link.cohort.instructors.values_list("lti_identity__subject", flat=True)) == ["t-1"]
    finally:
        platform.close()
