"""Lesson 5 (batch-norm): batch normalization and gradient flow, measured on digits.

Three experiments, all on scikit-learn's 8×8 digits with the split of `vanishing.load_data`:

1. Explosion at initialization. A freshly initialized deep MLP, Linear → BatchNorm1d → activation
   repeated (EXPLOSION_DEPTH Linear layers, width EXPLOSION_WIDTH), one forward and backward pass
   of the cross-entropy on a random batch of training images; the L2 norm of every Linear
   weight's gradient. The per-layer growth factor is the geometric mean of the ratios between
   neighbouring hidden layers (layers 2 … depth−1: the first layer sees raw pixels, the last one
   no batch norm), averaged geometrically over the seeds. Set-ups: BN + ReLU / tanh / sigmoid,
   and ReLU + He initialization without normalization; then BN + ReLU at several batch sizes.
   The theory for wide layers and large batches is √(E[f′(g)²] / Var f(g)) with g ~ N(0, 1):
   √(π/(π−1)) ≈ 1.211 for ReLU (Yang et al. 2019).
2. A deep sigmoid network (SIGMOID_DEPTH Linear layers, width 64, like the exercise
   `bn-deep-sigmoid`) trained with Adam without normalization, with BatchNorm1d and with
   LayerNorm before each sigmoid; validation accuracy and loss in eval mode, gradient norms at
   initialization. Then the trained batch-norm models evaluated in training mode with small
   validation batches (the batch statistics replace the running ones).
3. Usable learning rates: a ReLU + He MLP (LR_DEPTH Linear layers) trained with plain SGD at
   several learning rates, with and without batch norm.

Writes `lessons/content/figures/batchnorm.json` (every number the lesson quotes) and four figures in both
languages: `batchnorm-explosion`, `batchnorm-batch-size`, `batchnorm-sigmoid`,
`batchnorm-learning-rate`. Run with `python -m figures batchnorm` (about 30 s on one core).
"""
from __future__ import annotations

import copy
import math
import time
from dataclasses import dataclass

import matplotlib
import numpy as np
import torch
from torch import nn

from figures.svgplot import COLORS, MUTED, STYLE, Series, draw_lines, text, write_data, write_figure
from figures.training import geometric_mean, minibatches, sgd_step
from figures.vanishing import load_data

DATA_NAME = "batchnorm"

# 1. Explosion at initialization.
EXPLOSION_DEPTH = 30  # nn.Linear layers, the output layer included
EXPLOSION_WIDTH = 256
EXPLOSION_BATCH = 512
EXPLOSION_SEEDS = (0, 1, 2, 3, 4)
BATCH_SIZES = (4, 8, 16, 32, 64, 128, 256, 512, 1024)

# 2. The deep sigmoid network (the same budget family as the exercise bn-deep-sigmoid).
SIGMOID_DEPTH = 20
SIGMOID_WIDTH = 64
SIGMOID_STEPS = 300
SIGMOID_BATCH = 128
SIGMOID_LR = 3e-3
SIGMOID_EVAL_EVERY = 15
SIGMOID_SEEDS = (0, 1, 2)
EVAL_BATCH_SIZES = (2, 4, 8, 16, 64, 450)  # validation batches run in training mode
TARGET_ACC = 0.9

# 3. Learning rates.
LR_DEPTH = 10
LR_WIDTH = 64
LR_STEPS = 300
LR_BATCH = 64
LEARNING_RATES = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
LR_SEEDS = (0, 1)

ACTIVATIONS = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}
NORMS = {"none": None, "batchnorm": nn.BatchNorm1d, "layernorm": nn.LayerNorm}


@dataclass(frozen=True)
class Setup:
    activation: str
    norm: str  # a key of NORMS
    he: bool  # He initialization (only meaningful without normalization)
    label: dict
    color: str
    linestyle: str = "-"


