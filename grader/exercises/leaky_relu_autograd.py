"""leaky-relu-autograd: the learner's LeakyReLU autograd.Function against the built-in, then in training.

1. forward-match: LeakyReLU.apply(x, slope) against F.leaky_relu on random float32 and float64
   tensors (exact zeros included) for several slopes; the input must come back unchanged.
2. gradcheck: torch.autograd.gradcheck in float64 at points away from the kink, several slopes.
3. negative-slope-grad: autograd's gradient through LeakyReLU.apply against grad_output times
   (1 where x > 0, the slope where x < 0); exact zeros are left out (either side is a valid
   subgradient there, although the built-in takes the slope).
4. dead-units: a 6-hidden-layer MLP (width 64, He init) with LeakyReLU.apply(z, 0.2) as its
   activation trains on digits with Adam at a learning rate high enough to kill plain ReLU units
   (lr 0.02, 120 steps of 192); a unit is dead when its pre-activation is ≤ 0 for every
   training example. The same net with plain ReLU, trained on the same batches, is the control
   shown in the series.

The built-in Leaky ReLU is forbidden during every call into the learner's code.

Calibration (2026-11-25, CPU, one thread; 30 seeds for the dead units, 5 for the rest; ≈ 0.45 s
per seed, training both nets included): the references match exactly (forward and gradient
errors 0, gradcheck passes) and leave ≤ 2.3% dead units (threshold 5%); the plain-ReLU control
loses 24–42%. A backward that copies ReLU's (0 on the negative side) fails gradcheck and
negative-slope-grad (≥ 1.7) and leaves ≥ 12% dead units; slope² on the negative side fails
negative-slope-grad (≥ 0.52); a hard-coded 0.01 fails forward-match (≥ 1.6); modifying x in place
fails forward-match (≥ 6.5). With an unpinned thread count on a busy 2-core machine the training
runs 50–100× slower (OpenMP barriers, and denormals in Adam's second moments of dead units):
grade and calibrate with one thread, as the sandbox does.
"""
from __future__ import annotations

from grader.exercises.base import Criterion, Exercise, Name, T

FORBIDDEN = (
    "torch.nn.functional:leaky_relu", "torch.nn.functional:leaky_relu_",
    "torch._C._nn:leaky_relu", "torch._C._nn:leaky_relu_",
)

FORWARD_TOL = 1e-6
GRAD_TOL = 1e-6
DEAD_MAX = 0.05

TRAIN_SLOPE = 0.2
DEPTH, WIDTH = 6, 64
LR, STEPS, BATCH = 0.02, 120, 192

EXERCISE = Exercise(
    slug="leaky-relu-autograd",
    names=[Name("LeakyReLU", kind="class", base="torch.autograd:Function", methods=("forward", "backward", "apply"))],
    criteria=[
        Criterion(
            "forward-match", "<=", FORWARD_TOL,
            message=T(ja="順伝播の出力が組み込みの Leaky ReLU と一致する（0 を含む乱数のテンソル、最大絶対誤差）",
                      en="The forward output matches the built-in Leaky ReLU (random tensors with zeros, "
                         "largest absolute error)"),
            hint=T(ja="torch.where(x > 0, x, x * negative_slope) の 1 行で書けます。x をその場で書き換える"
                      "（x.mul_(...) など）と呼び出し側のテンソルまで変わるので避けましょう。傾きを 0.01 と"
                      "決め打ちせず、引数の negative_slope を使います。",
                   en="It is one line: torch.where(x > 0, x, x * negative_slope). Do not modify x in place "
                      "(x.mul_(...) and the like): that changes the caller's tensor too. Use the negative_slope "
                      "argument rather than a hard-coded 0.01."),
        ),
        Criterion(
            "gradcheck", "true", True,
            message=T(ja="float64 で torch.autograd.gradcheck が通る（数値微分と backward が一致する）",
                      en="torch.autograd.gradcheck passes in float64 (backward agrees with numerical "
                         "differentiation)"),
            hint=T(ja="逆伝播に必要なものを forward で残します。テンソルは ctx.save_for_backward(x)、数値の傾きは "
                      "ctx.negative_slope = negative_slope。backward は grad_output に局所的な微分を掛けた値と、"
                      "傾きの分の None を返します。",
                   en="Keep what backward needs in forward: tensors with ctx.save_for_backward(x), the plain-number "
                      "slope as ctx.negative_slope = negative_slope. backward returns grad_output times the local "
                      "derivative, and None for the slope."),
        ),
        Criterion(
            "negative-slope-grad", "<=", GRAD_TOL,
            message=T(ja="負の入力での勾配が grad_output × negative_slope、正の入力では grad_output に等しい"
                         "（最大絶対誤差）",
                      en="The gradient is grad_output × negative_slope for negative inputs and grad_output for "
                         "positive ones (largest absolute error)"),
            hint=T(ja="局所的な微分は x > 0 なら 1、そうでなければ negative_slope です。負の側で 0 を返すと "
                      "ReLU と同じになり、0.01 と決め打ちすると別の傾きで失敗します。",
                   en="The local derivative is 1 where x > 0 and negative_slope elsewhere. Returning 0 on the "
                      "negative side gives ReLU's gradient; a hard-coded 0.01 fails for other slopes."),
        ),
        Criterion(
            "dead-units", "<", DEAD_MAX,
            message=T(ja="あなたの LeakyReLU を使った深い MLP を学習させた後、死んだユニット"
                         "（全訓練データで入力が 0 以下）の割合",
                      en="After training a deep MLP that uses your LeakyReLU, the share of dead units (input ≤ 0 "
                         "for every training example)"),
            hint=T(ja="死んだユニットが多いなら、負の側の勾配が 0 になっていないか確かめましょう。0 だと "
                      "backward は ReLU と同じで、負の側に落ちたユニットは二度と戻れません。",
                   en="If many units die, check that the gradient on the negative side is not zero: if it is, "
                      "your backward behaves like ReLU's and units pushed to the negative side never come back."),
        ),
    ],
    forbidden=FORBIDDEN,
)

