"""A learner sees their own due date on the exercise page (extended for them, or past), and their
late submission marked as such in the history and on its page: both languages, phone and desktop
widths (screenshots), with axe."""
import datetime

import pytest
from django.utils import timezone

from grader.models import Submission
from lessons.models import CohortDeadline, DeadlineExtension
from tests.e2e.conftest import run_axe, screenshot
from tests.e2e.test_grading_journey import log_in
from tests.instructors.conftest import world  # noqa: F401 (a fixture)

pytestmark = pytest.mark.browser

WIDTHS = pytest.mark.parametrize("language, width", [("ja", 390), ("ja", 1280), ("en", 390), ("en", 1280)])
PAST = {"ja": "提出期限を過ぎています。提出はできますが、期限後の提出として記録されます。",
        "en": "The due date has passed. You can still submit, but the submission is marked late."}
LATE = {"ja": "期限後", "en": "late"}
EXTENDED = {"ja": "（あなたには個別に延長されています）", "en": "(extended for you)"}

# The exercise page's editor scrolls sideways on a phone without taking keyboard focus itself
# (CodeMirror's scroller; its content is what takes the keyboard): left out here so that anything
# else, the due date's box and the late marks included, still fails the test.
SIDEWAYS_CODE = {"id": "scrollable-region-focusable", "nodes": [[".cm-scroller"]]}


def axe_problems(page) -> list[dict]:
    return [v for v in run_axe(page) if {"id": v["id"], "nodes": v["nodes"]} != SIDEWAYS_CODE]


@WIDTHS
def test_a_learner_sees_the_due_date_has_passed_and_their_late_work_marked(page, world, language, width):  # noqa: F811
    """alice-a submitted 90 (failed, on time) and 30 minutes ago (passed, late): the deadline was 45."""
    CohortDeadline.objects.create(cohort=world.cohort_a, exercise=world.exercise,
                                  due_at=timezone.now() - datetime.timedelta(minutes=45))
    on_time, late = world.submission_a, Submission.objects.get(user=world.learners_a[0], status="passed")
    page.set_viewport_size({"width": width, "height": 900})
    log_in(page, "alice-a", world.password, language)

    page.goto(f"{page.base}/{language}/exercises/{world.exercise.slug}/")
    due = page.locator("#due-date")
    assert PAST[language] in due.inner_text() and EXTENDED[language] not in due.inner_text()
    history = page.locator("section[aria-labelledby=history-title] li")
    assert history.filter(has_text=f"#{late.pk}").locator(".badge-late").inner_text() == LATE[language]
    assert history.filter(has_text=f"#{on_time.pk}").locator(".badge-late").count() == 0
    assert axe_problems(page) == []
    screenshot(page, f"due-date-exercise-{language}-{width}")

    page.goto(f"{page.base}/{language}/submissions/{late.pk}/")
    assert page.locator("#submitted-late").is_visible()
    marked = page.locator("#submission-history li").filter(has_text=f"#{late.pk}").locator(".badge-late")
    assert marked.inner_text() == LATE[language]
    assert run_axe(page) == []
    screenshot(page, f"due-date-late-submission-{language}-{width}")


@pytest.mark.parametrize("language, width", [("ja", 390), ("en", 1280)])
def test_a_learner_sees_the_date_an_extension_gives_them(page, world, language, width):  # noqa: F811
    CohortDeadline.objects.create(cohort=world.cohort_a, exercise=world.exercise,
                                  due_at=timezone.now() - datetime.timedelta(minutes=45))
    DeadlineExtension.objects.create(cohort=world.cohort_a, user=world.learners_a[0], exercise=None,
                                     due_at=timezone.now() + datetime.timedelta(days=3))
    page.set_viewport_size({"width": width, "height": 900})
    log_in(page, "alice-a", world.password, language)
    page.goto(f"{page.base}/{language}/exercises/{world.exercise.slug}/")
    due = page.locator("#due-date")
    assert EXTENDED[language] in due.inner_text() and PAST[language] not in due.inner_text()
    assert page.locator(".badge-late").count() == 0
    assert axe_problems(page) == []
    screenshot(page, f"due-date-extended-{language}-{width}")
