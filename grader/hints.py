"""Which of an exercise's hints a learner may read.

A hint is about one criterion. It unlocks once the learner's graded attempts have measured that
criterion and found it not met: the first hint about a criterion after one such attempt, the
second after two, and so on. Code that raised an error, hit a limit or crashed measured nothing,
so it unlocks nothing; a criterion the learner met never unlocks its hints. The hints are shown
in the order of the exercise's criteria (the order in which they matter), each criterion's
hints in the order the content gives them.

The attempts are counted where the learner's standing is (ExerciseProgress.failed_criteria, from each
submission's failed_criteria: the criteria its judged verdict measured as not met); `hints_for` is the rule.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class HintState:
    number: int  # its place on the page, from 1
    criterion: str
    text: dict  # {"ja": ..., "en": ...}: the content's hint
    needed: int  # how many attempts must have failed the criterion before it shows (1, 2, ...)
    failed: int  # how many of the learner's attempts failed it so far

    @property
    def unlocked(self) -> bool:
        return self.failed >= self.needed


def hints_for(hints: Sequence[dict], *, criteria: Sequence[str], failures: Mapping[str, int]) -> list[HintState]:
    """The exercise's `hints` ({"criterion", "ja", "en"}), ordered by `criteria` (the exercise's criterion
    ids, in order), each locked or not by `failures` ({criterion id: attempts that measured it as not met})."""
    failures = failures if isinstance(failures, Mapping) else {}
    rank = {criterion: i for i, criterion in enumerate(criteria)}
    ordered = sorted(hints, key=lambda hint: rank.get(hint.get("criterion", ""), len(rank)))  # sorted() is stable
    seen: dict[str, int] = {}
    states = []
    for number, hint in enumerate(ordered, 1):
        criterion = hint.get("criterion", "")
        seen[criterion] = seen.get(criterion, 0) + 1
        states.append(HintState(number=number, criterion=criterion, text=hint, needed=seen[criterion],
                                failed=_count(failures.get(criterion))))
    return states


def _count(value) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0
