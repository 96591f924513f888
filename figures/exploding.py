"""Lesson 2 (exploding-gradients): growth with depth, clipping, and learning-rate warmup.

Four small experiments on scikit-learn's 8×8 digits (the split of lesson 1's `load_data`):

- **product**: a 30-layer ReLU MLP (width 128) whose weights are He-normal × gain, for gains
  0.8, 1.0 and 1.2. One backward pass over the training set at initialisation; the norm of
  ∂L/∂z_k (the gradient reaching each layer's pre-activation) shows the product of per-layer
  factors: it grows ≈ gain× per layer towards the input.
- **learning rate**: an 8-layer ReLU MLP with plain He init, plain SGD at a range of learning
  rates, 100 steps: where the loss starts to spike and where it turns into NaN.
- **clipping**: the explosive set-up of the exercise `clip-gradients` (8 layers, He × 1.5, SGD at
  lr 1.0, batch 128) trained without clipping, clipped by global norm (c = 0.5) and clipped by
  value (the same c, and a tight 0.01). Per step: the loss, the raw global gradient norm, the
  clipped norm and the cosine between the clipped and the raw gradient.
- **warmup**: the set-up of the exercise `warmup-schedule` (12 Linear layers, width 96,
  BatchNorm without affine parameters, SGD with momentum 0.9 at base lr 2.0, batch 256,
  100 steps) with a constant rate, a 5-step warmup, a 40-step linear warmup, and a 40-step
  warmup followed by cosine decay.

Writes `lessons/content/figures/exploding.json` (every number the lesson quotes) and three figures in
both languages: `exploding-product`, `exploding-clipping`, `exploding-warmup`.
Run with `python -m figures exploding` (about 25 s on one CPU thread).
"""
from __future__ import annotations

import math
import time

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from figures.svgplot import COLORS, MUTED, Series, draw_lines, write_data, write_figure
from figures.training import geometric_mean
from figures.vanishing import load_data
from grader.harness.networks import bn_relu_mlp, relu_mlp

DATA_NAME = "exploding"
SEEDS = (0, 1, 2)

# product of per-layer factors
PRODUCT_DEPTH = 30  # nn.Linear layers, the output layer included
PRODUCT_WIDTH = 128
PRODUCT_GAINS = (0.8, 1.0, 1.2)

# learning-rate sweep
SWEEP_DEPTH = 8
SWEEP_WIDTH = 64
SWEEP_LRS = (0.05, 0.1, 0.2, 0.5, 1.0, 2.0)
SWEEP_STEPS = 100
SWEEP_BATCH = 128

# clipping (the set-up of grader/exercises/clip_gradients.py)
CLIP_DEPTH = 8
CLIP_WIDTH = 64
CLIP_GAIN = 1.5
CLIP_LR = 1.0
CLIP_BATCH = 128
CLIP_STEPS = 100
MAX_NORM = 0.5
VALUE_TIGHT = 0.01

# warmup (the set-up of grader/exercises/warmup_schedule.py)
WARM_DEPTH = 12
WARM_WIDTH = 96
WARM_LR = 2.0
WARM_MOMENTUM = 0.9
WARM_BATCH = 256
WARM_STEPS = 100
WARMUP = 40
SHORT_WARMUP = 5
SPIKE_WINDOW = 10  # the loss over steps 0..10 counts as "early"
FINAL_WINDOW = 10

