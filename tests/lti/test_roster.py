"""Names and Role Provisioning: the LMS roster fills the course's cohort."""
import pytest

from lessons.models import Enrollment
from lti.models import CourseLink, LtiIdentity
from lti.roster import roster_sync
from tests.lti.platform import INSTRUCTOR, LEARNER

pytestmark = pytest.mark.django_db


def member(user_id: str, role: str = LEARNER, status: str = "Active", **extra) -> dict:
    return {"user_id": user_id, "roles": [role], "status": status, "given_name": f"Given {user_id}",
            "family_name": "Sato", **extra}


def test_the_roster_fills_the_cohort_with_learners_and_instructors(client, lms, django_capture_on_commit_callbacks):
    lms.members = [member("lms-user-1"), member("s-2", email="s2@example.ac.jp"), member("s-3"),
                   member("t-1", INSTRUCTOR), member("gone", status="Inactive")]
    with django_capture_on_commit_callbacks() as queued:
        response, _, _ = lms.launch(client, roles=[INSTRUCTOR], subject="t-1")
    assert response.status_code == 302 and len(queued) == 1, "an instructor's launch queues a roster sync"
    lms.trust_tool(client)
    link = CourseLink.objects.get(context_id="course-101")
    assert roster_sync(course_link_id=link.pk) == 4
    learners = set(Enrollment.objects.filter(cohort=link.cohort).values_list("user__lti_identity__subject", flat=True))
    assert learners == {"lms-user-1", "s-2", "s-3"}
    assert list(link.cohort.instructors.values_list("lti_identity__subject", flat=True)) == ["t-1"]
    assert LtiIdentity.objects.get(subject="s-2").user.email == "s2@example.ac.jp"
    assert not LtiIdentity.objects.filter(subject="gone").exists()
    # Synced again, and a learner who launches later: still one account each.
    assert roster_sync(course_link_id=link.pk) == 4
    lms.launch(client)
    assert LtiIdentity.objects.filter(subject="lms-user-1").count() == 1
    assert Enrollment.objects.filter(cohort=link.cohort).count() == 3


def test_a_learners_launch_does_not_sync_the_roster(client, lms, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as queued:
        lms.launch(client)
    assert queued == []
