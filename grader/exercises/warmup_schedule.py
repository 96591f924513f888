"""warmup-schedule: the learner's LR scheduler must warm up, then train a spiky BN net calmly.

Two parts. (1) The shape: for a few (warmup_steps, total_steps) settings the grader builds the
learner's scheduler on a plain SGD optimizer and reads the learning rate before every
optimizer.step() (step 0 is the rate right after construction), stepping the scheduler once
after each optimizer.step(), up to step total_steps. (2) The training: a 12-layer ReLU MLP with
BatchNorm1d (no affine parameters) after every hidden Linear, width 96, SGD momentum 0.9 at base
lr 2.0, batch 256, 100 steps with warmup_steps = 40, on digits. Without warmup the loss jumps
within the first few steps; with warmup it falls from the start.

At our scale the curriculum's setup (calibration notes: 20 layers, width 128, batch 512, 150
steps, ≈ 5 s a seed on one thread) was too slow, and its spike weaker than noted: 1.1–3.7× the
initial loss over 60 steps (not 3–40). The spike comes from the one layer whose scale BatchNorm
does not undo, the output layer (with its lr × 0.1 there is no spike at all), and BatchNorm's own
gamma/beta made a constant rate after warmup diverge on some seeds (final loss up to 2.8).
Without the affine parameters 12 layers suffice, at lr 2.0 (1.5 spikes too weakly there).

Warmup does not make this run smooth everywhere: in 2 of 96 runs of correct schedules (16 seeds
× 6 variants of linear warmup) the loss catapulted between steps 12 and 40, once the rate was
25–100 % of the base, to 1.4–1.9× the initial loss. The spike that warmup prevents is the one
in the very first steps, so the window is the first 10 steps.

Calibration (`tests/grader/test_calibration.py`, 5 seeds; 16 seeds in exploration):
  no-early-spike  largest batch loss over steps 0–10 / the loss at step 0. Correct schedules
                  ≤ 1.02 (96 runs); no warmup (constant, cosine only) ≥ 1.32 (16 seeds); a
                  5-step warmup 1.0–2.3 (not on every seed: its rises-to-base fails instead).
                  Threshold 1.15.
  final-loss      mean batch loss of the last 10 steps: correct schedules ≤ 0.11 but one run
                  at 0.46 (a late catapult at a constant rate); with cosine decay ≤ 0.05. No
                  warmup ends at 0.05–0.8 (noisy: the spike is the signal). Threshold 0.5.
  shape           exact by construction (SHAPE_LR is a power of two, so rate / base is the
                  learner's factor exactly); the named failures miss by far.
"""
from __future__ import annotations

from grader.exercises.base import Criterion, Exercise, Name, T

SHAPES = ((20, 50), (40, 100), (30, 300))  # (warmup_steps, total_steps) read for the shape
SHAPE_LR = 0.25  # a power of two: rate / base is exactly the factor the learner's schedule applies
DEPTH = 12  # nn.Linear layers
WIDTH = 96
BATCH = 256
LR = 2.0
MOMENTUM = 0.9
STEPS = 100
WARMUP = 40
SPIKE_WINDOW = 10  # "early": the loss at steps 0..10, a quarter of the warmup
REACHED = 1e-3  # the rate counts as at the base within this relative tolerance
FINAL_WINDOW = 10

