"""Issue 17, items 1 and 5, as a learner sees them in chromium, in both languages at 390 and 1280 px:
hints open for the criteria a graded submission failed (a real worker grades it), a correct quiz
option left unchosen is marked as missed, and a lesson is read only once its end is scrolled into view.

Screenshots: test-artifacts/i17-h1/."""
from __future__ import annotations

from pathlib import Path

import pytest

from grader import services
from grader.models import Submission
from lessons.models import Exercise, LessonProgress, Question
from tests.conftest import ARTIFACTS, UserFactory, wait_until
from tests.e2e.conftest import run_axe

pytestmark = pytest.mark.browser

SHOTS = ARTIFACTS / "i17-h1"
PASSWORD = "gradient-flows-2026"
VIEWS = [(lang, width) for lang in ("ja", "en") for width in (390, 1280)]
# Right keys, wrong values (the largest entry, not the L2 norm): keys-match met, values-match not.
MAX_NOT_L2 = (Path(__file__).resolve().parents[2] / "grader" / "references" / "layer-grad-norms"
              / "fail_max_not_l2.py").read_text()
SYNTAX_ERROR = "def grad_norms(model:\n    return {}\n"
WORDS = {
    "ja": {"why": "採点された提出がこの基準を満たさなかったときに開きます。", "missed": "見落とし（選ばなかった正解）",
           "read": "この講義は読了です。", "read_cell": "✓ 読了", "not_read": "— 未読"},
    "en": {"why": "It opens when a graded submission of yours does not meet this criterion.",
           "missed": "Missed: a correct answer you did not choose", "read": "You have read this lesson to the end.",
           "read_cell": "✓ Read", "not_read": "— Not yet"},
}


def new_page(browser, live_server, lang: str, width: int):
    context = browser.new_context(viewport={"width": width, "height": 844 if width < 600 else 900},
                                  locale="ja-JP" if lang == "ja" else "en-US")
    page = context.new_page()
    page.set_default_timeout(15000)
    return page


