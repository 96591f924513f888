"""A verdict's words are made when it is shown, from the record and the exercise module as it is then."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from django.utils.html import escape
from django.utils.translation import override

from grader.exercises import load
from grader.exercises.base import T
from grader.models import Submission
from grader.stored_verdict import record_from_old
from grader.tokens import token_create
from grader.verdict import Status, status_label
from grader.wording import verdict_words
from lessons.models import Exercise

STARTER = Path(__file__).parent / "fixtures" / "old_verdicts" / "real-layer-grad-norms-starter.json"


@pytest.fixture
def stored(user):
    """The starter's real verdict, stored as a record before anything was reworded."""
    record = record_from_old(json.loads(STARTER.read_text())["verdict"])
    return Submission.objects.create(
        user=user, exercise=Exercise.objects.get(slug="layer-grad-norms"), code="x", code_sha256="0" * 64,
        grader_version=record["grader_version"], status=record["status"], score=record["score"], verdict=record,
        failed_criteria=["keys-match", "values-match"], attempts=1)


def reword(monkeypatch, index: int, **changes) -> None:
    """The exercise module's criterion `index` with `changes`, as if its file had been edited."""
    module = load("layer-grad-norms")
    criteria = list(module.EXERCISE.criteria)
    criteria[index] = dataclasses.replace(criteria[index], **changes)
    monkeypatch.setattr(module, "EXERCISE", dataclasses.replace(module.EXERCISE, criteria=criteria))


@pytest.mark.django_db
def test_a_reworded_hint_shows_on_a_stored_verdict_without_regrading(learner_client, stored, user, monkeypatch,
                                                                     django_capture_on_commit_callbacks):
    exercise = load("layer-grad-norms").EXERCISE
    index = next(i for i, c in enumerate(exercise.criteria) if c.id == "keys-match")
    before = learner_client.get(f"/en/submissions/{stored.pk}/").content.decode()
    assert escape(exercise.criteria[index].hint.en) in before
    reworded = T(ja="キーの名前を、モデルの named_parameters() と比べてみましょう。",
                 en="Compare your keys with the names model.named_parameters() gives.")
    reword(monkeypatch, index, hint=reworded)
    with django_capture_on_commit_callbacks() as callbacks:
        english = learner_client.get(f"/en/submissions/{stored.pk}/").content.decode()
        japanese = learner_client.get(f"/ja/submissions/{stored.pk}/").content.decode()
    assert escape(reworded.en) in english
    assert escape(reworded.ja) in japanese
    assert "The keys differ from the names" not in english
    _token, key = token_create(user=user, name="t")
    api = learner_client.get(f"/api/v1/submissions/{stored.pk}", HTTP_AUTHORIZATION=f"Bearer {key}",
                             HTTP_ACCEPT_LANGUAGE="en").json()
    assert api["verdict"]["criteria"][index]["hint"] == reworded.en
    row = Submission.objects.get(pk=stored.pk)
    assert callbacks == [] and row.verdict == stored.verdict and row.attempts == 1, "nothing was regraded"


@pytest.mark.django_db
def test_a_reworded_criterion_message_and_threshold_show_too(stored, monkeypatch):
    exercise = load("layer-grad-norms").EXERCISE
    index = next(i for i, c in enumerate(exercise.criteria) if c.id == "values-match")
    reword(monkeypatch, index, message=T(ja="値が合う", en="The values match"), threshold=1e-3)
    criterion = stored.verdict_in("en")["criteria"][index]
    assert (criterion["message"], criterion["threshold"]) == ("The values match", "≤ 0.001")
    assert criterion["passed"] is False, "the verdict stays what the grading found"


def test_one_set_of_status_labels():
    for language in ("ja", "en"):
        with override(language):
            for status in Status:
                assert Submission(status=status).get_status_display() == status_label(status)
    assert status_label("no-such-status") == "no-such-status"


def test_a_record_without_an_exercise_module_is_worded_without_its_texts():
    record = record_from_old(json.loads(STARTER.read_text())["verdict"])
    verdict = verdict_words({**record, "exercise": "retired-exercise"}, "en")
    assert verdict.message == "0 of 2 criteria met."
    assert [(c.id, c.message, c.threshold, c.hint) for c in verdict.criteria] == [
        ("keys-match", "", "", ""), ("values-match", "", "", "")]


@pytest.mark.parametrize("value, shown", [
    (0.5202, "0.5202"), (1234.5, "1234"), (9999.5, "1 × 10⁴"), (12345.0, "12345"), (54321.5, "54322"),
    (1e5, "100000"), (1.2345e-5, "1.234 × 10⁻⁵"), (0, "0")])
def test_a_measurement_never_shows_a_raw_exponent(value, shown):
    from grader.wording import measured_text
    assert measured_text(value) == shown
