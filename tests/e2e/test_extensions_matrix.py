"""The progress matrix with a late submission and a learner's extension, in both languages at
phone and desktop widths (screenshots), with axe."""
import datetime

import pytest
from django.utils import timezone

from lessons.models import CohortDeadline, DeadlineExtension
from tests.e2e.conftest import run_axe, screenshot
from tests.e2e.test_grading_journey import log_in
from tests.instructors.conftest import world  # noqa: F401 (a fixture)

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language, width", [("ja", 390), ("ja", 1280), ("en", 390), ("en", 1280)])
def test_the_matrix_marks_late_work_and_shows_extensions(page, world, language, width):  # noqa: F811
    CohortDeadline.objects.create(cohort=world.cohort_a, exercise=world.exercise,
                                  due_at=timezone.now() - datetime.timedelta(minutes=45))
    DeadlineExtension.objects.create(cohort=world.cohort_a, user=world.learners_a[1], exercise=None,
                                     due_at=timezone.now() + datetime.timedelta(days=3))
    page.set_viewport_size({"width": width, "height": 900})
    log_in(page, "teacher-a", world.password, language)
    page.goto(f"{page.base}/{language}/admin/lessons/cohort/{world.cohort_a.pk}/progress/")
    late = page.locator(".kobai-late")
    assert late.count() == 1 and late.inner_text() == {"ja": "期限後", "en": "late"}[language]
    assert page.locator("text=" + {"ja": "まで延長", "en": "extended to"}[language]).count() == 1
    assert run_axe(page) == []
    screenshot(page, f"extensions-matrix-{language}-{width}")


@pytest.mark.parametrize("language, width", [("ja", 390), ("en", 1280)])
def test_the_cohort_page_lists_extensions(page, world, language, width):  # noqa: F811
    DeadlineExtension.objects.create(cohort=world.cohort_a, user=world.learners_a[1], exercise=world.exercise,
                                     due_at=timezone.now() + datetime.timedelta(days=3))
    page.set_viewport_size({"width": width, "height": 900})
    log_in(page, "teacher-a", world.password, language)
    page.goto(f"{page.base}/{language}/admin/lessons/cohort/{world.cohort_a.pk}/change/")
    page.locator("#extensions-group").wait_for()
    assert page.locator("#extensions-group tr.has_original").count() == 1
    screenshot(page, f"extensions-cohort-{language}-{width}")
