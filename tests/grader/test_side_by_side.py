"""grading._side_by_side: a judge that fails aborts the learner process's run instead of waiting
for its wall clock; a judge that ends leaves the learner run to end by itself."""
import threading
import time

import pytest

from grader.grading import _side_by_side


class Boom(Exception):
    pass


def test_a_judge_that_raises_aborts_the_learner_run_and_the_error_propagates():
    seen = {}

    def learner(abort: threading.Event) -> str:
        seen["aborted"] = abort.wait(timeout=30)
        return "learner"

    def judge() -> str:
        raise Boom()

    started = time.monotonic()
    with pytest.raises(Boom):
        _side_by_side(learner, judge, "test")
    assert seen["aborted"] is True and time.monotonic() - started < 10


def test_a_judge_that_ends_does_not_abort_the_learner_run():
    def learner(abort: threading.Event) -> bool:
        time.sleep(0.2)
        return abort.is_set()

    judge, learner_aborted = _side_by_side(learner, lambda: "judge", "test")
    assert judge == "judge" and learner_aborted is False


def test_a_learner_run_that_raises_is_raised_in_the_caller():
    def learner(abort):
        raise Boom()

    with pytest.raises(Boom):
        _side_by_side(learner, lambda: "judge", "test")
