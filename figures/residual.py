"""Lesson 6 (residual-networks): plain versus residual MLPs on digits, at 8 and 32 layers.

Every network has the same number of `nn.Linear` layers as its plain counterpart: an input
layer (64 → WIDTH), (depth − 2) / 2 blocks of two Linear layers each, and an output layer
(WIDTH → 10). In a plain network a "block" is just two Linear(+BN)+ReLU layers in a row; in a
residual network it adds its input back: y = x + F(x). Four set-ups are trained:

- plain_bn: Linear → BatchNorm → ReLU, He init (the plain baseline of He et al. 2016);
- resnet_bn: the original post-activation block relu(x + BN(W₂ relu(BN(W₁ x)))), He init;
- plain: Linear → ReLU, He init, no normalization;
- resnet_zero: the pre-activation block x + W₂ relu(W₁ relu(x)) without normalization, W₁ He,
  W₂ (and its bias) zero, so that every block starts as the identity.

Each set-up runs at depth 8 and 32 with three seeds (SGD with momentum, same budget for all).
At depth 32 it also measures, at initialization, the gradient norm of every block (over all its
parameters, like the exercise `residual-block`) and of the hidden state between blocks, for
those four set-ups and for resnet_he (the pre-activation block with He init on both layers and
no zero init), which shows that a skip connection alone does not prevent an explosion.

Writes `lessons/content/figures/residual.json` and two figures in both languages:
`residual-training-loss`, `residual-grad-norms`.
Run with `python -m figures residual` (about 40 s on one CPU thread).
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from figures.svgplot import COLORS, Series, draw_lines, write_data, write_figure
from figures.training import geometric_mean, minibatches, sgd_step
from figures.vanishing import load_data

DATA_NAME = "residual"
WIDTH = 64
DEPTHS = (8, 32)  # nn.Linear layers, input and output layers included
GRAD_DEPTH = 32
STEPS = 400
BATCH_SIZE = 128
LEARNING_RATE = 0.01
MOMENTUM = 0.9
WINDOW = 20  # the loss curves average the minibatch loss over windows of this many steps
FINAL_WINDOW = 50  # "final training loss": the mean minibatch loss over the last steps
SEEDS = (0, 1, 2)


@dataclass(frozen=True)
class Setup:
    residual: bool
    norm: bool  # BatchNorm after every Linear inside the blocks
    zero_init: bool  # zero the last Linear of each residual branch
    label: dict


SETUPS = {
    "plain_bn": Setup(False, True, False, {"ja": "プレーン（He + BN）", "en": "plain (He + BN)"}),
    "resnet_bn": Setup(True, True, False, {"ja": "残差（post-activation、BN）",
                                           "en": "residual (post-activation, BN)"}),
    "plain": Setup(False, False, False, {"ja": "プレーン（He、正規化なし）", "en": "plain (He, no norm)"}),
    "resnet_zero": Setup(True, False, True, {"ja": "残差（pre-activation、最後の層を 0 で初期化）",
                                             "en": "residual (pre-activation, zero-init last layer)"}),
    "resnet_he": Setup(True, False, False, {"ja": "残差（pre-activation、両方の層に He）",
                                            "en": "residual (pre-activation, He on both layers)"}),
}
TRAINED = ("plain_bn", "resnet_bn", "plain", "resnet_zero")
# Shorter names for the gradient figure, whose legend shares a panel with the curves.
GRAD_LABELS = {
    "plain": {"ja": "プレーン（He）", "en": "plain (He)"},
    "plain_bn": {"ja": "プレーン（He + BN）", "en": "plain (He + BN)"},
    "resnet_bn": {"ja": "残差 post-act（BN）", "en": "residual, post-act (BN)"},
    "resnet_zero": {"ja": "残差 pre-act（0 で初期化）", "en": "residual, pre-act (zero init)"},
    "resnet_he": {"ja": "残差 pre-act（2 層とも He）", "en": "residual, pre-act (He on both)"},
}
GRAD_COLORS = {"plain_bn": COLORS[1], "resnet_bn": COLORS[0], "plain": COLORS[4],
               "resnet_zero": COLORS[2], "resnet_he": COLORS[3]}


def he_linear(fan_in: int, fan_out: int) -> nn.Linear:
    linear = nn.Linear(fan_in, fan_out)
    nn.init.kaiming_normal_(linear.weight, nonlinearity="relu")
    nn.init.zeros_(linear.bias)
    return linear


class PlainBlock(nn.Module):
    """Two plain layers: (Linear → [BN] → ReLU) twice. No skip connection."""

    def __init__(self, norm: bool):
        super().__init__()
        layers: list[nn.Module] = []
        for _ in range(2):
            layers += [he_linear(WIDTH, WIDTH), *([nn.BatchNorm1d(WIDTH)] if norm else []), nn.ReLU()]
        self.layers = nn.Sequential(*layers)

    def forward(self, x):
        return self.layers(x)


class PostActivationBlock(nn.Module):
    """He et al. 2016a: relu(x + BN(W₂ relu(BN(W₁ x)))); the ReLU sits on the skip path."""

    def __init__(self, zero_init: bool):
        super().__init__()
        self.fc1, self.bn1 = he_linear(WIDTH, WIDTH), nn.BatchNorm1d(WIDTH)
        self.fc2, self.bn2 = he_linear(WIDTH, WIDTH), nn.BatchNorm1d(WIDTH)
        if zero_init:
            nn.init.zeros_(self.bn2.weight)  # Goyal et al. 2017: the last BN's gamma

    def forward(self, x):
        return torch.relu(x + self.bn2(self.fc2(torch.relu(self.bn1(self.fc1(x))))))


class PreActivationBlock(nn.Module):
    """He et al. 2016b without normalization: x + W₂ relu(W₁ relu(x)); the skip path is x itself."""

    def __init__(self, zero_init: bool):
        super().__init__()
        self.fc1, self.fc2 = he_linear(WIDTH, WIDTH), he_linear(WIDTH, WIDTH)
        if zero_init:
            nn.init.zeros_(self.fc2.weight)
            nn.init.zeros_(self.fc2.bias)

    def forward(self, x):
        return x + self.fc2(torch.relu(self.fc1(torch.relu(x))))


class Net(nn.Module):
    """stem → blocks → head; `forward(x, keep=list)` also keeps the hidden state between blocks."""

    def __init__(self, setup: Setup, depth: int):
        super().__init__()
        n_blocks = (depth - 2) // 2
        stem: list[nn.Module] = [he_linear(64, WIDTH)]
        if setup.residual and not setup.norm:  # pre-activation: the first block applies the ReLU
            self.blocks = nn.ModuleList(PreActivationBlock(setup.zero_init) for _ in range(n_blocks))
            head: list[nn.Module] = [nn.ReLU(), nn.Linear(WIDTH, 10)]
        else:
            stem += [*([nn.BatchNorm1d(WIDTH)] if setup.norm else []), nn.ReLU()]
            block = (lambda: PostActivationBlock(setup.zero_init)) if setup.residual else (
                lambda: PlainBlock(setup.norm))
            self.blocks = nn.ModuleList(block() for _ in range(n_blocks))
            head = [nn.Linear(WIDTH, 10)]
        self.stem, self.head = nn.Sequential(*stem), nn.Sequential(*head)

    def forward(self, x, keep: list | None = None):
        x = self.stem(x)
        for block in self.blocks:
            if keep is not None:
                x.retain_grad()
                keep.append(x)
            x = block(x)
        if keep is not None:
            x.retain_grad()
            keep.append(x)
        return self.head(x)


def count_linear(model: nn.Module) -> int:
    return sum(isinstance(m, nn.Linear) for m in model.modules())


def init_gradients(setup: Setup, seed: int, x: torch.Tensor, y: torch.Tensor) -> dict:
    """One backward pass over the whole training set at initialization (train mode)."""
    torch.manual_seed(seed)
    model = Net(setup, GRAD_DEPTH)
    assert count_linear(model) == GRAD_DEPTH
    hidden: list[torch.Tensor] = []
    loss = nn.functional.cross_entropy(model(x, keep=hidden), y)
    loss.backward()
    block_norms = [
        math.sqrt(sum(float(p.grad.double().pow(2).sum()) for p in block.parameters()))
        for block in model.blocks
    ]
    return {
        "block": block_norms,
        # ‖∂L/∂x_l‖ at the input of every block, and at the output of the last one.
        "hidden": [float(h.grad.norm()) for h in hidden],
        "hidden_std": [float(h.detach().std()) for h in hidden],
        "loss": float(loss),
    }


def train(setup: Setup, depth: int, seed: int, data) -> dict:
    x_train, y_train, x_val, y_val = data
    torch.manual_seed(seed)
    model = Net(setup, depth)
    assert count_linear(model) == depth
    optimizer = torch.optim.SGD(model.parameters(), lr=LEARNING_RATE, momentum=MOMENTUM)
    batches = minibatches(len(x_train), BATCH_SIZE, torch.Generator().manual_seed(seed), STEPS)
    losses = [sgd_step(model, optimizer, x_train[index], y_train[index]) for index in batches]
    model.eval()
    with torch.no_grad():
        train_acc = (model(x_train).argmax(dim=1) == y_train).float().mean().item()
        val_acc = (model(x_val).argmax(dim=1) == y_val).float().mean().item()
    return {"losses": losses, "train_acc": train_acc, "val_acc": val_acc}


def summarize_training(runs: list[dict]) -> dict:
    final = np.array([np.mean(r["losses"][-FINAL_WINDOW:]) for r in runs])
    curves = np.array([np.reshape(r["losses"], (-1, WINDOW)).mean(axis=1) for r in runs])
    val = np.array([r["val_acc"] for r in runs])
    train_acc = np.array([r["train_acc"] for r in runs])
    return {
        "initial_loss": float(np.mean([r["losses"][0] for r in runs])),
        "final_loss": float(final.mean()),
        "final_loss_min": float(final.min()),
        "final_loss_max": float(final.max()),
        "train_acc": float(train_acc.mean()),
        "val_acc": float(val.mean()),
        "val_acc_min": float(val.min()),
        "val_acc_max": float(val.max()),
        "loss_curve": {
            "steps": [WINDOW * (i + 1) for i in range(curves.shape[1])],
            "mean": curves.mean(axis=0).tolist(),
            "min": curves.min(axis=0).tolist(),
            "max": curves.max(axis=0).tolist(),
        },
    }


def summarize_gradients(runs: list[dict]) -> dict:
    blocks = [geometric_mean(b) for b in zip(*(r["block"] for r in runs), strict=True)]
    hidden = [geometric_mean(h) for h in zip(*(r["hidden"] for r in runs), strict=True)]
    std = [float(np.mean(s)) for s in zip(*(r["hidden_std"] for r in runs), strict=True)]
    return {
        "block_grad_norms": blocks,
        "block_ratio_first_last": blocks[0] / blocks[-1],
        "hidden_grad_norms": hidden,
        "hidden_ratio_first_last": hidden[0] / hidden[-1],
        # The same ratio spread evenly over the Linear layers of the blocks (two per block).
        "hidden_ratio_per_layer": (hidden[0] / hidden[-1]) ** (1 / (2 * (len(hidden) - 1))),
        # Forward signal: std of the hidden state after the last block over that before the first.
        "hidden_std_growth": std[-1] / std[0],
        "initial_loss": float(np.mean([r["loss"] for r in runs])),
    }


def run_experiment() -> dict:
    data = load_data()
    n_blocks = {depth: (depth - 2) // 2 for depth in DEPTHS}
    results: dict = {
        "config": {
            "width": WIDTH, "depths": list(DEPTHS), "shallow": DEPTHS[0], "deep": DEPTHS[1],
            "blocks_shallow": n_blocks[DEPTHS[0]], "blocks_deep": n_blocks[DEPTHS[1]],
            "grad_depth": GRAD_DEPTH, "grad_blocks": (GRAD_DEPTH - 2) // 2, "steps": STEPS,
            "batch_size": BATCH_SIZE, "learning_rate": LEARNING_RATE, "momentum": MOMENTUM,
            "seeds": len(SEEDS), "n_train": len(data[0]), "n_val": len(data[2]),
            "final_window": FINAL_WINDOW,
        },
    }
    for key in TRAINED:
        results[key] = {f"d{depth}": summarize_training([train(SETUPS[key], depth, seed, data) for seed in SEEDS])
                        for depth in DEPTHS}
    x_train, y_train = data[0], data[1]
    for key, setup in SETUPS.items():
        grads = summarize_gradients([init_gradients(setup, seed, x_train, y_train) for seed in SEEDS])
        results.setdefault(key, {})["init"] = grads
    shallow, deep = f"d{DEPTHS[0]}", f"d{DEPTHS[1]}"
    results["comparison"] = {
        # How many times higher the deep net's final training loss is than the shallow one's.
        key: results[key][deep]["final_loss"] / results[key][shallow]["final_loss"] for key in TRAINED
    }
    results["comparison"]["plain_bn_over_resnet_bn_deep"] = (
        results["plain_bn"][deep]["final_loss"] / results["resnet_bn"][deep]["final_loss"])
    return results


def draw_training_loss(results: dict) -> None:
    shallow, deep = DEPTHS
    panels = [
        ({"ja": "(a) BN あり", "en": "(a) with batch norm"}, "plain_bn", "resnet_bn"),
        ({"ja": "(b) 正規化なし・0 で初期化", "en": "(b) no normalization, zero init"}, "plain", "resnet_zero"),
    ]

    def series(key: str, depth: int, color: str, kind: dict) -> Series:
        curve = results[key][f"d{depth}"]["loss_curve"]
        return Series(
            {lang: f"{kind[lang]}{depth} {'層' if lang == 'ja' else 'layers'}" for lang in ("ja", "en")},
            curve["steps"], curve["mean"], color, "-" if depth == deep else "--",
            band=(curve["min"], curve["max"]),
        )

    plain_kind = {"ja": "プレーン ", "en": "plain, "}
    res_kind = {"ja": "残差 ", "en": "residual, "}

    def draw(axes, lang):
        for index, (ax, (title, plain_key, res_key)) in enumerate(zip(axes, panels, strict=True)):
            draw_lines(
                ax,
                [series(plain_key, shallow, COLORS[1], plain_kind), series(plain_key, deep, COLORS[1], plain_kind),
                 series(res_key, shallow, COLORS[0], res_kind), series(res_key, deep, COLORS[0], res_kind)],
                lang, title=title, logy=True, ylim=(3e-4, 4), xlim=(0, STEPS),
                xlabel={"ja": "学習ステップ（SGD）", "en": "training step (SGD)"},
                ylabel={"ja": "訓練損失（交差エントロピー）", "en": "training loss (cross-entropy)"}
                if index == 0 else None,
                legend="lower left" if index == 0 else None,
            )

    write_figure("residual-training-loss", draw, width=8.4, height=4.0, ncols=2)


def draw_grad_norms(results: dict) -> None:
    n_blocks = (GRAD_DEPTH - 2) // 2
    order = ("plain", "plain_bn", "resnet_bn", "resnet_zero", "resnet_he")

    def series(field: str, xs: list[int]) -> list[Series]:
        return [Series(GRAD_LABELS[key], xs, results[key]["init"][field], GRAD_COLORS[key],
                       "-" if SETUPS[key].residual else "--", marker="o") for key in order]

    hidden = series("hidden_grad_norms", list(range(n_blocks + 1)))
    blocks = series("block_grad_norms", list(range(1, n_blocks + 1)))

    def draw(axes, lang):
        draw_lines(
            axes[0], hidden, lang, logy=True, legend="upper right", ylim=(4e-3, 3e2),
            title={"ja": "(a) ブロック間の信号の勾配 ‖∂L/∂x‖", "en": "(a) signal between blocks, ‖∂L/∂x‖"},
            xlabel={"ja": f"ブロックの境目 l（0 = 入力側、{n_blocks} = 出力側）",
                    "en": f"between blocks, l (0 = input side, {n_blocks} = output side)"},
            ylabel={"ja": "勾配ノルム（対数目盛）", "en": "gradient norm (log scale)"},
        )
        draw_lines(
            axes[1], blocks, lang, logy=True, legend=None, ylim=(3e-2, 1e3),
            title={"ja": "(b) ブロックのパラメータの勾配", "en": "(b) each block's parameters"},
            xlabel={"ja": f"ブロックの番号（1 = 入力側、{n_blocks} = 出力側）",
                    "en": f"block (1 = input side, {n_blocks} = output side)"},
        )
        axes[0].set_xticks(range(0, n_blocks + 1, 3))
        axes[1].set_xticks(range(1, n_blocks + 1, 2))

    write_figure("residual-grad-norms", draw, width=8.4, height=4.2, ncols=2)


def main() -> None:
    torch.set_num_threads(1)
    started = time.perf_counter()
    results = run_experiment()
    write_data(DATA_NAME, results)
    draw_training_loss(results)
    draw_grad_norms(results)
    for key in TRAINED:
        for depth in DEPTHS:
            r = results[key][f"d{depth}"]
            print(f"{key:12s} {depth:2d} layers  final loss {r['final_loss']:.4f} "
                  f"[{r['final_loss_min']:.4f}, {r['final_loss_max']:.4f}]  train acc {r['train_acc']:.3f}  "
                  f"val acc {r['val_acc']:.3f}")
    for key in SETUPS:
        g = results[key]["init"]
        print(f"{key:12s} init: block ratio first/last {g['block_ratio_first_last']:.3g}  "
              f"hidden ratio {g['hidden_ratio_first_last']:.3g}  std growth {g['hidden_std_growth']:.3g}  "
              f"loss {g['initial_loss']:.3g}")
    print(f"residual: {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