def log_in(page, base: str, username: str, lang: str) -> None:
    page.goto(f"{base}/{lang}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("form.stacked-form button[type=submit]").click()
    page.wait_for_url(f"**/{lang}/")


def shot(page, name: str, part=None) -> None:
    """The whole page, and the part the test is about (`part`, a locator) on its own."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    if part is not None:
        part.screenshot(path=str(SHOTS / f"{name}-part.png"))


def graded(user, exercise, code: str) -> Submission:
    submission = services.submission_create(user=user, exercise=exercise, code=code).submission
    finished = Submission.objects.exclude(status__in=Submission.PENDING).filter(pk=submission.pk)
    return wait_until(finished.first, timeout=120, interval=0.2, message=f"submission {submission.pk} to be graded")


@pytest.mark.service
@pytest.mark.sandbox
def test_a_hint_opens_for_the_criterion_a_graded_submission_failed_not_for_the_one_it_met(
        browser, live_server, course_loaded, celery_worker_process):
    user = UserFactory(username="mei", password=PASSWORD)
    exercise = Exercise.objects.get(slug="layer-grad-norms")
    hints = f"{live_server.url}/{{lang}}/exercises/layer-grad-norms/"

    error = graded(user, exercise, SYNTAX_ERROR)
    assert error.status == "error"
    page = new_page(browser, live_server, "en", 1280)
    log_in(page, live_server.url, "mei", "en")
    page.goto(hints.format(lang="en"))
    assert page.locator("details.hint").count() == 0, "a syntax error opens no hint"
    assert page.locator("p.hint-locked").count() == 3
    page.context.close()

    failed = graded(user, exercise, MAX_NOT_L2)
    assert failed.status == "failed"
    met = {c["id"]: c["passed"] for c in failed.verdict["criteria"]}
    assert met == {"keys-match": True, "values-match": False}, met

    for lang, width in VIEWS:
        page = new_page(browser, live_server, lang, width)
        log_in(page, live_server.url, "mei", lang)
        page.goto(hints.format(lang=lang))
        opened = page.locator("details.hint")
        assert opened.count() == 1 and opened.get_attribute("data-hint-criterion") == "values-match"
        assert opened.locator("summary code").inner_text() == "values-match"
        assert opened.is_visible() and opened.locator("div").inner_text().strip(), "its text shows"
        locked = page.locator("p.hint-locked[data-hint-criterion='keys-match']")
        assert locked.count() == 2, "the criterion it met keeps both its hints locked"
        assert WORDS[lang]["why"] in locked.first.inner_text()
        # The page's order is the criteria's: keys-match's hints come before values-match's.
        order = page.locator("[data-hint-criterion]").evaluate_all("els => els.map(e => e.dataset.hintCriterion)")
        assert order == ["keys-match", "keys-match", "values-match"]
        page.locator("#hints-title").scroll_into_view_if_needed()
        shot(page, f"hints-{lang}-{width}", page.locator("section[aria-labelledby=hints-title]"))
        if width == 1280:
            assert not run_axe(page), f"the exercise page passes axe ({lang})"
        page.context.close()


def test_a_correct_option_left_unchosen_is_marked_as_missed(browser, live_server, course_loaded):
    UserFactory(username="kai", password=PASSWORD)
    questions = list(Question.objects.filter(quiz__lesson__slug="vanishing-gradients").prefetch_related("choices"))
    several = next(q for q in questions if q.kind == "multiple" and sum(c.correct for c in q.choices.all()) >= 2)
    for lang, width in VIEWS:
        page = new_page(browser, live_server, lang, width)
        log_in(page, live_server.url, "kai", lang)
        page.goto(f"{live_server.url}/{lang}/lessons/vanishing-gradients/quiz/")
        for question in questions:
            name = f"q-{question.key}"
            correct = [c for c in question.choices.all() if c.correct]
            if question.kind == "numeric":
                page.fill(f"input[name='{name}']", str(question.answer))
                continue
            for choice in correct[:-1] if question.pk == several.pk else correct:
                page.check(f"input[name='{name}'][value='{choice.order}']")
        page.locator(".quiz-form button[type=submit]").click()
        page.wait_for_selector(".quiz-result")
        missed = page.locator(".choice-feedback li.choice-missed")
        assert missed.count() == 1
        assert missed.is_visible() and WORDS[lang]["missed"] in missed.inner_text()
        assert missed.locator(".choice-mark").inner_text() == "!"
        style = missed.evaluate("el => getComputedStyle(el).borderTopStyle")
        assert style == "dashed", "marked by a frame and words too, not by colour alone"
        assert page.locator(".question-feedback.is-wrong").count() == 1
        missed.scroll_into_view_if_needed()
        shot(page, f"quiz-missed-{lang}-{width}", page.locator(".question-feedback.is-wrong"))
        if width == 1280:
            assert not run_axe(page), f"the quiz result passes axe ({lang})"
        page.context.close()


def test_a_lesson_is_read_once_its_end_is_scrolled_into_view_not_on_opening(browser, live_server, course_loaded):
    for n, (lang, width) in enumerate(VIEWS):
        user = UserFactory(username=f"yui{n}", password=PASSWORD)
        page = new_page(browser, live_server, lang, width)
        log_in(page, live_server.url, user.username, lang)
        posts = []

        def note(request, posts=posts):
            if request.method == "POST":
                posts.append(request.url)
        page.on("request", note)
        page.goto(f"{live_server.url}/{lang}/lessons/vanishing-gradients/", wait_until="networkidle")
        page.mouse.wheel(0, 700)  # reading the beginning is not reaching the end
        page.wait_for_load_state("networkidle")
        progress = LessonProgress.objects.get(user=user, lesson__slug="vanishing-gradients")
        assert progress.finished_at is None and not posts, "opened and begun, not read"
        shot(page, f"lesson-opened-{lang}-{width}", page.locator("#lesson-end"))

        page.locator("#lesson-end").scroll_into_view_if_needed()
        done = page.locator("[data-read-done]")
        done.wait_for(state="visible")
        assert WORDS[lang]["read"] in done.inner_text()
        assert page.locator("form[data-read-on-view]").is_hidden()
        assert posts == [f"{live_server.url}/{lang}/lessons/vanishing-gradients/read/"]
        progress.refresh_from_db()
        assert progress.finished_at is not None
        shot(page, f"lesson-end-read-{lang}-{width}", page.locator("#lesson-end"))
        if width == 1280:
            assert not run_axe(page), f"the lesson page with its end passes axe ({lang})"

        page.goto(f"{live_server.url}/{lang}/progress/")
        row = page.locator(".progress-table tbody tr")
        assert row.first.locator("td").first.inner_text() == WORDS[lang]["read_cell"]
        assert row.nth(1).locator("td").first.inner_text() == WORDS[lang]["not_read"], "the next lesson: unread"
        shot(page, f"progress-{lang}-{width}", page.locator(".progress-table"))
        page.context.close()


def test_without_javascript_the_button_at_the_end_marks_the_lesson_read(browser, live_server, course_loaded):
    user = UserFactory(username="sora", password=PASSWORD)
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="ja-JP", java_script_enabled=False)
    page = context.new_page()
    log_in(page, live_server.url, "sora", "ja")
    page.goto(f"{live_server.url}/ja/lessons/vanishing-gradients/")
    page.locator("#lesson-end").scroll_into_view_if_needed()
    assert LessonProgress.objects.get(user=user, lesson__slug="vanishing-gradients").finished_at is None
    page.get_by_role("button", name="この講義を読み終えました").click()
    page.wait_for_url("**/ja/lessons/vanishing-gradients/#lesson-end")
    assert WORDS["ja"]["read"] in page.locator("#lesson-end").inner_text()
    assert LessonProgress.objects.get(user=user, lesson__slug="vanishing-gradients").finished_at is not None
    shot(page, "lesson-end-read-nojs-ja-390", page.locator("#lesson-end"))
    context.close()
