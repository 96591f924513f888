"""Measurements shared by the exercises. Pure functions of models and tensors (torch only).

Gradient norms use a random-projection loss: L = <out, r> / sqrt(numel) with r ~ N(0, 1),
which, unlike out.pow(2).sum(), does not depend on the output's own scale and gives every
output direction equal weight. Statistical criteria average over seeds as geometric means.
"""
from __future__ import annotations

import contextlib
import math
from collections.abc import Callable


def linear_layers(model) -> list[tuple[str, object]]:
    import torch.nn as nn

    return [(name, m) for name, m in model.named_modules() if isinstance(m, nn.Linear)]


def projection_loss(out, seed: int):
    """<out, r> / sqrt(numel(out)) for a fixed Gaussian r: a scale-free scalar to differentiate."""
    import torch

    gen = torch.Generator(device="cpu").manual_seed(seed)
    r = torch.randn(out.shape, generator=gen, dtype=out.dtype).to(out.device)
    return (out * r).sum() / math.sqrt(out.numel())


def weight_grad_norms(model, x, *, seed: int = 0, forward: Callable | None = None) -> list[tuple[str, float]]:
    """L2 norm of each nn.Linear weight's gradient under the projection loss, input side first."""
    model.zero_grad(set_to_none=True)
    out = forward(x) if forward else model(x)
    projection_loss(out, seed).backward()
    norms = []
    for name, layer in linear_layers(model):
        grad = layer.weight.grad
        norms.append((name or "linear", float(grad.norm()) if grad is not None else 0.0))
    model.zero_grad(set_to_none=True)
    return norms


def saturation_of(module, out) -> float | None:
    """Share of sigmoid outputs outside [0.02, 0.98] or tanh outputs with |y| > 0.96."""
    kind = type(module).__name__
    if kind == "Sigmoid":
        return float(((out < 0.02) | (out > 0.98)).float().mean())
    if kind == "Tanh":
        return float((out.abs() > 0.96).float().mean())
    return None


def dead_of(module, out) -> float | None:
    """Share of units (features) that are zero for every example of the batch (ReLU only)."""
    if type(module).__name__ != "ReLU" or out.dim() < 2:
        return None
    flat = out.transpose(0, 1).reshape(out.shape[1], -1)
    return float((flat.abs().amax(dim=1) == 0).float().mean())


def accuracy(model, x, y, batch: int = 1024) -> float:
    import torch

    was_training = model.training
    model.eval()
    correct = 0
    with torch.no_grad():
        for i in range(0, len(x), batch):
            correct += int((model(x[i:i + batch]).argmax(dim=1) == y[i:i + batch]).sum())
    model.train(was_training)
    return correct / len(x)


def train_classifier(model, data, *, steps: int, batch: int, make_optimizer: Callable, seed: int,
                     ctx=None, eval_every: int = 50) -> dict:
    """Minibatch training on (x_train, y_train); returns losses, val accuracy curve, finiteness."""
    import torch
    import torch.nn.functional as F

    x_train, y_train, x_val, y_val = data
    gen = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = make_optimizer(model.parameters())
    losses, val_curve, finite = [], [], True
    model.train()
    n = len(x_train)
    for step in range(1, steps + 1):
        idx = torch.randint(0, n, (batch,), generator=gen).to(x_train.device)
        logits = model(x_train[idx])
        loss = F.cross_entropy(logits, y_train[idx])
        value = float(loss.detach())
        losses.append(value)
        if not math.isfinite(value):
            finite = False
            break
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        if ctx is not None:
            ctx.progress(step, steps, value)
        if step % eval_every == 0 or step == steps:
            val_curve.append((step, accuracy(model, x_val, y_val)))
    final = accuracy(model, x_val, y_val) if finite else 0.0
    return {"losses": losses, "val_curve": val_curve, "val_accuracy": final, "finite": finite}


def downsample(values: list, points: int = 100) -> list:
    """At most `points` evenly spaced values (for plots), and the last."""
    return [values[i] for i in _picked(len(values), points)]


