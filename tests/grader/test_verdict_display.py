"""What the verdict page draws and says (issue 17, items 2 and 3).

Charts: nice-number ticks (1-2-5 steps) that never repeat and cover the data, a loss chart whose
x axis is the run's training steps and ends at its last step, a flat curve drawn flat, layers
numbered 1…L with weight and bias norms apart; old verdicts (a loss without steps) still drawn.
Errors: the learner's line with a caret under the column and Python's message; criteria only
when something was measured; "Graded on" only when known.
"""
from __future__ import annotations

import json
import math
import random
import re
from decimal import Decimal
from pathlib import Path

import pytest

from grader import charts
from grader.chart_scale import end_axis, linear_axis, log_axis, nice_step
from grader.error_place import criteria_measured, error_place
from grader.grading import grade_record
from grader.harness.measure import loss_curve
from grader.models import Submission
from grader.stored_verdict import record_from_old, record_read
from grader.verdict import verdict_record
from lessons.models import Exercise

OLD = Path(__file__).parent / "fixtures" / "old_verdicts"


def _old_series(name: str) -> dict:
    return record_from_old(json.loads((OLD / f"{name}.json").read_text())["verdict"])["series"]


def _is_125(step: Decimal) -> bool:
    digits = step.normalize().as_tuple().digits
    return digits in ((1,), (2,), (5,))


def _ranges(count: int = 400):
    rng = random.Random(17)
    for _ in range(count):
        scale = 10 ** rng.uniform(-9, 9)
        lo = rng.uniform(-1, 1) * scale
        yield lo, lo + abs(rng.gauss(0, 1)) * scale * 10 ** rng.uniform(-6, 1)
    yield from [(2.3026, 2.3026), (0, 0), (2.29, 2.31), (0.05, 2.3), (-3, -2), (1e-300, 2e-300), (1e300, 1.5e300)]


@pytest.mark.parametrize(("lo", "hi"), list(_ranges()))
def test_linear_ticks_are_nice_distinct_and_cover_the_data(lo, hi):
    axis = linear_axis(lo, hi)
    assert axis is not None
    values = [v for v, _ in axis.ticks]
    labels = [label for _, label in axis.ticks]
    assert len(set(labels)) == len(labels), labels
    assert 2 <= len(values) <= 7, labels
    assert values[0] <= lo and values[-1] >= hi, (lo, hi, labels)
    assert values == sorted(values) and (axis.lo, axis.hi) == (values[0], values[-1])
    steps = {Decimal(str(b)) - Decimal(str(a)) for a, b in zip(values, values[1:], strict=False)}
    assert all(_is_125(Decimal(f"{float(s):.6g}")) for s in steps), (labels, steps)
    assert axis.hi - axis.lo >= 0.2 * max(abs(lo), abs(hi)) * (1 - 1e-9), "a span floor: a flat curve is flat"
    if lo >= 0:
        assert axis.lo >= 0, "data that is not negative is not drawn over negative ticks"


def test_the_issues_flat_loss_near_ln_10_reads_flat_with_distinct_ticks():
    axis = linear_axis(2.3012, 2.3105)
    labels = [label for _, label in axis.ticks]
    assert labels == ["2.0", "2.2", "2.4", "2.6"]
    points = [[step, 2.302585 + 0.004 * math.sin(step)] for step in range(1, 251)]
    chart = charts.verdict_charts({"loss": points})[0]["chart"]
    ys = [float(p.split(",")[1]) for p in chart["lines"][0]["points"].split()]
    assert max(ys) - min(ys) < 0.1 * (chart["bottom"] - chart["top"]), "swings in the third digit stay small"


@pytest.mark.parametrize(("lo", "hi"), [(1e-14, 0.5), (0.5, 0.9), (3e-4, 0.2), (1.0, 1.0), (5e-324, 1e308),
                                        (2.0, 2e40), (1e-300, 1e-299), (0.07, 130)])
def test_log_ticks_are_decades_or_1_2_5_distinct_and_cover_the_data(lo, hi):
    axis = log_axis(lo, hi)
    labels = [label for _, label in axis.ticks]
    assert len(set(labels)) == len(labels) and 2 <= len(labels) <= 7, labels
    assert axis.lo <= math.log10(lo) and axis.hi >= math.log10(hi)
    assert axis.ticks[0][0] == axis.lo and axis.ticks[-1][0] == axis.hi


