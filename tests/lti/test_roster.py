"""Names and Role Provisioning: the LMS roster fills the course's cohort, and takes back what it
gave to members who left or no longer teach; accounts added by hand are never touched."""
import datetime

import pytest
from django.utils import timezone

from lessons.models import Cohort, Enrollment
from lti import tasks
from lti.models import CourseLink, LtiIdentity, RosterEntry
from lti.roster import RosterSynced, roster_sync
from tests.conftest import UserFactory, migrated
from tests.lti.platform import INSTRUCTOR, LEARNER

pytestmark = pytest.mark.django_db
TA = "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant"


def member(user_id: str, role: str = LEARNER, status: str = "Active", **extra) -> dict:
    return {"user_id": user_id, "roles": [role], "status": status, "given_name": f"Given {user_id}",
            "family_name": "Sato", **extra}


def learners(cohort) -> set[str]:
    return set(Enrollment.objects.filter(cohort=cohort).values_list("user__username", flat=True))


def subjects(cohort) -> set[str]:
    return set(Enrollment.objects.filter(cohort=cohort).values_list("user__lti_identity__subject", flat=True))


def teachers(cohort) -> set[str]:
    return set(cohort.instructors.values_list("lti_identity__subject", flat=True))


@pytest.fixture
def course(client, lms):
    """The LMS course, launched once by its instructor t-1; Kōbai trusts… and is trusted."""
    lms.launch(client, roles=[INSTRUCTOR], subject="t-1")
    lms.trust_tool(client)
    return CourseLink.objects.select_related("cohort").get(context_id="course-101")


def test_the_roster_fills_the_cohort_with_learners_and_instructors(client, lms, django_capture_on_commit_callbacks):
    lms.members = [member("lms-user-1"), member("s-2", email="s2@example.ac.jp"), member("s-3"),
                   member("t-1", INSTRUCTOR), member("gone", status="Inactive")]
    with django_capture_on_commit_callbacks() as queued:
        response, _, _ = lms.launch(client, roles=[INSTRUCTOR], subject="t-1")
    assert response.status_code == 302 and len(queued) == 1, "an instructor's launch queues a roster sync"
    lms.trust_tool(client)
    link = CourseLink.objects.get(context_id="course-101")
    assert roster_sync(course_link_id=link.pk) == RosterSynced(members=4, left=0)
    assert subjects(link.cohort) == {"lms-user-1", "s-2", "s-3"}
    assert teachers(link.cohort) == {"t-1"}
    assert LtiIdentity.objects.get(subject="s-2").user.email == "s2@example.ac.jp"
    assert not LtiIdentity.objects.filter(subject="gone").exists()
    # Synced again, and a learner who launches later: still one account each.
    assert roster_sync(course_link_id=link.pk) == RosterSynced(members=4, left=0)
    lms.launch(client)
    assert LtiIdentity.objects.filter(subject="lms-user-1").count() == 1
    assert Enrollment.objects.filter(cohort=link.cohort).count() == 3


def test_members_who_left_lose_their_place_and_hand_added_accounts_keep_theirs(lms, course):
    by_hand, local_teacher = UserFactory(username="auditor"), UserFactory(username="local-teacher", is_staff=True)
    Enrollment.objects.create(cohort=course.cohort, user=by_hand)
    course.cohort.instructors.add(local_teacher)
    lms.members = [member("t-1", INSTRUCTOR), member("ta-1", TA), member("s-1"), member("s-2"), member("s-3")]
    roster_sync(course_link_id=course.pk)
    assert subjects(course.cohort) == {"s-1", "s-2", "s-3", None}
    assert teachers(course.cohort) == {"t-1", "ta-1", None}

    # s-2 dropped the course, s-3 is suspended, the TA left, t-1 still teaches.
    lms.members = [member("t-1", INSTRUCTOR), member("s-1"), member("s-3", status="Inactive")]
    assert roster_sync(course_link_id=course.pk) == RosterSynced(members=2, left=3)
    assert learners(course.cohort) == {LtiIdentity.objects.get(subject="s-1").user.username, "auditor"}
    assert set(course.cohort.instructors.values_list("username", flat=True)) == {
        LtiIdentity.objects.get(subject="t-1").user.username, "local-teacher"}
    assert LtiIdentity.objects.filter(subject="s-2").exists(), "the account and its work stay; only the place goes"

    # Back in the LMS course: back in the cohort.
    lms.members.append(member("s-2"))
    roster_sync(course_link_id=course.pk)
    assert "s-2" in subjects(course.cohort)


def test_an_instructor_the_lms_now_lists_as_a_learner_no_longer_sees_the_cohort(client, lms, course):
    lms.members = [member("t-1", INSTRUCTOR), member("ta-1", TA)]
    roster_sync(course_link_id=course.pk)
    assert teachers(course.cohort) == {"t-1", "ta-1"}
    lms.members = [member("t-1", INSTRUCTOR), member("ta-1", LEARNER)]
    roster_sync(course_link_id=course.pk)
    assert teachers(course.cohort) == {"t-1"} and subjects(course.cohort) == {"ta-1"}
    # The same through a launch: t-1 comes in as a learner.
    lms.launch(client, roles=[LEARNER], subject="t-1")
    assert teachers(course.cohort) == set() and subjects(course.cohort) == {"ta-1", "t-1"}
    client.force_login(LtiIdentity.objects.get(subject="t-1").user)
    assert client.get(f"/en/admin/lessons/cohort/{course.cohort_id}/progress/").status_code in {302, 403, 404}


