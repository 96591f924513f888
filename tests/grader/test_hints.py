"""Hints unlock by the criteria a learner failed, not by how many submissions failed (issue 17, item 1).

The rule (grader.hints.hints_for) on plain data; the count it reads (ExerciseProgress.failed_criteria, from
each submission's failed_criteria) on stored submissions of every kind, and migration 0008 that recounts
rows stored before; and the exercise page that shows both, in both languages."""
from __future__ import annotations

import datetime
import itertools
import json
import re
from pathlib import Path

import pytest
from django.utils import timezone

from grader.exercises import load
from grader.hints import hints_for
from grader.models import ExerciseProgress, Submission
from grader.services import code_hash, exercise_progress_recompute, verdict_fields
from grader.stored_verdict import criteria_measured_not_met
from grader.verdict import Outcome, Status, unmeasured_criteria, verdict_record
from lessons.models import Exercise
from tests.conftest import migrated

OLD = Path(__file__).parent / "fixtures" / "old_verdicts"
CRITERIA = ["min-linear-layers", "grad-ratio", "val-accuracy", "finite"]
# In the content's order, which is not the criteria's: the page shows them in the criteria's.
HINTS = [{"criterion": "val-accuracy", "en": "logits"}, {"criterion": "grad-ratio", "en": "relu"},
         {"criterion": "min-linear-layers", "en": "depth"}, {"criterion": "grad-ratio", "en": "he init"}]


def shown(states):
    return [(s.number, s.criterion, s.text["en"], s.unlocked) for s in states]


def test_hints_are_ordered_by_the_exercises_criteria_and_locked_without_failures():
    assert shown(hints_for(HINTS, criteria=CRITERIA, failures={})) == [
        (1, "min-linear-layers", "depth", False), (2, "grad-ratio", "relu", False),
        (3, "grad-ratio", "he init", False), (4, "val-accuracy", "logits", False)]


def test_a_failed_criterion_unlocks_its_first_hint_and_a_met_one_none():
    states = hints_for(HINTS, criteria=CRITERIA, failures={"grad-ratio": 1, "val-accuracy": 1})
    assert shown(states) == [
        (1, "min-linear-layers", "depth", False), (2, "grad-ratio", "relu", True),
        (3, "grad-ratio", "he init", False), (4, "val-accuracy", "logits", True)]
    assert [(s.needed, s.failed) for s in states] == [(1, 0), (1, 1), (2, 1), (1, 1)]


def test_the_second_hint_about_a_criterion_needs_a_second_attempt_that_fails_it():
    states = hints_for(HINTS, criteria=CRITERIA, failures={"grad-ratio": 2})
    assert [s.unlocked for s in states] == [False, True, True, False]


def test_a_hint_about_an_unknown_criterion_goes_last_and_stays_locked_until_it_fails():
    hints = [{"criterion": "other", "en": "?"}, *HINTS]
    assert [s.criterion for s in hints_for(hints, criteria=CRITERIA, failures={})][-1] == "other"
    assert hints_for(hints, criteria=CRITERIA, failures={"other": 1})[-1].unlocked


def judged(*criteria: tuple[str, bool, object]) -> dict:
    return verdict_record(status=Status.FAILED, exercise="fix-vanishing-gradients", grader_version="test",
                          outcome={"kind": Outcome.JUDGED},
                          criteria=[{"id": i, "passed": p, "measured": m} for i, p, m in criteria])


FAILED_RATIO = judged(("min-linear-layers", True, 12), ("grad-ratio", False, 1e-7), ("val-accuracy", False, 0.11),
                      ("finite", True, True))


def test_only_measured_criteria_that_were_not_met_count():
    assert criteria_measured_not_met(FAILED_RATIO) == ["grad-ratio", "val-accuracy"]
    partly = judged(("min-linear-layers", True, 12), ("grad-ratio", False, "nan"), ("val-accuracy", False, None))
    assert criteria_measured_not_met(partly) == ["grad-ratio"], "a NaN is measured; None is not"


