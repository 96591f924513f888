"""A learner clicks Try on the exercise page and sees, within seconds, what their code printed and
their model's gradient norms per layer beside the reference: in both languages, on a phone and on
a desktop. A real Celery worker runs the Try through Redis and the sandbox; nothing is stored as a
submission. Screenshots: test-artifacts/i17-h4/."""
from pathlib import Path

import pytest

from grader.models import Submission
from lessons.models import Exercise
from tests.conftest import ARTIFACTS, UserFactory
from tests.e2e.conftest import run_axe
from tests.e2e.test_csp_browser import Watch
from tests.e2e.test_grading_journey import log_in

pytestmark = [pytest.mark.browser, pytest.mark.service]

SLUG = "fix-vanishing-gradients"
PASS = (Path(__file__).resolve().parents[2] / "grader" / "references" / SLUG / "pass_relu_he.py").read_text()
SHOTS = ARTIFACTS / "i17-h4"
TRY = {"en": "Try", "ja": "試し実行"}


def set_editor(page, code: str) -> None:
    page.wait_for_selector(".cm-content")
    page.evaluate("code => KobaiEditor.get('code').setValue(code)", code)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_try_shows_the_output_and_the_gradient_norms_beside_the_reference(browser, live_server, course_loaded,
                                                                           celery_worker_process, lang):
    UserFactory(username=f"try-{lang}", password="gradient-flows-2026")
    SHOTS.mkdir(parents=True, exist_ok=True)
    starter = Exercise.objects.get(slug=SLUG).starter_code
    for width, code, name in ((1280, f"print('hello from Try')\n{starter}", "starter"),
                              (390, f"print('hello from Try')\n{PASS}", "relu-he")):
        context = browser.new_context(viewport={"width": width, "height": 900},
                                      locale="ja-JP" if lang == "ja" else "en-US")
        page = context.new_page()
        page.set_default_timeout(15000)
        page.base = live_server.url
        watch = Watch(page)
        try:
            log_in(page, f"try-{lang}", "gradient-flows-2026", lang)
            watch.visit(f"/{lang}/exercises/{SLUG}/")
            set_editor(page, code)
            page.get_by_role("button", name=TRY[lang], exact=True).click()
            panel = page.wait_for_selector('#try-panel[data-try-state="done"]', timeout=120_000)
            assert "hello from Try" in panel.inner_text()
            svg = page.locator(".try-chart-svg")
            assert svg.locator("circle").count() == 12 and svg.locator("rect").count() == 12
            ticks = svg.locator("text.tick")
            labels = [t.strip() for t in ticks.all_text_contents()]
            assert "1" in labels and "12" in labels, labels
            tick_px = page.evaluate("""() => {
              const svg = document.querySelector('.try-chart-svg');
              const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
              return parseFloat(getComputedStyle(svg.querySelector('text.tick')).fontSize) * scale;
            }""")
            assert 11 <= tick_px <= 18, f"tick labels are drawn at {tick_px:.1f} px at {width} px"
            assert page.evaluate("() => document.documentElement.scrollWidth") <= width, "no sideways scrolling"
            page.locator("#try-panel details summary").click()  # the numbers, as a table
            assert page.locator("#try-panel table tbody tr").count() == 12
            run_axe(page)  # loads axe; the exercise page's own findings are not this panel's
            found = page.evaluate("async () => (await axe.run('#try-result', {runOnly: {type: 'tag', values: "
                                  "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})).violations"
                                  ".map(v => v.id + ': ' + v.nodes.map(n => n.target).join(' '))")
            assert found == [], "the Try panel passes axe"
            page.locator("#try-result").scroll_into_view_if_needed()
            page.locator("#try-result").screenshot(path=str(SHOTS / f"try-{lang}-{width}-{name}.png"))
            page.screenshot(path=str(SHOTS / f"try-{lang}-{width}-{name}-page.png"), full_page=True)
            if width == 1280:  # code a submission would refuse: the reason, in place of the panel
                set_editor(page, "   \n")
                page.get_by_role("button", name=TRY[lang], exact=True).click()
                refusal = page.wait_for_selector("#try-result .try-refused")
                assert ("empty" if lang == "en" else "空") in refusal.inner_text()
                page.locator("#try-result").screenshot(path=str(SHOTS / f"try-{lang}-{width}-refused.png"))
            assert [p for p in watch.collect() if "400" not in p] == [], "no CSP violation, console message or error"
        finally:
            context.close()
    assert not Submission.objects.exists(), "a Try is not a submission"
