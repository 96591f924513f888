"""Lesson 3 (relu-family): the ReLU family's derivatives, and dead units on digits.

Two experiments:

1. The derivatives of ReLU, Leaky ReLU, ELU, GELU and SiLU, computed with torch.autograd on
   a fine float64 grid (not from the closed forms), with their extremes: GELU's and SiLU's
   derivatives dip slightly below zero and rise slightly above one. Also how far PyTorch's
   tanh approximation of GELU is from the exact x·Φ(x).
2. Dead units. The same MLP (6 hidden layers of width 64, He initialisation, zero biases,
   like the `leaky-relu-autograd` grader) trains on scikit-learn's 8×8 digits with Adam at a
   normal learning rate (0.001) and a too-large one (0.02, the grader's), five seeds each, with
   ReLU, Leaky ReLU (slopes 0.01 and 0.2), PReLU (one learned slope per unit, initialised at
   0.25) and, for accuracy only, ELU, GELU and SiLU. A hidden unit is dead when its
   pre-activation is ≤ 0 for every training example (for ReLU: it outputs 0 for all of them).
   The dead fraction is recorded at initialisation and every `EVAL_EVERY` steps.

Writes `lessons/content/figures/relu_family.json` (every number the lesson quotes) and three figures
in both languages: `relu-family-functions`, `relu-family-derivatives`, `relu-family-dead-units`.
Run with `python -m figures relu_family` (about 30 s on one CPU core).
"""
from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from figures.svgplot import COLORS, Series, draw_lines, line_chart, write_data, write_figure
from figures.vanishing import load_data

DATA_NAME = "relu_family"

# Experiment 1: derivatives on a grid.
GRID = (-6.0, 6.0, 12001)  # step 0.001
PLOT_RANGE = (-4.0, 4.0)
FUNCTION_RANGE = (-4.0, 2.5)  # the functions differ on the negative side: give it the room
PLOT_LEAKY_SLOPE = 0.1  # larger than the usual 0.01 so that the plot shows it

# Experiment 2: dead units.
HIDDEN_LAYERS = 6
WIDTH = 64
STEPS = 200
BATCH_SIZE = 192
EVAL_EVERY = 10
CHECK_STEP = 20  # units dead here: how many are still dead at the end?
SEEDS = (0, 1, 2, 3, 4)
LEARNING_RATES = {"normal": 0.001, "large": 0.02}


@dataclass(frozen=True)
class Activation:
    label: dict
    color: str
    linestyle: str = "-"
    counts_dead: bool = True  # dead units are only meaningful for the piecewise-linear ones


ACTIVATIONS = {
    "relu": Activation({"ja": "ReLU", "en": "ReLU"}, COLORS[0]),
    "leaky_001": Activation({"ja": "Leaky ReLU（α = 0.01）", "en": "Leaky ReLU (α = 0.01)"}, COLORS[4], "--"),
    "leaky_02": Activation({"ja": "Leaky ReLU（α = 0.2）", "en": "Leaky ReLU (α = 0.2)"}, COLORS[1]),
    "prelu": Activation({"ja": "PReLU", "en": "PReLU"}, COLORS[2], "-."),
    "elu": Activation({"ja": "ELU", "en": "ELU"}, COLORS[3], counts_dead=False),
    "gelu": Activation({"ja": "GELU", "en": "GELU"}, COLORS[5], counts_dead=False),
    "silu": Activation({"ja": "SiLU", "en": "SiLU"}, COLORS[6], counts_dead=False),
}


def make_activation(key: str) -> nn.Module:
    return {
        "relu": lambda: nn.ReLU(),
        "leaky_001": lambda: nn.LeakyReLU(0.01),
        "leaky_02": lambda: nn.LeakyReLU(0.2),
        "prelu": lambda: nn.PReLU(WIDTH, init=0.25),
        "elu": lambda: nn.ELU(),
        "gelu": lambda: nn.GELU(),
        "silu": lambda: nn.SiLU(),
    }[key]()


# --- Experiment 1: derivatives -------------------------------------------------------------

# The functions whose derivatives are plotted, each as a float64 tensor function.
CURVES = {
    "relu": torch.relu,
    "leaky": lambda x: nn.functional.leaky_relu(x, PLOT_LEAKY_SLOPE),
    "elu": nn.functional.elu,
    "gelu": nn.functional.gelu,
    "silu": nn.functional.silu,
}
CURVE_STYLE = {
    "relu": (ACTIVATIONS["relu"].label, COLORS[0], "-"),
    "leaky": ({"ja": f"Leaky ReLU（α = {PLOT_LEAKY_SLOPE}）", "en": f"Leaky ReLU (α = {PLOT_LEAKY_SLOPE})"},
              COLORS[1], "--"),
    "elu": (ACTIVATIONS["elu"].label, COLORS[3], "-"),
    "gelu": (ACTIVATIONS["gelu"].label, COLORS[5], "-"),
    "silu": (ACTIVATIONS["silu"].label, COLORS[6], "-."),
}


