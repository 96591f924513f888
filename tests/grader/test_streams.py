"""The capped stream's line callback: a broken callback is logged, a stop passes through."""
from __future__ import annotations

import pytest
from celery.exceptions import SoftTimeLimitExceeded, TimeLimitExceeded

from grader.sandbox.streams import StopRun, Stream


def raising(exc: BaseException):
    seen = []

    def callback(line: bytes) -> None:
        seen.append(line)
        raise exc

    return callback, seen


def test_a_broken_callback_is_logged_and_the_lines_go_on(caplog):
    callback, seen = raising(ValueError("bad progress"))
    stream = Stream(1024, on_line=callback)
    assert stream.feed(b"one\ntwo\n") is False
    assert seen == [b"one", b"two"] and bytes(stream.buf) == b"one\ntwo\n"
    assert "result line callback failed" in caplog.text


@pytest.mark.parametrize("exc", [SoftTimeLimitExceeded(), TimeLimitExceeded(3), StopRun("claim lost"),
                                 KeyboardInterrupt()])
def test_a_time_limit_or_a_stop_raised_in_the_callback_propagates(exc):
    callback, seen = raising(exc)
    stream = Stream(1024, on_line=callback)
    with pytest.raises(type(exc)):
        stream.feed(b"one\ntwo\n")
    assert seen == [b"one"], "no line after the stop"
    assert bytes(stream.buf) == b"one\ntwo\n", "what arrived is kept"


def test_a_subclass_of_a_time_limit_is_known_by_its_ancestors_name():
    class Sub(SoftTimeLimitExceeded):
        pass

    callback, _seen = raising(Sub())
    with pytest.raises(Sub):
        Stream(64, on_line=callback).feed(b"x\n")
