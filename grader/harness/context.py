"""Both sides' small shared pieces: the judge's Context (device, seeds, progress lines), the
learner process's error reports (describe_failure), and the JSON lines of the judge's channel.
"""
from __future__ import annotations

import contextlib
import json
import os
import random
import sys
import time
import traceback
from dataclasses import dataclass, field

from grader.harness.markers import to_marker

LEARNER_FILENAME = "submission.py"


class LearnerError(Exception):
    """Learner code raised. `describe()` (called with the audit guard suspended, since it
    reads traceback frames) gives the traceback trimmed to the learner's own frames."""

    def __init__(self, exc: BaseException, where: str):
        self.exc = exc
        self.exc_type = type(exc).__name__
        self.exc_message = str(exc)[:2000]
        self.where = where
        super().__init__(f"{self.exc_type}: {self.exc_message}")

    def describe(self) -> dict:
        exc = self.exc
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith(LEARNER_FILENAME)]
        text = "".join(traceback.format_list(frames) + traceback.format_exception_only(type(exc), exc))
        return {"kind": "exception", "type": self.exc_type, "message": self.exc_message,
                "line": frames[-1].lineno if frames else None, "traceback": text[-4000:],
                "where": self.where}


class ContractError(Exception):
    """The learner's code does not define what the contract names."""

    def __init__(self, code: str, expected: str, found: str = ""):
        self.code = code
        self.expected = expected
        self.found = found
        super().__init__(f"{code}: expected {expected}, found {found}")


@dataclass
class Context:
    """The judge's side of a grading run. `emit` writes one JSON line to the result channel."""

    device: str = "cpu"
    emit: callable = None
    started: float = field(default_factory=time.monotonic)
    _last_progress: float = 0.0

    def torch_device(self):
        import torch

        return torch.device(self.device)

    def seed(self, seed: int) -> None:
        import numpy as np
        import torch

        random.seed(seed)
        np.random.seed(seed)
        torch.manual_seed(seed)

    def progress(self, step: int, total: int, loss: float | None = None, phase: str = "train") -> None:
        """Report training progress (at most ~10 lines a second)."""
        now = time.monotonic()
        if self.emit is None or (now - self._last_progress < 0.1 and step < total):
            return
        self._last_progress = now
        self.emit({"type": "progress", "phase": phase, "step": step, "total": total,
                   "loss": None if loss is None or loss != loss else round(float(loss), 5)})


UNTRACEABLE = ("GuardOnDataDependentSymNode", "DataDependentOutputException", "DynamicOutputShapeException",
               "UnsupportedOperatorException", "GraphError", "UserError")


def describe_failure(exc: BaseException, guard=None) -> dict:
    """An error report for the judge from an exception in the learner process (any kind)."""
    suspended = guard.suspended() if guard is not None else contextlib.nullcontext()
    with suspended:
        names = {cls.__name__ for cls in type(exc).__mro__}
        if "Refused" in names:
            return {"kind": "refused", "event": exc.event, "what": exc.what}
        if isinstance(exc, ContractError):
            return {"kind": "contract", "code": exc.code, "expected": exc.expected, "found": exc.found}
        inner = exc.exc if isinstance(exc, LearnerError) else exc
        if names & set(UNTRACEABLE) or {c.__name__ for c in type(inner).__mro__} & set(UNTRACEABLE):
            described = LearnerError(inner, getattr(exc, "where", "trace")).describe()
            described["kind"] = "untraceable"
            described["message"] = str(inner).split("\n")[0][:500]
            return described
        if isinstance(exc, LearnerError):
            return exc.describe()
        if isinstance(exc, Exception):
            return LearnerError(exc, "").describe()
        return {"kind": "exception", "type": type(exc).__name__, "message": str(exc)[:500], "line": None,
                "traceback": "", "where": ""}


def json_line(obj) -> bytes:
    return (json.dumps(clean(obj), allow_nan=False, default=_default) + "\n").encode()


def clean(obj):
    """JSON-safe: NaN and infinities become the strings the host understands."""
    if isinstance(obj, dict):
        return {str(k): clean(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [clean(v) for v in obj]
    if isinstance(obj, float):
        return to_marker(obj)
    if isinstance(obj, (bool, int, str)) or obj is None:
        return obj
    try:
        return clean(float(obj))
    except (TypeError, ValueError):
        return str(obj)


def _default(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return str(value)


def exit_now(code: int) -> None:
    """Flush stdout and stderr and end the process at once: tearing down an interpreter with torch
    loaded takes longer than the grading it ran, and nothing is left to do."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # noqa: BLE001 - a closed or replaced stream: nothing more to write
            pass
    os._exit(code)