CLIP_MODES = {
    "none": ({"ja": "クリッピングなし", "en": "no clipping"}, COLORS[1], "-"),
    "norm": ({"ja": f"ノルムで（c = {MAX_NORM}）", "en": f"by norm (c = {MAX_NORM})"}, COLORS[0], "-"),
    "value": ({"ja": f"値で（c = {MAX_NORM}）", "en": f"by value (c = {MAX_NORM})"}, COLORS[3], "--"),
    "value_tight": ({"ja": f"値で（c = {VALUE_TIGHT}）", "en": f"by value (c = {VALUE_TIGHT})"}, COLORS[2], "-."),
}
SCHEDULES = {
    "constant": ({"ja": "一定（ウォームアップなし）", "en": "constant (no warmup)"}, COLORS[1], "-"),
    "short": ({"ja": f"{SHORT_WARMUP} ステップのウォームアップ", "en": f"{SHORT_WARMUP}-step warmup"},
              COLORS[4], "--"),
    "linear": ({"ja": f"線形ウォームアップ（{WARMUP} ステップ）", "en": f"linear warmup ({WARMUP} steps)"},
               COLORS[0], "-"),
    "cosine": ({"ja": "ウォームアップ + コサイン減衰", "en": "warmup + cosine decay"}, COLORS[2], "-."),
}


def flat_grad(model: nn.Module) -> torch.Tensor:
    return torch.cat([p.grad.reshape(-1) for p in model.parameters() if p.grad is not None])


