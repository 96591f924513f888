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
# What an instructor needs, and no more: read their cohorts and their learners' work, edit
# their cohorts' name, join code, joining, deadlines and learners' extensions, regrade. Every
# list is scoped to their own cohorts by instructors.scoping.
INSTRUCTOR_PERMISSIONS = [
    ("lessons", "view_cohort"), ("lessons", "change_cohort"),
    ("lessons", "view_enrollment"),
    ("lessons", "view_cohortdeadline"), ("lessons", "add_cohortdeadline"),
    ("lessons", "change_cohortdeadline"), ("lessons", "delete_cohortdeadline"),
    ("lessons", "view_deadlineextension"), ("lessons", "add_deadlineextension"),
    ("lessons", "change_deadlineextension"), ("lessons", "delete_deadlineextension"),
    ("lessons", "view_lessonprogress"), ("lessons", "view_quizattempt"),
    ("grader", "view_submission"), ("grader", "regrade_submission"), ("grader", "view_exerciseprogress"),
    ("auth", "view_user"),
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
    demo_learners_ensure(cohort, settings.DEMO_COHORT_LEARNERS)
    return DemoAccounts(
        learner=DEMO_LEARNER, instructor=DEMO_INSTRUCTOR, password=password,
        cohort=cohort.name, join_code=cohort.join_code,
    )


# Japanese and English names, romanized usernames: the matrix and its exports show both.
DEMO_NAMES = [
    ("佐藤", "花子"), ("鈴木", "健太"), ("高橋", "美咲"), ("田中", "翔"), ("伊藤", "陽菜"), ("渡辺", "大輝"),
    ("山本", "さくら"), ("中村", "蓮"), ("小林", "結衣"), ("加藤", "悠斗"), ("吉田", "葵"), ("山田", "湊"),
    ("佐々木", "凛"), ("山口", "陸"), ("松本", "芽依"), ("井上", "樹"), ("木村", "心春"), ("林", "颯太"),
    ("Smith", "Emma"), ("Johnson", "Liam"), ("Garcia", "Sofia"), ("Müller", "Lukas"), ("Nguyen", "Linh"),
    ("Kim", "Minji"), ("Rossi", "Giulia"), ("Silva", "Pedro"), ("Novák", "Tereza"), ("Okafor", "Chidi"),
    ("Haddad", "Yara"), ("Larsen", "Freja"),
]
ROMAJI = {"佐藤": "sato", "鈴木": "suzuki", "高橋": "takahashi", "田中": "tanaka", "伊藤": "ito", "渡辺": "watanabe",
          "山本": "yamamoto", "中村": "nakamura", "小林": "kobayashi", "加藤": "kato", "吉田": "yoshida",
          "山田": "yamada", "佐々木": "sasaki", "山口": "yamaguchi", "松本": "matsumoto", "井上": "inoue",
          "木村": "kimura", "林": "hayashi"}


def demo_learners_ensure(cohort: Cohort, count: int) -> list:
    """`count` demo learners in the cohort (created once; existing ones are kept)."""
    import datetime

    from django.utils import timezone

    User = get_user_model()
    users = []
    now = timezone.now()
    for index, (family, given) in enumerate(DEMO_NAMES[:count]):
        username = f"demo-{index + 1:02d}-{ROMAJI.get(family, family.lower().replace('ü', 'u').replace('á', 'a'))}"
        user, created = User.objects.get_or_create(
            username=username, defaults={"first_name": given, "last_name": family,
                                         "email": f"{username}@example.com"})
        if created:
            user.set_password(settings.DEMO_PASSWORD)
            user.save(update_fields=["password"])
        enrollment, created = Enrollment.objects.get_or_create(cohort=cohort, user=user)
        if created:  # joined over the last three weeks
            Enrollment.objects.filter(pk=enrollment.pk).update(joined_at=now - datetime.timedelta(days=21 - index % 7))
        users.append(user)
    return users
