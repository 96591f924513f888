"""The Try button, its parts with the sandbox faked: the chart, the panel's words, the views (login,
validation, the rate limit, nothing stored), the task's bookkeeping in the shared cache, and each
model exercise's `try_it` run in this process against a loopback peer (grader.harness.local).

The real sandbox and a forging learner are in test_try_sandbox.py; the browser in
tests/e2e/test_try_button.py."""
from __future__ import annotations

import re
from pathlib import Path
from unittest import mock

import pytest
from django.core.cache import caches
from django.test import override_settings
from django.utils import translation

from grader import trying
from grader.exercises import load
from grader.grading import TRIED
from grader.harness import learner as learner_mod
from grader.harness.context import Context
from grader.harness.judge import try_it
from grader.harness.local import LoopbackPeer
from grader.models import ExerciseProgress, Submission
from grader.try_chart import decade_label, grad_norm_chart, layer_ticks, norm_text
from grader.try_shown import TRY_SHOWN_CHARS, try_shown
from tests.conftest import UserFactory

REFS = Path(__file__).resolve().parents[2] / "grader" / "references"
SLUG = "fix-vanishing-gradients"


def tried_record(stdout="hello\n", mine=(1.0, 0.5, 0.25), reference=(1.0, 1.0, 1.0)) -> dict:
    rows = [{"layer": f"net.{2 * i}", "index": i + 1, "norm": v} for i, v in enumerate(mine)]
    ref = [{"layer": f"linear {i + 1}", "index": i + 1, "norm": v} for i, v in enumerate(reference)]
    return {"v": 2, "status": TRIED, "score": 0.0, "exercise": SLUG, "grader_version": "x", "criteria": [],
            "outcome": {"kind": "judged"}, "series": {"grad_norms": rows, "reference_grad_norms": ref},
            "stdout": stdout, "stderr": "", "output_truncated": False, "device": "cpu", "torch_version": "2",
            "timings": {"wall_s": 1.234}}


# ---------------------------------------------------------------- the chart


def test_chart_numbers_layers_from_one_and_ticks_whole_decades_once():
    chart = grad_norm_chart([{"layer": "a", "norm": 3e-9}, {"layer": "b", "norm": 0.02}, {"layer": "c", "norm": 2.5}],
                            [{"norm": 1.0}, {"norm": 1.1}, {"norm": 0.9}])
    assert [t["label"] for t in chart["x_ticks"]] == ["1", "2", "3"]
    labels = [t["label"] for t in chart["y_ticks"]]
    assert len(labels) == len(set(labels)), labels
    assert labels[0] == "10⁻¹⁰" and labels[-1] == "100", labels  # every second decade, from an even one
    assert len(labels) <= 8
    assert [r["number"] for r in chart["rows"]] == [1, 2, 3]
    assert chart["rows"][0]["mine"] == "3 × 10⁻⁹" and chart["rows"][2]["reference"] == "0.9"


def test_chart_leaves_out_what_a_log_axis_cannot_hold_and_says_so_in_the_table():
    chart = grad_norm_chart([{"norm": 0.0}, {"norm": "nan"}, {"norm": 1.0}, {"norm": 2.0}], [])
    assert chart["reference"] is None
    assert len(chart["mine"]["points"].split()) == 2
    assert [r["mine"] for r in chart["rows"]] == ["0", "–", "1", "2"]
    assert grad_norm_chart([{"norm": 0.0}], []) is None
    assert grad_norm_chart([], []) is None


def test_many_layers_get_a_readable_number_of_ticks_ending_at_the_last():
    assert layer_ticks(12) == list(range(1, 13))
    ticks = layer_ticks(50)
    assert ticks[0] == 1 and ticks[-1] == 50 and len(ticks) <= 11
    assert decade_label(0) == "1" and decade_label(-2) == "0.01" and decade_label(6) == "10⁶"
    assert norm_text(None) == "–" and norm_text(1.23456) == "1.235"


# ---------------------------------------------------------------- the panel's words


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_an_error_is_worded_in_the_readers_language_without_criteria(lang):
    record = {**tried_record(), "status": "error", "series": {},
              "outcome": {"kind": "syntax_error", "line": 3, "column": 5, "message": "invalid syntax"}}
    shown = try_shown(record, lang)
    assert not shown["ok"] and shown["chart"] is None
    assert "3" in shown["message"]
    with translation.override("ja"):
        ja = try_shown(record, "ja")["message"]
    assert (lang == "ja") == (ja == shown["message"])