def accuracy(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> float:
    with torch.no_grad():
        return (model(x).argmax(dim=1) == y).float().mean().item()


def finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


# --- product of per-layer factors -------------------------------------------------------------

def pre_activation_grad_norms(model: nn.Sequential, x: torch.Tensor, y: torch.Tensor) -> list[float]:
    """‖∂L/∂z_k‖ for the output z_k of every Linear layer, input side first."""
    outputs = []
    h = x
    for module in model:
        h = module(h)
        if isinstance(module, nn.Linear):
            h.retain_grad()
            outputs.append(h)
    F.cross_entropy(h, y).backward()
    return [z.grad.norm().item() for z in outputs]


def product_experiment(data) -> dict:
    x_train, y_train, _, _ = data
    results = {}
    for gain in PRODUCT_GAINS:
        runs = []
        for seed in SEEDS:
            torch.manual_seed(seed)
            runs.append(pre_activation_grad_norms(relu_mlp(PRODUCT_DEPTH, PRODUCT_WIDTH, gain), x_train, y_train))
        norms = [geometric_mean(layer) for layer in zip(*runs, strict=True)]
        ratio = geometric_mean([r[0] / r[-1] for r in runs])
        results[f"gain_{gain:.1f}".replace(".", "_")] = {
            "gain": gain,
            "grad_norms": norms,
            "ratio_first_last": ratio,
            "per_layer": ratio ** (1 / (PRODUCT_DEPTH - 1)),
            "theory_ratio": gain ** (PRODUCT_DEPTH - 1),
        }
    return results


# --- learning-rate sweep ----------------------------------------------------------------------

def sweep_run(lr: float, seed: int, data) -> tuple[list[float], float]:
    """The losses of one run (ending at the first non-finite one) and the first step's gradient norm."""
    x_train, y_train, _, _ = data
    torch.manual_seed(seed)
    model = relu_mlp(SWEEP_DEPTH, SWEEP_WIDTH, 1.0)
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    batches = torch.Generator().manual_seed(seed)
    losses, first_norm = [], math.nan
    for step in range(SWEEP_STEPS):
        index = torch.randint(0, len(x_train), (SWEEP_BATCH,), generator=batches)
        loss = F.cross_entropy(model(x_train[index]), y_train[index])
        losses.append(loss.item())
        if not math.isfinite(losses[-1]):
            break
        optimizer.zero_grad()
        loss.backward()
        if step == 0:
            first_norm = flat_grad(model).norm().item()
        optimizer.step()
    return losses, first_norm


def sweep_experiment(data) -> dict:
    rows = {}
    first_norms = []
    for lr in SWEEP_LRS:
        outcomes = [sweep_run(lr, seed, data) for seed in SEEDS]
        runs = [losses for losses, _ in outcomes]
        first_norms += [norm for _, norm in outcomes]
        diverged = [r for r in runs if not math.isfinite(r[-1])]
        ok = [r for r in runs if math.isfinite(r[-1])]
        rows[f"lr_{lr:g}".replace(".", "_")] = {
            "lr": lr,
            "nan_runs": len(diverged),
            "nan_step_min": min(len(r) - 1 for r in diverged) if diverged else None,
            "max_loss": finite(float(np.max([max(v for v in r if math.isfinite(v)) for r in runs]))),
            "final_loss": float(np.mean([np.mean(r[-FINAL_WINDOW:]) for r in ok])) if ok else None,
        }
    # The same network at every rate: the first gradient does not depend on the rate.
    rows["initial_grad_norm"] = float(np.mean(first_norms))
    return rows


# --- clipping ---------------------------------------------------------------------------------

def clip_run(mode: str, seed: int, data) -> dict:
    x_train, y_train, x_val, y_val = data
    torch.manual_seed(seed)
    model = relu_mlp(CLIP_DEPTH, CLIP_WIDTH, CLIP_GAIN)
    optimizer = torch.optim.SGD(model.parameters(), lr=CLIP_LR)
    batches = torch.Generator().manual_seed(seed)
    losses, raw_norms, clipped_norms, cosines = [], [], [], []
    for _ in range(CLIP_STEPS):
        index = torch.randint(0, len(x_train), (CLIP_BATCH,), generator=batches)
        loss = F.cross_entropy(model(x_train[index]), y_train[index])
        losses.append(loss.item())
        if not math.isfinite(losses[-1]):
            break
        optimizer.zero_grad()
        loss.backward()
        raw = flat_grad(model).clone()
        if mode == "norm":
            nn.utils.clip_grad_norm_(model.parameters(), MAX_NORM)
        elif mode == "value":
            nn.utils.clip_grad_value_(model.parameters(), MAX_NORM)
        elif mode == "value_tight":
            nn.utils.clip_grad_value_(model.parameters(), VALUE_TIGHT)
        clipped = flat_grad(model)
        raw_norms.append(raw.norm().item())
        clipped_norms.append(clipped.norm().item())
        cosines.append((clipped @ raw / (clipped.norm() * raw.norm())).item())
        optimizer.step()
    diverged = not math.isfinite(losses[-1])
    return {
        "losses": losses, "raw_norms": raw_norms, "clipped_norms": clipped_norms, "cosines": cosines,
        "diverged": diverged, "val_acc": None if diverged else accuracy(model, x_val, y_val),
    }


def clip_summary(runs: list[dict]) -> dict:
    ok = [r for r in runs if not r["diverged"]]
    finite_losses = [[v for v in r["losses"] if math.isfinite(v)] for r in runs]
    # The steps at which every seed still has a finite loss (a diverged run ends on inf or NaN).
    steps = min(len(f) for f in finite_losses)
    summary = {
        "initial_loss": float(np.mean([r["losses"][0] for r in runs])),
        "max_loss": float(np.max([max(f) for f in finite_losses])),
        "initial_grad_norm": float(np.mean([r["raw_norms"][0] for r in runs])),
        "initial_clipped_norm": float(np.mean([r["clipped_norms"][0] for r in runs])),
        "initial_clipped_over_c": float(np.mean([r["clipped_norms"][0] for r in runs])) / MAX_NORM,
        "cosine_min": float(np.nanmin([min(r["cosines"][:steps]) for r in runs])),
        "cosine_mean": float(np.mean([np.mean(r["cosines"][:steps]) for r in runs])),
        "nan_runs": len(runs) - len(ok),
        "loss_mean": np.exp(np.mean([np.log(r["losses"][:steps]) for r in runs], axis=0)).tolist(),
        "cosine_curve": np.mean([r["cosines"][:steps] for r in runs], axis=0).tolist(),
    }
    if ok:
        summary.update({
            "final_loss": float(np.mean([np.mean(r["losses"][-FINAL_WINDOW:]) for r in ok])),
            "final_grad_norm": float(np.mean([np.mean(r["raw_norms"][-FINAL_WINDOW:]) for r in ok])),
            "clipped_share": float(np.mean([np.mean(np.array(r["raw_norms"]) > MAX_NORM) for r in ok])),
            "val_acc": float(np.mean([r["val_acc"] for r in ok])),
            "val_acc_min": float(np.min([r["val_acc"] for r in ok])),
            "val_acc_max": float(np.max([r["val_acc"] for r in ok])),
        })
    else:
        nan_steps = [len(r["losses"]) - 1 for r in runs]
        summary.update({"nan_step_min": min(nan_steps), "nan_step_max": max(nan_steps),
                        "grad_norm_before_nan": float(np.max([max(v for v in r["raw_norms"] if math.isfinite(v))
                                                             for r in runs]))})
    return summary


def clip_experiment(data) -> dict:
    results = {mode: clip_summary([clip_run(mode, seed, data) for seed in SEEDS]) for mode in CLIP_MODES}
    n_params = sum(p.numel() for p in relu_mlp(CLIP_DEPTH, CLIP_WIDTH, CLIP_GAIN).parameters())
    results["n_params"] = n_params
    results["value_norm_bound"] = MAX_NORM * math.sqrt(n_params)  # c·√P: all components at ±c
    return results


# --- warmup -----------------------------------------------------------------------------------

def lr_factor(schedule: str, step: int) -> float:
    """The factor applied to the base rate at `step` (0 = the first optimizer step)."""
    if schedule == "constant":
        return 1.0
    if schedule == "short":
        return min(1.0, step / SHORT_WARMUP)
    if step < WARMUP:
        return step / WARMUP
    if schedule == "linear":
        return 1.0
    progress = min(1.0, (step - WARMUP) / (WARM_STEPS - WARMUP))
    return 0.5 * (1.0 + math.cos(math.pi * progress))


def warmup_run(schedule: str, seed: int, data) -> dict:
    x_train, y_train, x_val, y_val = data
    torch.manual_seed(seed)
    model = bn_relu_mlp(WARM_DEPTH, WARM_WIDTH)
    optimizer = torch.optim.SGD(model.parameters(), lr=WARM_LR, momentum=WARM_MOMENTUM)
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: lr_factor(schedule, step))
    batches = torch.Generator().manual_seed(seed)
    losses, grad_norms = [], []
    model.train()
    for _ in range(WARM_STEPS):
        index = torch.randint(0, len(x_train), (WARM_BATCH,), generator=batches)
        loss = F.cross_entropy(model(x_train[index]), y_train[index])
        losses.append(loss.item())
        optimizer.zero_grad()
        loss.backward()
        grad_norms.append(flat_grad(model).norm().item())
        optimizer.step()
        scheduler.step()
    model.eval()
    return {"losses": losses, "grad_norms": grad_norms, "val_acc": accuracy(model, x_val, y_val)}


