"""How each option of an answered choice question is marked on the quiz's feedback.

Four marks, each a symbol and words (never colour alone): the learner chose a correct option, chose a
wrong one, missed a correct one (did not choose it), or left a wrong one alone.
"""
from __future__ import annotations

CHOSEN_CORRECT = "chosen-correct"
CHOSEN_WRONG = "chosen-wrong"
MISSED = "missed"
NOT_CHOSEN = "not-chosen"


def picked_orders(given) -> set:
    """The options the learner chose: a list of orders (several may be right), one order, or nothing."""
    if given is None:
        return set()
    return set(given) if isinstance(given, (list, tuple, set)) else {given}


def choice_mark(*, correct: bool, picked: bool) -> str:
    if picked:
        return CHOSEN_CORRECT if correct else CHOSEN_WRONG
    return MISSED if correct else NOT_CHOSEN
