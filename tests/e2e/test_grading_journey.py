"""A learner types a solution into the editor, checks it, submits it, watches it, reads the verdict.

A real Celery worker process grades through Redis and the sandbox; the browser only sees pages.
"""
from pathlib import Path

import pytest

from grader.models import Draft, Submission
from tests.conftest import UserFactory
from tests.e2e.conftest import run_axe, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.service]

REFS = Path(__file__).resolve().parents[2] / "grader" / "references" / "layer-grad-norms"
GOOD = (REFS / "pass_comprehension.py").read_text()
# Zeros for every parameter: the keys are right only by accident of order, the values never.
WRONG = "def grad_norms(model):\n    return {}\n"

# Records every status the live region shows, from the first paint on.
RECORD_STATUSES = """
window.__statuses = [];
const note = () => document.querySelectorAll('#live .status, #live .verdict').forEach(el => {
  const name = [...el.classList].find(c => c.startsWith('status-') || c.startsWith('verdict-'));
  if (name && window.__statuses[window.__statuses.length - 1] !== name) window.__statuses.push(name);
});
new MutationObserver(note).observe(document, {subtree: true, childList: true});
document.addEventListener('DOMContentLoaded', note);
"""


def log_in(page, username: str, password: str, lang: str) -> None:
    page.goto(f"{page.base}/{lang}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("form.stacked-form button[type=submit]").click()
    page.wait_for_url(f"**/{lang}/")


def type_into_editor(page, code: str) -> None:
    """Replace the editor's text the way a person does: select all, then type."""
    editor = page.locator(".cm-content")
    editor.click()
    page.keyboard.press("Control+a")
    page.keyboard.press("Delete")
    # Typed line by line; Home + shift+End clears the auto-indent CodeMirror adds after Enter.
    for i, line in enumerate(code.splitlines()):
        if i:
            page.keyboard.press("Enter")
            page.keyboard.press("Shift+Home")
            page.keyboard.press("Delete")
        page.keyboard.insert_text(line)


def wait_for_verdict(page, timeout_ms: int = 120_000):
    page.wait_for_selector("#live .verdict", timeout=timeout_ms)
    return page.locator("#live .verdict")


def test_a_learner_checks_submits_watches_and_reads_the_verdict(page, celery_worker_process):
    UserFactory(username="hana", password="gradient-flows-2026")
    page.context.add_init_script(RECORD_STATUSES)
    log_in(page, "hana", "gradient-flows-2026", "en")
    page.goto(page.base + "/en/exercises/layer-grad-norms/")
    page.wait_for_selector(".cm-content")

    type_into_editor(page, GOOD)
    assert page.locator("textarea#code").input_value().strip() == GOOD.strip(), "the form carries the editor's text"
    page.locator("[data-draft-status]").filter(has_text="Draft saved").wait_for()
    assert Draft.objects.get(user__username="hana").code.strip() == GOOD.strip(), "the draft is on the server"

    page.get_by_role("button", name="Check").click()
    page.wait_for_selector("#check-result .check-ok")
    assert not Submission.objects.exists(), "Check is not an attempt"

    page.get_by_role("button", name="Submit for grading").click()
    page.wait_for_url("**/en/submissions/*/")
    verdict = wait_for_verdict(page)
    seen = page.evaluate("() => window.__statuses")
    assert seen[-1] == "verdict-passed", seen
    assert {"status-queued", "status-running"} & set(seen), f"the page showed the grading live: {seen}"
    assert "Passed" in verdict.locator("h2").inner_text()
    assert verdict.locator("table.criteria tbody tr.is-failed").count() == 0
    chart = page.locator("figure.chart-grad_norms")
    assert chart.locator("svg polyline").count() >= 1, "the learner's gradient norms are drawn"
    assert chart.locator("table.data-table tbody tr").count() > 0, "with a data table for screen readers"
    assert "Graded on cpu" in verdict.inner_text()
    history = page.locator("#submission-history")
    history.locator(".status-passed").wait_for()  # swapped in with the verdict, no reload
    assert history.locator(".status-running, .status-queued").count() == 0
    screenshot(page, "grading-passed-en")
    assert not run_axe(page), "the verdict page passes axe"

    page.goto(page.base + "/en/exercises/layer-grad-norms/")
    assert page.locator(".eyebrow .badge-done").count() == 1, "the exercise is marked done"


def test_a_wrong_solution_shows_the_failing_criterion_and_its_hint_in_japanese(page, celery_worker_process):
    UserFactory(username="ren", password="gradient-flows-2026")
    log_in(page, "ren", "gradient-flows-2026", "ja")
    page.goto(page.base + "/ja/exercises/layer-grad-norms/")
    page.wait_for_selector(".cm-content")
    type_into_editor(page, WRONG)
    page.get_by_role("button", name="提出して採点する").click()
    page.wait_for_url("**/ja/submissions/*/")
    verdict = wait_for_verdict(page)
    assert "未合格" in verdict.locator("h2").inner_text()
    failing = verdict.locator("table.criteria tbody tr.is-failed")
    assert failing.count() >= 1
    row = failing.filter(has_text="keys-match")
    assert row.count() == 1, verdict.inner_text()
    hint = row.locator(".criterion-hint").inner_text()
    assert hint and any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in hint), hint
    screenshot(page, "grading-failed-ja")
    assert not run_axe(page), "the failed verdict page passes axe"

    page.goto(page.base + "/ja/exercises/layer-grad-norms/")
    assert page.locator("details.hint").count() >= 1, "the first hint unlocked after the failure"
    assert page.locator("details.hint summary code").first.inner_text(), "the hint says which criterion it is about"


def test_logging_in_from_an_exercise_comes_back_to_the_draft(page, celery_worker_process):
    user = UserFactory(username="aoi", password="gradient-flows-2026")
    from lessons.models import Exercise

    exercise = Exercise.objects.get(slug="layer-grad-norms")
    Draft.objects.create(user=user, exercise=exercise, code="# my unfinished work\n")
    page.goto(page.base + "/ja/exercises/layer-grad-norms/")
    page.get_by_role("link", name="ログイン").last.click()
    page.fill("#id_username", "aoi")
    page.fill("#id_password", "gradient-flows-2026")
    page.locator("form.stacked-form button[type=submit]").click()
    page.wait_for_url("**/ja/exercises/layer-grad-norms/")
    page.wait_for_selector(".cm-content")
    assert "my unfinished work" in page.locator(".cm-content").inner_text()
