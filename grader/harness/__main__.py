"""Entry point inside the sandbox: `python -I -m grader.harness`.

Protocol: the host writes one JSON job to stdin: {"slug", "seeds", "device", "nonce",
"source"}. The harness answers on file descriptor 3 only (never stdout, which belongs to the
learner), one JSON object per line, each carrying the nonce: progress lines, then one
"result" or "error" line. The nonce lives only in this function's locals, out of reach of
learner code once the audit hook refuses frames and gc walking.
"""
from __future__ import annotations

import json
import os
import random
import sys
import time


def main() -> int:  # noqa: C901 - one linear procedure, kept in one frame on purpose
    job = json.loads(sys.stdin.read())
    nonce = job["nonce"]
    # Move the result channel to an unpredictable descriptor and close 3.
    import resource

    ceiling = min(resource.getrlimit(resource.RLIMIT_NOFILE)[0], 1024)
    channel = os.dup2(3, random.SystemRandom().randrange(ceiling // 2, ceiling))
    os.close(3)
    timings = {}
    started = time.monotonic()

    def emit(obj: dict) -> None:
        obj = dict(obj, nonce=nonce)
        data = json_line(obj)
        os.write(channel, data)

    import numpy  # noqa: F401 - imported before the hook is armed
    import torch

    from grader.exercises import load as load_exercise
    from grader.harness import data as digits_data
    from grader.harness import guard as guard_mod
    from grader.harness import learner as learner_mod
    from grader.harness import measure
    from grader.harness.context import Context, ContractError, ForbiddenCall, LearnerError, json_line

    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True, warn_only=True)
    device = job.get("device", "auto")
    if device == "auto":
        device = "cuda" if torch.cuda.is_available() else "cpu"
    elif device.startswith("cuda") and not torch.cuda.is_available():
        device = "cpu"
    if device.startswith("cuda"):
        # A cap per grading, so that one submission cannot take the whole GPU.
        torch.cuda.set_per_process_memory_fraction(float(job.get("gpu_memory_fraction", 0.25)))
    module = load_exercise(job["slug"])
    exercise = module.EXERCISE
    digits_data.digits(device)  # load the data set before learner code can interfere
    # PyTorch wraps an optimizer class's step() the first time one is built: build one of
    # each common kind now, so that this is not mistaken later for tampering.
    probe = [torch.nn.Parameter(torch.zeros(1))]
    for optimizer_class in (torch.optim.SGD, torch.optim.Adam, torch.optim.AdamW, torch.optim.RMSprop):
        optimizer_class(probe, lr=0.1)
    if device.startswith("cuda"):
        _warm_up_cuda(torch, device)
    timings["import_s"] = round(time.monotonic() - started, 4)

    watched = [("torch", torch), ("torch.Tensor", torch.Tensor), ("torch.nn.functional", torch.nn.functional),
               ("torch.nn.Module", torch.nn.Module), ("torch.nn.Linear", torch.nn.Linear),
               ("torch.nn.utils", torch.nn.utils), ("torch.autograd", torch.autograd),
               ("torch.optim.SGD", torch.optim.SGD), ("torch.optim.Optimizer", torch.optim.Optimizer),
               ("torch.linalg", torch.linalg), ("measure", measure), ("exercise", module),
               ("context", sys.modules["grader.harness.context"]), ("learner", learner_mod)]
    before = guard_mod.snapshot(watched)
    guard = guard_mod.Guard(learner_mod.LEARNER_PATH, os.path.dirname(guard_mod.__file__))
    ctx = Context(device=device, emit=emit)
    error = None
    result = None
    emit({"type": "ready", "timings": dict(timings)})
    try:
        guard.arm()
        t0 = time.monotonic()
        learner = learner_mod.load(job["source"], exercise.names)
        timings["learner_load_s"] = round(time.monotonic() - t0, 4)
        t0 = time.monotonic()
        result = {"measurements": {}, "series": {}}
        seeds = job.get("seeds") or list(exercise.seeds)
        per_seed = []
        for seed in seeds:
            ctx.seed(seed)
            per_seed.append(module.procedure(learner, ctx, seed))
        result = per_seed[0] if len(per_seed) == 1 else {"per_seed": per_seed, **per_seed[0]}
        timings["procedure_s"] = round(time.monotonic() - t0, 4)
    except guard_mod.Refused as exc:
        error = {"kind": "refused", "event": exc.event, "what": exc.what}
    except ForbiddenCall as exc:
        error = {"kind": "forbidden", "name": exc.name}
    except ContractError as exc:
        error = {"kind": "contract", "code": exc.code, "expected": exc.expected, "found": exc.found}
    except LearnerError as exc:
        error = exc  # formatted below, with the guard suspended (it reads traceback frames)
    except MemoryError:
        error = {"kind": "memory"}
    with guard.suspended():
        if isinstance(error, LearnerError) and isinstance(error.exc, torch.OutOfMemoryError):
            error = {"kind": "memory", "device": device}  # the GPU cap of this grading
        elif isinstance(error, LearnerError):
            error = error.describe()
        replaced = guard_mod.changed(before, watched)
        if ctx.forbidden_hits:
            error = {"kind": "forbidden", "name": ctx.forbidden_hits[0]}
        if guard.hits:  # even when learner code caught the refusal and went on
            error = {"kind": "refused", "event": guard.hits[0], "what": guard_mod.Refused(guard.hits[0]).what}
        if replaced:
            error = {"kind": "tampered", "names": replaced[:10]}
        timings["total_s"] = round(time.monotonic() - started, 4)
        info = {"device": device, "torch": torch.__version__, "timings": timings,
                "forbidden_hits": ctx.forbidden_hits}
        if error is not None:
            emit({"type": "error", "error": error, **info})
        else:
            emit({"type": "result", **_clean(result), **info})
    return 0


def _warm_up_cuda(torch, device: str) -> None:
    """Create the CUDA context and load the libraries a training step needs (cuBLAS, cuDNN, ...)
    before the guard is armed: CUDA loads them lazily, on first use, through dlopen."""
    gen = torch.Generator(device="cpu").manual_seed(0)
    x = torch.randn(8, 4, generator=gen).to(device)
    y = torch.tensor([0, 1] * 4, device=device)
    model = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.BatchNorm1d(4), torch.nn.ReLU(),
                                torch.nn.Linear(4, 2)).to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    loss = torch.nn.functional.cross_entropy(model(x), y)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    optimizer.step()
    torch.linalg.vector_norm(x).item()
    torch.cuda.synchronize()


def _clean(obj):
    """JSON-safe: NaN and infinities become strings the host understands."""
    if isinstance(obj, dict):
        return {str(k): _clean(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_clean(v) for v in obj]
    if isinstance(obj, float):
        if obj != obj:
            return "nan"
        if obj in (float("inf"), float("-inf")):
            return "inf" if obj > 0 else "-inf"
        return obj
    if isinstance(obj, (bool, int, str)) or obj is None:
        return obj
    try:
        return _clean(float(obj))
    except (TypeError, ValueError):
        return str(obj)


if __name__ == "__main__":
    sys.exit(main())
