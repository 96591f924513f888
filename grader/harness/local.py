"""Run an exercise's procedure in this process, without the sandbox: for tests and calibration.

Never used for learner code in the service: `grader.sandbox` runs the harness for that.
"""
from __future__ import annotations

from grader.exercises import load as load_exercise
from grader.harness import learner as learner_mod
from grader.harness.context import Context


def run_local(slug: str, source: str, seeds=(0,), device: str = "cpu") -> list[dict]:
    """One {"measurements", "series", "judged": {id: bool|None}} per seed."""
    module = load_exercise(slug)
    exercise = module.EXERCISE
    learner = learner_mod.load(source, exercise.names)
    ctx = Context(device=device, emit=None)
    results = []
    for seed in seeds:
        ctx.seed(seed)
        out = module.procedure(learner, ctx, seed)
        out["judged"] = {c.id: c.judge(out["measurements"].get(c.id)) for c in exercise.criteria}
        out["passed"] = all(out["judged"].values()) and not ctx.forbidden_hits
        out["forbidden_hits"] = list(ctx.forbidden_hits)
        results.append(out)
    return results
