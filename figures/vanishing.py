"""Lesson 1 (vanishing-gradients): the sigmoid / tanh / ReLU experiment on digits.

Trains the same deep MLP (12 Linear layers, width 64, like the starter of the exercise
`fix-vanishing-gradients`) on scikit-learn's 8×8 digits with four set-ups:

- sigmoid and tanh with PyTorch's default initialisation (the classic failing networks),
- ReLU with He initialisation (the classic fix),
- ReLU with the default initialisation (the activation alone is not the whole fix).

Each set-up runs with three seeds. It records the training loss at every step, the
validation accuracy every `EVAL_EVERY` steps, and, at initialisation, the L2 norm of every
Linear weight's gradient after one backward pass over the whole training set.

Writes `lessons/content/figures/vanishing.json` (every number the lesson quotes) and three figures
in both languages: `vanishing-derivatives`, `vanishing-accuracy`, `vanishing-grad-norms`.
Run with `python -m figures vanishing` (about 30 s on two CPU cores).
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np
import torch
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from torch import nn

from figures.svgplot import (
    COLORS,
    Series,
    draw_lines,
    line_chart,
    write_data,
    write_figure,
)
from figures.training import geometric_mean, minibatches, sgd_step

DATA_NAME = "vanishing"
DEPTH = 12  # nn.Linear layers, the output layer included
WIDTH = 64
STEPS = 2000
BATCH_SIZE = 64
LEARNING_RATE = 0.05
EVAL_EVERY = 40
SEEDS = (0, 1, 2)
SPLIT_SEED = 0
VAL_FRACTION = 0.25
TARGET_ACC = 0.9


@dataclass(frozen=True)
class Setup:
    activation: str  # "sigmoid" | "tanh" | "relu"
    init: str  # "default" (PyTorch's) | "he"
    label: dict
    color: str
    linestyle: str = "-"


SETUPS = {
    "sigmoid": Setup("sigmoid", "default", {"ja": "シグモイド", "en": "sigmoid"}, COLORS[1]),
    "tanh": Setup("tanh", "default", {"ja": "tanh", "en": "tanh"}, COLORS[3]),
    "relu": Setup("relu", "he", {"ja": "ReLU（He 初期化）", "en": "ReLU (He init)"}, COLORS[0]),
    "relu_default": Setup(
        "relu", "default", {"ja": "ReLU（既定の初期化）", "en": "ReLU (default init)"},
        "#8c959f", "--",
    ),
}
ACTIVATIONS = {"sigmoid": nn.Sigmoid, "tanh": nn.Tanh, "relu": nn.ReLU}


def load_data() -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """Digits scaled to [0, 1], split once into training and validation sets (stratified)."""
    x, y = load_digits(return_X_y=True)
    x_train, x_val, y_train, y_val = train_test_split(
        x / 16.0, y, test_size=VAL_FRACTION, random_state=SPLIT_SEED, stratify=y,
    )
    return (
        torch.tensor(x_train, dtype=torch.float32), torch.tensor(y_train),
        torch.tensor(x_val, dtype=torch.float32), torch.tensor(y_val),
    )


def build_mlp(setup: Setup) -> nn.Sequential:
    """64 → WIDTH → … → 10 with DEPTH Linear layers and the set-up's activation between them."""
    layers: list[nn.Module] = []
    fan_in = 64
    for _ in range(DEPTH - 1):
        linear = nn.Linear(fan_in, WIDTH)
        if setup.init == "he":
            nn.init.kaiming_normal_(linear.weight, nonlinearity="relu")
            nn.init.zeros_(linear.bias)
        layers += [linear, ACTIVATIONS[setup.activation]()]
        fan_in = WIDTH
    layers.append(nn.Linear(fan_in, 10))
    return nn.Sequential(*layers)


