"""Any stored verdict, however odd, renders: the learner's pages, the API, the admin page, the export.

Rows written by an old grader that learners could forge may hold anything JSON can. Each case
is stored through the ORM and read back through every page that shows a verdict: each answers
its normal status, and shows the submission's status.
"""
from __future__ import annotations

import json
import math
import re

import pytest
from django.utils.html import escape
from django.utils.translation import override

from grader import charts
from grader.models import Submission
from grader.stored_verdict import series_read, verdict_read
from grader.tokens import token_create
from grader.verdict import status_label
from lessons.models import Exercise
from tests.conftest import UserFactory

pytestmark = pytest.mark.django_db

SLUG = "layer-grad-norms"


def one(**fields) -> dict:
    """A well-formed verdict in one language, with `fields` replaced."""
    base = {
        "status": "failed", "score": 0.5, "message": "1 of 2 criteria met.", "status_label": "Not passed yet",
        "criteria": [{"id": "keys-match", "passed": True, "measured": True, "threshold": "true",
                      "message": "m", "hint": "", "measured_text": "yes"}],
        "series": {"grad_norms": [{"layer": "fc1", "norm": 0.5}, {"layer": "fc2", "norm": 0.05}],
                   "loss": [2.3, 1.1, 0.7]},
        "error": None, "stdout": "", "stderr": "", "output_truncated": False, "device": "cpu",
        "torch_version": "2.13.0", "timings": {"wall_s": 2.5}, "grader_version": "old", "language": "en",
        "exercise": SLUG,
    }
    return {**base, **fields}


def both(**fields) -> dict:
    return {"ja": one(**fields), "en": one(**fields)}


def series(**fields) -> dict:
    return both(series=fields)


def nested(depth: int, leaf):
    value = leaf
    for level in range(depth):
        value = [value] if level % 2 else {"x": value}
    return value