def test_a_cohort_fed_by_two_lms_courses_keeps_whoever_one_of_them_lists(client, lms, course):
    lms.members = [member("t-1", INSTRUCTOR), member("s-1"), member("s-2")]
    roster_sync(course_link_id=course.pk)
    lms.launch(client, roles=[INSTRUCTOR], subject="t-1", context_id="course-102")
    section_b = CourseLink.objects.get(context_id="course-102")
    section_b.cohort = course.cohort  # the admin merged the two sections
    section_b.save()
    lms.members = [member("t-1", INSTRUCTOR), member("s-2")]
    roster_sync(course_link_id=section_b.pk)
    lms.members = [member("t-1", INSTRUCTOR), member("s-1")]  # s-2 moved to section B
    assert roster_sync(course_link_id=course.pk).left == 1
    assert subjects(course.cohort) == {"s-1", "s-2"}


def test_an_empty_roster_removes_nobody(lms, course):
    lms.members = [member("t-1", INSTRUCTOR), member("s-1")]
    roster_sync(course_link_id=course.pk)
    lms.members = []
    assert roster_sync(course_link_id=course.pk) == RosterSynced(members=0, left=0)
    assert subjects(course.cohort) == {"s-1"} and teachers(course.cohort) == {"t-1"}


def test_a_learners_launch_does_not_sync_the_roster(client, lms, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as queued:
        lms.launch(client)
    assert queued == []


def test_instructors_launching_at_once_queue_one_sync_until_the_roster_is_stale(
        client, lms, monkeypatch, settings, django_capture_on_commit_callbacks):
    sent = []
    monkeypatch.setattr(tasks.sync_roster, "delay", sent.append)

    def launch(teacher):
        with django_capture_on_commit_callbacks(execute=True):
            lms.launch(client, roles=[INSTRUCTOR], subject=teacher)
    for teacher in ["t-1", "t-2", "t-1"]:
        launch(teacher)
    link = CourseLink.objects.get(context_id="course-101")
    assert sent == [link.pk], "one sync for a burst of instructor launches"

    link.roster_synced_at = timezone.now()
    link.save()
    from django.core.cache import caches
    caches[settings.LTI_CACHE_ALIAS].clear()  # the burst's mark has expired
    launch("t-1")
    assert sent == [link.pk], "a roster synced minutes ago is fresh"
    CourseLink.objects.filter(pk=link.pk).update(
        roster_synced_at=timezone.now() - settings.LTI_ROSTER_FRESH - datetime.timedelta(minutes=1))
    launch("t-1")
    assert sent == [link.pk, link.pk]


def test_the_beat_syncs_the_rosters_no_instructor_refreshed(client, lms, monkeypatch, settings):
    sent = []
    monkeypatch.setattr(tasks.sync_roster, "delay", sent.append)
    lms.launch(client, subject="s-1", context_id="course-stale")
    lms.launch(client, subject="s-1", context_id="course-fresh")
    lms.launch(client, subject="s-1", context_id="course-never")
    CourseLink.objects.filter(context_id="course-stale").update(
        roster_synced_at=timezone.now() - settings.LTI_ROSTER_EVERY - datetime.timedelta(minutes=1))
    CourseLink.objects.filter(context_id="course-fresh").update(roster_synced_at=timezone.now())
    CourseLink.objects.create(platform=CourseLink.objects.first().platform, context_id="no-roster-service",
                              cohort=Cohort.objects.first())
    assert tasks.sync_rosters() == 2
    assert set(CourseLink.objects.filter(pk__in=sent).values_list("context_id", flat=True)) == {
        "course-stale", "course-never"}
    assert tasks.sync_rosters() == 0, "already queued"


@pytest.mark.django_db(transaction=True)
def test_the_migration_records_the_members_lti_placed_before(lms, client, course_loaded):
    lms.launch(client, roles=[INSTRUCTOR], subject="t-1")
    lms.launch(client, subject="s-1")
    link = CourseLink.objects.get()
    Enrollment.objects.create(cohort=link.cohort, user=UserFactory(username="by-hand"))
    with migrated(("lti", "0003_roster")) as (_apps, migrate_to):
        migrate_to(("lti", "0004_roster_entries"))
    assert set(RosterEntry.objects.values_list("user__lti_identity__subject", "instructor")) == {
        ("t-1", True), ("s-1", False)}


def test_the_matrix_names_lms_learners_by_name_not_by_their_opaque_username(client, lms, course):
    lms.members = [member("t-1", INSTRUCTOR), member("s-1", given_name="花子", family_name="山田")]
    roster_sync(course_link_id=course.pk)
    Enrollment.objects.create(cohort=course.cohort, user=UserFactory(username="local-kenji", first_name="Kenji"))
    client.force_login(LtiIdentity.objects.get(subject="t-1").user)
    page = client.get(f"/ja/admin/lessons/cohort/{course.cohort_id}/progress/").content.decode()
    matrix = page.split('<table', 1)[1]
    assert ">山田 花子</a>" in matrix and "lti-" not in matrix.split("</table>")[0]
    assert ">local-kenji</a>" in matrix, "an account with a password keeps its username"