EXPLOSION_SETUPS = {
    "bn_relu": Setup("relu", "batchnorm", False, {"ja": "BN + ReLU", "en": "BN + ReLU"}, COLORS[1]),
    "bn_tanh": Setup("tanh", "batchnorm", False, {"ja": "BN + tanh", "en": "BN + tanh"}, COLORS[3]),
    "bn_sigmoid": Setup("sigmoid", "batchnorm", False, {"ja": "BN + シグモイド", "en": "BN + sigmoid"},
                        COLORS[2]),
    "relu_he": Setup("relu", "none", True, {"ja": "ReLU + He 初期化（正規化なし）", "en": "ReLU + He init (no norm)"},
                     COLORS[0], "--"),
}
SIGMOID_SETUPS = {
    "none": Setup("sigmoid", "none", False, {"ja": "正規化なし", "en": "no normalization"}, COLORS[1]),
    "batchnorm": Setup("sigmoid", "batchnorm", False, {"ja": "バッチ正規化", "en": "batch norm"}, COLORS[0]),
    "layernorm": Setup("sigmoid", "layernorm", False, {"ja": "レイヤー正規化", "en": "layer norm"}, COLORS[3],
                       "--"),
}
LR_SETUPS = {
    "plain": Setup("relu", "none", True, {"ja": "ReLU + He 初期化", "en": "ReLU + He init"}, COLORS[1]),
    "batchnorm": Setup("relu", "batchnorm", False, {"ja": "ReLU + バッチ正規化", "en": "ReLU + batch norm"},
                       COLORS[0]),
}


def build_mlp(setup: Setup, depth: int, width: int) -> nn.Sequential:
    """64 → width → … → 10 with `depth` Linear layers; each hidden one is Linear → [norm] → activation."""
    norm = NORMS[setup.norm]
    layers: list[nn.Module] = []
    fan_in = 64
    for _ in range(depth - 1):
        linear = nn.Linear(fan_in, width, bias=norm is None)  # a bias before a norm would be cancelled
        if setup.he:
            nn.init.kaiming_normal_(linear.weight, nonlinearity="relu")
            nn.init.zeros_(linear.bias)
        layers.append(linear)
        if norm is not None:
            layers.append(norm(width))
        layers.append(ACTIVATIONS[setup.activation]())
        fan_in = width
    layers.append(nn.Linear(fan_in, 10))  # logits
    return nn.Sequential(*layers)


