"""When an exercise is due for one learner: the cohort's deadline, postponed by an extension
for that exercise or for all of the cohort's deadlines (no Django)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime


def due_for_learner(cohort_due: datetime | None, *extensions: datetime | None) -> datetime | None:
    """The latest of the cohort's deadline and the learner's extensions; None when the cohort
    set no deadline (an extension postpones a deadline, it does not make one)."""
    if cohort_due is None:
        return None
    return max([cohort_due, *(e for e in extensions if e is not None)])


def personal_due(cohort_due: datetime | None, extensions: Mapping, user_id: int, exercise_id: int) -> datetime | None:
    """`due_for_learner` with both of the learner's extensions that can apply to the exercise: the
    one for it and the one for every deadline of the cohort. `extensions` holds one cohort's,
    keyed by (user id, exercise id), with None for the exercise of an all-deadlines extension."""
    return due_for_learner(cohort_due, extensions.get((user_id, exercise_id)), extensions.get((user_id, None)))


@dataclass(frozen=True)
class LearnerDue:
    """An exercise's due date as one learner sees it."""

    at: datetime  # when it is due for this learner
    cohort_due: datetime  # the deadline of the cohort `at` comes from
    past: bool  # `at` has gone by (submitting still works: the work is marked late)

    @property
    def extended(self) -> bool:
        return self.at > self.cohort_due

    def is_late(self, submitted_at: datetime) -> bool:
        return submitted_at > self.at
