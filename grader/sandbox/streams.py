"""What one descriptor of a sandboxed command delivered, kept up to a cap (the monitor's and a
template child's watch's streams); complete lines go to a callback as they arrive."""

from __future__ import annotations

import logging
import os

log = logging.getLogger("grader.sandbox.monitor")

# Exceptions that stop a run rather than report a broken callback, known by class name so that
# the sandbox needs no Celery: the task's time limits, raised by a signal wherever the worker is.
PASSING_NAMES = frozenset({"SoftTimeLimitExceeded", "TimeLimitExceeded", "Terminated", "WorkerLostError"})


class StopRun(Exception):
    """Raised by a line callback to stop the run: it passes through the Stream to the watch,
    whose clean-up kills the sandbox (a grading whose claim was lost, say)."""


def stops_run(exc: BaseException) -> bool:
    """Whether an exception from a line callback must stop the run instead of being logged."""
    return isinstance(exc, StopRun) or any(cls.__name__ in PASSING_NAMES for cls in type(exc).__mro__)


class Stream:
    """What one descriptor delivered, kept up to a cap."""

    def __init__(self, cap: int, on_line=None):
        self.cap = cap
        self.buf = bytearray()
        self.truncated = False
        self.on_line = on_line
        self._scanned = 0

    def _lines(self) -> None:
        """Hand every complete line stored so far to `on_line` (progress streaming)."""
        while True:
            end = self.buf.find(b"\n", self._scanned)
            if end < 0:
                return
            line = bytes(self.buf[self._scanned:end])
            self._scanned = end + 1
            try:
                self.on_line(line)
            except Exception as exc:  # noqa: BLE001 - a broken progress callback never breaks a run
                if stops_run(exc):
                    raise
                log.exception("result line callback failed")

    def feed(self, chunk: bytes) -> bool:
        """Store up to the cap; True when this chunk overflowed it."""
        try:
            return self._feed(chunk)
        finally:
            if self.on_line is not None:
                self._lines()

    def _feed(self, chunk: bytes) -> bool:
        room = self.cap - len(self.buf)
        if len(chunk) > room:
            self.buf += chunk[: max(room, 0)]
            overflow = not self.truncated
            self.truncated = True
            return overflow
        self.buf += chunk
        return False


def read_chunk(fd: int) -> bytes | None:
    """What a non-blocking descriptor has now: None when nothing yet, b"" at its end (or an error)."""
    try:
        return os.read(fd, 65536)
    except BlockingIOError:
        return None
    except OSError:
        return b""