def test_log_labels_read_as_numbers():
    assert [label for _, label in log_axis(0.5, 0.9).ticks] == ["0.1", "0.2", "0.5", "1"]
    assert [label for _, label in log_axis(0.05, 20).ticks] == ["0.01", "0.1", "1", "10", "100"]
    assert [label for _, label in log_axis(3e-4, 0.2).ticks] == ["10⁻⁴", "10⁻³", "10⁻²", "10⁻¹", "1"]
    assert [label for _, label in log_axis(1e-14, 0.5).ticks] == ["10⁻¹⁵", "10⁻¹⁰", "10⁻⁵", "1"]


@pytest.mark.parametrize("last", [2, 3, 7, 10, 11, 20, 99, 100, 101, 237, 250, 1000, 1999, 12345])
@pytest.mark.parametrize("first", [0, 1])
def test_a_step_axis_ends_at_the_last_step(first, last):
    axis = end_axis(first, last, from_zero=True)
    labels = [label for _, label in axis.ticks]
    values = [v for v, _ in axis.ticks]
    assert labels[-1] == str(last) and axis.hi == last
    assert labels[0] == "0" or labels[0] == str(first)
    assert len(set(labels)) == len(labels) and values == sorted(values) and len(labels) <= 7, labels
    gaps = [b - a for a, b in zip(values, values[1:], strict=False)]
    assert min(gaps) >= 0.5 * max(gaps), f"no two labels crowd each other: {labels}"


def test_nice_step_is_1_2_or_5_times_a_power_of_ten():
    assert nice_step(250, 5) == (5, 1)
    assert nice_step(19, 5) == (5, 0)
    assert nice_step(0.46, 4) == (2, -1)


def test_the_judge_stores_each_loss_with_its_step():
    losses = [2.3 - i / 1000 for i in range(250)]
    curve = loss_curve(losses)
    assert curve[0] == [1, losses[0]] and curve[-1] == [250, losses[-1]]
    assert all(loss == losses[step - 1] for step, loss in curve), "each pair is that step's loss"
    assert len(curve) <= 101 and [s for s, _ in curve] == sorted({s for s, _ in curve})
    assert loss_curve([1.0, float("nan"), float("inf")]) == [[1, 1.0], [2, None], [3, None]]
    assert loss_curve([2.0, 1.0]) == [[1, 2.0], [2, 1.0]]


def test_the_loss_chart_reads_the_steps_and_ends_at_the_last_one():
    stored = record_read(verdict_record(status="failed", exercise="fix-vanishing-gradients", grader_version="x",
                                        outcome={"kind": "judged"},
                                        series={"loss": loss_curve([2.3 * 0.99 ** i for i in range(250)])}))
    (chart,) = charts.verdict_charts(stored["series"])
    assert chart["chart"]["x_kind"] == "step"
    assert [t["label"] for t in chart["chart"]["xticks"]] == ["0", "50", "100", "150", "200", "250"]
    assert chart["rows"][0]["label"] == "1" and chart["rows"][-1]["label"] == "250", "the table's last row too"
    assert len(chart["rows"]) <= 22
    last_x = float(chart["chart"]["lines"][0]["points"].split()[-1].split(",")[0])
    assert last_x == chart["chart"]["right"] == float(chart["chart"]["xticks"][-1]["x"])


def test_a_loss_over_decades_is_drawn_on_a_log_scale_and_a_falling_one_on_a_linear_one():
    exploding = charts.verdict_charts({"loss": [[1, 18.0], [2, 2.5e7], [3, 1e40]]})[0]["chart"]
    assert exploding["log"] and [t["label"] for t in exploding["ticks"]] == ["1", "10¹⁰", "10²⁰", "10³⁰", "10⁴⁰"]
    falling = charts.verdict_charts({"loss": [[s, 2.3 / s] for s in range(1, 11)]})[0]["chart"]
    assert not falling["log"] and falling["ticks"][0]["label"] == "0"


