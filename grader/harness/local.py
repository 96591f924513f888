"""Grade in this process, without the sandbox: for tests, calibration and figure scripts.

The judge's procedure runs here against a `LoopbackPeer`, which calls the exercise's learner
operations directly and passes every answer through the wire format and the same checks as the
real pipe. Never used for learner code in the service: grader.grading runs the two sandboxes.
"""
from __future__ import annotations

from grader.exercises import load as load_exercise
from grader.harness import learner as learner_mod
from grader.harness import wire
from grader.harness.context import Context, describe_failure
from grader.harness.peer import LearnerFault, clean_error


class LoopbackPeer:
    """Peer's interface, answered in this process (see grader.harness.peer.Peer)."""

    def __init__(self, learner, ops):
        self.learner, self.ops, self.calls = learner, ops, 0

    def hello(self) -> None:
        pass

    def call(self, op: str, **args):
        self.calls += 1
        request = wire.decode(wire.encode({"op": op, "args": args}))
        try:
            value = self.ops[op](self.learner, **request["args"])
        except Exception as exc:  # noqa: BLE001 - reported as the learner process would
            raise LearnerFault(clean_error(describe_failure(exc), op)) from None
        return wire.decode(wire.encode({"ok": True, "value": value}))["value"]


def run_local(slug: str, source: str, seeds=(0,), device: str = "cpu") -> list[dict]:
    """One {"measurements", "series", "judged": {id: bool|None}, "passed"} per seed; a learner
    failure comes back as {"error": {...}, "passed": False} for that seed."""
    module = load_exercise(slug)
    exercise = module.EXERCISE
    ctx = Context(device=device, emit=None)
    results = []
    try:
        learner = learner_mod.load(source, exercise.names)
    except Exception as exc:  # noqa: BLE001
        return [{"error": clean_error(describe_failure(exc), "load"), "passed": False} for _ in seeds]
    peer = LoopbackPeer(learner, module.LEARNER_OPS)
    for seed in seeds:
        ctx.seed(seed)
        try:
            out = module.judge(peer, ctx, seed)
        except LearnerFault as exc:
            results.append({"error": exc.error, "passed": False})
            continue
        out["judged"] = {c.id: c.judge(out["measurements"].get(c.id)) for c in exercise.criteria}
        out["passed"] = all(v is True for v in out["judged"].values())
        results.append(out)
    return results