def warmup_summary(schedule: str, runs: list[dict]) -> dict:
    losses = np.array([r["losses"] for r in runs])
    norms = np.array([r["grad_norms"] for r in runs])
    spikes = losses[:, : SPIKE_WINDOW + 1].max(axis=1) / losses[:, 0]
    finals = losses[:, -FINAL_WINDOW:].mean(axis=1)
    return {
        "initial_loss": float(losses[:, 0].mean()),
        "early_max_loss": float(losses[:, : SPIKE_WINDOW + 1].max(axis=1).mean()),
        "spike_ratio": float(spikes.mean()),
        "spike_ratio_min": float(spikes.min()),
        "spike_ratio_max": float(spikes.max()),
        "final_loss": float(finals.mean()),
        "final_loss_min": float(finals.min()),
        "final_loss_max": float(finals.max()),
        "val_acc": float(np.mean([r["val_acc"] for r in runs])),
        "initial_grad_norm": float(norms[:, 0].mean()),
        "early_max_grad_norm": float(norms[:, : SPIKE_WINDOW + 1].max(axis=1).mean()),
        "lr": [WARM_LR * lr_factor(schedule, step) for step in range(WARM_STEPS)],
        "loss": {"mean": losses.mean(axis=0).tolist(), "min": losses.min(axis=0).tolist(),
                 "max": losses.max(axis=0).tolist()},
        "grad_norm": norms.mean(axis=0).tolist(),
    }