def loss_curve(losses: list, points: int = 100) -> list[list]:
    """A loss curve for the verdict's chart: [step, loss] pairs, `losses[i]` being step i + 1's,
    thinned as `downsample` does; the last pair is the run's last step. A loss that is not a
    finite number is None."""
    return [[i + 1, losses[i] if isinstance(losses[i], (int, float)) and math.isfinite(losses[i]) else None]
            for i in _picked(len(losses), points)]


def _picked(count: int, points: int) -> list[int]:
    if count <= points:
        return list(range(count))
    step = count / points
    return [int(i * step) for i in range(points)] + [count - 1]


# ---------------------------------------------------------------- judging learner models (graphs)

ACTIVATION_OPS = frozenset({"sigmoid", "tanh", "relu", "leaky_relu", "gelu", "silu", "elu", "celu", "selu",
                            "_prelu_kernel", "prelu", "hardtanh", "softplus", "mish", "hardswish", "rrelu_with_noise"})
LINEAR_OPS = frozenset({"addmm", "mm", "bmm", "baddbmm"})


@contextlib.contextmanager
def one_thread():
    """Run on one CPU thread, as the sandbox does: run_local in a test process then gives the
    sandbox's numbers, and small-tensor training is not slowed down by thread hand-offs (up to
    25× on a busy two-core host). The setting is restored."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        if before != 1:
            torch.set_num_threads(before)


def gmean(values) -> float:
    """Geometric mean without a floor: 0 if any value is 0 (no gradient at all stays visible)."""
    values = [float(v) for v in values]
    if not values or any(v != v for v in values):
        return float("nan")
    if any(v <= 0 for v in values):
        return 0.0
    if any(v == float("inf") for v in values):
        return float("inf")
    return math.exp(sum(math.log(v) for v in values) / len(values))


def ratio_of(first: float, last: float):
    """first / last, or None (not measured) when the last layer gets no gradient at all."""
    if not last > 0 or last != last:
        return None
    value = first / last
    return value if value == value else None


def finite_or_inf(value: float) -> float:
    return value if value == value else float("inf")


def reference_grad_series(norms, label: str = "linear") -> list[dict]:
    """A reference per-layer series, in the format of the learner's "grad_norms" series."""
    return [{"layer": f"{label} {i}", "index": i, "norm": norm} for i, norm in enumerate(norms, 1)]


def grad_series(names, norms) -> list[dict]:
    """[{"layer": name, "index": position in the forward pass (1 = input side), "norm"}]."""
    pairs = zip(names, norms, strict=False)
    return [{"layer": name, "index": i, "norm": norm} for i, (name, norm) in enumerate(pairs, 1)]


def check_logits(out, n: int, classes: int = 10) -> None:
    import torch

    from grader.harness.peer import learner_error

    if not isinstance(out, torch.Tensor) or tuple(out.shape) != (n, classes) or not out.is_floating_point():
        found = tuple(out.shape) if isinstance(out, torch.Tensor) else type(out).__name__
        raise learner_error(f"the model must map (N, 64) to logits of shape (N, {classes}); "
                            f"for N = {n} it returned {found}", "forward")


def chain_grad_norms(model, chain: list[int], x, seed: int) -> list[float]:
    """Weight-gradient norms along the Linear chain (input side first) under the projection loss."""
    model.train()
    model.zero_grad(set_to_none=True)
    out = model(x)
    check_logits(out, len(x))
    if out.requires_grad:  # else nothing in the model gets a gradient: every norm is 0
        projection_loss(out, seed).backward()
    norms = []
    for index in chain:
        grad = model.weights[index].grad
        norms.append(finite_or_inf(float(grad.norm())) if grad is not None else 0.0)
    model.zero_grad(set_to_none=True)
    return norms