INF = float("inf")


def _max_abs(mine, ref) -> float:
    import torch

    if not isinstance(mine, torch.Tensor) or mine.shape != ref.shape:
        return INF
    error = (mine.detach().to(torch.float64) - ref.detach().to(torch.float64)).abs().max()
    return float(error) if bool(torch.isfinite(error)) else INF


def _with_zeros(x, gen, share: float = 0.15):
    import torch

    mask = torch.rand(x.shape, generator=gen) < share
    return torch.where(mask, torch.zeros_like(x), x)


def _forward_check(apply, ctx, targets, gen, device) -> float:
    import torch
    import torch.nn.functional as F

    cases = [
        (torch.randn(257, generator=gen), 0.01),
        (3 * torch.randn(4, 3, 5, 7, generator=gen), 0.2),
        (torch.randn(64, 33, generator=gen, dtype=torch.float64), 0.5),
        (torch.randn(9, 11, generator=gen) * 1e-3, 0.1),
    ]
    worst = 0.0
    for x, slope in cases:
        x = _with_zeros(x, gen).to(device)
        expected = F.leaky_relu(x, slope)
        before = x.clone()
        with ctx.forbid(*targets):
            y = ctx.call(apply, x, slope, where="LeakyReLU.apply")
        worst = max(worst, _max_abs(y, expected), _max_abs(x, before))
    return worst


def _gradcheck(apply, ctx, targets, gen, device) -> bool:
    import torch

    ok = True
    for slope in (0.01, 0.3):
        raw = torch.randn(5, 6, generator=gen, dtype=torch.float64)
        x = (raw.sign() * (raw.abs() + 0.05)).to(device).requires_grad_(True)  # away from the kink
        with ctx.forbid(*targets):
            passed = ctx.call(torch.autograd.gradcheck, lambda t, s=slope: apply(t, s), (x,), eps=1e-6,
                              atol=1e-5, rtol=1e-3, raise_exception=False, where="gradcheck")
        ok = ok and bool(passed)
    return ok


def _slope_grad_check(apply, ctx, targets, gen, device) -> float:
    import torch

    worst = 0.0
    for slope in (0.01, 0.2, 0.7):
        x = _with_zeros(torch.randn(500, generator=gen, dtype=torch.float64), gen).to(device).requires_grad_(True)
        g = torch.randn(500, generator=gen, dtype=torch.float64).to(device)
        with ctx.forbid(*targets):
            y = ctx.call(apply, x, slope, where="LeakyReLU.apply")
            if not isinstance(y, torch.Tensor) or y.shape != x.shape or not y.requires_grad:
                return INF
            (grad,) = ctx.call(torch.autograd.grad, y, x, g, allow_unused=True, where="LeakyReLU.backward")
        if grad is None:
            return INF
        expected = g * torch.where(x.detach() > 0, torch.ones_like(g), torch.full_like(g, slope))
        nonzero = x.detach() != 0
        worst = max(worst, _max_abs(grad.detach()[nonzero], expected[nonzero]))
    return worst


