"""The judge's side of the pipe: asks the learner process for data, checks every answer.

`Peer.call(op, **args)` sends one request and returns the decoded answer, or raises
`LearnerFault` with a clean error (the learner's code raised, broke the contract, was refused,
could not be traced, or its process died, hung or answered garbage). Nothing the learner
process sends is trusted: error details are re-built from checked fields, and the `expect_*`
helpers check the shape of good answers before the judge uses them.
"""
from __future__ import annotations

import math

from grader.harness import wire

ERROR_KINDS = ("exception", "contract", "refused", "untraceable")


class LearnerFault(Exception):
    """The learner's side failed; `error` is a clean dict for the verdict."""

    def __init__(self, error: dict):
        self.error = error
        super().__init__(str(error)[:300])


def learner_error(message: str, where: str = "", kind: str = "ValueError") -> LearnerFault:
    """The learner's code produced something the contract does not allow (as an exception would)."""
    return LearnerFault({"kind": "exception", "type": kind, "message": message[:2000], "line": None,
                         "where": where, "traceback": ""})


def bad_answer(what: str) -> LearnerFault:
    return LearnerFault({"kind": "bad_answer", "what": what[:300]})


class Peer:
    def __init__(self, read_fd: int, write_fd: int, timeout: float):
        self.reader = wire.Reader(read_fd)
        self.write_fd = write_fd
        self.timeout = timeout
        self.calls = 0

    def hello(self) -> None:
        """Wait until the learner's file is loaded and its contract checked."""
        self._answer("load")

    def call(self, op: str, **args):
        try:
            wire.send(self.write_fd, {"op": op, "args": args})
        except OSError:
            raise LearnerFault({"kind": "learner_gone", "detail": "closed"}) from None
        self.calls += 1
        return self._answer(op)

    def _answer(self, op: str):
        try:
            reply = self.reader.recv(self.timeout)
        except wire.WireError as exc:
            if exc.kind in ("closed", "timeout"):
                raise LearnerFault({"kind": "learner_gone", "detail": exc.kind}) from None
            raise bad_answer(f"{op}: {exc.detail}") from None
        if not isinstance(reply, dict) or not isinstance(reply.get("ok"), bool):
            raise bad_answer(f"{op}: not an answer")
        if not reply["ok"]:
            raise LearnerFault(clean_error(reply.get("error"), op))
        return reply.get("value")


def clean_error(error, op: str) -> dict:
    """An error report from the learner process, reduced to known fields of known types."""
    if not isinstance(error, dict) or error.get("kind") not in ERROR_KINDS:
        return {"kind": "bad_answer", "what": f"{op}: unknown error report"}
    clean = {"kind": error["kind"]}
    for key, limit in (("type", 80), ("message", 2000), ("traceback", 4000), ("where", 80), ("code", 40),
                       ("expected", 300), ("found", 300), ("event", 120), ("what", 80)):
        value = error.get(key)
        if isinstance(value, str):
            clean[key] = value[:limit]
    line = error.get("line")
    clean["line"] = line if type(line) is int and 0 < line < 1_000_000 else None
    return clean


# ------------------------------------------------------------------------- checking answers


def expect_tensor(value, what: str, *, shape=None, dtype=None, finite: bool = False):
    import torch

    if not isinstance(value, torch.Tensor):
        raise bad_answer(f"{what}: expected a tensor")
    if shape is not None and tuple(value.shape) != tuple(shape):
        raise bad_answer(f"{what}: shape {tuple(value.shape)}, expected {tuple(shape)}")
    if dtype is not None and value.dtype != dtype:
        raise bad_answer(f"{what}: dtype {value.dtype}, expected {dtype}")
    if finite and not bool(torch.isfinite(value).all()):
        raise bad_answer(f"{what}: not finite")
    return value


def expect_number(value, what: str) -> float:
    """A float (NaN and infinities allowed: they are measurable results)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise bad_answer(f"{what}: expected a number")
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf


def expect_list(value, what: str, *, length: int | None = None, most: int = 100_000) -> list:
    if not isinstance(value, list) or len(value) > most or (length is not None and len(value) != length):
        raise bad_answer(f"{what}: expected a list" + (f" of {length}" if length is not None else ""))
    return value


def expect_dict(value, what: str, *, most: int = 10_000) -> dict:
    if not isinstance(value, dict) or len(value) > most:
        raise bad_answer(f"{what}: expected a mapping")
    return value
