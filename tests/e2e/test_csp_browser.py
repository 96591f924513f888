"""The site works in chromium under its enforced Content-Security-Policy, and nothing trips it.

A lesson with figures and math, lesson 4's interactive widget, the exercise page (CodeMirror,
draft saving by fetch, the Check button's htmx swap), a submission's page (htmx polling until the
verdict and its charts are swapped in; the row is finished by the test, no worker) and an instructor's admin pages (the
highlighted code's nonce'd <style>, the export page's "select all" toggle) are driven as a
person would, while every `securitypolicyviolation` event, console message and page error is
recorded. None may appear.
"""
from pathlib import Path

import pytest

from grader.models import Submission
from grader.verdict import Outcome, verdict_record
from lessons.models import Exercise
from tests.conftest import UserFactory
from tests.e2e.conftest import run_axe
from tests.e2e.test_grading_journey import log_in, type_into_editor

pytestmark = pytest.mark.browser

GOOD = (Path(__file__).resolve().parents[2] / "grader" / "references" / "layer-grad-norms"
        / "pass_comprehension.py").read_text()

GRADED = verdict_record(
    status="failed", exercise="layer-grad-norms", grader_version="test", outcome={"kind": Outcome.JUDGED},
    score=0.5, criteria=[{"id": "keys-match", "passed": False, "measured": 0}], timings={"wall_s": 2.0},
    device="cpu", torch_version="2.13.0",
    series={"grad_norms": [{"layer": "fc1", "norm": 0.5}, {"layer": "fc2", "norm": 0.01}],
            "loss": [[0, 2.3], [10, 1.9], [20, 1.2]]})

# Runs before any script of every page: keep each violation the browser reports.
RECORD_VIOLATIONS = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(
  `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || e.documentURI}:${e.lineNumber}`
  + (e.sample ? ` (${e.sample})` : '')), true);
"""


class Watch:
    """Everything the browser said about the pages: CSP violations, console output, page errors."""

    def __init__(self, page):
        self.page = page
        self.problems: list[str] = []
        page.context.add_init_script(RECORD_VIOLATIONS)
        page.on("console", lambda msg: self.problems.append(f"console.{msg.type}: {msg.text}"))
        page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))

    def visit(self, path: str) -> None:
        self.collect()
        response = self.page.goto(self.page.base + path)
        assert response.status == 200, path
        policy = response.headers.get("content-security-policy", "")
        assert "script-src 'self'" in policy and "unsafe" not in policy, policy

    def collect(self) -> list[str]:
        """The page's recorded violations move into `problems` (before the page goes away)."""
        if self.page.url.startswith("http"):
            self.problems += [f"CSP: {v}" for v in self.page.evaluate("() => window.__csp || []")]
            self.page.evaluate("() => { window.__csp = []; }")
        return self.problems


def test_pages_editor_and_htmx_work_under_the_policy_without_a_violation(page):
    watch = Watch(page)
    learner = UserFactory(username="csp-learner", password="gradient-flows-2026")

    watch.visit("/ja/lessons/vanishing-gradients/")
    assert page.locator("math").count() > 5
    assert page.evaluate("""async () => {
        const images = [...document.querySelectorAll('figure img')];
        for (const img of images) { img.loading = 'eager'; await img.decode(); }
        return images.length > 0 && images.every(img => img.naturalWidth > 0);
    }"""), "the figures load under img-src 'self'"

    watch.visit("/en/lessons/initialization/")
    widget = page.locator("figure[data-widget='init-explorer'] .init-widget")
    widget.wait_for()
    page.get_by_label("Activation", exact=True).select_option("tanh")
    page.wait_for_function("() => document.querySelector('.init-widget').dataset.state.startsWith('tanh/')")

    watch.collect()
    log_in(page, learner.username, "gradient-flows-2026", "en")
    watch.visit("/en/exercises/layer-grad-norms/")
    page.wait_for_selector(".cm-content")
    editor_styled = page.evaluate("() => getComputedStyle(document.querySelector('.cm-editor')).borderRadius")
    assert editor_styled == "8px", watch.collect() or "CodeMirror's theme applied: its <style> has the page's nonce"
    type_into_editor(page, GOOD)
    page.locator("[data-draft-status]").filter(has_text="Draft saved").wait_for()
    page.get_by_role("button", name="Check").click()
    page.wait_for_selector("#check-result .check-ok")
    assert page.url.endswith("/en/exercises/layer-grad-norms/"), "htmx swapped the result in; no navigation"
    assert not Submission.objects.exists(), "Check is not an attempt"
    assert not run_axe(page), "axe runs (and passes) under the policy"

    # The submission page polls with htmx and swaps the verdict (with its SVG charts) in when it comes.
    submission = Submission.objects.create(user=learner, exercise=Exercise.objects.get(slug="layer-grad-norms"),
                                           code=GOOD, code_sha256="2" * 64, grader_version="test")
    watch.visit(f"/en/submissions/{submission.pk}/")
    with page.expect_request(lambda request: "/status/" in request.url):
        pass  # htmx's "every 1s" poll went out
    Submission.objects.filter(pk=submission.pk).update(status="failed", score=0.5, verdict=GRADED)
    page.wait_for_selector("#live .verdict")
    assert page.locator("figure.chart-grad_norms svg polyline").count() >= 1, "the chart was swapped in and drawn"

    assert watch.collect() == [], watch.problems


def test_an_instructors_admin_pages_work_under_the_policy_without_a_violation(page):
    watch = Watch(page)
    UserFactory(username="csp-admin", password="gradient-flows-2026", is_staff=True, is_superuser=True)
    learner = UserFactory(username="csp-author")
    watch.collect()
    submission = Submission.objects.create(
        user=learner, exercise=Exercise.objects.get(slug="layer-grad-norms"), code="def grad_norms(model):\n"
        "    return {}  # a comment\n", code_sha256="0" * 64, grader_version="test")

    log_in(page, "csp-admin", "gradient-flows-2026", "en")
    watch.visit(f"/en/admin/grader/submission/{submission.pk}/change/")
    comment = page.locator(".kobai-code .c1").first
    assert comment.evaluate("el => getComputedStyle(el).color") != page.locator(".kobai-code").evaluate(
        "el => getComputedStyle(el).color"), "the nonce'd <style> of the highlighted code applied"

    watch.visit("/en/admin/grader/submission/export/")
    fields = page.locator(".selectable-field-export-row input[type=checkbox]:not(.select-toggle)")
    assert fields.count() > 1
    page.get_by_label("Select all").uncheck()
    assert all(not box.is_checked() for box in fields.all()), "the toggle works without its inline onchange="
    page.get_by_label("Select all").check()
    assert all(box.is_checked() for box in fields.all())

    assert watch.collect() == [], watch.problems