def _mlp(activation_factory):
    import torch
    from torch import nn

    layers, acts, width_in = [], [], 64
    for _ in range(DEPTH):
        act = activation_factory()
        acts.append(act)
        layers += [nn.Linear(width_in, WIDTH), act]
        width_in = WIDTH
    layers.append(nn.Linear(width_in, 10))
    model = nn.Sequential(*layers)
    with torch.no_grad():
        for layer in model:
            if isinstance(layer, nn.Linear):
                nn.init.kaiming_normal_(layer.weight, nonlinearity="relu")
                layer.bias.zero_()
    return model, acts


def _activation_class():
    from torch import nn

    class Activation(nn.Module):
        """Calls fn(z) and keeps z (the pre-activation) when asked to."""

        def __init__(self, fn):
            super().__init__()
            self.fn = fn
            self.keep = False
            self.z = None

        def forward(self, z):
            if self.keep:
                self.z = z.detach()
            return self.fn(z)

    return Activation


def _train(model, acts, data, ctx, seed: int, progress: bool):
    import torch

    from grader.harness.measure import train_classifier

    result = train_classifier(model, data, steps=STEPS, batch=BATCH, seed=seed, eval_every=50,
                              make_optimizer=lambda params: torch.optim.Adam(params, lr=LR, foreach=True),
                              ctx=ctx if progress else None, call=ctx.call if progress else None)
    per_layer = None
    if result["finite"]:
        for act in acts:
            act.keep = True
        with torch.no_grad():
            if progress:
                ctx.call(model, data[0], where="forward")
            else:
                model(data[0])
        for act in acts:
            act.keep = False
        per_layer = [float((act.z.reshape(act.z.shape[0], -1).amax(dim=0) <= 0).float().mean()) for act in acts]
    return result, per_layer


def procedure(learner, ctx, seed: int) -> dict:
    import torch

    from grader.harness.data import digits
    from grader.harness.measure import downsample, weight_grad_norms

    device = ctx.torch_device()
    targets = EXERCISE.forbidden_targets()
    apply = learner.LeakyReLU.apply
    gen = torch.Generator(device="cpu").manual_seed(7919 * seed + 3)
    measurements = {
        "forward-match": _forward_check(apply, ctx, targets, gen, device),
        "gradcheck": _gradcheck(apply, ctx, targets, gen, device),
        "negative-slope-grad": _slope_grad_check(apply, ctx, targets, gen, device),
    }

    data = digits(device)
    Activation = _activation_class()
    torch.manual_seed(seed)
    model, acts = _mlp(lambda: Activation(lambda z: apply(z, TRAIN_SLOPE)))
    model.to(device)
    with ctx.forbid(*targets):
        grad_norms = weight_grad_norms(model, data[0][:256], seed=seed,
                                       forward=lambda x: ctx.call(model, x, where="forward"))
        trained, dead_mine = _train(model, acts, data, ctx, seed, progress=True)

    torch.manual_seed(seed)
    control, control_acts = _mlp(lambda: Activation(torch.relu))
    control.to(device)
    control_trained, dead_relu = _train(control, control_acts, data, ctx, seed, progress=False)

    measurements["dead-units"] = sum(dead_mine) / len(dead_mine) if dead_mine is not None else None
    series = {
        "grad_norms": [{"layer": name, "norm": norm} for name, norm in grad_norms],
        "loss": downsample(trained["losses"]),
        "val_accuracy": [[step, acc] for step, acc in trained["val_curve"]],
        "dead_units": [{"layer": f"{2 * i + 1}", "leaky": None if dead_mine is None else dead_mine[i],
                        "relu": None if dead_relu is None else dead_relu[i]} for i in range(DEPTH)],
        "control": {"activation": "ReLU",
                    "dead_units": sum(dead_relu) / len(dead_relu) if dead_relu is not None else None,
                    "val_accuracy": control_trained["val_accuracy"],
                    "loss": downsample(control_trained["losses"])},
        "train_slope": TRAIN_SLOPE,
        "final_val_accuracy": trained["val_accuracy"],
    }
    return {"measurements": measurements, "series": series}