def layer_grad_norms(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> list[float]:
    """‖∂L/∂W‖₂ of every Linear weight, input side first, after one backward pass."""
    model.zero_grad()
    nn.functional.cross_entropy(model(x), y).backward()
    norms = [m.weight.grad.norm().item() for m in model.modules() if isinstance(m, nn.Linear)]
    model.zero_grad()
    return norms


def accuracy(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> float:
    with torch.no_grad():
        return (model(x).argmax(dim=1) == y).float().mean().item()


def train(setup: Setup, seed: int, data) -> dict:
    """One run: gradient norms at init, then plain SGD; losses per step, accuracy per eval."""
    x_train, y_train, x_val, y_val = data
    torch.manual_seed(seed)
    model = build_mlp(setup)
    grad_norms = layer_grad_norms(model, x_train, y_train)
    optimizer = torch.optim.SGD(model.parameters(), lr=LEARNING_RATE)
    batches = minibatches(len(x_train), BATCH_SIZE, torch.Generator().manual_seed(seed), STEPS)
    losses, val_acc = [], [accuracy(model, x_val, y_val)]
    for step, index in enumerate(batches, 1):
        losses.append(sgd_step(model, optimizer, x_train[index], y_train[index]))
        if step % EVAL_EVERY == 0:
            val_acc.append(accuracy(model, x_val, y_val))
    return {"grad_norms": grad_norms, "losses": losses, "val_acc": val_acc}


def summarize(runs: list[dict]) -> dict:
    """Seeds combined: means (geometric for gradient norms), with the spread across seeds."""
    acc = np.array([r["val_acc"] for r in runs])
    mean_acc = acc.mean(axis=0)
    norms = [geometric_mean(layer) for layer in zip(*(r["grad_norms"] for r in runs), strict=True)]
    ratios = [r["grad_norms"][0] / r["grad_norms"][-1] for r in runs]
    ratio = geometric_mean(ratios)
    eval_steps = [i * EVAL_EVERY for i in range(len(mean_acc))]
    reached = [s for s, a in zip(eval_steps, mean_acc, strict=True) if a >= TARGET_ACC]
    final = acc[:, -1]
    return {
        "final_val_acc": float(final.mean()),
        "final_val_acc_min": float(final.min()),
        "final_val_acc_max": float(final.max()),
        "best_val_acc": float(mean_acc.max()),
        "final_loss": float(np.mean([np.mean(r["losses"][-50:]) for r in runs])),
        "initial_loss": float(np.mean([r["losses"][0] for r in runs])),
        "steps_to_90": reached[0] if reached else None,
        "grad_first": norms[0],
        "grad_last": norms[-1],
        "grad_ratio_first_last": ratio,
        "grad_ratio_min": min(ratios),
        "grad_ratio_max": max(ratios),
        "grad_ratio_orders": -math.log10(ratio),  # orders of magnitude, last layer over first
        # Average shrink factor per layer between the last and the first Linear layer.
        "grad_decay_per_layer": ratio ** (1 / (DEPTH - 1)),
        "grad_norms": norms,
        "val_acc": {
            "steps": eval_steps,
            "mean": mean_acc.tolist(),
            "min": acc.min(axis=0).tolist(),
            "max": acc.max(axis=0).tolist(),
        },
        "loss": np.mean([r["losses"] for r in runs], axis=0).tolist(),
    }


def run_experiment() -> dict:
    data = load_data()
    results = {
        "config": {
            "depth": DEPTH, "hidden_layers": DEPTH - 1, "width": WIDTH, "steps": STEPS,
            "batch_size": BATCH_SIZE, "learning_rate": LEARNING_RATE, "eval_every": EVAL_EVERY,
            "seeds": len(SEEDS), "n_train": len(data[0]), "n_val": len(data[2]),
        },
    }
    for key, setup in SETUPS.items():
        results[key] = summarize([train(setup, seed, data) for seed in SEEDS])
    # How much larger the first layer's gradient is with ReLU + He than with sigmoid.
    relu_over_sigmoid = results["relu"]["grad_first"] / results["sigmoid"]["grad_first"]
    results["comparison"] = {
        "relu_over_sigmoid_first_layer": relu_over_sigmoid,
        "relu_over_sigmoid_first_layer_orders": math.log10(relu_over_sigmoid),
    }
    return results


def draw_derivatives() -> None:
    x = np.linspace(-6, 6, 481)
    s = 1 / (1 + np.exp(-x))
    series = [
        Series(SETUPS["sigmoid"].label, x, s * (1 - s), SETUPS["sigmoid"].color),
        Series("tanh", x, 1 - np.tanh(x) ** 2, SETUPS["tanh"].color),
        Series("ReLU", x, (x > 0).astype(float), SETUPS["relu"].color, linestyle="--"),
    ]
    line_chart(
        "vanishing-derivatives", series, height=3.4,
        xlabel={"ja": "入力 x", "en": "input x"},
        ylabel={"ja": "導関数の値 f′(x)", "en": "derivative f′(x)"},
        ylim=(-0.03, 1.12), xlim=(-6, 6), legend="upper left",
        hlines=[(0.25, {"ja": "シグモイドの最大値 0.25", "en": "sigmoid maximum 0.25"})],
    )


def draw_accuracy(results: dict) -> None:
    series = [
        Series(
            setup.label, results[key]["val_acc"]["steps"], results[key]["val_acc"]["mean"],
            setup.color, setup.linestyle,
            band=(results[key]["val_acc"]["min"], results[key]["val_acc"]["max"]),
        )
        for key, setup in SETUPS.items()
    ]
    line_chart(
        "vanishing-accuracy", series,
        xlabel={"ja": "学習ステップ（SGD）", "en": "training step (SGD)"},
        ylabel={"ja": "検証データの正解率", "en": "validation accuracy"},
        ylim=(0, 1.0), xlim=(0, STEPS), legend="center right",
        hlines=[(0.1, {"ja": "チャンスレベル（1/10）", "en": "chance level (1 in 10)"})],
    )


def draw_grad_norms(results: dict) -> None:
    layers = list(range(1, DEPTH + 1))
    series = [
        Series(setup.label, layers, results[key]["grad_norms"], setup.color, setup.linestyle,
               marker="o")
        for key, setup in SETUPS.items()
    ]

    def draw(axes, lang):
        draw_lines(
            axes[0], series, lang, logy=True, legend="lower right",
            xlabel={"ja": f"Linear 層の番号（1 = 入力側、{DEPTH} = 出力層）",
                    "en": f"Linear layer (1 = input side, {DEPTH} = output layer)"},
            ylabel={"ja": "重みの勾配ノルム（L2）", "en": "weight gradient norm ‖∂L/∂W‖"},
        )
        axes[0].set_xticks(layers)

    write_figure("vanishing-grad-norms", draw, height=4.0)


def main() -> None:
    torch.set_num_threads(2)
    started = time.perf_counter()
    results = run_experiment()
    write_data(DATA_NAME, results)
    draw_derivatives()
    draw_accuracy(results)
    draw_grad_norms(results)
    for key in SETUPS:
        r = results[key]
        print(
            f"{key:13s} val acc {r['final_val_acc']:.3f} "
            f"[{r['final_val_acc_min']:.3f}, {r['final_val_acc_max']:.3f}]  "
            f"grad first/last {r['grad_ratio_first_last']:.1e}  "
            f"per layer {r['grad_decay_per_layer']:.3f}  steps to 90% {r['steps_to_90']}"
        )
    print(f"vanishing: {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