ODD = {
    "series-string-x": series(loss=[["step", 1.0], ["2", 0.5], [3, "0.25"], [{"x": 1}, 0.1]]),
    "loss-list-of-dicts": series(loss=[{"step": 1, "loss": 0.5}, {"a": "b"}, {"loss": "0.2"}, {}]),
    "grad-norms-numbers": series(grad_norms=[1.0, 0.5, "0.25", None, True]),
    "criteria-a-dict": both(criteria={"keys-match": {"passed": True}, "other": 3, "id": ["x"]}),
    "measured-a-dict": both(criteria=[{"id": "keys-match", "passed": "yes", "measured": {"a": 1},
                                       "threshold": {"b": 2}, "message": ["m"], "hint": 5}]),
    "score-1e309": both(score="1e309"),
    "verdict-empty-list": [],
    "verdict-a-string": "passed",
    "only-ja": {"ja": one()},
    "series-50-deep": series(loss=nested(50, 1.0), grad_norms=nested(50, {"norm": 1.0}),
                             activations=nested(50, 2.0), other=nested(50, "x"),
                             reference=nested(50, {"grad_norms": [1.0]})),
    "loss-100k-points": series(loss=[1.0 / (1 + i) for i in range(100_000)]),
    "nan-inf-markers": both(score="nan", timings={"wall_s": "inf"},
                            series={"loss": ["nan", "inf", 1.0, "-inf", 0.5],
                                    "grad_norms": [{"layer": "a", "norm": "inf"}, {"layer": "b", "norm": "nan"},
                                                   {"layer": "c", "norm": "-inf"}, {"layer": "d", "norm": 0.1}],
                                    "activations": [{"std": "nan", "mean": "inf"}, {"std": 1e-3}]},
                            criteria=[{"id": "k", "passed": False, "measured": "nan", "threshold": "< 1"}]),
    "score-a-word": both(score="half", status_label=None, message=None),
    "timings-a-string": both(timings="fast"),
    "timings-shadow-items": both(timings={"items": 3, "wall_s": "2.5", "bad": [1], "7": {"a": 1}}),
    "criteria-not-dicts": both(criteria=["keys-match", 3, None, [1, 2], {"id": {"x": 1}}]),
    "points-not-pairs": series(loss=[[1], [1, 2, 3], "x", 0.5, 0.25, [], [None, None]]),
    "dicts-for-lists": series(grad_norms={"fc1": 0.5, "fc2": {"norm": 0.1}, "fc3": "x"},
                              activations={"a": {"std": 1}, "b": 2.0}, reference=[1, 2], loss={"1": 0.5, "2": 0.2}),
    "lists-for-dicts": both(series=[1, 2], error=[1], timings=[["wall_s", 2]], criteria="keys-match"),
    "missing-keys": {"ja": {}, "en": {}},
    "languages-not-dicts": {"ja": "合格", "en": [1, 2], "fr": None},
    "one-verdict-not-per-language": one(status="error"),
    "extreme-numbers": series(grad_norms=[{"norm": 1.7e308}, {"norm": 1.7e308}], loss=[1e308, -1e308, 5],
                              activations=[{"std": 5e-324}, {"std": 1e300}]),
    "huge-integer": both(score=10**400 // 10**100, series={"loss": [10**300, 1, 2]}),
    "error-odd": both(error={"traceback": {"a": 1}, "kind": 3, "line": "x"}, stdout=5, stderr=["e"],
                      output_truncated="yes", device={"d": 1}, torch_version=2.1),
    "error-a-string": both(error="boom", status="error"),
    "reference-odd": series(grad_norms=[{"norm": 1.0}, {"norm": 0.1}], reference={"grad_norms": "abc", "reference": 1}),
    "strings-everywhere": series(grad_norms="abc", loss="abc", activations="abc", reference="abc"),
    "series-keys-odd": series(**{"": 1, "loss": None, "grad_norms": [], "activations": [None]}),
    "verdict-null": None,
}


# A bare NaN or Infinity never reaches storage (both SQLite's JSON_VALID check and PostgreSQL
# refuse it), so the markers above stand for them.
CASES = list(ODD)
STATUSES = ["failed", "passed", "error", "system_error", "timeout"]


@pytest.fixture(params=CASES)
def odd(request, user):
    name = request.param
    stored = ODD[name]
    status = STATUSES[CASES.index(name) % len(STATUSES)]
    return Submission.objects.create(
        user=user, exercise=Exercise.objects.get(slug=SLUG), code="def grad_norms(model):\n    return {}\n",
        code_sha256="0" * 64, grader_version="old", status=status, score=0.5, verdict=stored,
        failed_criteria=["keys-match", 3, {"x": 1}, None], attempts=1)


def label(status: str, language: str) -> str:
    with override(language):
        return escape(status_label(status))


def strict_json(content: bytes):
    def refuse(name):
        raise ValueError(f"not JSON: {name}")

    return json.loads(content, parse_constant=refuse)


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_learner_pages_answer_and_show_the_status(learner_client, odd, language):
    page = learner_client.get(f"/{language}/submissions/{odd.pk}/")
    assert page.status_code == 200
    assert label(odd.status, language) in page.content.decode()
    live = learner_client.get(f"/{language}/submissions/{odd.pk}/status/")
    assert live.status_code == 286 and label(odd.status, language) in live.content.decode()
    exercise = learner_client.get(f"/{language}/exercises/{SLUG}/", {"from": odd.pk})
    assert exercise.status_code == 200
    with override(language):
        assert f"#{odd.pk}</a> <span class=\"status status-{odd.status}\">{escape(odd.get_status_display())}" in (
            exercise.content.decode())


def test_the_api_answers_strict_json_with_the_status(client, odd, user):
    _token, key = token_create(user=user, name="t")
    for language in ("ja", "en"):
        response = client.get(f"/api/v1/submissions/{odd.pk}", HTTP_AUTHORIZATION=f"Bearer {key}",
                              HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 200
        body = strict_json(response.content)
        assert body["status"] == odd.status
        assert body["verdict"]["status"] == odd.status
        assert body["verdict"]["status_label"] == status_label_in(odd.status, language)
        assert isinstance(body["verdict"]["criteria"], list) and isinstance(body["verdict"]["series"], dict)
        assert len(response.content) < 2_000_000


def status_label_in(status: str, language: str) -> str:
    with override(language):
        return str(status_label(status))


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_admin_page_of_the_submission_answers_and_shows_the_status(client, odd, language):
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    page = client.get(f"/{language}/admin/grader/submission/{odd.pk}/change/")
    assert page.status_code == 200
    assert label(odd.status, language) in page.content.decode()


@pytest.mark.parametrize("name", ["verdict-a-string", "nan-inf-markers", "criteria-not-dicts", "verdict-null"])
@pytest.mark.parametrize("status,progress", [
    ("queued", {}), ("running", {"step": "x", "total": 0, "loss": "nan"}),
    ("running", {"step": 1e308, "total": 1e-308, "loss": {"a": 1}}), ("running", [1, 2]),
])
def test_a_waiting_submission_with_an_odd_old_verdict_answers(client, user, name, status, progress):
    """A regrade keeps the old verdict until the new one is stored: every page still answers."""
    submission = Submission.objects.create(
        user=user, exercise=Exercise.objects.get(slug=SLUG), code="x", code_sha256="0" * 64, grader_version="old",
        status=status, verdict=ODD[name], progress=progress)
    client.force_login(user)
    assert client.get(f"/en/submissions/{submission.pk}/").status_code == 200
    assert client.get(f"/en/submissions/{submission.pk}/status/").status_code == 200
    _token, key = token_create(user=user, name="t")
    response = client.get(f"/api/v1/submissions/{submission.pk}", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.status_code == 200 and strict_json(response.content)["status"] == status
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    assert client.get(f"/en/admin/grader/submission/{submission.pk}/change/").status_code == 200


def test_the_export_answers_whatever_the_rows_hold(client, user):
    exercise = Exercise.objects.get(slug=SLUG)
    for name, stored in ODD.items():
        Submission.objects.create(user=user, exercise=exercise, code=name, code_sha256="0" * 64,
                                  grader_version="old", status="failed", verdict=stored,
                                  failed_criteria=["keys-match", 3, {"x": 1}, None, ["y"]])
    Submission.objects.create(user=user, exercise=exercise, code="x", code_sha256="0" * 64, grader_version="old",
                              status="failed", verdict=None, failed_criteria={"not": "a list"})
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    form = client.get("/en/admin/grader/submission/export/")
    data = {"format": "0", "resource": "0"}
    for field in set(re.findall(r'name="(submissionresource_[a-z_]+)"', form.content.decode())):
        data[field] = "on"
    response = client.post("/en/admin/grader/submission/export/", data)
    assert response.status_code == 200
    assert "keys-match 3" in response.content.decode("utf-8-sig")
    changelist = client.get("/en/admin/grader/submission/")
    assert changelist.status_code == 200


@pytest.mark.parametrize("name", list(ODD))
def test_the_charts_draw_what_they_can_from_any_series(name):
    stored = ODD[name]
    candidates = [stored]
    if isinstance(stored, dict):
        candidates += [v.get("series") for v in stored.values() if isinstance(v, dict)]
    for value in candidates:
        for chart in charts.verdict_charts(value):
            assert chart["kind"] in ("grad_norms", "loss", "activations")
            for line in chart["chart"]["lines"]:
                assert "nan" not in line["points"] and "inf" not in line["points"]
            assert len(chart["rows"]) <= 1000


@pytest.mark.parametrize("name", list(ODD))
def test_reading_a_read_verdict_changes_nothing(name):
    read = verdict_read(ODD[name], language="en", status="failed", score=0.5)
    assert verdict_read(read, language="en", status="failed", score=0.5) == read
    assert series_read(read["series"]) == read["series"]
    assert len(read["series"].get("loss", [])) <= 2000


@pytest.mark.parametrize("points", [
    [(0, 1), (1, 2)], [("a", 1), (1, "b")], [1, 2, 3], [[1], [1, 2, 3]], [(0, 1e308), (1, -1e308)],
    [(0, float("nan")), (1, float("inf")), (2, 1.0), (3, 2.0)], [(10**400, 1), (0, 2)], [None, {}, "xy"],
    [(0, 1e300), (1, 1e300)], [(1e300, 1), (1e300, 2)], [(True, 1), (False, 2), ("1", "2"), ("3", "4")],
])
@pytest.mark.parametrize("log", [False, True])
def test_line_chart_never_raises(points, log):
    chart = charts.line_chart([{"name": "s", "points": points}, "not a series", {"points": 5}], log=log)
    if chart is not None:
        for tick in chart["ticks"]:
            assert tick["label"] and not math.isnan(float(tick["y"]))


def test_a_well_formed_verdict_reads_back_unchanged(user):
    stored = both()
    submission = Submission.objects.create(
        user=user, exercise=Exercise.objects.get(slug=SLUG), code="x", code_sha256="0" * 64,
        grader_version="old", status="failed", score=0.5, verdict=stored)
    read = submission.verdict_in("en")
    for key in ("status", "score", "message", "criteria", "series", "stdout", "device", "timings"):
        assert read[key] == stored["en"][key], key
    assert [c["kind"] for c in charts.verdict_charts(read["series"])] == ["grad_norms", "loss"]
