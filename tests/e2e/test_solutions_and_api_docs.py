"""A learner passes an exercise for real and reads the reference solutions and their walkthrough, in
both languages at a phone's and a desktop's width; the API docs page, reached from the tokens page.

The grading is the real one (a Celery worker process, Redis and the sandbox); the browser only sees
pages. Screenshots go to test-artifacts/i17-h5/."""
import pytest

from tests.conftest import ARTIFACTS, UserFactory
from tests.e2e.conftest import run_axe
from tests.e2e.test_csp_browser import Watch
from tests.e2e.test_grading_journey import GOOD, log_in, type_into_editor, wait_for_verdict

SHOTS = ARTIFACTS / "i17-h5"
WIDTHS = (390, 1280)


def shoot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def fits(page) -> bool:
    """No sideways scrolling of the page itself (a code block may scroll inside its own box)."""
    return page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1")


def at_each_width(page, name: str) -> None:
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        assert fits(page), f"{name} at {width} px scrolls sideways"
        shoot(page, f"{name}-{width}")
    page.set_viewport_size({"width": 1280, "height": 900})


@pytest.mark.browser
@pytest.mark.service
def test_after_a_real_pass_the_learner_reads_the_solutions_in_both_languages(page, celery_worker_process):
    watch = Watch(page)
    UserFactory(username="mio", password="gradient-flows-2026")
    log_in(page, "mio", "gradient-flows-2026", "en")

    response = page.goto(page.base + "/en/exercises/layer-grad-norms/solutions/")
    assert response.status == 403
    assert "Not open yet" in page.locator("h1").inner_text()
    assert page.locator("pre.code").count() == 0, "not a line of the solutions before a pass"
    shoot(page, "solutions-locked-en-1280")
    expected = "console.error: Failed to load resource: the server responded with a status of 403 (Forbidden)"
    assert watch.collect() == [expected], "the 403 itself, and nothing else"
    watch.problems.clear()

    page.goto(page.base + "/en/exercises/layer-grad-norms/")
    page.wait_for_selector(".cm-content")
    assert page.locator("#solutions-title").count() == 1
    assert page.locator("a[href$='/solutions/']").count() == 0
    type_into_editor(page, GOOD)
    page.get_by_role("button", name="Submit for grading").click()
    page.wait_for_url("**/en/submissions/*/")
    verdict = wait_for_verdict(page)
    assert "verdict-passed" in verdict.get_attribute("class")
    link = page.get_by_role("link", name="See the reference solutions and why they work")
    link.wait_for()
    shoot(page, "verdict-passed-with-solutions-link-en-1280")
    link.click()
    page.wait_for_url("**/en/exercises/layer-grad-norms/solutions/")

    for lang, title, why in (("en", "One dictionary comprehension", "Why they work"),
                             ("ja", "辞書内包表記で 1 行に", "なぜうまくいくのか")):
        if lang == "ja":
            page.locator(".lang-switch a[hreflang=ja]").click()
            page.wait_for_url("**/ja/exercises/layer-grad-norms/solutions/")
        assert page.locator("html").get_attribute("lang") == lang
        assert page.locator(".solution h2").first.inner_text() == title
        assert page.locator(".solution pre.code.highlight").count() == 2, "two reference solutions, highlighted"
        assert "p.grad.norm().item()" in page.locator(".solution pre.code").first.inner_text()
        assert page.locator("#walkthrough-title").inner_text() == why
        assert page.locator(".walkthrough math").count() >= 1, "the walkthrough's math is MathML"
        at_each_width(page, f"solutions-{lang}")
        assert not run_axe(page), f"the solutions page passes axe ({lang})"
    assert not watch.collect(), watch.problems


@pytest.mark.browser
def test_the_api_docs_page_from_the_tokens_page_in_both_languages(page):
    watch = Watch(page)
    UserFactory(username="sora", password="gradient-flows-2026")
    for lang, docs, create in (("en", "API documentation", "Submit code for grading"),
                               ("ja", "API ドキュメント", "コードを提出して採点を受ける")):
        log_in(page, "sora", "gradient-flows-2026", lang)
        page.goto(f"{page.base}/{lang}/account/tokens/")
        page.get_by_role("link", name=docs, exact=True).click()
        page.wait_for_url(f"**/{lang}/api/docs/")
        assert page.locator("h1").inner_text() == docs
        operations = page.locator(".api-operation")
        assert operations.count() == 2
        assert create in operations.first.inner_text()
        assert "Idempotency-Key" in operations.first.inner_text()
        assert page.locator("#schema-SubmissionOut").count() == 1
        at_each_width(page, f"api-docs-{lang}")
        assert not run_axe(page), f"the API docs page passes axe ({lang})"
        href = page.locator("a[href='/api/v1/openapi.json']").first.get_attribute("href")
        schema = page.request.get(page.base + href).json()
        assert set(schema["paths"]) == {"/api/v1/exercises/{slug}/submissions", "/api/v1/submissions/{submission_id}"}
        page.goto(f"{page.base}/{lang}/")
        page.locator("form.inline-form button").click()  # log out
        page.wait_for_load_state()
    assert not watch.collect(), watch.problems
