"""Verdicts stored before the record show as they did.

tests/grader/fixtures/old_verdicts/ holds golden rows: verdicts in the shape stored before the
record ({"ja": {...}, "en": {...}}), made by the grader that stored that shape (commit 24706d9,
through tests/grader/fixtures/old_verdicts/capture.py as of commit b07513a): real gradings, every
status and error kind from fabricated judge and learner results, the paths before the sandbox,
submission_fail; each with what the submission page, the admin page and the API showed of it
then. The migration's conversion (grader.stored_verdict.record_from_old, which grader 0004
applies) of each, worded again, is that verdict, field for field, in both languages; and a row
holding the converted record, or the old verdict as it is, shows the same pages.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.models import JSONField, Value
from django.utils.html import escape

from grader.exercises.base import threshold_number
from grader.models import Submission
from grader.stored_verdict import is_record, record_from_old
from grader.tokens import token_create
from grader.wording import measured_text, verdict_words
from lessons.display import number_text, seconds_text
from lessons.models import Exercise
from tests.conftest import UserFactory

GOLDEN = sorted((Path(__file__).parent / "fixtures" / "old_verdicts").glob("*.json"))
SERVICE = ("worker", "queued_at", "started_at", "finished_at")  # the service's, beside the verdict's words
LANGS = ("ja", "en")
BEFORE, AFTER = ("grader", "0003_exercise_progress_statistics"), ("grader", "0004_one_verdict")
LESSONS_NOW = ("lessons", "0003_exercise_contract_in_the_grader")  # the lessons app stays as it is now


def golden(path: Path) -> dict:
    return json.loads(path.read_text())


@pytest.fixture(params=GOLDEN, ids=[p.stem for p in GOLDEN])
def row(request) -> dict:
    return golden(request.param)


def test_there_are_golden_rows_of_every_status_and_outcome():
    rows = [golden(p) for p in GOLDEN]
    statuses = {r["status"] for r in rows}
    assert statuses == {"passed", "failed", "error", "timeout", "memory_limit", "output_limit", "rejected",
                        "system_error"}
    kinds = {record_from_old(r["verdict"])["outcome"]["kind"] for r in rows}
    assert kinds == {"judged", "source_refused", "not_compiled", "syntax_error", "limit", "crash", "learner_error",
                     "system_error"}


# Changed on purpose since the golden rows were made (issue 17): a criterion that must hold shows
# the word for yes as its threshold ("true" before); a measurement beyond 1e5 or under 1e-3 reads
# 1.235 × 10⁻⁵ (1.235e-05 before); durations and numbers have units and no float noise; the pages'
# tables carry data-label attributes and the stack-on-phone class, and the code blocks a tabindex
# so that a keyboard scrolls them (presentation, no words), and the
# admin's "Verdict: " and timings use the Japanese colon, as a Japanese measurement's detail does
# (in full-width parentheses).
YES = {"ja": "はい", "en": "yes"}
_EXPONENT = re.compile(r"^-?\d+(?:\.\d+)?e[+-]\d+(?= \(|$)")
_JA_COLON = re.compile(r"(できませんでした|があります|を送出しました|拒否しました): ?")


def measured_now(criterion: dict, lang: str) -> str:
    text = criterion["measured_text"]
    if isinstance(criterion.get("measured"), (int, float)) and not isinstance(criterion["measured"], bool):
        text = _EXPONENT.sub(lambda m: measured_text(criterion["measured"]), text)
    if lang == "ja":
        text = re.sub(r"^(\S+) \((.*)\)$", r"\1（\2）", text).replace("演算: ", "演算：")
    return text


def threshold_now(text, lang: str):
    if text == "true":
        return YES[lang]
    return re.sub(r"-?\d+(?:\.\d+)?e[+-]\d+", lambda m: threshold_number(float(m.group(0))), text or "")


def message_now(text: str, lang: str) -> str:
    return _JA_COLON.sub(r"\1：", text) if lang == "ja" else text


def worded_now(old: dict, lang: str) -> dict:
    """A golden row's words (one language) with the deliberate changes above."""
    new = {**old, "message": message_now(old["message"], lang)} if "message" in old else dict(old)
    if "criteria" in old:
        new["criteria"] = [{**c, "threshold": threshold_now(c.get("threshold"), lang),
                            "measured_text": measured_now(c, lang)} for c in old["criteria"] or []]
    return new


