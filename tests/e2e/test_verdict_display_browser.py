"""The verdict's charts and error place in a browser, in both languages, at 390 and 1280 px (issue 17).

The loss chart: a submission stored with the loss curve the judge's own training function records
(grader.harness.measure.train_and_evaluate, 250 real steps on the digits), drawn by the site: the
last x tick reads the run's last step, tick labels are at least 11 CSS px and do not overlap.
The syntax error: submitted through the editor and graded by a real worker; the page shows the
line with a caret and Python's message, and no criteria table.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from grader.models import Submission
from grader.stored_verdict import record_from_old
from grader.verdict import verdict_record
from lessons.models import Exercise
from tests.conftest import ARTIFACTS, UserFactory
from tests.e2e.test_grading_journey import log_in, type_into_editor, wait_for_verdict

pytestmark = [pytest.mark.browser]

SHOTS = ARTIFACTS / "i17-h2"
OLD = Path(__file__).resolve().parents[1] / "grader" / "fixtures" / "old_verdicts"
STEPS = 250
WIDTHS = (390, 1280)
LANGS = ("en", "ja")
MIN_PX = 11

# Each tick label's rendered box and font size in CSS px.
TICKS = """(sel) => [...document.querySelectorAll(sel)].map(t => {
  const box = t.getBoundingClientRect(), svg = t.ownerSVGElement;
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  return {text: t.textContent, left: box.left, right: box.right, px: parseFloat(getComputedStyle(t).fontSize) * scale};
})"""


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


@pytest.fixture(scope="module")
def trained_record():
    """A record as fix-vanishing-gradients stores it, its loss from the judge's training function."""
    import torch

    from grader.harness.data import digits
    from grader.harness.measure import adam, train_and_evaluate

    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(64, 32), torch.nn.Sigmoid(), torch.nn.Linear(32, 10))
    trained = train_and_evaluate(model, None, digits("cpu"), 0, steps=STEPS, batch=64,
                                 make_optimizer=lambda p: adam(p, 1e-3), eval_every=50)
    real = record_from_old(json.loads((OLD / "real-bn-deep-sigmoid-starter.json").read_text())["verdict"])
    series = {"grad_norms": real["series"]["grad_norms"], "reference": real["series"]["reference"],
              "loss": trained["loss"]}
    return verdict_record(status="failed", exercise="fix-vanishing-gradients", grader_version="x", score=0.5,
                          outcome={"kind": "judged"}, series=series, device="cpu", torch_version="2.13.0",
                          criteria=[{"id": "val-accuracy", "passed": False, "measured": trained["best"]}])


def stored(user, record) -> Submission:
    return Submission.objects.create(
        user=user, exercise=Exercise.objects.get(slug=record["exercise"]), code="x = 1\n", code_sha256="0" * 64,
        grader_version="x", status=record["status"], score=record["score"], verdict=record, attempts=1)


def check_ticks(page, selector: str) -> list[dict]:
    ticks = page.evaluate(TICKS, selector)
    assert ticks, selector
    small = [t for t in ticks if t["px"] < MIN_PX]
    assert not small, f"tick labels under {MIN_PX} px: {small}"
    return ticks