def weight_grad_norms(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> list[float]:
    """‖∂L/∂W‖₂ of every Linear weight, input side first, after one backward pass (training mode)."""
    model.train()
    model.zero_grad()
    nn.functional.cross_entropy(model(x), y).backward()
    norms = [m.weight.grad.norm().item() for m in model.modules() if isinstance(m, nn.Linear)]
    model.zero_grad()
    return norms


def growth_per_layer(norms: list[float]) -> float:
    """Geometric mean of norm[l] / norm[l+1] over the hidden layers 2 … depth−1 (1-based)."""
    hidden = norms[1:-1]
    return (hidden[0] / hidden[-1]) ** (1 / (len(hidden) - 1))


def theory_factor(activation: str) -> float:
    """√(E[f′(g)²] / Var f(g)), g ~ N(0, 1), by Gauss–Hermite quadrature (ReLU in closed form)."""
    if activation == "relu":
        return math.sqrt(math.pi / (math.pi - 1))
    nodes, weights = np.polynomial.hermite_e.hermegauss(200)
    weights = weights / weights.sum()
    f = {"tanh": np.tanh, "sigmoid": lambda g: 1 / (1 + np.exp(-g))}[activation]
    derivative = {"tanh": lambda g: 1 - np.tanh(g) ** 2,
                  "sigmoid": lambda g: f(g) * (1 - f(g))}[activation]
    values = f(nodes)
    variance = np.sum(weights * values**2) - np.sum(weights * values) ** 2
    return float(math.sqrt(np.sum(weights * derivative(nodes) ** 2) / variance))


def explosion_norms(setup: Setup, seed: int, batch: int, data) -> list[float]:
    x_train, y_train, _, _ = data
    torch.manual_seed(seed)
    model = build_mlp(setup, EXPLOSION_DEPTH, EXPLOSION_WIDTH)
    index = torch.randperm(len(x_train), generator=torch.Generator().manual_seed(seed))[:batch]
    return weight_grad_norms(model, x_train[index], y_train[index])


def run_explosion(data) -> dict:
    results: dict = {"theory": {name: theory_factor(name) for name in ACTIVATIONS}}
    for key, setup in EXPLOSION_SETUPS.items():
        runs = [explosion_norms(setup, seed, EXPLOSION_BATCH, data) for seed in EXPLOSION_SEEDS]
        factors = [growth_per_layer(norms) for norms in runs]
        mean_norms = [geometric_mean(layer) for layer in zip(*runs, strict=True)]
        last_hidden = mean_norms[-2]
        results[key] = {
            "factor": geometric_mean(factors),
            "factor_min": min(factors),
            "factor_max": max(factors),
            # Whole hidden stack: layer 2 over layer depth−1, i.e. factor ** (depth − 3).
            "ratio_hidden": mean_norms[1] / last_hidden,
            "ratio_first_last": mean_norms[0] / mean_norms[-1],
            "relative_norms": [n / last_hidden for n in mean_norms],
        }
    setup = EXPLOSION_SETUPS["bn_relu"]
    by_batch = []
    for batch in BATCH_SIZES:
        factors = [growth_per_layer(explosion_norms(setup, seed, batch, data)) for seed in EXPLOSION_SEEDS]
        by_batch.append((geometric_mean(factors), min(factors), max(factors)))
    results["batch_sizes"] = {
        "sizes": list(BATCH_SIZES),
        "factor": [f for f, _, _ in by_batch],
        "factor_min": [f for _, f, _ in by_batch],
        "factor_max": [f for _, _, f in by_batch],
        **{f"b{batch}": f for batch, (f, _, _) in zip(BATCH_SIZES, by_batch, strict=True)},
    }
    theory = results["theory"]["relu"]
    results["bn_relu"]["above_theory"] = results["bn_relu"]["factor"] / theory - 1
    results["bn_relu"]["gap_to_theory"] = abs(results["bn_relu"]["above_theory"])
    results["bn_relu"]["theory_hidden"] = theory ** (EXPLOSION_DEPTH - 3)
    return results


def evaluate(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> tuple[float, float]:
    """Validation accuracy and loss in evaluation mode (running statistics)."""
    model.eval()
    with torch.no_grad():
        logits = model(x)
        result = (logits.argmax(dim=1) == y).float().mean().item(), nn.functional.cross_entropy(logits, y).item()
    model.train()
    return result


def train(model: nn.Module, optimizer, data, *, steps: int, batch: int, seed: int, eval_every: int) -> dict:
    x_train, y_train, x_val, y_val = data
    batches = minibatches(len(x_train), batch, torch.Generator().manual_seed(seed), steps)
    acc, loss = evaluate(model, x_val, y_val)
    val_acc, val_loss, losses = [acc], [loss], []
    model.train()
    for step, index in enumerate(batches, 1):
        losses.append(sgd_step(model, optimizer, x_train[index], y_train[index]))
        if step % eval_every == 0:
            acc, val = evaluate(model, x_val, y_val)
            val_acc.append(acc)
            val_loss.append(val)
    return {"val_acc": val_acc, "val_loss": val_loss, "losses": losses}


def train_mode_accuracy(model: nn.Module, x: torch.Tensor, y: torch.Tensor, batch: int) -> float:
    """Accuracy when the validation set runs in training mode, in batches of `batch` (a copy of the
    model, so that the running statistics of the original stay as they are)."""
    probe = copy.deepcopy(model).train()
    usable = len(x) - len(x) % batch
    with torch.no_grad():
        correct = sum((probe(x[s:s + batch]).argmax(dim=1) == y[s:s + batch]).sum().item()
                      for s in range(0, usable, batch))
    return correct / usable


def band(curves: list[list[float]]) -> dict:
    array = np.array(curves)
    return {"mean": array.mean(axis=0).tolist(), "min": array.min(axis=0).tolist(),
            "max": array.max(axis=0).tolist()}


def run_sigmoid(data) -> dict:
    x_train, y_train, x_val, y_val = data
    results: dict = {}
    for key, setup in SIGMOID_SETUPS.items():
        runs, grads, eval_modes = [], [], []
        for seed in SIGMOID_SEEDS:
            torch.manual_seed(seed)
            model = build_mlp(setup, SIGMOID_DEPTH, SIGMOID_WIDTH)
            grads.append(weight_grad_norms(model, x_train, y_train))
            optimizer = torch.optim.Adam(model.parameters(), lr=SIGMOID_LR)
            runs.append(train(model, optimizer, data, steps=SIGMOID_STEPS, batch=SIGMOID_BATCH, seed=seed,
                              eval_every=SIGMOID_EVAL_EVERY))
            if setup.norm == "batchnorm":
                eval_modes.append([train_mode_accuracy(model, x_val, y_val, b) for b in EVAL_BATCH_SIZES])
        acc = band([r["val_acc"] for r in runs])
        steps = [i * SIGMOID_EVAL_EVERY for i in range(len(acc["mean"]))]
        reached = [s for s, a in zip(steps, acc["mean"], strict=True) if a >= TARGET_ACC]
        final = [r["val_acc"][-1] for r in runs]
        ratios = [g[0] / g[-1] for g in grads]
        results[key] = {
            "final_val_acc": float(np.mean(final)),
            "final_val_acc_min": min(final),
            "final_val_acc_max": max(final),
            "final_val_loss": float(np.mean([r["val_loss"][-1] for r in runs])),
            "initial_val_loss": float(np.mean([r["val_loss"][0] for r in runs])),
            "steps_to_90": reached[0] if reached else None,
            "grad_ratio_first_last": geometric_mean(ratios),
            "grad_norms": [geometric_mean(layer) for layer in zip(*grads, strict=True)],
            "val_acc": {"steps": steps, **acc},
            "val_loss": {"steps": steps, **band([r["val_loss"] for r in runs])},
        }
        if eval_modes:
            by_batch = np.array(eval_modes).mean(axis=0)
            results[key]["train_mode_acc"] = {f"b{b}": float(a) for b, a in zip(EVAL_BATCH_SIZES, by_batch,
                                                                                    strict=True)}
    results["none"]["grad_ratio_orders"] = -math.log10(results["none"]["grad_ratio_first_last"])
    return results


def run_learning_rates(data) -> dict:
    results: dict = {"rates": list(LEARNING_RATES)}
    for key, setup in LR_SETUPS.items():
        final, diverged = [], []
        for lr in LEARNING_RATES:
            accs, nans = [], 0
            for seed in LR_SEEDS:
                torch.manual_seed(seed)
                model = build_mlp(setup, LR_DEPTH, LR_WIDTH)
                run = train(model, torch.optim.SGD(model.parameters(), lr=lr), data, steps=LR_STEPS,
                            batch=LR_BATCH, seed=seed, eval_every=LR_STEPS)
                accs.append(run["val_acc"][-1])
                nans += not all(math.isfinite(v) for v in run["losses"])
            final.append(accs)
            diverged.append(nans)
        means = [float(np.mean(a)) for a in final]
        usable = [lr for lr, accs in zip(LEARNING_RATES, final, strict=True) if min(accs) >= TARGET_ACC]
        results[key] = {
            "acc_mean": means,
            "acc_min": [min(a) for a in final],
            "acc_max": [max(a) for a in final],
            "diverged_runs": diverged,
            "best_acc": max(means),
            "worst_acc": min(means),
            "best_lr": LEARNING_RATES[int(np.argmax(means))],
            "largest_usable_lr": max(usable) if usable else None,
            **{f"lr{lr:g}".replace(".", "_"): m for lr, m in zip(LEARNING_RATES, means, strict=True)},
        }
    return results


def draw_explosion(results: dict) -> None:
    layers = list(range(1, EXPLOSION_DEPTH + 1))
    series = [
        Series(setup.label, layers, results[key]["relative_norms"], setup.color, setup.linestyle, marker="o")
        for key, setup in EXPLOSION_SETUPS.items()
    ]
    theory = results["theory"]["relu"]
    hidden = layers[1:-1]
    series.append(Series(
        {"ja": "理論 √(π/(π−1)) ≈ 1.21 倍/層", "en": "theory √(π/(π−1)) ≈ 1.21× per layer"},
        hidden, [theory ** (EXPLOSION_DEPTH - 1 - layer) for layer in hidden], "#59636e", ":",
    ))

    def draw(axes, lang):
        draw_lines(
            axes[0], series, lang, logy=True, legend="upper right",
            xlabel={"ja": f"Linear 層の番号（1 = 入力側、{EXPLOSION_DEPTH} = 出力層）",
                    "en": f"Linear layer (1 = input side, {EXPLOSION_DEPTH} = output layer)"},
            ylabel={"ja": f"勾配ノルム（第 {EXPLOSION_DEPTH - 1} 層 = 1）",
                    "en": f"gradient norm (layer {EXPLOSION_DEPTH - 1} = 1)"},
        )
        axes[0].set_xticks([1, 5, 10, 15, 20, 25, EXPLOSION_DEPTH])

    write_figure("batchnorm-explosion", draw, height=4.2)


def draw_batch_size(results: dict) -> None:
    sizes = results["batch_sizes"]["sizes"]
    series = [Series(
        {"ja": "BN + ReLU（実測）", "en": "BN + ReLU (measured)"}, sizes, results["batch_sizes"]["factor"],
        COLORS[1], marker="o",
        band=(results["batch_sizes"]["factor_min"], results["batch_sizes"]["factor_max"]),
    )]
    theory = results["theory"]["relu"]

    def draw(axes, lang):
        draw_lines(
            axes[0], series, lang, legend="upper right", ylim=(1.1, 1.8),
            xlabel={"ja": "バッチサイズ", "en": "batch size"},
            ylabel={"ja": "1 層あたりの勾配の増加率", "en": "gradient growth per layer"},
        )
        # The reference level by hand: its label goes at the left, below the line, clear of the data.
        with matplotlib.rc_context(STYLE):
            axes[0].axhline(theory, color=MUTED, linestyle=":", linewidth=1.2)
            axes[0].annotate(
                text({"ja": f"大きなバッチでの理論値 {theory:.3f}", "en": f"large-batch theory {theory:.3f}"}, lang),
                xy=(0.02, theory), xycoords=("axes fraction", "data"), xytext=(0, -4), textcoords="offset points",
                ha="left", va="top", color=MUTED, fontsize=8.5,
            )
        axes[0].set_xscale("log", base=2)
        axes[0].set_xticks(sizes, [str(s) for s in sizes])
        axes[0].minorticks_off()

    write_figure("batchnorm-batch-size", draw, height=3.4)


def draw_sigmoid(results: dict) -> None:
    def series(metric: str) -> list[Series]:
        return [
            Series(setup.label, results[key][metric]["steps"], results[key][metric]["mean"], setup.color,
                   setup.linestyle, band=(results[key][metric]["min"], results[key][metric]["max"]))
            for key, setup in SIGMOID_SETUPS.items()
        ]

    xlabel = {"ja": "学習ステップ（Adam）", "en": "training step (Adam)"}

    def draw(axes, lang):
        draw_lines(axes[0], series("val_acc"), lang, xlabel=xlabel, ylim=(0, 1.0), xlim=(0, SIGMOID_STEPS),
                   ylabel={"ja": "検証データの正解率", "en": "validation accuracy"}, legend="center right",
                   title={"ja": "正解率", "en": "accuracy"})
        draw_lines(axes[1], series("val_loss"), lang, xlabel=xlabel, ylim=(0, 2.5), xlim=(0, SIGMOID_STEPS),
                   ylabel={"ja": "検証データの損失", "en": "validation loss"}, legend=None,
                   title={"ja": "損失", "en": "loss"})

    write_figure("batchnorm-sigmoid", draw, width=7.6, height=3.6, ncols=2)


def draw_learning_rate(results: dict) -> None:
    rates = results["rates"]
    series = [
        Series(setup.label, rates, results[key]["acc_mean"], setup.color, setup.linestyle, marker="o",
               band=(results[key]["acc_min"], results[key]["acc_max"]))
        for key, setup in LR_SETUPS.items()
    ]

    def draw(axes, lang):
        draw_lines(
            axes[0], series, lang, legend="center left", ylim=(0, 1.0),
            xlabel={"ja": "学習率（SGD）", "en": "learning rate (SGD)"},
            ylabel={"ja": f"{LR_STEPS} ステップ後の検証正解率", "en": f"validation accuracy after {LR_STEPS} steps"},
            hlines=[(0.1, {"ja": "チャンスレベル", "en": "chance level"})],
        )
        axes[0].set_xscale("log")
        axes[0].set_xticks(rates, [f"{r:g}" for r in rates])
        axes[0].minorticks_off()

    write_figure("batchnorm-learning-rate", draw, height=3.6)


def main() -> None:
    torch.set_num_threads(1)
    started = time.perf_counter()
    data = load_data()
    results = {
        "config": {
            "n_train": len(data[0]), "n_val": len(data[2]),
            "explosion_depth": EXPLOSION_DEPTH, "explosion_hidden_ratios": EXPLOSION_DEPTH - 3,
            "explosion_last_hidden": EXPLOSION_DEPTH - 1,
            "explosion_width": EXPLOSION_WIDTH, "explosion_batch": EXPLOSION_BATCH,
            "explosion_seeds": len(EXPLOSION_SEEDS),
            "sigmoid_depth": SIGMOID_DEPTH, "sigmoid_width": SIGMOID_WIDTH, "sigmoid_steps": SIGMOID_STEPS,
            "sigmoid_batch": SIGMOID_BATCH, "sigmoid_lr": SIGMOID_LR, "sigmoid_seeds": len(SIGMOID_SEEDS),
            "lr_depth": LR_DEPTH, "lr_width": LR_WIDTH, "lr_steps": LR_STEPS, "lr_batch": LR_BATCH,
            "lr_seeds": len(LR_SEEDS),
        },
    }
    results["explosion"] = run_explosion(data)
    timings = {"explosion": time.perf_counter() - started}
    results["sigmoid"] = run_sigmoid(data)
    timings["sigmoid"] = time.perf_counter() - started - sum(timings.values())
    results["learning_rate"] = run_learning_rates(data)
    timings["learning_rate"] = time.perf_counter() - started - sum(timings.values())
    write_data(DATA_NAME, results)
    draw_explosion(results["explosion"])
    draw_batch_size(results["explosion"])
    draw_sigmoid(results["sigmoid"])
    draw_learning_rate(results["learning_rate"])

    explosion = results["explosion"]
    for key in EXPLOSION_SETUPS:
        r = explosion[key]
        print(f"{key:10s} growth per layer {r['factor']:.3f} [{r['factor_min']:.3f}, {r['factor_max']:.3f}]")
    print("theory", {k: round(v, 3) for k, v in explosion["theory"].items()})
    print("by batch", dict(zip(BATCH_SIZES, np.round(explosion["batch_sizes"]["factor"], 3), strict=True)))
    for key in SIGMOID_SETUPS:
        r = results["sigmoid"][key]
        print(f"sigmoid {key:9s} val acc {r['final_val_acc']:.3f} [{r['final_val_acc_min']:.3f}, "
              f"{r['final_val_acc_max']:.3f}] grad first/last {r['grad_ratio_first_last']:.2e} "
              f"steps to 90% {r['steps_to_90']}")
    print("train-mode acc", results["sigmoid"]["batchnorm"]["train_mode_acc"])
    for key in LR_SETUPS:
        print("lr", key, np.round(results["learning_rate"][key]["acc_mean"], 3),
              results["learning_rate"][key]["diverged_runs"])
    print({k: f"{v:.1f} s" for k, v in timings.items()})
    print(f"batchnorm: {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
