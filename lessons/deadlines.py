"""When an exercise is due for one learner: the cohort's deadline, postponed by an extension
for that exercise or for all of the cohort's deadlines (no Django)."""
from __future__ import annotations

from datetime import datetime


def due_for_learner(cohort_due: datetime | None, *extensions: datetime | None) -> datetime | None:
    """The latest of the cohort's deadline and the learner's extensions; None when the cohort
    set no deadline (an extension postpones a deadline, it does not make one)."""
    if cohort_due is None:
        return None
    return max([cohort_due, *(e for e in extensions if e is not None)])