def warmup_experiment(data) -> dict:
    return {name: warmup_summary(name, [warmup_run(name, seed, data) for seed in SEEDS]) for name in SCHEDULES}


# --- the experiment as a whole ----------------------------------------------------------------

def run_experiment() -> dict:
    data = load_data()
    results = {
        "config": {
            "seeds": len(SEEDS), "n_train": len(data[0]), "n_val": len(data[2]),
            "product_depth": PRODUCT_DEPTH, "product_width": PRODUCT_WIDTH,
            "sweep_depth": SWEEP_DEPTH, "sweep_width": SWEEP_WIDTH, "sweep_steps": SWEEP_STEPS,
            "sweep_batch": SWEEP_BATCH,
            "clip_depth": CLIP_DEPTH, "clip_width": CLIP_WIDTH, "clip_gain": CLIP_GAIN, "clip_lr": CLIP_LR,
            "clip_batch": CLIP_BATCH, "clip_steps": CLIP_STEPS, "max_norm": MAX_NORM,
            "value_tight": VALUE_TIGHT,
            "warm_depth": WARM_DEPTH, "warm_width": WARM_WIDTH, "warm_lr": WARM_LR,
            "warm_momentum": WARM_MOMENTUM, "warm_batch": WARM_BATCH, "warm_steps": WARM_STEPS,
            "warmup": WARMUP, "short_warmup": SHORT_WARMUP, "spike_window": SPIKE_WINDOW,
            "final_window": FINAL_WINDOW,
        },
        "product": product_experiment(data),
        "sweep": sweep_experiment(data),
        "clip": clip_experiment(data),
        "warmup": warmup_experiment(data),
    }
    return results


# --- figures ----------------------------------------------------------------------------------

def draw_product(results: dict) -> None:
    layers = list(range(1, PRODUCT_DEPTH + 1))
    colors = {0.8: COLORS[2], 1.0: COLORS[0], 1.2: COLORS[1]}
    series = []
    for entry in results["product"].values():
        gain = entry["gain"]
        last = entry["grad_norms"][-1]
        series.append(Series({"ja": f"ゲイン {gain:.1f}", "en": f"gain {gain:.1f}"},
                             layers, entry["grad_norms"], colors[gain], marker="o"))
        # The theory line, anchored at the output layer: one factor `gain` per layer crossed.
        theory = [last * gain ** (PRODUCT_DEPTH - k) for k in layers]
        series.append(Series("_theory", layers, theory, colors[gain], linestyle=":"))
    series.append(Series({"ja": "点線：ゲインの (L−k) 乗", "en": "dotted: gain to the power L−k"},
                         [], [], MUTED, linestyle=":"))

    def draw(axes, lang):
        draw_lines(
            axes[0], series, lang, logy=True, legend="lower right",
            xlabel={"ja": f"Linear 層の番号 k（1 = 入力側、{PRODUCT_DEPTH} = 出力層）",
                    "en": f"Linear layer k (1 = input side, {PRODUCT_DEPTH} = output layer)"},
            ylabel={"ja": "層に届く勾配 ∂L/∂z_k のノルム", "en": "norm of the gradient ∂L/∂z_k"},
        )
        axes[0].set_xlim(0.5, PRODUCT_DEPTH + 0.5)

    write_figure("exploding-product", draw, height=4.2)


