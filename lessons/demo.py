"""The demo learner, demo instructor and demo cohort that `make run` creates."""
from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from lessons.models import Cohort, Course, Enrollment

INSTRUCTOR_GROUP = "Instructor"
DEMO_LEARNER = "demo-learner"
DEMO_INSTRUCTOR = "demo-instructor"
DEMO_COHORT = "Demo cohort"
DEMO_JOIN_CODE = "DEMO-2026"
INSTRUCTOR_PERMISSIONS = [
    ("lessons", "view_cohort"), ("lessons", "change_cohort"),
    ("lessons", "view_enrollment"), ("lessons", "add_enrollment"),
    ("lessons", "view_lessonprogress"), ("lessons", "view_quizattempt"),
]


@dataclass
class DemoAccounts:
    learner: str
    instructor: str
    password: str
    cohort: str
    join_code: str


def instructor_group_ensure() -> Group:
    group, _ = Group.objects.get_or_create(name=INSTRUCTOR_GROUP)
    perms = [
        Permission.objects.get(content_type__app_label=app, codename=codename)
        for app, codename in INSTRUCTOR_PERMISSIONS
    ]
    group.permissions.set(perms)
    return group


@transaction.atomic
def demo_accounts_ensure() -> DemoAccounts:
    """Create (or repair) the demo accounts; existing data is kept."""
    User = get_user_model()
    password = settings.DEMO_PASSWORD
    course = Course.objects.order_by("pk").first()
    if course is None:
        raise RuntimeError("the course is not loaded yet: run sync_content first")
    learner, created = User.objects.get_or_create(
        username=DEMO_LEARNER, defaults={"email": "learner@example.com"}
    )
    if created:
        learner.set_password(password)
        learner.save()
    instructor, created = User.objects.get_or_create(
        username=DEMO_INSTRUCTOR, defaults={"email": "instructor@example.com", "is_staff": True}
    )
    if created:
        instructor.set_password(password)
        instructor.save()
    instructor.groups.add(instructor_group_ensure())
    cohort, _ = Cohort.objects.get_or_create(
        join_code=DEMO_JOIN_CODE, defaults={"name": DEMO_COHORT, "course": course}
    )
    cohort.instructors.add(instructor)
    Enrollment.objects.get_or_create(cohort=cohort, user=learner)
    return DemoAccounts(
        learner=DEMO_LEARNER, instructor=DEMO_INSTRUCTOR, password=password,
        cohort=cohort.name, join_code=cohort.join_code,
    )