def value_and_derivative(fn, x: torch.Tensor) -> tuple[np.ndarray, np.ndarray]:
    """f(x) and f'(x) by autograd: the sum's gradient is the element-wise derivative."""
    x = x.clone().requires_grad_(True)
    y = fn(x)
    (grad,) = torch.autograd.grad(y.sum(), x)
    return y.detach().numpy(), grad.numpy()


def derivative_stats() -> tuple[dict, np.ndarray, dict]:
    x = torch.linspace(*GRID[:2], GRID[2], dtype=torch.float64)
    curves = {key: value_and_derivative(fn, x) for key, fn in CURVES.items()}
    xs = x.numpy()
    stats = {}
    for key, (values, grads) in curves.items():
        lo, hi = int(grads.argmin()), int(grads.argmax())
        vmin = int(values.argmin())
        stats[key] = {
            "deriv_min": float(grads[lo]), "deriv_min_at": float(xs[lo]),
            "deriv_max": float(grads[hi]), "deriv_max_at": float(xs[hi]),
            "value_min": float(values[vmin]), "value_min_at": float(xs[vmin]),
            "deriv_at_minus_1": float(grads[np.argmin(np.abs(xs + 1))]),
            "deriv_at_minus_3": float(grads[np.argmin(np.abs(xs + 3))]),
        }
    # Autograd's derivative at exactly 0 (the kink): which side PyTorch picks.
    zero = torch.zeros(1, dtype=torch.float64)
    stats["at_zero"] = {key: float(value_and_derivative(fn, zero)[1][0]) for key, fn in CURVES.items()}
    # GELU: the exact x·Φ(x) against PyTorch's tanh approximation.
    approx = nn.functional.gelu(x, approximate="tanh")
    stats["gelu"]["tanh_approx_max_error"] = float((approx - nn.functional.gelu(x)).abs().max())
    # SiLU' from the closed form σ(x)(1 + x(1 − σ(x))) against autograd: they agree.
    s = torch.sigmoid(x)
    closed = (s * (1 + x * (1 - s))).numpy()
    stats["silu"]["closed_form_max_error"] = float(np.abs(closed - curves["silu"][1]).max())
    return stats, xs, curves


# --- Experiment 2: dead units -----------------------------------------------------------------

def build_mlp(activation: str) -> nn.Sequential:
    """64 → WIDTH (× HIDDEN_LAYERS) → 10, He initialisation, zero biases."""
    layers: list[nn.Module] = []
    fan_in = 64
    for _ in range(HIDDEN_LAYERS):
        linear = nn.Linear(fan_in, WIDTH)
        nn.init.kaiming_normal_(linear.weight, nonlinearity="relu")
        nn.init.zeros_(linear.bias)
        layers += [linear, make_activation(activation)]
        fan_in = WIDTH
    layers.append(nn.Linear(fan_in, 10))
    return nn.Sequential(*layers)


def dead_masks(model: nn.Sequential, x: torch.Tensor) -> torch.Tensor:
    """(HIDDEN_LAYERS, WIDTH) booleans: True where the pre-activation is ≤ 0 for every row of x."""
    masks = []
    h = x
    with torch.no_grad():
        for module in model:
            h = module(h)
            if isinstance(module, nn.Linear) and len(masks) < HIDDEN_LAYERS:
                masks.append(h.amax(dim=0) <= 0)
    return torch.stack(masks)