EXERCISE = Exercise(
    slug="warmup-schedule",
    names=[Name("make_scheduler", params=("optimizer", "warmup_steps", "total_steps"))],
    criteria=[
        Criterion(
            "starts-low", "<=", 0.1,
            message=T(ja="最初のステップの学習率（基準の学習率に対する比）",
                      en="The learning rate at the first step, relative to the base rate"),
            hint=T(ja="作った直後（ステップ 0）の係数を 0.1 以下にしましょう。LambdaLR なら係数の関数が "
                      "s = 0 で 0 付近を返すように、LinearLR なら start_factor を 0.1 以下に指定します"
                      "（既定値は 1/3 です）。",
                   en="Make the factor at creation time (step 0) at most 0.1. With LambdaLR, return a "
                      "value near 0 for s = 0; with LinearLR, pass a start_factor of at most 0.1 (the "
                      "default is 1/3)."),
            unit="× base",
        ),
        Criterion(
            "rises-to-base", "between", (0.8, 1.0),
            message=T(ja="学習率が初めて基準に達したステップ（warmup_steps に対する比）",
                      en="The step at which the rate first reaches the base rate, relative to warmup_steps"),
            hint=T(ja="係数は min(1.0, s / warmup_steps) のように、s = warmup_steps でちょうど 1 になるように"
                      "します。固定のステップ数ではなく、渡された warmup_steps いっぱいを使って上げましょう。",
                   en="Make the factor exactly 1 at s = warmup_steps, as min(1.0, s / warmup_steps) does. "
                      "Spread the rise over the warmup_steps you are given, not over a fixed number of steps."),
            unit="× warmup_steps",
        ),
        Criterion(
            "never-above-base", "<=", 1.000001,
            message=T(ja="学習率の最大値（基準の学習率に対する比）",
                      en="The highest learning rate, relative to the base rate"),
            hint=T(ja="ウォームアップの係数を 1 で頭打ちにしましょう。s / warmup_steps のままだと、"
                      "warmup_steps を過ぎても上がり続けます。",
                   en="Cap the warmup factor at 1: s / warmup_steps alone keeps growing past warmup_steps."),
            unit="× base",
        ),
        Criterion(
            "no-rise-after-warmup", "<=", 1e-6,
            message=T(ja="warmup_steps 以降で、1 ステップの間に学習率が上がった最大の幅（基準に対する比）",
                      en="The largest one-step increase of the rate after warmup_steps, relative to the base rate"),
            hint=T(ja="ウォームアップのあとは一定にするか、下げていきましょう。CosineAnnealingLR は周期関数で、"
                      "T_max を過ぎると学習率が再び上がります。T_max はウォームアップ後の残りのステップ数"
                      "（total_steps − warmup_steps）にそろえましょう。",
                   en="After warmup keep the rate constant or lower it. CosineAnnealingLR is periodic: past "
                      "T_max the rate climbs again, so set T_max to the steps left after warmup "
                      "(total_steps − warmup_steps)."),
            unit="× base",
        ),
        Criterion(
            "no-early-spike", "<=", 1.15,
            message=T(ja=f"学習の最初の {SPIKE_WINDOW} ステップでの損失の最大値（最初の損失に対する比）",
                      en=f"The highest training loss over the first {SPIKE_WINDOW} steps, "
                         "relative to the initial loss"),
            hint=T(ja="学習率をいきなり大きくすると、序盤に損失が跳ね上がります。ステップ 0 の学習率を十分"
                      "小さくし、warmup_steps かけて少しずつ上げましょう。",
                   en="A large rate right from the start makes the loss jump in the first steps. Start from a "
                      "small rate and raise it gradually over warmup_steps."),
            unit="×",
        ),
        Criterion(
            "final-loss", "<=", 0.5,
            message=T(ja=f"学習の最後の {FINAL_WINDOW} ステップの平均損失",
                      en=f"Mean training loss over the last {FINAL_WINDOW} steps"),
            hint=T(ja="ウォームアップのあとに学習率を下げすぎていないか確かめましょう。ウォームアップ後は"
                      "基準の学習率を保つか、total_steps に向けてゆるやかに下げます。",
                   en="Check that the rate does not drop too far after warmup: keep the base rate, or lower it "
                      "gradually towards total_steps."),
        ),
    ],
    reference_series={
        "lr": [round(min(1.0, step / WARMUP), 4) for step in range(STEPS + 1)],
    },
)


def bn_relu_mlp(depth: int = DEPTH, width: int = WIDTH):
    """Linear → BatchNorm (no affine) → ReLU, `depth` Linear layers in all (lesson 2's figures too)."""
    from torch import nn

    layers, width_in = [], 64
    for _ in range(depth - 1):
        layers += [nn.Linear(width_in, width), nn.BatchNorm1d(width, affine=False), nn.ReLU()]
        width_in = width
    layers.append(nn.Linear(width_in, 10))
    return nn.Sequential(*layers)