def page_now(html: str, lang: str, old: dict) -> str:
    """A golden page section with the deliberate changes above (its words; attributes compared apart)."""
    html = re.sub(r"<td>true</td>", f"<td>{YES[lang]}</td>", html)
    for criterion in old.get("criteria") or []:
        before, after = escape(criterion["measured_text"]), escape(measured_now(criterion, lang))
        html = html.replace(f"<td>{before}</td>", f"<td>{after}</td>", 1)
    html = re.sub(r"<td>((?:[≤≥<>] |\[)[^<]*\de[+-]\d+[^<]*)</td>",  # a threshold cell, not a chart's data
                  lambda m: f"<td>{threshold_now(m.group(1), lang)}</td>", html)
    message = old.get("message", "")
    html = html.replace(f"<p>{escape(message)}", f"<p>{escape(message_now(message, lang))}")
    wall = (old.get("timings") or {}).get("wall_s")
    if wall:
        html = re.sub(r" · \d+(?:\.\d+)? (s|秒)(?=</p>| · )", f" · {seconds_text(wall, lang)}", html)
    separator = "：" if lang == "ja" else ": "
    html = html.replace("<h2>判定: ", "<h2>判定：")
    html = html.replace("実線: あなたのモデル、破線: 参考の形", "実線：あなたのモデル、破線：参考の形")

    def timing(m):
        value = seconds_text(float(m.group(2)), lang) if m.group(1).endswith("_s") else number_text(float(m.group(2)))
        return f"<li><code>{m.group(1)}</code>{separator}{value}</li>"
    return re.sub(r"<li><code>(\w+)</code>: ([-\d.e+]+)</li>", timing, html)


def without_layout_attributes(html: str) -> str:
    """The page as it reads: the phone layout's data-label attributes and class, and the code
    blocks' tabindex, left out."""
    return re.sub(r' data-label="[^"]*"', "", html).replace(" stack-on-phone", "").replace(' tabindex="0"', "")


@pytest.mark.parametrize("lang", LANGS)
def test_the_converted_record_worded_again_is_the_stored_verdict(row, lang):
    """Every field of the worded verdict, none excluded; the service's four fields stay in the record."""
    record = record_from_old(row["verdict"])
    old = worded_now(row["verdict"][lang], lang)
    assert verdict_words(record, lang).as_dict() == {key: value for key, value in old.items() if key not in SERVICE}
    assert {key: record[key] for key in SERVICE if key in old} == {key: old[key] for key in SERVICE if key in old}


def test_the_record_holds_no_words(row):
    record = record_from_old(row["verdict"])
    assert is_record(record) and not {"message", "status_label", "language", "error", "ja", "en"} & set(record)
    stored = json.dumps(record, ensure_ascii=False)
    for lang in LANGS:
        old = row["verdict"][lang]
        assert old["message"] not in stored
        assert all(set(c) == {"id", "passed", "measured"} for c in record["criteria"])
        assert not [c["hint"] for c in old["criteria"] if c["hint"] and c["hint"] in stored]


def shown(client, learner, staff, key, submission) -> dict:
    def section(html: str, start: str, end: str) -> str:
        begin = html.index(start)
        return html[begin:html.index(end, begin) + len(end)]

    seen = {"page": {}, "admin": {}, "api": {}}
    for lang in LANGS:
        client.force_login(learner)
        page = client.get(f"/{lang}/submissions/{submission.pk}/").content.decode()
        seen["page"][lang] = section(page, '<section class="card verdict', "</section>")
        response = client.get(f"/api/v1/submissions/{submission.pk}", HTTP_AUTHORIZATION=f"Bearer {key}",
                              HTTP_ACCEPT_LANGUAGE=lang)
        seen["api"][lang] = response.json()["verdict"]
        client.force_login(staff)
        admin = client.get(f"/{lang}/admin/grader/submission/{submission.pk}/change/").content.decode()
        seen["admin"][lang] = section(admin, '<fieldset class="module aligned kobai-verdict">', "</fieldset>")
    return seen


@pytest.mark.django_db
@pytest.mark.parametrize("stored_as", ["record", "old"])
def test_the_pages_and_the_api_show_the_same(client, row, stored_as):
    learner = UserFactory(username="golden")
    staff = UserFactory(username="golden-root", is_staff=True, is_superuser=True)
    _token, key = token_create(user=learner, name="t")
    verdict = record_from_old(row["verdict"]) if stored_as == "record" else row["verdict"]
    slug = row["verdict"]["en"]["exercise"] or "layer-grad-norms"
    submission = Submission.objects.create(
        user=learner, exercise=Exercise.objects.get(slug=slug), code="x = 1\n", code_sha256="0" * 64,
        grader_version="old", status=row["status"], score=row["score"], verdict=verdict,
        failed_criteria=row["failed_criteria"], attempts=1)
    now = shown(client, learner, staff, key, submission)
    now = {**now, **{part: {lang: without_layout_attributes(html) for lang, html in now[part].items()}
                     for part in ("page", "admin")}}
    then = shown_to_learners_now(row)
    assert now["api"] == then["api"]
    measured = any(c["passed"] or c["measured"] is not None for c in row["verdict"]["en"]["criteria"])
    for where in ("page", "admin"):
        for lang in LANGS:
            assert unchanged(now[where][lang], measured) == unchanged(then[where][lang], measured), (where, lang)
            assert chart_kinds(now[where][lang]) == chart_kinds(then[where][lang]), "the same charts, redrawn"
        assert ('class="criteria' in now["page"][lang]) == bool(measured), "criteria only when some were measured"