def accuracy(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> float:
    with torch.no_grad():
        return (model(x).argmax(dim=1) == y).float().mean().item()


def train(activation: str, lr: float, seed: int, data) -> dict:
    x_train, y_train, x_val, y_val = data
    torch.manual_seed(seed)
    model = build_mlp(activation)
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    batches = torch.Generator().manual_seed(seed)
    counts = ACTIVATIONS[activation].counts_dead
    dead = [dead_masks(model, x_train).float().mean().item()] if counts else []
    checked = None
    losses = []
    for step in range(1, STEPS + 1):
        index = torch.randint(0, len(x_train), (BATCH_SIZE,), generator=batches)
        loss = nn.functional.cross_entropy(model(x_train[index]), y_train[index])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
        if counts and step % EVAL_EVERY == 0:
            masks = dead_masks(model, x_train)
            dead.append(masks.float().mean().item())
            if step == CHECK_STEP:
                checked = masks
    run = {"val_acc": accuracy(model, x_val, y_val), "final_loss": float(np.mean(losses[-20:]))}
    if counts:
        final = dead_masks(model, x_train)
        run |= {
            "dead_curve": dead,
            "dead_per_layer": final.float().mean(dim=1).tolist(),
            "dead_at_check": int(checked.sum()),
            "still_dead": int((checked & final).sum()),
        }
    if activation == "prelu":
        run["prelu_slopes"] = [m.weight.mean().item() for m in model if isinstance(m, nn.PReLU)]
    return run


def summarize(runs: list[dict]) -> dict:
    acc = np.array([r["val_acc"] for r in runs])
    out = {
        "val_acc": float(acc.mean()), "val_acc_min": float(acc.min()), "val_acc_max": float(acc.max()),
        "final_loss": float(np.mean([r["final_loss"] for r in runs])),
    }
    if "dead_curve" in runs[0]:
        curves = np.array([r["dead_curve"] for r in runs])
        final = curves[:, -1]
        at_check = sum(r["dead_at_check"] for r in runs)
        out |= {
            "dead_init": float(curves[:, 0].mean()),
            "dead_final": float(final.mean()), "dead_final_min": float(final.min()),
            "dead_final_max": float(final.max()),
            "dead_peak": float(curves.mean(axis=0).max()),
            "dead_first_eval": float(curves[:, 1].mean()),  # after EVAL_EVERY steps
            "dead_per_layer": np.mean([r["dead_per_layer"] for r in runs], axis=0).tolist(),
            "dead_at_check_units": at_check,
            # Of the units dead at CHECK_STEP (pooled over seeds), the share still dead at the end.
            "still_dead_share": sum(r["still_dead"] for r in runs) / at_check if at_check else None,
            "dead_curve": {
                "steps": [i * EVAL_EVERY for i in range(curves.shape[1])],
                "mean": curves.mean(axis=0).tolist(),
                "min": curves.min(axis=0).tolist(),
                "max": curves.max(axis=0).tolist(),
            },
        }
    if "prelu_slopes" in runs[0]:
        slopes = np.mean([r["prelu_slopes"] for r in runs], axis=0)
        out |= {"prelu_slopes": slopes.tolist(), "prelu_slope_first": float(slopes[0]),
                "prelu_slope_last": float(slopes[-1]), "prelu_slope_mean": float(slopes.mean()),
                "prelu_slope_min": float(slopes.min()), "prelu_slope_max": float(slopes.max())}
    return out


def run_dead_units(data) -> dict:
    results: dict = {}
    for regime, lr in LEARNING_RATES.items():
        results[regime] = {key: summarize([train(key, lr, seed, data) for seed in SEEDS]) for key in ACTIVATIONS}
    large, normal = results["large"], results["normal"]
    counted = [key for key, activation in ACTIVATIONS.items() if activation.counts_dead]
    accuracies = [results[regime][key]["val_acc"] for regime in LEARNING_RATES for key in ACTIVATIONS]
    results["comparison"] = {
        "normal_dead_min": min(normal[key]["dead_final"] for key in counted),
        "normal_dead_max": max(normal[key]["dead_final"] for key in counted),
        "val_acc_min": min(accuracies),
        "val_acc_max": max(accuracies),
        "relu_large_over_normal": large["relu"]["dead_final"] / normal["relu"]["dead_final"],
        "relu_over_leaky02_large": large["relu"]["dead_final"] / large["leaky_02"]["dead_final"],
        "units": HIDDEN_LAYERS * WIDTH,
        "relu_dead_units_large": large["relu"]["dead_final"] * HIDDEN_LAYERS * WIDTH,
    }
    return results


# --- Figures ------------------------------------------------------------------------------------

def plotted(xs: np.ndarray, values: np.ndarray, span=PLOT_RANGE) -> tuple[np.ndarray, np.ndarray]:
    """Every 20th grid point inside `span`: enough for smooth curves, small SVGs."""
    keep = (xs >= span[0] - 1e-9) & (xs <= span[1] + 1e-9)
    return xs[keep][::20], values[keep][::20]


def draw_functions(xs: np.ndarray, curves: dict) -> None:
    series = []
    for key, (values, _) in curves.items():
        label, color, style = CURVE_STYLE[key]
        series.append(Series(label, *plotted(xs, values, FUNCTION_RANGE), color, style))
    line_chart(
        "relu-family-functions", series, height=3.6,
        xlabel={"ja": "入力 x", "en": "input x"}, ylabel={"ja": "出力 f(x)", "en": "output f(x)"},
        xlim=FUNCTION_RANGE, ylim=(-1.3, 2.5), legend="upper left",
        hlines=[(-1.0, {"ja": "ELU の下限 −α = −1", "en": "ELU's floor −α = −1"})],
    )


def draw_derivatives(xs: np.ndarray, curves: dict, stats: dict) -> None:
    series = []
    for key, (_, grads) in curves.items():
        label, color, style = CURVE_STYLE[key]
        gx, gy = plotted(xs, grads)
        if key in ("relu", "leaky"):  # a vertical jump at 0, not a slope: break the line there
            gy = np.where(np.isclose(gx, 0.0), np.nan, gy)
        series.append(Series(label, gx, gy, color, style))
    gelu_min = stats["gelu"]["deriv_min"]
    line_chart(
        "relu-family-derivatives", series, height=3.8,
        xlabel={"ja": "入力 x", "en": "input x"}, ylabel={"ja": "導関数の値 f′(x)", "en": "derivative f′(x)"},
        xlim=PLOT_RANGE, ylim=(-0.3, 1.25), legend="upper left",
        hlines=[(0.0, ""), (gelu_min, {"ja": f"GELU′ の最小値 {gelu_min:.3f}", "en": f"GELU′ minimum {gelu_min:.3f}"})],
    )


def draw_dead_units(results: dict) -> None:
    keys = [k for k, a in ACTIVATIONS.items() if a.counts_dead]
    titles = {
        regime: {"ja": f"学習率 {lr}（{'ふつう' if regime == 'normal' else '大きすぎる'}）",
                 "en": f"learning rate {lr} ({'normal' if regime == 'normal' else 'too large'})"}
        for regime, lr in LEARNING_RATES.items()
    }

    def draw(axes, lang):
        for ax, regime in zip(axes, LEARNING_RATES, strict=True):
            series = []
            for key in keys:
                curve = results[regime][key]["dead_curve"]
                activation = ACTIVATIONS[key]
                series.append(Series(activation.label, curve["steps"], curve["mean"], activation.color,
                                     activation.linestyle, band=(curve["min"], curve["max"])))
            draw_lines(
                ax, series, lang, title=titles[regime],
                xlabel={"ja": "学習ステップ（Adam）", "en": "training step (Adam)"},
                ylabel={"ja": "死んだユニットの割合", "en": "share of dead units"} if regime == "normal" else None,
                ylim=(0, 0.4), xlim=(0, STEPS), legend="upper right" if regime == "normal" else None,
            )
            ax.yaxis.set_major_formatter(lambda v, _: f"{v:.0%}")

    write_figure("relu-family-dead-units", draw, width=8.0, height=3.8, ncols=2)


def main() -> None:
    torch.set_num_threads(1)
    started = time.perf_counter()
    stats, xs, curves = derivative_stats()
    data = load_data()
    dead = run_dead_units(data)
    results = {
        "config": {
            "hidden_layers": HIDDEN_LAYERS, "width": WIDTH, "units": HIDDEN_LAYERS * WIDTH,
            "steps": STEPS, "batch_size": BATCH_SIZE, "eval_every": EVAL_EVERY, "check_step": CHECK_STEP,
            "seeds": len(SEEDS), "lr_normal": LEARNING_RATES["normal"], "lr_large": LEARNING_RATES["large"],
            "n_train": len(data[0]), "n_val": len(data[2]), "plot_leaky_slope": PLOT_LEAKY_SLOPE,
            "grid_step": (GRID[1] - GRID[0]) / (GRID[2] - 1),
        },
        "derivatives": stats,
        **dead,
    }
    write_data(DATA_NAME, results)
    draw_functions(xs, curves)
    draw_derivatives(xs, curves, stats)
    draw_dead_units(dead)
    for key in ("gelu", "silu"):
        s = stats[key]
        print(f"{key}' min {s['deriv_min']:.4f} at {s['deriv_min_at']:.3f}, max {s['deriv_max']:.4f} "
              f"at {s['deriv_max_at']:.3f}")
    for regime in LEARNING_RATES:
        for key in ACTIVATIONS:
            r = dead[regime][key]
            extra = (f"dead {r['dead_init']:.3f} -> {r['dead_final']:.3f} "
                     f"[{r['dead_final_min']:.3f}, {r['dead_final_max']:.3f}] still dead {r['still_dead_share']}"
                     if "dead_final" in r else "")
            print(f"{regime:6s} {key:9s} val acc {r['val_acc']:.3f} [{r['val_acc_min']:.3f}, {r['val_acc_max']:.3f}] "
                  f"{extra}")
    print(f"relu_family: {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