def _rate(optimizer, base: float) -> float:
    try:
        return float(optimizer.param_groups[0]["lr"]) / base
    except (TypeError, ValueError, KeyError, IndexError, RuntimeError):
        return float("nan")


def _read_rates(learner, ctx, warmup: int, total: int) -> list[float]:
    """The rate (× base) used by each of the optimizer steps 0..total (scheduler stepped after each)."""
    import torch

    param = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([param], lr=SHAPE_LR, momentum=MOMENTUM)
    scheduler = ctx.call(learner.make_scheduler, optimizer, warmup, total, where="make_scheduler")
    rates = [_rate(optimizer, SHAPE_LR)]
    for _ in range(total):
        optimizer.step()
        ctx.call(lambda: scheduler.step(), where="scheduler.step")
        rates.append(_rate(optimizer, SHAPE_LR))
    return rates


def _shape(rates_by_setting: dict) -> dict:
    """The four shape measurements, each the worst over the settings."""
    import math

    starts, reached, highest, rises = [], [], [], []
    for (warmup, _total), rates in rates_by_setting.items():
        if not all(math.isfinite(r) for r in rates):
            return {"starts-low": None, "rises-to-base": None, "never-above-base": None,
                    "no-rise-after-warmup": None}
        starts.append(rates[0])
        first = next((s for s, r in enumerate(rates) if r >= 1.0 - REACHED), None)
        reached.append(first / warmup if first is not None else float("inf"))
        highest.append(max(rates))
        after = rates[warmup:]
        rises.append(max([b - a for a, b in zip(after, after[1:], strict=False)], default=0.0))
    return {
        "starts-low": max(starts),
        "rises-to-base": max(reached, key=lambda v: abs(v - 1.0)),
        "never-above-base": max(highest),
        "no-rise-after-warmup": max(0.0, max(rises)),
    }


def procedure(learner, ctx, seed: int) -> dict:
    import math

    import torch
    import torch.nn.functional as F

    from grader.harness.data import digits
    from grader.harness.measure import downsample, weight_grad_norms

    rates_by_setting = {(w, t): _read_rates(learner, ctx, w, t) for w, t in SHAPES}
    measurements = _shape(rates_by_setting)

    device = ctx.torch_device()
    x_train, y_train, _, _ = digits(device)
    torch.manual_seed(seed)
    model = bn_relu_mlp().to(device)
    init_norms = weight_grad_norms(model, x_train[:BATCH], seed=seed)
    optimizer = torch.optim.SGD(model.parameters(), lr=LR, momentum=MOMENTUM)
    scheduler = ctx.call(learner.make_scheduler, optimizer, WARMUP, STEPS, where="make_scheduler")
    gen = torch.Generator(device="cpu").manual_seed(seed)
    losses, rates = [], []
    model.train()
    for step in range(1, STEPS + 1):
        idx = torch.randint(0, len(x_train), (BATCH,), generator=gen).to(device)
        loss = F.cross_entropy(model(x_train[idx]), y_train[idx])
        value = float(loss.detach())
        losses.append(value)
        rates.append(_rate(optimizer, LR))
        if not math.isfinite(value):
            break
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        ctx.call(lambda: scheduler.step(), where="scheduler.step")
        ctx.progress(step, STEPS, value)
    finite = len(losses) == STEPS and all(math.isfinite(v) for v in losses)
    early = losses[:SPIKE_WINDOW + 1]
    measurements["no-early-spike"] = max(early) / losses[0] if finite else float("inf")
    measurements["final-loss"] = sum(losses[-FINAL_WINDOW:]) / FINAL_WINDOW if finite else float("inf")
    return {
        "measurements": measurements,
        "series": {
            "grad_norms": [{"layer": name, "norm": norm} for name, norm in init_norms],
            "loss": downsample([v if math.isfinite(v) else None for v in losses]),
            "lr": downsample(rates),
            "lr_shape": {f"{w}/{t}": downsample(rs) for (w, t), rs in rates_by_setting.items()},
        },
    }