@pytest.mark.parametrize("outcome", [
    {"kind": Outcome.SYNTAX_ERROR, "line": 3, "column": 1, "message": "invalid syntax"},
    {"kind": Outcome.LIMIT, "limit": "wall", "limits": {}},
    {"kind": Outcome.CRASH, "exit_code": -9, "signal": 9},
    {"kind": Outcome.LEARNER_ERROR, "error": {"kind": "exception"}},
])
def test_errors_limits_and_crashes_count_no_criterion(outcome):
    record = verdict_record(status=Status.ERROR, exercise="fix-vanishing-gradients", grader_version="test",
                            outcome=outcome, criteria=unmeasured_criteria(load("fix-vanishing-gradients").EXERCISE))
    assert criteria_measured_not_met(record) == []
    record["criteria"][1].update(measured=0.0)  # even a measurement beside an error is not a judgement
    assert criteria_measured_not_met(record) == []


def test_old_verdicts_are_read_too():
    def stored(case):
        return json.loads((OLD / f"{case}.json").read_text())["verdict"]
    assert criteria_measured_not_met(stored("judged-failed")) == ["keys-match", "values-match"]
    assert criteria_measured_not_met(stored("syntax-error")) == []
    assert criteria_measured_not_met("nonsense") == criteria_measured_not_met([1, 2]) == []


_codes = itertools.count(1)


def store(user, exercise, status: str, record, *, code=None, minutes_ago: int = 60) -> Submission:
    """A graded submission stored as the service stores one (verdict_fields), and the standing recomputed."""
    code = code if code is not None else f"x = {next(_codes)}\n"
    fields = {**verdict_fields({**record, "device": "cpu", "torch_version": "2.13.0"}), "status": status}
    submission = Submission.objects.create(user=user, exercise=exercise, code=code, code_sha256=code_hash(code),
                                           grader_version="test", attempts=1, **fields)
    Submission.objects.filter(pk=submission.pk).update(
        created_at=timezone.now() - datetime.timedelta(minutes=minutes_ago))
    exercise_progress_recompute(submission)
    return submission


def criterion_failures(user, exercise) -> dict:
    progress = ExerciseProgress.objects.filter(user=user, exercise=exercise).first()
    return progress.failed_criteria if progress else {}


def error_record(kind=Outcome.SYNTAX_ERROR, status=Status.ERROR) -> dict:
    return verdict_record(status=status, exercise="fix-vanishing-gradients", grader_version="test",
                          outcome={"kind": kind},
                          criteria=unmeasured_criteria(load("fix-vanishing-gradients").EXERCISE))


@pytest.fixture
def exercise(db):
    return Exercise.objects.get(slug="fix-vanishing-gradients")


def test_the_count_is_of_attempts_that_measured_the_criterion_as_not_met(user, exercise):
    store(user, exercise, Status.ERROR, error_record(), minutes_ago=50)
    store(user, exercise, Status.TIMEOUT, error_record(Outcome.LIMIT, Status.TIMEOUT), minutes_ago=40)
    store(user, exercise, Status.SYSTEM_ERROR, error_record(Outcome.SYSTEM_ERROR, Status.SYSTEM_ERROR))
    assert criterion_failures(user, exercise) == {}, "errors, limits, our failures: nothing"
    store(user, exercise, Status.FAILED, FAILED_RATIO, code="same\n", minutes_ago=30)
    store(user, exercise, Status.FAILED, FAILED_RATIO, code="same\n", minutes_ago=20)  # the same code again
    assert criterion_failures(user, exercise) == {"grad-ratio": 1, "val-accuracy": 1}
    store(user, exercise, Status.FAILED, judged(("grad-ratio", False, 0.01), ("val-accuracy", True, 0.95)),
          minutes_ago=10)
    assert criterion_failures(user, exercise) == {"grad-ratio": 2, "val-accuracy": 1}


