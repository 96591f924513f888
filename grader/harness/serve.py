"""The learner process: `python -I -m grader.harness.serve` inside its own sandbox.

Two JSON lines on stdin: the set-up ({"preload": [slugs]}: exercise modules to import, and
tracing to warm up when one of them traces), then the job ({"slug", "source"}). Between them it
says "ready" on descriptor 3 and closes it; a warm learner process (grader.warm) waits there.
It then writes the learner's file, loads it, checks the contract, then answers the judge's requests on
descriptor 5 (requests in) and 6 (answers out) until the judge closes the pipe. It holds no
validation data, no GPU and no channel to the host: whatever the learner's code does to this
process (and it owns it) can only change the data it sends, which the judge checks.

The audit hook (guard.py) stays for early, clear feedback (`rejected: your code tried to open a
socket`); no verdict depends on it.
"""
from __future__ import annotations

import json
import os
import sys

READY_FD = 3  # the sandbox's result channel: says "set up" once, then closed (the host reads nothing more)
REQUESTS_FD = 5
ANSWERS_FD = 6


def main() -> int:
    setup(json.loads(sys.stdin.readline() or "{}"))
    os.write(READY_FD, b'{"type": "ready"}\n')  # set up; from here on this process may run learner code
    os.close(READY_FD)
    return job(sys.stdin.readline())


def setup(config: dict) -> None:
    """Import torch and numpy and the exercises to preload; warm tracing up when one traces."""
    import numpy  # noqa: F401 - imported before the hook is armed
    import torch

    from grader.exercises import load as load_exercise

    torch.set_num_threads(1)
    preloaded = [load_exercise(slug) for slug in config.get("preload") or ()]
    if any(m.EXERCISE.traces for m in preloaded):
        _warm_up_tracing(torch)


def job(line: str) -> int:
    """Run one job line: write the learner's file, load it, answer the judge until it is done."""
    from grader.exercises import load as load_exercise
    from grader.harness import guard as guard_mod
    from grader.harness import learner as learner_mod
    from grader.harness import wire
    from grader.harness.context import describe_failure

    if not line:
        return 0  # a warm learner process that was never given a job
    job = json.loads(line)
    with open(learner_mod.LEARNER_PATH, "w", encoding="utf-8") as handle:
        handle.write(job["source"])  # for tracebacks: the file the learner's lines are read from
    module = load_exercise(job["slug"])
    ops = module.LEARNER_OPS
    # Frames of the learner's file and of the grader package (harness and exercises) are refused.
    grader_dir = os.path.dirname(os.path.dirname(guard_mod.__file__))
    guard = guard_mod.Guard(learner_mod.LEARNER_PATH, grader_dir)
    reader = wire.Reader(REQUESTS_FD)

    def answer(ok: bool, payload) -> None:
        wire.send(ANSWERS_FD, {"ok": True, "value": payload} if ok else {"ok": False, "error": payload})

    guard.arm()
    try:
        learner = learner_mod.load(job["source"], module.EXERCISE.names)
    except BaseException as exc:  # noqa: BLE001 - reported, whatever it is
        answer(False, describe_failure(exc, guard))
        return 0
    answer(True, None)
    while True:
        try:
            request = reader.recv(timeout=3600)
        except wire.WireError:
            return 0  # the judge is done (or gone)
        op = ops.get(request.get("op")) if isinstance(request, dict) else None
        if op is None:
            return 2
        try:
            value = op(learner, **(request.get("args") or {}))
        except BaseException as exc:  # noqa: BLE001
            answer(False, describe_failure(exc, guard))
            continue
        if guard.hits:  # refused, even if the learner's code caught the refusal and went on
            answer(False, describe_failure(guard_mod.Refused(guard.hits[0]), guard))
            continue
        answer(True, value)


def _warm_up_tracing(torch) -> None:
    """Trace once before the hook is armed: make_fx imports and compiles its own machinery lazily."""
    from grader.harness.traced import model_answer

    def make():
        return torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.BatchNorm1d(4), torch.nn.ReLU())

    model_answer(make, [0], ((True, 3), (False, 3)), 4)
    # A trace that fails on a data-dependent branch imports torch.export's machinery (and
    # networkx, which builds functions at import time): load it now, not under the hook.
    import torch.export._trace  # noqa: F401

    from grader.harness.graphs import trace

    try:
        trace(lambda x: (x * 2 if x.sum().item() > 0 else x,), torch.ones(2))
    except Exception:  # noqa: BLE001 - expected: the warm-up of the failure path
        pass


if __name__ == "__main__":
    from grader.harness.context import exit_now

    exit_now(main())