# What issue 17 changed on purpose, each checked on its own (tests/grader/test_verdict_display.py):
# the charts' drawing, the place of an error, the criteria table of a verdict that measured
# nothing, and the line saying where it was graded ("Graded on - with torch -" no longer).
_FIGURE = re.compile(r'<figure class="(chart [^"]*|error-place)">.*?</figure>', re.DOTALL)
_TABLE = re.compile(r'<div class="table-wrap">\s*<table class="criteria[^"]*">.*?</table>\s*</div>', re.DOTALL)
_GRADED = re.compile(r'<p class="meta">(Graded|[^<]*で採点|[0-9.]+ (m?s|ミリ秒|秒))[^<]*</p>')


def unchanged(html: str, measured: bool) -> str:
    html = _GRADED.sub("", _FIGURE.sub("<figure/>", html))
    if not measured:
        html = _TABLE.sub("", html)
    return re.sub(r">\s+<", "><", html.replace("<figure/>", "")).strip()


def chart_kinds(html: str) -> list[str]:
    return re.findall(r'<figure class="chart chart-([a-z_]+)">', html)


def shown_to_learners_now(row) -> dict:
    """What the golden row showed, less the one thing dropped on purpose since: the worker's host
    name, on the learner's page and in the API (issue 16; the admin still shows it)."""
    worker = row["verdict"]["en"].get("worker") or ""
    golden = row["shown"]
    return {
        "admin": {lang: page_now(html, lang, row["verdict"][lang]) for lang, html in golden["admin"].items()},
        "page": {lang: page_now(html.replace(f" · {worker}</p>", "</p>") if worker else html, lang,
                                row["verdict"][lang]) for lang, html in golden["page"].items()},
        "api": {lang: worded_now({key: value for key, value in verdict.items() if key != "worker"}, lang)
                for lang, verdict in golden["api"].items()},
    }


def floats(value):
    """`value` with integers too big for 64 bits as floats: PostgreSQL's jsonb gives 3.5e+32 back as an
    integer, which the reader reads as the float it was (grader.stored_verdict.number)."""
    if isinstance(value, dict):
        return {key: floats(item) for key, item in value.items()}
    if isinstance(value, list):
        return [floats(item) for item in value]
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 2**63:
        return float(value)
    return value


@pytest.mark.django_db(transaction=True)
def test_the_migration_converts_old_rows_and_back(course_loaded):
    """grader 0004 on a database holding old rows, odd ones and empty ones; then back, and forth again."""
    odd = ["passed", [], {"ja": "合格", "en": [1, 2]}, {"ja": {}, "en": {}}, 3]
    rows = {}
    executor = MigrationExecutor(connection)
    try:
        executor.migrate([BEFORE, LESSONS_NOW])
        apps = executor.loader.project_state([BEFORE, LESSONS_NOW]).apps
        learner = apps.get_model("auth", "User").objects.create(username="migrated")
        exercises = {e.slug: e for e in apps.get_model("lessons", "Exercise").objects.all()}
        OldSubmission = apps.get_model("grader", "Submission")

        def store(verdict, status="failed", slug="layer-grad-norms", score=0.0):
            return OldSubmission.objects.create(user=learner, exercise=exercises[slug], code="x", code_sha256="0" * 64,
                                                grader_version="old", status=status, score=score,
                                                verdict=verdict).pk

        for r in map(golden, GOLDEN):
            rows[store(r["verdict"], r["status"], r["verdict"]["en"]["exercise"] or "layer-grad-norms", r["score"])] = r
        left = {store(value): value for value in odd}
        json_null, sql_null = store(None), store(None)
        OldSubmission.objects.filter(pk=json_null).update(verdict=Value(None, JSONField()))

        executor = MigrationExecutor(connection)
        executor.migrate([AFTER])
        executor = MigrationExecutor(connection)  # and what follows 0004, so that today's model reads the rows
        executor.migrate(executor.loader.graph.leaf_nodes())
        for pk, r in rows.items():
            assert floats(Submission.objects.get(pk=pk).verdict) == record_from_old(r["verdict"])
        for pk, value in left.items():
            assert Submission.objects.get(pk=pk).verdict == value, "left as it was"
        assert [Submission.objects.get(pk=pk).verdict for pk in (json_null, sql_null)] == [None, None]
        for pk, r in rows.items():  # what the pages read: the same words
            submission = Submission.objects.get(pk=pk)
            for lang in LANGS:  # the admin's reading: the worker too
                read = submission.verdict_in(lang, for_staff=True)
                assert {k: read[k] for k in r["verdict"][lang]} == worded_now(r["verdict"][lang], lang)

        executor = MigrationExecutor(connection)
        executor.migrate([BEFORE, LESSONS_NOW])
        apps = executor.loader.project_state([BEFORE, LESSONS_NOW]).apps
        OldSubmission = apps.get_model("grader", "Submission")
        for pk, r in rows.items():
            assert floats(OldSubmission.objects.get(pk=pk).verdict) == {
                **r["verdict"], **{lang: worded_now(r["verdict"][lang], lang) for lang in LANGS}}, "worded back"
        for pk, value in left.items():
            assert OldSubmission.objects.get(pk=pk).verdict == value
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
    for pk, r in rows.items():
        assert floats(Submission.objects.get(pk=pk).verdict) == record_from_old(r["verdict"])