def test_the_loss_chart_ends_at_the_runs_last_step(page, trained_record):
    assert trained_record["series"]["loss"][-1][0] == STEPS, "the judge stored the last step with its loss"
    user = UserFactory(username="kei", password="gradient-flows-2026")
    submission = stored(user, trained_record)
    grads = stored(user, record_from_old(json.loads((OLD / "real-layer-grad-norms-pass-comprehension.json")
                                                    .read_text())["verdict"]))
    log_in(page, "kei", "gradient-flows-2026", "en")
    for lang in LANGS:
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            page.goto(f"{page.base}/{lang}/submissions/{submission.pk}/")
            chart = page.locator("figure.chart-loss")
            xs = check_ticks(page, "figure.chart-loss text.tick-x")
            assert xs[-1]["text"] == str(STEPS), [t["text"] for t in xs]
            assert [t["text"] for t in xs] == ["0", "50", "100", "150", "200", "250"]
            assert all(a["right"] <= b["left"] for a, b in zip(xs, xs[1:], strict=False)), "x labels apart"
            ys = [t["text"] for t in check_ticks(page, "figure.chart-loss text.tick-y")]
            assert len(set(ys)) == len(ys), ys
            check_ticks(page, "figure.chart-grad_norms text.tick")
            title = chart.locator("text.axis-title").text_content()
            assert title == ("training step" if lang == "en" else "学習ステップ")
            box = page.locator("figure.chart-loss svg").bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= width, "the chart fits the page"
            chart.scroll_into_view_if_needed()
            shot(page, f"loss-chart-{lang}-{width}")
            chart.screenshot(path=str(SHOTS / f"loss-chart-only-{lang}-{width}.png"))

            page.goto(f"{page.base}/{lang}/submissions/{grads.pk}/")
            figure = page.locator("figure.chart-grad_norms")
            assert figure.locator("polyline").count() == 2, "weights and biases, two lines"
            assert [t["text"] for t in check_ticks(page, "figure.chart-grad_norms text.tick-x")] == ["1", "2", "3"]
            assert figure.locator(".chart-legend li").count() == 2
            figure.locator("summary").click()
            assert figure.locator("tbody th").all_inner_texts() == ["1", "2", "3"], "layers numbered 1…L"
            figure.screenshot(path=str(SHOTS / f"weights-biases-{lang}-{width}.png"))
    page.emulate_media(color_scheme="dark")
    page.goto(f"{page.base}/ja/submissions/{submission.pk}/")
    shot(page, "loss-chart-ja-1280-dark")


RAISES = "import torch\n\n\ndef grad_norms(model):\n    total = 0\n    return 1 / total\n"


def test_an_exception_shows_the_learners_line_and_pythons_message(page):
    """A stored verdict of a real grading (the golden row real-exception: ZeroDivisionError on line 6)."""
    user = UserFactory(username="sora", password="gradient-flows-2026")
    log_in(page, "sora", "gradient-flows-2026", "en")
    record = record_from_old(json.loads((OLD / "real-exception.json").read_text())["verdict"])
    submission = Submission.objects.create(
        user=user, exercise=Exercise.objects.get(slug="layer-grad-norms"), code=RAISES, code_sha256="0" * 64,
        grader_version="x", status="error", score=0.0, verdict=record, attempts=1)
    for lang in LANGS:
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            page.goto(f"{page.base}/{lang}/submissions/{submission.pk}/")
            place = page.locator("#live figure.error-place")
            assert place.locator("pre.error-line").inner_text() == "    return 1 / total"
            assert place.locator(".error-message code").inner_text() == "ZeroDivisionError: division by zero"
            assert page.locator("#live table.criteria").count() == 0
            shot(page, f"exception-{lang}-{width}")


BROKEN = "import torch\n\ndef grad_norms(model)\n    return {}\n"


@pytest.mark.service
def test_a_syntax_error_shows_the_line_with_a_caret_and_no_criteria(page, celery_worker_process):
    UserFactory(username="aoi", password="gradient-flows-2026")
    log_in(page, "aoi", "gradient-flows-2026", "en")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(page.base + "/en/exercises/layer-grad-norms/")
    page.wait_for_selector(".cm-content")
    type_into_editor(page, BROKEN)
    page.get_by_role("button", name="Submit for grading").click()
    page.wait_for_url("**/en/submissions/*/")
    wait_for_verdict(page)
    url = page.url
    for lang in LANGS:
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            page.goto(url.replace("/en/", f"/{lang}/"))
            verdict = page.locator("#live .verdict")
            place = verdict.locator("figure.error-place")
            lines = place.locator("pre.error-line").inner_text().split("\n")
            assert lines[0] == "def grad_norms(model)"
            assert lines[1] == " " * 21 + "^", "the caret under column 22, where Python says the ':' is missing"
            assert place.locator(".error-message code").inner_text() == "SyntaxError: expected ':'"
            caption = place.locator("figcaption").inner_text()
            assert caption == ("Line 3 of your code" if lang == "en" else "あなたのコードの 3 行目")
            assert verdict.locator("table.criteria").count() == 0, "nothing was measured: no criteria"
            text = verdict.inner_text()
            assert "Graded on" not in text and "torch -" not in text and "で採点" not in text
            caret = place.locator(".caret").bounding_box()
            assert caret["x"] + caret["width"] <= width, "the caret is on the screen"
            shot(page, f"syntax-error-{lang}-{width}")
