"""Measurements shared by the exercises. Pure functions of models and tensors (torch only).

Gradient norms use a random-projection loss: L = <out, r> / sqrt(numel) with r ~ N(0, 1),
which, unlike out.pow(2).sum(), does not depend on the output's own scale and gives every
output direction equal weight. Statistical criteria average over seeds as geometric means.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Iterable

LINEAR_TYPES = ("Linear",)
SATURATING = ("Sigmoid", "Tanh")
RELU_FAMILY = ("ReLU", "LeakyReLU", "PReLU", "ELU", "GELU", "SiLU", "RReLU", "CELU", "SELU")


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


def geometric_mean(values: Iterable[float], floor: float = 1e-300) -> float:
    values = [max(float(v), floor) for v in values]
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else float("nan")


def mean_grad_norms(model_factory: Callable, x, seeds: Iterable[int]) -> list[tuple[str, float]]:
    """Per-layer weight-gradient norms at init, geometric mean over seeds (new model per seed)."""
    import torch

    runs = []
    for seed in seeds:
        torch.manual_seed(seed)
        model = model_factory()
        runs.append(weight_grad_norms(model, x, seed=seed))
    names = [n for n, _ in runs[0]]
    return [(names[i], geometric_mean(run[i][1] for run in runs)) for i in range(len(names))]


def first_last_ratio(norms: list[tuple[str, float]]) -> float:
    if len(norms) < 2 or norms[-1][1] == 0:
        return float("nan")
    return norms[0][1] / norms[-1][1]


def activation_stats(model, x, types: tuple[str, ...] = LINEAR_TYPES) -> list[dict]:
    """Mean and std of the outputs of every module whose class name is in `types`."""
    import torch

    stats, hooks = [], []

    def hook(name):
        def record(_module, _inputs, output):
            out = output.detach().float()
            stats.append({"layer": name, "mean": float(out.mean()), "std": float(out.std()),
                          "saturation": saturation_of(_module, out), "dead": dead_of(_module, out)})
        return record

    for name, module in model.named_modules():
        if type(module).__name__ in types:
            hooks.append(module.register_forward_hook(hook(name)))
    try:
        with torch.no_grad():
            model(x)
    finally:
        for h in hooks:
            h.remove()
    return stats


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


def dead_unit_fraction(pre_activations: list, threshold: float = 0.0) -> float:
    """Share of units whose pre-activation is ≤ threshold for every example (per layer, pooled)."""
    dead = total = 0
    for z in pre_activations:
        flat = z.detach().reshape(z.shape[0], -1)
        dead += int((flat.amax(dim=0) <= threshold).sum())
        total += flat.shape[1]
    return dead / total if total else float("nan")


def update_to_data_ratios(before: dict, model) -> list[tuple[str, float]]:
    """||ΔW|| / ||W|| per nn.Linear weight since `before` (a {name: tensor} snapshot)."""
    ratios = []
    for name, layer in linear_layers(model):
        old = before[name]
        ratios.append((name, float((layer.weight.detach() - old).norm() / (old.norm() + 1e-12))))
    return ratios


def snapshot_linear(model) -> dict:
    return {name: layer.weight.detach().clone() for name, layer in linear_layers(model)}


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
                     ctx=None, eval_every: int = 50, call=None) -> dict:
    """Minibatch training on (x_train, y_train); returns losses, val accuracy curve, finiteness.

    `call` wraps the learner's forward (ctx.call) so its exceptions are attributed to it.
    """
    import torch
    import torch.nn.functional as F

    x_train, y_train, x_val, y_val = data
    gen = torch.Generator(device="cpu").manual_seed(seed)
    optimizer = make_optimizer(model.parameters())
    losses, val_curve, finite = [], [], True
    forward = (lambda inputs: call(model, inputs, where="forward")) if call else model
    model.train()
    n = len(x_train)
    for step in range(1, steps + 1):
        idx = torch.randint(0, n, (batch,), generator=gen).to(x_train.device)
        logits = forward(x_train[idx])
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
    """At most `points` evenly spaced values (for plots)."""
    if len(values) <= points:
        return list(values)
    step = len(values) / points
    return [values[int(i * step)] for i in range(points)] + [values[-1]]
