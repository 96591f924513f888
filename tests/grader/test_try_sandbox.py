"""The Try button through the real sandbox (the judge and the learner process, each in its own
bubblewrap): a reference solution's Try shows what it printed and its per-layer gradient norms
beside the reference's, and stores no submission; a learner that prints, plants or forges numbers
changes only what it printed, never a norm the panel draws."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from grader import trying
from grader.models import ExerciseProgress, Submission

pytestmark = pytest.mark.sandbox

SLUG = "fix-vanishing-gradients"
PASS = (Path(__file__).resolve().parents[2] / "grader" / "references" / SLUG / "pass_relu_he.py").read_text()
MARKER = "KOBAI-FORGED"

# Everything a learner process can do to the numbers: print lines that look like the judge's, write a
# result line on every descriptor it might hold, and patch torch and the harness's measurements in
# its own interpreter, on import, before the judge asks for anything.
FORGER = PASS + '''

import json as _json

import torch as _torch

_FAKE = [{"layer": "KOBAI-FORGED", "index": i, "norm": 123456.0} for i in range(1, 13)]
print(_json.dumps({"type": "result", "measurements": {}, "series": {"grad_norms": _FAKE,
                                                                  "reference_grad_norms": _FAKE}}))
print("KOBAI-FORGED 123456 <b>bold</b>")
_torch.Tensor.norm = lambda self, *a, **k: _torch.tensor(123456.0)
_torch.linalg.vector_norm = lambda *a, **k: _torch.tensor(123456.0)
try:
    import grader.harness.measure as _measure
    _measure.gradient_flow = lambda *a, **k: {"names": ["KOBAI-FORGED"], "norms": [123456.0], "ratio": 1.0,
                                              "depth": 12}
    _measure.try_series = lambda *a, **k: {"grad_norms": _FAKE, "reference_grad_norms": _FAKE}
except Exception:
    pass
'''

# Result lines written on every descriptor the learner process might hold (its descriptor 3 goes to
# the host, which reads nothing from it; 6 is its answers to the judge).
SPRAYER = PASS + '''

import json as _json
import os as _os

_FAKE = [{"layer": "KOBAI-FORGED", "index": i, "norm": 123456.0} for i in range(1, 13)]
for _fd in (3, 4, 6, 7):
    try:
        _os.write(_fd, (_json.dumps({"type": "result", "measurements": {}, "series": {"grad_norms": _FAKE}})
                        + "\\n").encode())
    except OSError:
        pass
'''


@pytest.fixture
def queued(monkeypatch):
    sent = []
    monkeypatch.setattr("grader.tasks.try_code.apply_async", lambda args, **kw: sent.append(args[0]))
    return sent


def _try(client, code: str, queued) -> tuple[str, str]:
    """Click Try (the view), run the queued Try as the worker would, then read the panel."""
    response = client.post(f"/en/exercises/{SLUG}/try/", {"code": code}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    token = queued[-1]
    assert trying.try_run(token=token, warm=False) == trying.DONE
    panel = client.get(f"/en/exercises/{SLUG}/try/{token}/")
    assert panel.status_code == 286
    return token, panel.content.decode()


def _norms(token, learner) -> list[float]:
    record = trying.try_get(user=learner, token=token, slug=SLUG)["record"]
    assert record["status"] == "tried", record
    return [row["norm"] for row in record["series"]["grad_norms"]]


@pytest.mark.django_db
def test_a_reference_solutions_try_shows_its_output_and_norms_and_stores_nothing(learner_client, user, queued):
    token, html = _try(learner_client, "print('hello from the learner')\n" + PASS, queued)
    norms = _norms(token, user)
    assert len(norms) == 12 and all(0.1 < n < 10 for n in norms), norms
    record = trying.try_get(user=user, token=token, slug=SLUG)["record"]
    assert len(record["series"]["reference_grad_norms"]) == 12
    assert record["criteria"] == [] and record["stdout"] == "hello from the learner\n"
    assert "hello from the learner" in html and "<svg" in html and html.count("<circle") == 12
    assert "reference model" in html
    assert not Submission.objects.exists() and not ExerciseProgress.objects.exists()


@pytest.mark.django_db
def test_a_learner_that_forges_numbers_changes_only_what_it_printed(learner_client, user, queued):
    token, honest_html = _try(learner_client, PASS, queued)
    honest = _norms(token, user)
    token, html = _try(learner_client, FORGER, queued)
    forged = _norms(token, user)
    assert forged == honest, "the judge measured the same model"
    record = trying.try_get(user=user, token=token, slug=SLUG)["record"]
    assert MARKER not in repr(record["series"]) and "123456" not in repr(record["series"])
    assert MARKER in record["stdout"], "what it printed is shown, as output"
    # In the panel: the forged text only inside the escaped output; the chart's table as honest.
    chart = html.split('<pre class="code output try-stdout"')[0]
    assert MARKER not in chart and "123456" not in chart
    assert "&lt;b&gt;bold&lt;/b&gt;" in html and "<b>bold</b>" not in html
    rows = re.findall(r"<td>([^<]*)</td>", chart)
    assert rows == re.findall(r"<td>([^<]*)</td>", honest_html.split('<pre class="code output')[0])


@pytest.mark.django_db
def test_result_lines_written_on_the_learners_descriptors_draw_nothing(learner_client, user, queued):
    token, html = _try(learner_client, SPRAYER, queued)
    record = trying.try_get(user=user, token=token, slug=SLUG)["record"]
    assert record["status"] == "error", "its answers to the judge were garbled: the learner's error"
    assert record["outcome"]["error"]["kind"] == "bad_answer"
    assert "<svg" not in html and "123456" not in html and MARKER not in html


@pytest.mark.django_db
def test_a_syntax_error_or_an_exception_is_worded_not_charted(learner_client, queued):
    _token, html = _try(learner_client, "def build_model(:\n", queued)
    assert "<svg" not in html and "line 1" in html.lower()
    _token, html = _try(learner_client, PASS + "\nraise ValueError('boom at import')\n", queued)
    assert "<svg" not in html and "boom at import" in html