def test_an_old_loss_without_steps_is_drawn_against_its_points():
    (loss,) = [c for c in charts.verdict_charts(_old_series("real-bn-deep-sigmoid-starter")) if c["kind"] == "loss"]
    assert loss["chart"]["x_kind"] == "point", "not called steps: the old record does not know them"
    assert loss["chart"]["xticks"][-1]["label"] == "101" and loss["chart"]["xticks"][0]["label"] == "1"
    assert [t["label"] for t in loss["chart"]["ticks"]] == ["2.0", "2.2", "2.4", "2.6"], "flat near ln 10"


def test_every_old_verdict_draws_its_charts_with_distinct_ticks():
    for path in sorted(OLD.glob("*.json")):
        record = record_from_old(json.loads(path.read_text())["verdict"])
        for chart in charts.verdict_charts(record["series"]):
            for key in ("ticks", "xticks"):
                labels = [t["label"] for t in chart["chart"][key]]
                assert labels and len(set(labels)) == len(labels), (path.stem, chart["kind"], key, labels)


def test_per_parameter_norms_are_weights_and_biases_apart_over_layers_1_to_l():
    (grads,) = charts.verdict_charts(_old_series("real-layer-grad-norms-pass-comprehension"))
    assert [line["name"] for line in grads["chart"]["lines"]] == ["weights", "biases"]
    assert [(r["label"], r["name"]) for r in grads["rows"]] == [(1, "0"), (2, "2"), (3, "4")]
    assert all(r["value"] != "–" and r["bias"] != "–" for r in grads["rows"])
    assert [t["label"] for t in grads["chart"]["xticks"]] == ["1", "2", "3"]


def test_layers_are_numbered_from_1_whatever_the_model_calls_them():
    series = _old_series("real-bn-deep-sigmoid-starter")
    grads = charts.verdict_charts(series)[0]
    names = [g["layer"] for g in series["grad_norms"]]
    assert names[:3] == ["0", "2", "4"], "the model's own names: what the issue saw as the layer numbers"
    assert [r["label"] for r in grads["rows"]] == list(range(1, len(names) + 1))
    assert [r["name"] for r in grads["rows"]] == names
    assert not grads["has_bias"] and [line["name"] for line in grads["chart"]["lines"]] == ["learner", "reference"]
    assert grads["chart"]["xticks"][-1]["label"] == str(len(names))


# ---------------------------------------------------------------- the place of an error


def _syntax(line, column, message="expected ':'"):
    return {"error": {"kind": "syntax", "line": line, "column": column, "message": message}}


def test_a_syntax_error_shows_its_line_and_a_caret_under_its_column():
    code = "import torch\n\ndef grad_norms(model)\n    return {}\n"
    place = error_place(_syntax(3, 22), code)
    assert place == {"line": 3, "text": "def grad_norms(model)", "caret": " " * 21 + "^",
                     "message": "SyntaxError: expected ':'"}


def test_the_caret_keeps_tabs_and_wide_characters_in_step():
    place = error_place(_syntax(1, 3, "invalid character '「' (U+300C)"), "日本「x = 1\n")
    assert place["caret"] == "\u3000\u3000^", "under the 「, past two wide characters"
    assert error_place(_syntax(1, 3), "\tx)\n")["caret"] == "\t ^"


@pytest.mark.parametrize("line", [0, 5, -1, 1.5, "2", True, None, "x", 10**30])
def test_a_line_the_code_does_not_have_shows_no_place(line):
    place = error_place(_syntax(line, 1), "a = (\nb = 2\n")
    assert place is None or (line == "2" and place["text"] == "b = 2"), "a numeric string reads as its number"


def test_a_column_past_the_line_gives_no_caret_and_a_long_line_is_cut_around_the_column():
    assert error_place(_syntax(1, 99), "x = (\n")["caret"] == ""
    long = "x = " + "1 + " * 200 + "?\n"
    place = error_place(_syntax(1, len(long) - 1), long)
    assert len(place["text"]) <= 162 and place["text"].startswith("…") and place["text"].rstrip().endswith("?")
    assert place["caret"].endswith("^") and len(place["caret"]) - 1 == place["text"].index("?")


