"""A new learner signs up, reads lesson 1 in Japanese, switches to English, takes the quiz."""
import pytest

from lessons.models import Question
from tests.e2e.conftest import run_axe, screenshot

pytestmark = pytest.mark.browser


def test_a_new_learner_reads_switches_language_and_answers_the_quiz(page):
    page.goto(page.base + "/")
    assert page.url.endswith("/ja/"), "a Japanese browser lands on /ja/"
    page.get_by_role("link", name="新規登録").first.click()
    page.fill("#id_username", "sakura")
    page.fill("#id_email", "sakura@example.com")
    page.fill("#id_password1", "gradient-flows-2026")
    page.fill("#id_password2", "gradient-flows-2026")
    page.locator("form.stacked-form button[type=submit]").click()
    page.wait_for_url("**/ja/")
    assert "sakura" in page.locator("footer").inner_text()

    page.locator(".lesson-card h3 a").first.click()
    page.wait_for_url("**/ja/lessons/vanishing-gradients/")
    assert page.locator("html").get_attribute("lang") == "ja"
    assert page.locator("math").count() > 5
    assert page.locator("figure.figure img").count() >= 2
    heading = page.locator("h1").inner_text()
    assert "勾配消失" in heading
    # Figures are real images that loaded (naturalWidth > 0).
    assert page.evaluate("""async () => {
        const images = [...document.querySelectorAll('figure img')];
        for (const img of images) { img.loading = 'eager'; await img.decode(); }
        return images.every(img => img.naturalWidth > 0);
    }""")
    screenshot(page, "journey-lesson-ja")

    page.locator(".lang-switch a[hreflang=en]").click()
    page.wait_for_url("**/en/lessons/vanishing-gradients/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert "vanishing" in page.locator("h1").inner_text().lower()

    page.get_by_role("link", name="Take the quiz").click()
    page.wait_for_url("**/en/lessons/vanishing-gradients/quiz/")
    for question in Question.objects.filter(quiz__lesson__slug="vanishing-gradients"):
        name = f"q-{question.key}"
        if question.kind == "numeric":
            page.fill(f"input[name='{name}']", str(question.answer))
        else:
            for choice in question.choices.filter(correct=True):
                page.check(f"input[name='{name}'][value='{choice.order}']")
    page.get_by_role("button", name="Check my answers").click()
    page.wait_for_selector(".quiz-result")
    assert "100%" in page.locator(".quiz-result h2").inner_text()
    assert page.locator(".question-feedback.is-correct").count() == Question.objects.filter(
        quiz__lesson__slug="vanishing-gradients").count()
    screenshot(page, "journey-quiz-result-en")
    assert not run_axe(page), "the quiz result page passes axe"

    page.get_by_role("link", name="My progress").click()
    row = page.locator(".progress-table tbody tr").first
    assert "Passed" in row.inner_text() and "100%" in row.inner_text()
    screenshot(page, "journey-progress-en")
    assert not run_axe(page), "the progress page passes axe"
    page.goto(page.base + "/ja/")
    assert page.locator(".lesson-card").first.locator(".badge-done").count() == 1


PAGE_TYPES = {
    "home": "/{lang}/",
    "lesson": "/{lang}/lessons/vanishing-gradients/",
    "lesson-with-widget": "/{lang}/lessons/initialization/",
    "lesson-batch-norm": "/{lang}/lessons/batch-norm/",
    "quiz": "/{lang}/lessons/vanishing-gradients/quiz/",
    "exercise": "/{lang}/exercises/fix-vanishing-gradients/",
    "glossary": "/{lang}/glossary/",
    "login": "/{lang}/accounts/login/",
    "signup": "/{lang}/accounts/signup/",
    "password-reset": "/{lang}/accounts/password_reset/",
    "not-found": "/{lang}/lessons/no-such-lesson/",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_page_type_passes_axe_and_is_photographed(page, lang):
    failures = {}
    for name, path in PAGE_TYPES.items():
        for width in (360, 1280):
            page.set_viewport_size({"width": width, "height": 800})
            page.goto(page.base + path.format(lang=lang))
            assert page.locator("html").get_attribute("lang") == lang
            overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, f"{name} at {width}px scrolls sideways by {overflow}px"
            screenshot(page, f"{name}-{lang}-{width}")
        violations = run_axe(page)
        if violations:
            failures[name] = violations
    assert not failures, failures


def test_pages_are_keyboard_navigable_with_visible_focus(page):
    page.goto(page.base + "/en/")
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.className")
    assert "skip-link" in focused
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    # Following a same-page link lands asynchronously; wait for it with a bound.
    page.wait_for_function("() => location.hash === '#main'", timeout=5000)


def test_dark_mode_follows_the_system_setting(browser, live_server, course_loaded):
    context = browser.new_context(color_scheme="dark", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(live_server.url + "/en/lessons/vanishing-gradients/")
    background = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(21, 23, 26)"
    assert not run_axe(page), "dark mode keeps AA contrast"
    screenshot(page, "lesson-en-1280-dark")
    context.close()
