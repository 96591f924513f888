"""An instructor grants a learner an extension the way a person does: on the cohort's page, "Add
another extension", the learner picked through the autocomplete (which offers only learners of
the instructor's own cohorts), a later date, Save; then the progress matrix no longer marks that
learner late and shows the date it was extended to. Both languages, phone and desktop widths."""
import datetime
from urllib.parse import quote

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from lessons.models import CohortDeadline, DeadlineExtension
from tests.e2e.conftest import screenshot
from tests.e2e.test_grading_journey import log_in
from tests.instructors.conftest import world  # noqa: F401 (a fixture)

pytestmark = pytest.mark.browser

ADD_ANOTHER = {"ja": "期限の延長 の追加", "en": "Add another Extension"}  # Django's words around our verbose_name
EXTENDED_TO = {"ja": "まで延長", "en": "extended to"}


def search_learners(page, row, typed: str) -> list[str]:
    """Open the row's learner autocomplete (if closed), type `typed`; what it offers once the
    search for exactly that has answered."""
    if not page.locator(".select2-container--open").count():
        row.locator(".select2-selection").click()
    with page.expect_response(lambda r: "/admin/autocomplete/" in r.url and f"term={quote(typed)}" in r.url):
        page.locator(".select2-container--open .select2-search__field").fill(typed)
    expect(page.locator(".select2-container--open .loading-results")).to_have_count(0)
    return page.locator(".select2-container--open .select2-results__option").all_inner_texts()


@pytest.mark.parametrize("language, width, for_exercise", [("ja", 390, False), ("en", 1280, True)])
def test_an_instructor_grants_an_extension_and_the_matrix_follows(page, world, language, width,  # noqa: F811
                                                                  for_exercise):
    alice = world.learners_a[0]  # her passing submission (30 minutes ago) came after the deadline
    CohortDeadline.objects.create(cohort=world.cohort_a, exercise=world.exercise,
                                  due_at=timezone.now() - datetime.timedelta(minutes=45))
    page.set_viewport_size({"width": width, "height": 900})
    log_in(page, "teacher-a", world.password, language)
    matrix = f"{page.base}/{language}/admin/lessons/cohort/{world.cohort_a.pk}/progress/"
    page.goto(matrix)
    assert page.locator(".kobai-late").count() == 1

    page.goto(f"{page.base}/{language}/admin/lessons/cohort/{world.cohort_a.pk}/change/")
    add = page.locator("#extensions-group .add-row a")
    assert add.inner_text() == ADD_ANOTHER[language]
    add.click()
    row = page.locator("#extensions-0")
    # "-" is in every learner's username: the autocomplete offers teacher-a's learners, never bob-b of cohort B.
    offered = search_learners(page, row, "-")
    assert sorted(offered) == ["akira-a", "alice-a"], offered
    assert search_learners(page, row, "ali") == ["alice-a"]
    page.locator(".select2-container--open .select2-results__option", has_text="alice-a").click()
    assert row.locator(".select2-selection__rendered").inner_text().strip("×\n ") == "alice-a"
    if for_exercise:
        row.locator("select[name='extensions-0-exercise']").select_option(label=world.exercise.slug)
    due = timezone.localtime(timezone.now() + datetime.timedelta(days=3)).replace(hour=17, minute=0, second=0,
                                                                                  microsecond=0)
    row.locator("input[name='extensions-0-due_at_0']").fill(due.strftime("%Y-%m-%d"))
    row.locator("input[name='extensions-0-due_at_1']").fill("17:00")
    screenshot(page, f"extension-grant-form-{language}-{width}")
    page.locator("input[name='_save']").click()
    page.wait_for_url("**/admin/lessons/cohort/")
    assert page.locator(".messagelist .success").count() == 1

    extension = DeadlineExtension.objects.get(cohort=world.cohort_a)
    assert (extension.user, extension.due_at) == (alice, due)
    assert extension.exercise == (world.exercise if for_exercise else None)
    page.goto(matrix)
    assert page.locator(".kobai-late").count() == 0
    extended = page.locator(f"text={EXTENDED_TO[language]}")
    assert extended.count() == 1 and due.strftime("%m/%d 17:00") in extended.inner_text()
    screenshot(page, f"extension-grant-matrix-{language}-{width}")


def test_the_autocomplete_never_offers_a_learner_of_another_cohort(page, world):  # noqa: F811
    page.set_viewport_size({"width": 1280, "height": 900})
    log_in(page, "teacher-a", world.password, "en")
    page.goto(f"{page.base}/en/admin/lessons/cohort/{world.cohort_a.pk}/change/")
    page.locator("#extensions-group .add-row a").click()
    row = page.locator("#extensions-0")
    assert search_learners(page, row, "bob") == ["No results found"]
    assert search_learners(page, row, "Berg") == ["No results found"], "nor by bob-b's family name"
    assert search_learners(page, row, "alice") == ["alice-a"]
