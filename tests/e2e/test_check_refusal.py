"""The Check button in a real browser: code the checker refuses (400) or a learner past the limit
(429) still gets its reason shown in place, in Japanese (issue 16, item 2). htmx swaps only 2xx by
default; the exercise page tells it to swap these answers too."""
import pytest

from grader.models import Submission
from tests.conftest import UserFactory
from tests.e2e.test_grading_journey import log_in

pytestmark = pytest.mark.browser

DEEP = "x = " + "-" * 30_000 + "1"  # 30 000 nested minus signs: the parser gives up


def test_a_refused_check_and_the_limit_show_their_reason_in_place(page, settings):
    settings.GRADER_MAX_CHECKS_PER_MINUTE = 2
    UserFactory(username="ren", password="gradient-flows-2026")
    log_in(page, "ren", "gradient-flows-2026", "ja")
    page.goto(page.base + "/ja/exercises/layer-grad-norms/")
    page.wait_for_selector(".cm-content")
    page.evaluate("(code) => KobaiEditor.get('code').setValue(code)", DEEP)
    check = page.locator("button[formaction$='/check/']")

    check.click()
    page.locator("#check-result").filter(has_text="入れ子が深すぎる").wait_for()
    check.click()  # the second Check of the minute: answered again
    page.locator("#check-result").filter(has_text="入れ子が深すぎる").wait_for()
    check.click()
    page.locator("#check-result").filter(has_text="この 1 分間に 2 回チェックしています").wait_for()
    assert page.url.endswith("/ja/exercises/layer-grad-norms/"), "answered in place, no navigation"
    assert not Submission.objects.exists()