def draw_clipping(results: dict) -> None:
    clip = results["clip"]
    loss_series, cos_series = [], []
    for mode, (label, color, style) in CLIP_MODES.items():
        curve = clip[mode]["loss_mean"]
        loss_series.append(Series(label, list(range(len(curve))), curve, color, style))
        cosines = clip[mode]["cosine_curve"]
        if mode != "none":
            cos_series.append(Series(label, list(range(len(cosines))), cosines, color, style))

    def draw(axes, lang):
        draw_lines(
            axes[0], loss_series, lang, logy=True, legend="upper right", ylim=(0.2, 1e8),
            xlim=(0, CLIP_STEPS),
            title={"ja": "訓練損失（ミニバッチ）", "en": "training loss (mini-batch)"},
            xlabel={"ja": "学習ステップ", "en": "training step"},
        )
        nan_at = clip["none"]["nan_step_min"]
        axes[0].annotate(
            {"ja": f"ステップ {nan_at} で NaN", "en": f"NaN at step {nan_at}"}[lang],
            xy=(nan_at, 1e7), xytext=(12, 3e6), color=COLORS[1], fontsize=9,
            arrowprops={"arrowstyle": "->", "color": COLORS[1]},
        )
        axes[0].legend(loc="upper right", fontsize=8.5)
        draw_lines(
            axes[1], cos_series, lang, legend="lower right", ylim=(0, 1.05), xlim=(0, CLIP_STEPS),
            title={"ja": "クリップ前後の勾配のコサイン", "en": "cosine, clipped vs raw gradient"},
            xlabel={"ja": "学習ステップ", "en": "training step"},
        )
        axes[1].legend(loc="lower right", fontsize=8.5)

    write_figure("exploding-clipping", draw, width=9.0, height=3.8, ncols=2)


def draw_warmup(results: dict) -> None:
    warm = results["warmup"]
    steps = list(range(WARM_STEPS))
    lr_series, loss_series = [], []
    for name, (label, color, style) in SCHEDULES.items():
        lr_series.append(Series(label, steps, warm[name]["lr"], color, style))
        loss = warm[name]["loss"]
        loss_series.append(Series(label, steps, loss["mean"], color, style, band=(loss["min"], loss["max"])))

    def draw(axes, lang):
        draw_lines(
            axes[0], lr_series, lang, legend="upper right", ylim=(0, WARM_LR * 1.65), xlim=(0, WARM_STEPS),
            title={"ja": "学習率のスケジュール", "en": "learning-rate schedule"},
            xlabel={"ja": "学習ステップ", "en": "training step"},
        )
        axes[0].legend(loc="lower right", fontsize=8.5)
        top = max(max(warm[name]["loss"]["max"]) for name in SCHEDULES)
        draw_lines(
            axes[1], loss_series, lang, legend=None, xlim=(0, WARM_STEPS), ylim=(0, top * 1.05),
            title={"ja": f"訓練損失（ミニバッチ、{len(SEEDS)} シード）",
                   "en": f"training loss (mini-batch, {len(SEEDS)} seeds)"},
            xlabel={"ja": "学習ステップ", "en": "training step"},
            hlines=[(warm["constant"]["initial_loss"], {"ja": "最初の損失", "en": "initial loss"})],
        )

    write_figure("exploding-warmup", draw, width=9.0, height=3.8, ncols=2)


def main() -> None:
    torch.set_num_threads(1)
    started = time.perf_counter()
    results = run_experiment()
    write_data(DATA_NAME, results)
    draw_product(results)
    draw_clipping(results)
    draw_warmup(results)
    for entry in results["product"].values():
        print(f"gain {entry['gain']:.1f}: first/last {entry['ratio_first_last']:.3g} "
              f"per layer {entry['per_layer']:.3f} (theory {entry['theory_ratio']:.3g})")
    for key, row in results["sweep"].items():
        if not isinstance(row, dict):
            continue
        print(f"{key}: nan {row['nan_runs']} max loss {row['max_loss']} final {row['final_loss']}")
    for mode in CLIP_MODES:
        r = results["clip"][mode]
        print(f"clip {mode:11s} final {r.get('final_loss')} acc {r.get('val_acc')} "
              f"cos min {r['cosine_min']:.3f} mean {r['cosine_mean']:.3f} max loss {r['max_loss']:.3g}")
    for name in SCHEDULES:
        r = results["warmup"][name]
        print(f"warmup {name:8s} spike {r['spike_ratio']:.2f} [{r['spike_ratio_min']:.2f}, "
              f"{r['spike_ratio_max']:.2f}] final {r['final_loss']:.3f} acc {r['val_acc']:.3f} "
              f"grad0 {r['initial_grad_norm']:.2f} early max {r['early_max_grad_norm']:.2f}")
    print(f"exploding: {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