def test_an_exception_on_a_known_line_shows_the_line_and_pythons_message():
    error = {"error": {"kind": "exception", "type": "ZeroDivisionError", "message": "division by zero", "line": 2,
                       "traceback": "..."}}
    place = error_place(error, "def grad_norms(model):\n    return 1 / 0\n")
    assert place == {"line": 2, "text": "    return 1 / 0", "caret": "",
                     "message": "ZeroDivisionError: division by zero"}
    assert error_place({"error": {"kind": "exception", "type": "E", "message": "m"}}, "x\n") is None, "no line"
    assert error_place({"error": {"kind": "limit"}}, "x\n") is None and error_place(None, "x") is None


def test_criteria_count_as_shown_only_when_something_was_measured():
    assert not criteria_measured({"criteria": [{"passed": False, "measured": None}] * 2})
    assert criteria_measured({"criteria": [{"passed": False, "measured": None}, {"passed": False, "measured": 0.3}]})
    assert criteria_measured({"criteria": [{"passed": True, "measured": None}]})
    assert not criteria_measured(None) and not criteria_measured({"criteria": ["x"]})


# ---------------------------------------------------------------- the page


def _page(client, user, record, code: str, lang: str) -> str:
    submission = Submission.objects.create(
        user=user, exercise=Exercise.objects.get(slug=record["exercise"]), code=code, code_sha256="0" * 64,
        grader_version="x", status=record["status"], score=record["score"], verdict=record, attempts=1)
    client.force_login(user)
    html = client.get(f"/{lang}/submissions/{submission.pk}/").content.decode()
    return html[html.index('<section class="card verdict'):html.index("</section>", html.index('<section class="card'))]


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_syntax_error_page_shows_the_line_escaped_and_no_criteria(client, user, lang):
    code = "def grad_norms(model):\n    x = '<b>&' +\n    return {}\n"
    record = grade_record(slug="layer-grad-norms", source=code)  # compile() fails before any sandbox
    assert record["outcome"]["kind"] == "syntax_error"
    page = _page(client, user, record, code, lang)
    place = re.search(r'<figure class="error-place">(.*?)</figure>', page, re.DOTALL).group(1)
    assert "x = &#x27;&lt;b&gt;&amp;&#x27; +" in place and "<b>" not in page, "the learner's line, escaped"
    assert re.search(r'<span class="caret"> +\^</span>', place)
    assert "SyntaxError: invalid syntax" in place
    assert ("Line 2 of your code" if lang == "en" else "あなたのコードの 2 行目") in place
    assert "Python's message" in place or "Python のメッセージ" in place
    assert 'class="criteria' not in page and "not measured" not in page and "未測定" not in page
    assert "Graded on" not in page and "torch -" not in page and "で採点" not in page


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_judged_page_keeps_its_criteria_and_says_where_it_was_graded(client, user, lang):
    record = verdict_record(status="failed", exercise="layer-grad-norms", grader_version="x",
                            outcome={"kind": "judged"}, score=0.5, device="cpu", torch_version="2.13.0",
                            criteria=[{"id": "keys-match", "passed": True, "measured": True},
                                      {"id": "values-match", "passed": False, "measured": 0.31}])
    page = _page(client, user, record, "x = 1\n", lang)
    assert 'class="criteria' in page and 'class="error-place"' not in page
    assert ("Graded on cpu with torch 2.13.0" if lang == "en" else "cpu、torch 2.13.0 で採点") in page
    record["torch_version"] = ""
    assert ("Graded on cpu" if lang == "en" else "cpu で採点") in _page(client, user, record, "x = 1\n", lang)


@pytest.mark.django_db
def test_an_exception_page_shows_the_learners_line(client, user):
    record = verdict_record(status="error", exercise="layer-grad-norms", grader_version="x", criteria=[],
                            outcome={"kind": "learner_error", "error": {
                                "kind": "exception", "type": "ZeroDivisionError", "message": "division by zero",
                                "line": 2, "traceback": 'File "submission.py", line 2'}})
    page = _page(client, user, record, "def grad_norms(model):\n    return 1 / 0\n", "en")
    assert "    return 1 / 0" in page and "ZeroDivisionError: division by zero" in page
