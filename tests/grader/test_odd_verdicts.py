"""Any stored verdict, however odd, renders: the learner's pages, the API, the admin page, the export.

A row holds the grading's record (grader.verdict), or, stored before it, the verdict worded in
each language ({"ja": {...}, "en": {...}}, which the reader converts); and rows written by an old
grader that learners could forge may hold anything JSON can. Each case is stored through the ORM
and read back through every page that shows a verdict: each answers its normal status, and shows
the submission's status.
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
from grader.stored_verdict import record_read, series_read, verdict_read
from grader.tokens import token_create
from grader.verdict import status_label
from lessons.models import Exercise
from tests.conftest import UserFactory

pytestmark = pytest.mark.django_db

SLUG = "layer-grad-norms"


def record(**fields) -> dict:
    """A well-formed record, with `fields` replaced."""
    base = {
        "v": 2, "status": "failed", "score": 0.5, "exercise": SLUG, "grader_version": "old",
        "criteria": [{"id": "keys-match", "passed": True, "measured": True},
                     {"id": "values-match", "passed": False, "measured": 0.31}],
        "outcome": {"kind": "judged"},
        "series": {"grad_norms": [{"layer": "fc1", "norm": 0.5}, {"layer": "fc2", "norm": 0.05}],
                   "loss": [2.3, 1.1, 0.7]},
        "stdout": "", "stderr": "", "output_truncated": False, "device": "cpu", "torch_version": "2.13.0",
        "timings": {"wall_s": 2.5}, "worker": "w@host", "queued_at": "2026-11-30T10:00:00+00:00",
        "started_at": None, "finished_at": "2026-11-30T10:00:05+00:00",
    }
    return {**base, **fields}


def series(**fields) -> dict:
    return record(series=fields)


def outcome(**fields) -> dict:
    return record(outcome=fields, criteria=[{"id": "keys-match", "passed": False, "measured": None}])


def old_one(**fields) -> dict:
    """A well-formed verdict of one language in the shape stored before the record, with `fields` replaced."""
    base = {
        "status": "failed", "score": 0.5, "message": "1 of 2 criteria met.", "status_label": "Not passed yet",
        "criteria": [{"id": "keys-match", "passed": True, "measured": True, "threshold": "true",
                      "message": "m", "hint": "", "measured_text": "yes"}],
        "series": {"grad_norms": [{"layer": "fc1", "norm": 0.5}], "loss": [2.3, 1.1, 0.7]},
        "error": None, "stdout": "", "stderr": "", "output_truncated": False, "device": "cpu",
        "torch_version": "2.13.0", "timings": {"wall_s": 2.5}, "grader_version": "old", "language": "en",
        "exercise": SLUG,
    }
    return {**base, **fields}


def nested(depth: int, leaf):
    value = leaf
    for level in range(depth):
        value = [value] if level % 2 else {"x": value}
    return value


ODD = {
    "series-string-x": series(loss=[["step", 1.0], ["2", 0.5], [3, "0.25"], [{"x": 1}, 0.1]]),
    "loss-list-of-dicts": series(loss=[{"step": 1, "loss": 0.5}, {"a": "b"}, {"loss": "0.2"}, {}]),
    "grad-norms-numbers": series(grad_norms=[1.0, 0.5, "0.25", None, True]),
    "criteria-a-dict": record(criteria={"keys-match": {"passed": True}, "other": 3, "id": ["x"]}),
    "measured-a-dict": record(criteria=[{"id": "keys-match", "passed": "yes", "measured": {"a": 1},
                                         "threshold": {"b": 2}, "message": ["m"], "hint": 5}]),
    "score-1e309": record(score="1e309"),
    "verdict-empty-list": [],
    "verdict-a-string": "passed",
    "old-only-ja": {"ja": old_one()},
    "series-50-deep": series(loss=nested(50, 1.0), grad_norms=nested(50, {"norm": 1.0}),
                             activations=nested(50, 2.0), other=nested(50, "x"),
                             reference=nested(50, {"grad_norms": [1.0]})),
    "loss-100k-points": series(loss=[1.0 / (1 + i) for i in range(100_000)]),
    "nan-inf-markers": record(score="nan", timings={"wall_s": "inf"},
                              series={"loss": ["nan", "inf", 1.0, "-inf", 0.5],
                                      "grad_norms": [{"layer": "a", "norm": "inf"}, {"layer": "b", "norm": "nan"},
                                                     {"layer": "c", "norm": "-inf"}, {"layer": "d", "norm": 0.1}],
                                      "activations": [{"std": "nan", "mean": "inf"}, {"std": 1e-3}]},
                              criteria=[{"id": "values-match", "passed": False, "measured": "nan"},
                                        {"id": "keys-match", "passed": False, "measured": "-inf"}]),
    "score-a-word": record(score="half", status=None, exercise=None, grader_version=None),
    "timings-a-string": record(timings="fast"),
    "timings-shadow-items": record(timings={"items": 3, "wall_s": "2.5", "bad": [1], "7": {"a": 1}}),
    "criteria-not-dicts": record(criteria=["keys-match", 3, None, [1, 2], {"id": {"x": 1}}]),
    "points-not-pairs": series(loss=[[1], [1, 2, 3], "x", 0.5, 0.25, [], [None, None]]),
    "dicts-for-lists": series(grad_norms={"fc1": 0.5, "fc2": {"norm": 0.1}, "fc3": "x"},
                              activations={"a": {"std": 1}, "b": 2.0}, reference=[1, 2], loss={"1": 0.5, "2": 0.2}),
    "lists-for-dicts": record(series=[1, 2], outcome=[1], timings=[["wall_s", 2]], criteria="keys-match"),
    "missing-keys": {"v": 2},
    "old-missing-keys": {"ja": {}, "en": {}},
    "old-languages-not-dicts": {"ja": "合格", "en": [1, 2], "fr": None},
    "old-one-verdict-not-per-language": old_one(status="error"),
    "old-both-languages": {"ja": old_one(language="ja"), "en": old_one()},
    "old-odd-everything": {"en": old_one(score="1e309", criteria={"k": 3}, error=[1], series="abc", timings="x",
                                         message=None, stdout=5), "ja": "x"},
    "extreme-numbers": series(grad_norms=[{"norm": 1.7e308}, {"norm": 1.7e308}], loss=[1e308, -1e308, 5],
                              activations=[{"std": 5e-324}, {"std": 1e300}]),
    "huge-integer": record(score=10**400 // 10**100, series={"loss": [10**300, 1, 2]},
                           criteria=[{"id": "values-match", "passed": False, "measured": 10**300}]),
    "error-odd": record(outcome={"kind": "learner_error", "error": {"traceback": {"a": 1}, "kind": 3, "line": "x"}},
                        stdout=5, stderr=["e"], output_truncated="yes", device={"d": 1}, torch_version=2.1),
    "error-a-string": record(outcome={"kind": "learner_error", "error": "boom"}, status="error"),
    "reference-odd": series(grad_norms=[{"norm": 1.0}, {"norm": 0.1}], reference={"grad_norms": "abc", "reference": 1}),
    "strings-everywhere": series(grad_norms="abc", loss="abc", activations="abc", reference="abc"),
    "series-keys-odd": series(**{"": 1, "loss": None, "grad_norms": [], "activations": [None]}),
    "verdict-null": None,
    "version-a-string": record(v="2"),
    "huge-strings": record(stdout="x" * 200_000, stderr="é" * 100_000, worker="w" * 1000, queued_at="t" * 100),
    "exercise-unknown": record(exercise="no-such-exercise"),
    "exercise-a-dict": record(exercise={"slug": SLUG}),
    "criterion-unknown-id": record(criteria=[{"id": "gone-since", "passed": False, "measured": 1.5}]),
    "outcome-unknown-kind": outcome(kind="dance", what="x"),
    "outcome-kind-a-list": outcome(kind=["judged"]),
    "outcome-syntax-odd": outcome(kind="syntax_error", line={"a": 1}, column=None),
    "outcome-limit-odd-values": outcome(kind="limit", limit="wall", limits={"wall_s": "x", "cpu_s": [1]}),
    "outcome-limit-unknown": outcome(kind="limit", limit=["wall"], limits=None),
    "outcome-limit-no-values": outcome(kind="limit", limit="memory"),
    "outcome-crash-odd": outcome(kind="crash", signal=[1], exit_code={"a": 1}),
    "outcome-source-odd": outcome(kind="source_refused", code="too_large", params={"size": "x"}),
    "outcome-source-unknown-code": outcome(kind="source_refused", code="too_pretty"),
    "outcome-not-compiled-odd": outcome(kind="not_compiled", reason=None),
    "outcome-learner-odd": outcome(kind="learner_error", error={"kind": "exception", "type": ["x"], "message": 5}),
    "outcome-learner-refused-odd": outcome(kind="learner_error", error={"kind": "refused", "what": 3, "event": None}),
    "outcome-system-odd": outcome(kind="system_error", error=[1, 2]),
    "outcome-deep": outcome(kind="learner_error", error=nested(50, {"kind": "exception"})),
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
        candidates += [stored.get("series")] + [v.get("series") for v in stored.values() if isinstance(v, dict)]
    for value in candidates:
        for chart in charts.verdict_charts(value):
            assert chart["kind"] in ("grad_norms", "loss", "activations")
            for line in chart["chart"]["lines"]:
                assert "nan" not in line["points"] and "inf" not in line["points"]
            assert len(chart["rows"]) <= 1000


@pytest.mark.parametrize("name", list(ODD))
def test_a_checked_record_checks_to_itself_and_reads_bounded(name):
    checked = record_read(ODD[name])
    if checked is not None:
        assert record_read(checked) == checked
        assert series_read(checked["series"]) == checked["series"]
        json.dumps(checked, allow_nan=False)
    for language in ("ja", "en"):
        read = verdict_read(ODD[name], language=language, status="failed", score=0.5)
        json.dumps(read, allow_nan=False)
        assert len(read["series"].get("loss", [])) <= 2000 and len(read["stdout"]) <= 70_000
        assert isinstance(read["message"], str) and read["message"], "a message, if only the status's label"


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


def test_a_well_formed_record_reads_back_unchanged_and_worded(user):
    stored = record()
    submission = Submission.objects.create(
        user=user, exercise=Exercise.objects.get(slug=SLUG), code="x", code_sha256="0" * 64,
        grader_version="old", status="failed", score=0.5, verdict=stored)
    assert record_read(submission.verdict) == {**stored, "started_at": None}
    read = submission.verdict_in("en", for_staff=True)
    for key in ("status", "score", "series", "stdout", "device", "timings", "worker", "finished_at"):
        assert read[key] == stored[key], key
    learners = submission.verdict_in("en")
    assert "worker" not in learners and learners["device"] == "cpu", "a learner sees the device, not the host"
    assert [(c["id"], c["passed"], c["measured"]) for c in read["criteria"]] == [
        ("keys-match", True, True), ("values-match", False, 0.31)]
    assert read["message"] == "1 of 2 criteria met." and read["status_label"] == "Not passed yet"
    assert read["criteria"][1]["threshold"] == "≤ 10⁻⁵" and read["criteria"][1]["measured_text"] == "0.31"
    assert read["criteria"][1]["hint"].startswith("A value differs from the L2 norm")
    assert [c["kind"] for c in charts.verdict_charts(read["series"])] == ["grad_norms", "loss"]


def test_an_old_row_reads_as_its_record(user):
    """A row an old worker wrote after the migration ran reads as the migration would have made it."""
    old = {"ja": old_one(language="ja"), "en": old_one()}
    submission = Submission.objects.create(
        user=user, exercise=Exercise.objects.get(slug=SLUG), code="x", code_sha256="0" * 64,
        grader_version="old", status="failed", score=0.5, verdict=old)
    read = submission.verdict_in("ja")
    assert read["status_label"] == "未合格" and read["criteria"][0]["id"] == "keys-match"
    assert read["message"] == "1 個の基準のうち 1 個を満たしています。", "worded again, from the criteria stored"


@pytest.mark.django_db
def test_the_live_part_asks_again_soon_after_submitting_then_less_often(client, course_loaded):
    import datetime

    from django.utils import timezone

    from grader.views import _poll_ms

    learner = UserFactory()
    exercise = Exercise.objects.get(slug=SLUG)
    fresh = Submission.objects.create(user=learner, exercise=exercise, code="x = 1\n", code_sha256="a" * 64,
                                      grader_version="test")
    assert _poll_ms(fresh) == 250
    Submission.objects.filter(pk=fresh.pk).update(created_at=timezone.now() - datetime.timedelta(seconds=60))
    fresh.refresh_from_db()
    assert _poll_ms(fresh) == 1000
    client.force_login(learner)
    live = client.get(f"/en/submissions/{fresh.pk}/status/", HTTP_HX_REQUEST="true")
    assert live.status_code == 200 and 'hx-trigger="load delay:1000ms"' in live.content.decode()
