"""The judge: `python -I -m grader.harness.judge` inside its own sandbox. Trusted.

Protocol with the host: two JSON lines on stdin, the set-up ({"preload": [slugs], "device",
"gpu_memory_fraction"}) and then the job ({"slug", "seeds", "learner_timeout_s"}, and "mode":
"try" for the Try button: `try_it` below); answers on descriptor 3 only, one JSON object per
line: "ready" (once set up, before the job is read), then "progress" lines, then one "result" or
"error" line. A cold grading gets both lines at once; a warm one (grader.warm) is started with
the set-up alone, imports, warms and loads everything, says "ready" and waits for its job. End of
stdin before a job: it exits. With the learner process: descriptors 5 (answers in) and 6
(requests out), through grader.harness.peer.

The judge never loads, imports, unpickles or calls learner code: it runs the exercise's
procedure on its own data, asks the learner process for data (numbers, tensors, traced graphs)
and checks every answer before measuring on it. The learner process has no descriptor of the
judge's and runs as another uid in another sandbox.
"""
from __future__ import annotations

import json
import os
import sys
import time

RESULT_FD = 3
ANSWERS_FD = 5
REQUESTS_FD = 6


def main() -> int:
    state = setup(json.loads(sys.stdin.readline() or "{}"))
    os.write(RESULT_FD, state["ready"])
    return job(state, sys.stdin.readline())


def setup(config: dict) -> dict:
    """Import torch and the exercises to preload, load the data, warm the GPU up; the state a job needs."""
    started = time.monotonic()
    import torch

    from grader.exercises import load as load_exercise
    from grader.harness import data as digits_data
    from grader.harness.context import json_line

    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True, warn_only=True)
    device = _device(torch, config.get("device", "auto"))
    if device.startswith("cuda"):
        # A cap per grading, so that one submission cannot take the whole GPU.
        torch.cuda.set_per_process_memory_fraction(float(config.get("gpu_memory_fraction", 0.25)))
        _warm_up_cuda(torch, device)
    for slug in config.get("preload") or ():
        load_exercise(slug)
    digits_data.digits(device)
    timings = {"import_s": round(time.monotonic() - started, 4)}
    return {"device": device, "timings": timings, "ready": json_line({"type": "ready", "timings": dict(timings)})}


def job(state: dict, line: str) -> int:
    """Run one job line: the exercise's procedure against the learner process; the verdict's line on fd 3."""
    import torch

    from grader.exercises import load as load_exercise
    from grader.harness.context import Context, json_line
    from grader.harness.graphs import GraphError
    from grader.harness.peer import LearnerFault, Peer

    def emit(obj: dict) -> None:
        os.write(RESULT_FD, json_line(obj))

    if not line:
        return 0  # a warm judge that was never given a job
    device, timings = state["device"], dict(state["timings"])
    job = json.loads(line)
    started = time.monotonic()
    module = load_exercise(job["slug"])
    peer = Peer(ANSWERS_FD, REQUESTS_FD, timeout=float(job.get("learner_timeout_s", 60)))
    ctx = Context(device=device, emit=emit)
    error = result = None
    try:
        t0 = time.monotonic()
        peer.hello()
        timings["learner_load_s"] = round(time.monotonic() - t0, 4)
        t0 = time.monotonic()
        if job.get("mode") == "try":
            result = try_it(module, peer, ctx)
        else:
            per_seed = []
            for seed in job.get("seeds") or list(module.EXERCISE.seeds):
                ctx.seed(seed)
                per_seed.append(module.judge(peer, ctx, seed))
            result = per_seed[0] if len(per_seed) == 1 else {"per_seed": per_seed, **per_seed[0]}
        timings["procedure_s"] = round(time.monotonic() - t0, 4)
    except LearnerFault as exc:
        error = exc.error
    except GraphError as exc:
        error = {"kind": "untraceable", "message": str(exc)[:500], "line": None, "where": "graph"}
    except (MemoryError, torch.OutOfMemoryError):
        error = {"kind": "memory", "device": device}  # a learner graph's size: the learner's limit
    timings["total_s"] = round(time.monotonic() - started, 4)
    info = {"device": device, "torch": torch.__version__, "timings": timings, "learner_calls": peer.calls}
    if error is not None:
        emit({"type": "error", "error": error, **info})
    else:
        emit({"type": "result", "measurements": result["measurements"], "series": result.get("series", {}),
              **info})
    return 0


def try_it(module, peer, ctx) -> dict:
    """The Try button's procedure (no training, no criteria): the learner's file is loaded (its
    prints are the learner process's output) and, where the exercise has one, its `try_it(peer,
    ctx)` measures what it can show at once (the model's gradient norms at init). Every number is
    measured here, as in a grading."""
    ctx.seed(0)
    procedure = getattr(module, "try_it", None)
    series = procedure(peer, ctx) if procedure is not None else {}
    return {"measurements": {}, "series": series}


def _device(torch, device: str) -> str:
    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device.startswith("cuda") and not torch.cuda.is_available():
        return "cpu"
    return device


def _warm_up_cuda(torch, device: str) -> None:
    """Create the CUDA context and load the libraries a training step needs (cuBLAS, cuDNN, ...)."""
    gen = torch.Generator(device="cpu").manual_seed(0)
    x = torch.randn(8, 4, generator=gen).to(device)
    y = torch.tensor([0, 1] * 4, device=device)
    model = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.BatchNorm1d(4), torch.nn.ReLU(),
                                torch.nn.Linear(4, 2)).to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    torch.nn.functional.cross_entropy(model(x), y).backward()
    optimizer.step()
    torch.cuda.synchronize()


if __name__ == "__main__":
    from grader.harness.context import exit_now

    exit_now(main())