def test_output_is_cut_and_the_panel_escapes_it(learner_client):
    record = tried_record(stdout="<script>alert(1)</script>" + "x" * (TRY_SHOWN_CHARS + 10))
    shown = try_shown(record, "en")
    assert shown["truncated"] and len(shown["stdout"]) == TRY_SHOWN_CHARS
    from django.template.loader import render_to_string

    with translation.override("en"):
        html = render_to_string("grader/_try.html", {"state": "done", **shown})
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)" in html
    assert "The output was cut short." in html
    assert html.count("<circle") == 3 and "reference model" in html


# ---------------------------------------------------------------- the views


@pytest.fixture
def queued(monkeypatch):
    """The broker faked: what try_start queued, by token."""
    sent = []
    monkeypatch.setattr("grader.tasks.try_code.apply_async", lambda args, **kw: sent.append((args[0], kw)))
    return sent


def _try_url(slug=SLUG):
    return f"/en/exercises/{slug}/try/"


def _result_url(token, slug=SLUG):
    return f"/en/exercises/{slug}/try/{token}/"


@pytest.mark.django_db
def test_try_needs_a_login(client, queued):
    response = client.post(_try_url(), {"code": "print(1)\n"})
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert not queued


@pytest.mark.django_db
@pytest.mark.parametrize("lang,needle", [("en", "the limit is"), ("ja", "上限")])
def test_code_a_submission_would_refuse_is_a_400_in_the_readers_language(learner_client, queued, lang, needle):
    with override_settings(GRADER_MAX_SOURCE_BYTES=100):
        response = learner_client.post(f"/{lang}/exercises/{SLUG}/try/", {"code": "x = 1\n" * 40},
                                       HTTP_HX_REQUEST="true")
    assert response.status_code == 400
    assert needle in response.content.decode()
    response = learner_client.post(f"/{lang}/exercises/{SLUG}/try/", {"code": "   \n"})
    assert response.status_code == 400
    assert not queued