def gradient_flow(traced, x, init_seeds) -> dict:
    """Per-Linear weight-gradient norms at init along the longest chain, geometric means over the
    initial weights the learner process built under `init_seeds` (its first states)."""
    chain = traced.chain()
    runs = [chain_grad_norms(traced.model(k), chain, x, seed) for k, seed in enumerate(init_seeds)]
    means = [gmean(run[i] for run in runs) for i in range(len(chain))]
    ratio = ratio_of(means[0], means[-1]) if len(chain) >= 2 else None
    return {"names": [traced.pnames[i].removesuffix(".weight") for i in chain], "norms": means,
            "ratio": ratio, "depth": len(chain)}


def graph_activation_series(model, x) -> list[dict]:
    """Activation statistics at init from the graph: the activation operators' outputs, else the
    Linear outputs (mean, std, sigmoid/tanh saturation, dead ReLU units)."""
    model.train()
    seen = model.capture(x, ACTIVATION_OPS)
    if not seen:
        seen = model.capture(x, LINEAR_OPS)
    stats = []
    for i, (name, out) in enumerate(seen, 1):
        out = out.float()
        saturation = dead = None
        if name == "sigmoid":
            saturation = float(((out < 0.02) | (out > 0.98)).float().mean())
        elif name == "tanh":
            saturation = float((out.abs() > 0.96).float().mean())
        elif name == "relu" and out.dim() >= 2:
            flat = out.transpose(0, 1).reshape(out.shape[1], -1)
            dead = float((flat.abs().amax(dim=1) == 0).float().mean())
        stats.append({"layer": f"{name} {i}", "mean": round(float(out.mean()), 6),
                      "std": round(float(out.std()), 6), "saturation": saturation, "dead": dead})
    return stats


def train_and_evaluate(model, ctx, data, seed: int, *, steps: int, batch: int, make_optimizer,
                       eval_every: int) -> dict:
    """Train the judge's copy; the best evaluation is what 'reaches within the budget' reads."""
    if not any(p.requires_grad for p in model.parameters()):
        return {"best": None, "finite": None, "curve": [], "loss": []}  # nothing to train: not measured
    result = train_classifier(model, data, steps=steps, batch=batch, make_optimizer=make_optimizer,
                              seed=seed, ctx=ctx, eval_every=eval_every)
    curve = [[step, round(acc, 5)] for step, acc in result["val_curve"]]
    best = max([acc for _, acc in result["val_curve"]], default=0.0)
    return {"best": best, "finite": result["finite"], "curve": curve,
            "loss": loss_curve([round(v, 5) if math.isfinite(v) else None for v in result["losses"]])}


def adam(params, lr: float):
    """Adam, fused where the parameters allow it (faster on CPU, same for every submission)."""
    import torch

    params = [p for p in params if p.requires_grad]
    try:
        return torch.optim.Adam(params, lr=lr, fused=True)
    except (RuntimeError, ValueError, TypeError):
        return torch.optim.Adam(params, lr=lr)


# ---------------------------------------------------------------- the Try button (no training)


def try_series(mine: list[dict], reference) -> dict:
    """What a Try shows: the learner's per-layer norms and the reference's, each numbered 1…L."""
    def numbered(rows):
        return [{"layer": str(row.get("layer", "")), "index": i, "norm": row.get("norm")}
                for i, row in enumerate(rows or [], 1)]

    return {"grad_norms": numbered(mine), "reference_grad_norms": numbered(reference)}


def try_gradient_flow(peer, ctx, *, init_seeds, shapes, probe: int, reference, op: str = "models",
                      width: int = 64) -> dict:
    """The learner's model built under `init_seeds` by the learner process, traced and sent as data;
    its weight-gradient norms along the Linear chain at init, one backward pass per init on the
    first `probe` training images (gradient_flow, as grading measures them)."""
    import torch

    from grader.harness.data import digits
    from grader.harness.traced import receive

    x = digits(ctx.torch_device())[0][:probe]
    traced = receive(peer.call(op, seeds=list(init_seeds)), seeds=len(init_seeds), shapes=shapes, width=width,
                     device=ctx.device)
    torch.manual_seed(init_seeds[0])  # a graph's own randomness (dropout) draws as in a grading
    flow = gradient_flow(traced, x, init_seeds)
    return try_series(grad_series(flow["names"], flow["norms"]), reference)
