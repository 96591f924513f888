"""Extensions per learner: a later due date for one exercise or for all of a cohort's deadlines;
late marking, the progress matrix and its exports follow each learner's own due date."""
from __future__ import annotations

import csv
import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from instructors.demo import INSTRUCTOR_PERMISSIONS
from instructors.progress import cohort_progress
from lessons.deadlines import due_for_learner
from lessons.models import CohortDeadline, DeadlineExtension

ADMIN = "/en/admin"


@pytest.fixture
def as_teacher_a(client, world):
    client.force_login(world.teacher_a)
    return client


@pytest.fixture
def due(world):
    """The cohort's deadline falls between alice's two submissions (90 and 30 minutes ago)."""
    return CohortDeadline.objects.create(cohort=world.cohort_a, exercise=world.exercise,
                                         due_at=timezone.now() - datetime.timedelta(minutes=45))


def alice_cell(world):
    progress = cohort_progress(world.cohort_a)
    row = next(r for r in progress.rows if r.user == world.learners_a[0])
    column = next(i for i, c in enumerate(progress.columns) if c.exercise == world.exercise)
    stats = next(s for s in progress.stats if s.exercise == world.exercise)
    return row.cells[column], stats


def extend(world, exercise, minutes_from_now=60):
    return DeadlineExtension.objects.create(cohort=world.cohort_a, user=world.learners_a[0], exercise=exercise,
                                            due_at=timezone.now() + datetime.timedelta(minutes=minutes_from_now))


def test_without_an_extension_the_late_submission_is_marked(world, due):
    cell, stats = alice_cell(world)
    assert cell.late and cell.extended_to is None and stats.late == 1


@pytest.mark.parametrize("for_exercise", [True, False], ids=["this-exercise", "all-deadlines"])
def test_an_extension_makes_the_submission_on_time(world, due, for_exercise):
    extension = extend(world, world.exercise if for_exercise else None)
    cell, stats = alice_cell(world)
    assert not cell.late and stats.late == 0
    assert cell.extended_to == extension.due_at


def test_an_extension_before_the_cohorts_deadline_changes_nothing(world, due):
    extend(world, world.exercise, minutes_from_now=-120)
    cell, stats = alice_cell(world)
    assert cell.late and stats.late == 1 and cell.extended_to is None


def test_the_matrix_and_its_export_show_late_and_the_personal_due_date(as_teacher_a, world, due):
    page = as_teacher_a.get(f"{ADMIN}/lessons/cohort/{world.cohort_a.pk}/progress/").content.decode()
    assert 'class="kobai-late">late<' in page

    def exported():
        response = as_teacher_a.get(f"{ADMIN}/lessons/cohort/{world.cohort_a.pk}/progress/export.csv")
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        late_at = rows[0].index("layer-grad-norms late")
        return {row[0]: row[late_at:late_at + 2] for row in rows[1:]}, rows[0][late_at + 1]
    by_user, due_header = exported()
    assert due_header == "layer-grad-norms due for this learner"
    assert by_user["alice-a"] == ["late", ""] and by_user["akira-a"] == ["", ""]
    extension = extend(world, None)
    by_user, _ = exported()
    assert by_user["alice-a"][0] == ""
    assert by_user["alice-a"][1] == timezone.localtime(extension.due_at).strftime("%Y-%m-%d %H:%M")
    page = as_teacher_a.get(f"{ADMIN}/lessons/cohort/{world.cohort_a.pk}/progress/").content.decode()
    assert 'class="kobai-late"' not in page and "extended to" in page


def test_only_a_learner_of_the_cohort_gets_an_extension(world):
    extension = DeadlineExtension(cohort=world.cohort_a, user=world.learner_b, exercise=None,
                                  due_at=timezone.now())
    with pytest.raises(ValidationError) as refused:
        extension.full_clean()
    assert refused.value.error_dict["user"][0].code == "not_enrolled"


def test_one_extension_for_all_deadlines_per_learner(world):
    from django.db import IntegrityError, transaction
    extend(world, None)
    with pytest.raises(IntegrityError), transaction.atomic():
        extend(world, None)


def test_instructors_may_grant_extensions_on_their_cohort_page(as_teacher_a, world):
    assert ("lessons", "add_deadlineextension") in INSTRUCTOR_PERMISSIONS
    page = as_teacher_a.get(f"{ADMIN}/lessons/cohort/{world.cohort_a.pk}/change/").content.decode()
    assert "extensions-TOTAL_FORMS" in page


def test_the_rule_postpones_and_never_makes_a_deadline():
    now = timezone.now()
    later = now + datetime.timedelta(days=2)
    assert due_for_learner(now) == now
    assert due_for_learner(now, later, None) == later
    assert due_for_learner(now, None, later) == later
    assert due_for_learner(now, now - datetime.timedelta(days=1)) == now
    assert due_for_learner(None, later) is None


def test_a_deadline_and_an_extension_are_named_in_the_sites_time_zone(world):
    """The admin labels each inline row with it, beside date and time fields in local time."""
    at = datetime.datetime(2026, 12, 12, 8, 0, tzinfo=datetime.UTC)  # 17:00 in Tokyo
    deadline = CohortDeadline.objects.create(cohort=world.cohort_a, exercise=world.exercise, due_at=at)
    extension = DeadlineExtension.objects.create(cohort=world.cohort_a, user=world.learners_a[0], exercise=None,
                                                 due_at=at)
    assert str(deadline) == "layer-grad-norms 2026-12-12 17:00"
    assert str(extension) == "alice-a * 2026-12-12 17:00"