def test_a_regrade_that_passes_the_code_takes_back_what_it_unlocked(user, exercise):
    store(user, exercise, Status.FAILED, FAILED_RATIO, code="fixed later\n", minutes_ago=30)
    store(user, exercise, Status.PASSED, judged(("grad-ratio", True, 0.5)), code="fixed later\n", minutes_ago=20)
    assert criterion_failures(user, exercise) == {}


BEFORE, AFTER = ("grader", "0007_submission_claim_token"), ("grader", "0008_failed_criteria_measured")


@pytest.mark.django_db(transaction=True)
def test_the_migration_recounts_rows_stored_before_by_what_they_measured(course_loaded):
    """Before, an error's unmeasured criteria were stored as not met, and old verdicts are of another shape."""
    with migrated(BEFORE) as (apps, migrate_to):
        learner = apps.get_model("auth", "User").objects.create(username="stored-before")
        exercise = apps.get_model("lessons", "Exercise").objects.get(slug="layer-grad-norms")
        Submission = apps.get_model("grader", "Submission")
        both = ["keys-match", "values-match"]
        for n, case in enumerate(["judged-failed", "syntax-error", "learner-limit-wall"]):
            Submission.objects.create(user=learner, exercise=exercise, code=case, code_sha256=str(n) * 64,
                                      grader_version="old", status=json.loads((OLD / f"{case}.json").read_text())[
                                          "status"], score=0.0, failed_criteria=both,
                                      verdict=json.loads((OLD / f"{case}.json").read_text())["verdict"])
        apps.get_model("grader", "ExerciseProgress").objects.create(
            user=learner, exercise=exercise, submissions=3, failed_submissions=3,
            failed_criteria={"keys-match": 3, "values-match": 3})
        migrate_to(AFTER)
    rows = {s.code: s.failed_criteria for s in Submission.objects.filter(user__username="stored-before")}
    assert rows == {"judged-failed": both, "syntax-error": [], "learner-limit-wall": []}
    progress = ExerciseProgress.objects.get(user__username="stored-before")
    assert progress.failed_criteria == {"keys-match": 1, "values-match": 1} and progress.submissions == 3


def hint_lines(client, lang: str) -> list[tuple[str, bool, str]]:
    page = client.get(f"/{lang}/exercises/fix-vanishing-gradients/").content.decode()
    found = re.findall(r'<(details|p) class="hint[^"]*"[^>]*data-hint-criterion="([^"]+)"(.*?)</(?:details|p)>',
                       page, re.DOTALL)
    return [(criterion, tag == "details", body) for tag, criterion, body in found]


def test_the_page_unlocks_the_failed_criterions_hint_and_says_why_the_others_are_locked(learner_client, user,
                                                                                        exercise):
    store(user, exercise, Status.ERROR, error_record())  # a syntax error first: it unlocks nothing
    store(user, exercise, Status.FAILED, FAILED_RATIO)
    en = hint_lines(learner_client, "en")
    assert [(c, unlocked) for c, unlocked, _body in en] == [
        ("min-linear-layers", False), ("grad-ratio", True), ("grad-ratio", False), ("val-accuracy", True)]
    assert "It opens when a graded submission of yours does not meet this criterion." in en[0][2]
    assert "It opens once 2 of your graded submissions have not met this criterion (so far: 1)." in en[2][2]
    assert "sigmoid" in en[1][2] and "Hint 2" in en[1][2]
    ja = hint_lines(learner_client, "ja")
    assert [(c, unlocked) for c, unlocked, _body in ja] == [(c, u) for c, u, _b in en]
    assert "この基準を満たさなかったときに開きます" in ja[0][2] and "シグモイド" in ja[1][2]


def test_a_visitor_sees_every_hint_locked(client, exercise):
    assert [unlocked for _c, unlocked, _b in hint_lines(client, "en")] == [False] * 4