@pytest.mark.django_db
def test_a_try_is_queued_by_token_on_its_own_queue_and_stores_nothing(learner_client, queued, user):
    response = learner_client.post(_try_url(), {"code": "print('hi')\n"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    (token, options), = queued
    assert options["queue"] == "grade-try" and options["expires"] > 0
    assert token in response.content.decode() and 'hx-trigger="every 1s"' in response.content.decode()
    entry = caches["try"].get(f"try:{token}")
    assert entry["code"] == "print('hi')\n" and entry["user"] == user.pk and entry["state"] == "queued"
    assert not Submission.objects.exists() and not ExerciseProgress.objects.exists()


@pytest.mark.django_db
def test_the_result_is_the_learners_own_and_stops_the_polling(learner_client, queued, user, client):
    learner_client.post(_try_url(), {"code": "print('hi')\n"})
    token = queued[0][0]
    result_url = _result_url(token)
    running = learner_client.get(result_url)
    assert running.status_code == 200 and "every 1s" in running.content.decode()

    with mock.patch("grader.trying.grade_record", return_value=tried_record()) as grade:
        assert trying.try_run(token=token) == trying.DONE
        assert trying.try_run(token=token) is None, "a duplicate message runs nothing"
    grade.assert_called_once()
    assert grade.call_args.kwargs["mode"] == "try" and grade.call_args.kwargs["source"] == "print('hi')\n"
    assert "code" not in caches["try"].get(f"try:{token}"), "the code is not kept once run"

    done = learner_client.get(result_url)
    assert done.status_code == 286
    html = done.content.decode()
    assert "<svg" in html and "hello" in html and "your model" in html
    assert not Submission.objects.exists() and not ExerciseProgress.objects.exists()

    other = UserFactory()
    client.force_login(other)
    assert client.get(result_url).status_code == 404, "another learner cannot read it"
    assert learner_client.get(_result_url(token, "clip-gradients")).status_code == 404
    assert learner_client.get(_result_url("nope")).status_code == 404


@pytest.mark.django_db
def test_a_try_that_waited_too_long_or_failed_reads_as_lost(learner_client, queued):
    learner_client.post(_try_url(), {"code": "print('hi')\n"})
    token = queued[0][0]
    with mock.patch("grader.trying.grade_record", side_effect=RuntimeError("boom")):
        assert trying.try_run(token=token) == trying.LOST
    response = learner_client.get(_result_url(token))
    assert response.status_code == 286 and 'data-try-state="lost"' in response.content.decode()

    learner_client.post(_try_url(), {"code": "print('again')\n"})
    token = queued[1][0]
    with override_settings(GRADER_TRY_WAIT_S=-10):
        response = learner_client.get(_result_url(token))
    assert response.status_code == 286 and 'data-try-state="lost"' in response.content.decode()

    entry = caches["try"].get(f"try:{token}")
    caches["try"].set(f"try:{token}", {**entry, "state": "running", "started_at": 0})  # its worker died
    response = learner_client.get(_result_url(token))
    assert response.status_code == 286 and 'data-try-state="lost"' in response.content.decode()


@pytest.mark.django_db
@override_settings(GRADER_TRY_RATE="3/m")
@pytest.mark.parametrize("lang,needle", [("en", "many times"), ("ja", "何度も")])
def test_tries_past_the_rate_are_a_429_and_run_nothing(learner_client, queued, lang, needle):
    for _ in range(3):
        assert learner_client.post(f"/{lang}/exercises/{SLUG}/try/", {"code": "print(1)\n"}).status_code == 200
    response = learner_client.post(f"/{lang}/exercises/{SLUG}/try/", {"code": "print(1)\n"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 429
    assert needle in response.content.decode() and int(response["Retry-After"]) > 0
    assert len(queued) == 3


@pytest.mark.django_db
def test_a_broker_out_of_reach_is_a_503_that_says_so(learner_client, monkeypatch):
    def down(*args, **kwargs):
        raise ConnectionError("no broker")

    monkeypatch.setattr("grader.tasks.try_code.apply_async", down)
    response = learner_client.post(_try_url(), {"code": "print(1)\n"})
    assert response.status_code == 503 and "cannot be reached" in response.content.decode()


@pytest.mark.django_db
def test_the_exercise_page_has_the_try_button_beside_submit(learner_client):
    html = learner_client.get(f"/en/exercises/{SLUG}/").content.decode()
    assert re.search(r'<button type="button"[^>]*data-try-button[^>]*hx-post="[^"]*/try/"', html, re.S)
    assert 'id="try-result"' in html


# ---------------------------------------------------------------- the judge's try mode


def _local_try(slug: str, source: str) -> dict:
    module = load(slug)
    learner = learner_mod.load(source, module.EXERCISE.names)
    return try_it(module, LoopbackPeer(learner, module.LEARNER_OPS), Context(device="cpu", emit=None))


@pytest.mark.parametrize("slug,reference,layers", [
    ("fix-vanishing-gradients", "pass_relu_he.py", 12),
    ("bn-deep-sigmoid", None, None),
    ("init-weights", "pass_kaiming_xavier.py", 41),
    ("residual-block", "pass_postact_zero_init.py", 50),
])
def test_each_model_exercise_measures_norms_at_init_beside_the_reference(slug, reference, layers):
    path = REFS / slug / reference if reference else sorted((REFS / slug).glob("pass_*.py"))[0]
    result = _local_try(slug, path.read_text())
    assert result["measurements"] == {}, "no criterion is judged"
    mine, ref = result["series"]["grad_norms"], result["series"]["reference_grad_norms"]
    assert mine and ref and (layers is None or len(mine) == layers)
    assert [row["index"] for row in mine] == list(range(1, len(mine) + 1))
    assert all(row["norm"] > 0 for row in mine)


def test_a_vanishing_gradient_shows_as_one():
    source = (REFS / SLUG / "fail_tanh.py").read_text()
    norms = [row["norm"] for row in _local_try(SLUG, source)["series"]["grad_norms"]]
    assert norms[0] / norms[-1] < 0.1


def test_an_exercise_without_a_try_procedure_just_loads_the_code():
    result = _local_try("clip-gradients", sorted((REFS / "clip-gradients").glob("pass_*.py"))[0].read_text())
    assert result == {"measurements": {}, "series": {}}


def test_tries_have_their_own_queue_that_every_worker_consumes():
    from django.conf import settings

    from courseware.celery_app import app

    assert app.amqp.router.route({}, "grader.try_code")["queue"].name == settings.GRADER_TRY_QUEUE == "grade-try"
    run_sh = (Path(__file__).resolve().parents[2] / "courseware" / "scripts" / "run.sh").read_text()
    assert "${GRADER_TRY_QUEUE:-grade-try}" in run_sh
