"""A learner's own due date for an exercise (lessons.selectors.learner_due): their cohort's
deadline, postponed by their extension for the exercise or for all of the cohort's deadlines."""
from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from lessons.models import Cohort, CohortDeadline, Course, DeadlineExtension, Enrollment, Exercise
from lessons.selectors import learner_due
from tests.conftest import UserFactory

NOW = timezone.now().replace(microsecond=0)
DAY = datetime.timedelta(days=1)


@pytest.fixture
def exercise(db):
    return Exercise.objects.get(slug="layer-grad-norms")


@pytest.fixture
def learner(db):
    return UserFactory(username="hanako")


def cohort_of(learner, name: str = "春") -> Cohort:
    cohort = Cohort.objects.create(name=name, course=Course.objects.get())
    Enrollment.objects.create(cohort=cohort, user=learner)
    return cohort


def deadline(cohort, exercise, at) -> CohortDeadline:
    return CohortDeadline.objects.create(cohort=cohort, exercise=exercise, due_at=at)


def extension(cohort, learner, exercise, at) -> DeadlineExtension:
    return DeadlineExtension.objects.create(cohort=cohort, user=learner, exercise=exercise, due_at=at)


def test_without_a_deadline_nothing_is_due(learner, exercise):
    cohort = cohort_of(learner)
    assert learner_due(user=learner, exercise=exercise) is None
    extension(cohort, learner, exercise, NOW + DAY)  # an extension postpones, it makes no deadline
    assert learner_due(user=learner, exercise=exercise) is None
    assert learner_due(user=AnonymousUser(), exercise=exercise) is None


def test_the_cohorts_deadline_is_the_learners(learner, exercise):
    deadline(cohort_of(learner), exercise, NOW + DAY)
    due = learner_due(user=learner, exercise=exercise, now=NOW)
    assert due.at == NOW + DAY and not due.extended and not due.past
    assert learner_due(user=learner, exercise=exercise, now=NOW + 2 * DAY).past


def test_another_exercises_deadline_or_another_cohorts_is_not_the_learners(learner, exercise):
    deadline(cohort_of(learner), Exercise.objects.exclude(pk=exercise.pk).first(), NOW + DAY)
    stranger = UserFactory(username="stranger")
    deadline(cohort_of(stranger, "秋"), exercise, NOW + DAY)
    assert learner_due(user=learner, exercise=exercise) is None


@pytest.mark.parametrize("for_exercise", [True, False], ids=["this-exercise", "all-deadlines"])
def test_an_extension_postpones_the_deadline(learner, exercise, for_exercise):
    cohort = cohort_of(learner)
    deadline(cohort, exercise, NOW - DAY)
    extension(cohort, learner, exercise if for_exercise else None, NOW + DAY)
    due = learner_due(user=learner, exercise=exercise, now=NOW)
    assert due.at == NOW + DAY and due.cohort_due == NOW - DAY
    assert due.extended and not due.past


def test_the_later_of_both_extensions_counts(learner, exercise):
    cohort = cohort_of(learner)
    deadline(cohort, exercise, NOW)
    extension(cohort, learner, exercise, NOW + DAY)
    extension(cohort, learner, None, NOW + 3 * DAY)
    assert learner_due(user=learner, exercise=exercise).at == NOW + 3 * DAY


def test_an_extension_earlier_than_the_deadline_changes_nothing(learner, exercise):
    cohort = cohort_of(learner)
    deadline(cohort, exercise, NOW + DAY)
    extension(cohort, learner, exercise, NOW - DAY)
    due = learner_due(user=learner, exercise=exercise, now=NOW)
    assert due.at == NOW + DAY and not due.extended


def test_another_learners_extension_is_not_this_learners(learner, exercise):
    cohort = cohort_of(learner)
    classmate = UserFactory(username="classmate")
    Enrollment.objects.create(cohort=cohort, user=classmate)
    deadline(cohort, exercise, NOW)
    extension(cohort, classmate, None, NOW + DAY)
    assert not learner_due(user=learner, exercise=exercise).extended


def test_in_several_cohorts_the_latest_due_date_counts(learner, exercise):
    spring, autumn, summer = cohort_of(learner, "春"), cohort_of(learner, "秋"), cohort_of(learner, "夏")
    deadline(spring, exercise, NOW + DAY)
    deadline(autumn, exercise, NOW + 2 * DAY)
    # summer set no deadline: it neither counts nor makes the others count less
    extension(summer, learner, None, NOW + 9 * DAY)
    due = learner_due(user=learner, exercise=exercise, now=NOW)
    assert due.at == NOW + 2 * DAY and not due.extended
    extension(spring, learner, exercise, NOW + 3 * DAY)  # now spring's, extended, is the latest
    due = learner_due(user=learner, exercise=exercise, now=NOW)
    assert due.at == NOW + 3 * DAY and due.extended


def test_on_a_tie_between_cohorts_the_date_nobody_extended_is_shown(learner, exercise):
    spring, autumn = cohort_of(learner, "春"), cohort_of(learner, "秋")
    deadline(spring, exercise, NOW)
    extension(spring, learner, exercise, NOW + DAY)
    deadline(autumn, exercise, NOW + DAY)
    due = learner_due(user=learner, exercise=exercise)
    assert due.at == NOW + DAY and not due.extended


def test_two_queries_whatever_the_extensions(learner, exercise, django_assert_num_queries):
    cohorts = [cohort_of(learner, name) for name in ("春", "秋", "夏")]
    for cohort in cohorts:
        deadline(cohort, exercise, NOW)
        extension(cohort, learner, exercise, NOW + DAY)
        extension(cohort, learner, None, NOW + DAY)
    with django_assert_num_queries(2):
        learner_due(user=learner, exercise=exercise)


def test_a_submission_after_the_due_date_is_late(learner, exercise):
    deadline(cohort_of(learner), exercise, NOW)
    due = learner_due(user=learner, exercise=exercise)
    assert due.is_late(NOW + datetime.timedelta(seconds=1))
    assert not due.is_late(NOW), "one made at the very time it is due is on time"
