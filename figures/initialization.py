"""Lesson 4 (initialization): how the initial weight scale moves the signal through depth.

Deep MLPs (hidden width `WIDTH`, no normalization) get one forward and one backward pass at
initialization on a fixed batch of scikit-learn's 8×8 digits (pixels scaled to [0, 1]), in
float64 so that the failing set-ups stay finite and readable. For every hidden layer we record

- `std`: the standard deviation of all its activations (over examples and units), the quantity
  that the variance analysis of Glorot & Bengio (2010) and He et al. (2015) predicts;
- `spread`: how much the activations still depend on the input: the standard deviation across
  the examples, per unit, root-mean-squared over the units (biases and constant offsets do not
  count here);
- `grad`: the norm of the gradient of the cross-entropy loss with respect to the layer's
  pre-activations, ‖∂L/∂z_k‖ (the error signal δ_k of lesson 1).

Set-ups: sigmoid, tanh and ReLU with PyTorch's default init (weights and biases as nn.Linear
leaves them), Xavier (xavier_normal_, gain 1, zero biases) and He (kaiming_normal_, fan-in,
ReLU gain, zero biases); plus, for the lesson's discussion, Xavier with the tanh gain 5/3 and
the fixed standard deviations 1 and 0.01. Every quantity is a geometric mean over `SEEDS`
(`EXPLORER_SEEDS` for the explorer's grid).

Also: per-layer activation histograms, the precomputed grid for the lesson's interactive
explorer (every depth in EXPLORER_DEPTHS, 9 combinations), and a small training run that shows
what all-equal initial weights do (the symmetry is never broken).

Writes `lessons/content/figures/initialization.json` and the figures `initialization-std-by-layer`,
`initialization-histograms-tanh`, `initialization-histograms-relu` and `initialization-explorer`
(the explorer's static fallback). Run with `python -m figures initialization`.
"""
from __future__ import annotations

import math
import time

import numpy as np
import torch
from torch import nn

from figures.svgplot import (
    COLORS,
    INK,
    MUTED,
    STYLE,
    Series,
    draw_lines,
    text,
    write_data,
    write_figure,
)
from figures.vanishing import load_data

DATA_NAME = "initialization"
WIDTH = 128
DEPTH = 30  # hidden layers (Linear + activation) in the main experiment; one output Linear on top
BATCH = 128
SEEDS = (0, 1, 2, 3, 4)
EXPLORER_SEEDS = (0, 1, 2)
EXPLORER_DEPTHS = tuple(range(5, 51, 5))
HIST_LAYERS = (1, 10, 20, 30)

ACTIVATIONS = {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": torch.relu}
ACT_LABELS = {
    "sigmoid": {"ja": "シグモイド", "en": "sigmoid"},
    "tanh": {"ja": "tanh", "en": "tanh"},
    "relu": {"ja": "ReLU", "en": "ReLU"},
}
INIT_LABELS = {
    "default": {"ja": "PyTorch の既定", "en": "PyTorch default"},
    "xavier": {"ja": "Xavier", "en": "Xavier"},
    "he": {"ja": "He", "en": "He"},
    "xavier_tanh": {"ja": "Xavier × 5/3", "en": "Xavier × 5/3"},
    "std1": {"ja": "標準偏差 1", "en": "std 1"},
    "std001": {"ja": "標準偏差 0.01", "en": "std 0.01"},
}
INIT_COLORS = {
    "default": "#59636e", "xavier": COLORS[1], "he": COLORS[0], "xavier_tanh": COLORS[2],
    "std1": COLORS[3], "std001": COLORS[4],
}
INIT_STYLES = {"default": "--", "xavier": "-", "he": "-", "xavier_tanh": "-.", "std1": ":", "std001": ":"}
MAIN_SETUPS = {
    "sigmoid": ("default", "xavier", "he"),
    "tanh": ("default", "xavier", "he", "xavier_tanh", "std1", "std001"),
    "relu": ("default", "xavier", "he", "xavier_tanh", "std1", "std001"),
}
EXPLORER_INITS = ("default", "xavier", "he")
FIXED_STDS = {"std1": 1.0, "std001": 0.01}  # no dots in the keys: they are paths in the data file


def init_layer(layer: nn.Linear, init: str) -> None:
    """Re-initialise one layer in place; 'default' keeps what nn.Linear drew."""
    if init == "default":
        return
    with torch.no_grad():
        if init == "xavier":
            nn.init.xavier_normal_(layer.weight)
        elif init == "xavier_tanh":
            nn.init.xavier_normal_(layer.weight, gain=nn.init.calculate_gain("tanh"))
        elif init == "he":
            nn.init.kaiming_normal_(layer.weight, mode="fan_in", nonlinearity="relu")
        elif init in FIXED_STDS:
            nn.init.normal_(layer.weight, std=FIXED_STDS[init])
        else:
            raise ValueError(init)
        nn.init.zeros_(layer.bias)


def build(init: str, depth: int, seed: int) -> list[nn.Linear]:
    """`depth` hidden Linear layers (64 → WIDTH → … → WIDTH), then the output layer (→ 10).

    Each layer is initialised right after it is created, so that the first k hidden layers of a
    deeper net are exactly those of a shallower one with the same seed.
    """
    torch.manual_seed(seed)
    layers, fan_in = [], 64
    for _ in range(depth):
        layer = nn.Linear(fan_in, WIDTH).double()
        init_layer(layer, init)
        layers.append(layer)
        fan_in = WIDTH
    output = nn.Linear(fan_in, 10).double()
    init_layer(output, init)
    return [*layers, output]


def measure(layers: list[nn.Linear], activation: str, x: torch.Tensor, y: torch.Tensor,
            keep: tuple[int, ...] = ()) -> dict:
    """One forward and backward pass: per hidden layer std, spread, ‖∂L/∂z‖ (and kept values)."""
    act = ACTIVATIONS[activation]
    h, pre, std, spread, kept = x, [], [], [], {}
    for index, layer in enumerate(layers[:-1], 1):
        z = layer(h)
        z.retain_grad()
        pre.append(z)
        h = act(z)
        values = h.detach()
        std.append(values.std().item())
        spread.append(values.std(dim=0).pow(2).mean().sqrt().item())
        if index in keep:
            kept[index] = values.flatten().numpy().copy()
    loss = nn.functional.cross_entropy(layers[-1](h), y)
    loss.backward()
    grad = [z.grad.norm().item() for z in pre]
    return {"std": std, "spread": spread, "grad": grad, "kept": kept}


def geo(values) -> float:
    values = [max(v, 1e-300) for v in values]
    return float(math.exp(np.mean(np.log(values))))


def per_layer(runs: list[list[float]]) -> list[float]:
    """Geometric mean over seeds, layer by layer."""
    return [geo(layer) for layer in zip(*runs, strict=True)]


def summarize(runs: list[dict]) -> dict:
    std, spread, grad = (per_layer([r[key] for r in runs]) for key in ("std", "spread", "grad"))
    steps = len(std) - 1
    std_ratios = [r["std"][-1] / r["std"][0] for r in runs]
    std_ratio = geo(std_ratios)
    spread_ratio = geo([r["spread"][-1] / r["spread"][0] for r in runs])
    grad_ratio = geo([r["grad"][0] / r["grad"][-1] for r in runs])  # first over last
    return {
        "std_first": std[0], "std_last": std[-1],
        "std_ratio": std_ratio, "std_ratio_min": min(std_ratios), "std_ratio_max": max(std_ratios),
        # per hidden layer, from the first hidden layer to the last
        "std_per_layer": std_ratio ** (1 / steps),
        "var_per_layer": std_ratio ** (2 / steps),
        "spread_ratio": spread_ratio, "spread_per_layer": spread_ratio ** (1 / steps),
        "grad_ratio": grad_ratio,
        # growth of ‖∂L/∂z‖ per layer going back towards the input
        "grad_per_layer": grad_ratio ** (1 / steps),
        "std": std, "spread": spread, "grad": grad,
    }


def main_experiment(x, y) -> tuple[dict, dict]:
    results, histograms = {}, {}
    for activation, inits in MAIN_SETUPS.items():
        results[activation] = {}
        for init in inits:
            runs = []
            for seed in SEEDS:
                keep = HIST_LAYERS if seed == SEEDS[0] else ()
                run = measure(build(init, DEPTH, seed), activation, x, y, keep)
                if keep:
                    histograms[(activation, init)] = run.pop("kept")
                runs.append(run)
            results[activation][init] = summarize(runs)
    return results, histograms


def explorer_grid(x, y) -> dict:
    """Per-layer std, spread and ‖∂L/∂z‖ for every depth offered, 9 combinations."""
    grid = {}
    for activation in ACTIVATIONS:
        grid[activation] = {}
        for init in EXPLORER_INITS:
            by_depth = {depth: [measure(build(init, depth, seed), activation, x, y) for seed in EXPLORER_SEEDS]
                        for depth in EXPLORER_DEPTHS}
            deepest = by_depth[EXPLORER_DEPTHS[-1]]
            for depth, runs in by_depth.items():  # the forward pass of depth k is a prefix of the deepest
                for run, deep in zip(runs, deepest, strict=True):
                    assert run["std"] == deep["std"][:depth], (activation, init, depth)
            grid[activation][init] = {
                "std": per_layer([r["std"] for r in deepest]),
                "spread": per_layer([r["spread"] for r in deepest]),
                "grad": {str(depth): per_layer([r["grad"] for r in runs]) for depth, runs in by_depth.items()},
            }
    return {"depths": list(EXPLORER_DEPTHS), "width": WIDTH, "grid": grid}


def symmetry_experiment() -> dict:
    """A small ReLU MLP trained from all-equal weights, from zeros, and from He init."""
    x_train, y_train, x_val, y_val = load_data()
    steps, lr, batch = 400, 0.1, 64
    out = {"steps": steps, "learning_rate": lr, "batch_size": batch, "hidden": [32, 32]}
    for name in ("constant", "zeros", "he"):
        torch.manual_seed(0)
        model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 32), nn.ReLU(), nn.Linear(32, 10))
        with torch.no_grad():
            for layer in model:
                if isinstance(layer, nn.Linear):
                    if name == "constant":
                        nn.init.constant_(layer.weight, 0.1)
                    elif name == "zeros":
                        nn.init.zeros_(layer.weight)
                    else:
                        nn.init.kaiming_normal_(layer.weight, nonlinearity="relu")
                    nn.init.zeros_(layer.bias)
        optimizer = torch.optim.SGD(model.parameters(), lr=lr)
        gen = torch.Generator().manual_seed(0)
        for _ in range(steps):
            index = torch.randint(len(x_train), (batch,), generator=gen)
            loss = nn.functional.cross_entropy(model(x_train[index]), y_train[index])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        with torch.no_grad():
            acc = (model(x_val).argmax(1) == y_val).float().mean().item()
            hidden = [model[0].weight, model[2].weight]
            # the largest difference between two units (rows) of the same hidden layer
            row_gap = max((w - w[0:1]).abs().max().item() for w in hidden)
            distinct = [len({tuple(row) for row in w.tolist()}) for w in hidden]
        out[name] = {"val_acc": acc, "row_gap": row_gap, "distinct_units_min": min(distinct)}
    return out


def draw_std_by_layer(results: dict) -> None:
    layers = list(range(1, DEPTH + 1))

    def series(activation):
        return [Series(INIT_LABELS[init], layers, [s / results[activation][init]["std"][0]
                                                   for s in results[activation][init]["std"]],
                       INIT_COLORS[init], INIT_STYLES[init])
                for init in ("default", "xavier", "he", "xavier_tanh")]

    def draw(axes, lang):
        for ax, activation in zip(axes, ("relu", "tanh"), strict=True):
            draw_lines(
                ax, series(activation), lang, logy=True, legend="lower left",
                title={"ja": f"{text(ACT_LABELS[activation], 'ja')}（幅 {WIDTH}、{DEPTH} 層）",
                       "en": f"{text(ACT_LABELS[activation], 'en')} (width {WIDTH}, {DEPTH} layers)"},
                xlabel={"ja": "隠れ層の番号", "en": "hidden layer"},
                ylabel={"ja": "活性化の標準偏差（第 1 層 = 1）", "en": "activation std (layer 1 = 1)"}
                if activation == "relu" else None,
                ylim=(1e-6, 300), xlim=(1, DEPTH),
            )

    write_figure("initialization-std-by-layer", draw, width=7.6, height=3.9, ncols=2)


def draw_histograms(name: str, activation: str, inits: tuple[str, ...], histograms: dict) -> None:
    """Ridgeline histograms: one panel per init, one row per hidden layer (layer 1 at the top)."""
    color = COLORS[0] if activation == "relu" else COLORS[1]

    def draw(axes, lang):
        import matplotlib.pyplot as plt

        with plt.rc_context(STYLE):
            for ax, init in zip(axes, inits, strict=True):
                values = histograms[(activation, init)]
                if activation == "tanh":
                    edges = np.linspace(-1, 1, 41)
                else:  # ReLU: the zeros (about half of the values) are left out
                    top = max(np.quantile(values[layer][values[layer] > 0], 0.99) for layer in HIST_LAYERS)
                    edges = np.linspace(0, top, 41)
                for row, layer in enumerate(HIST_LAYERS):
                    v = values[layer]
                    if activation == "relu":
                        v = v[v > 0]
                    counts, _ = np.histogram(v, bins=edges)  # values beyond the range are left out
                    heights = counts / max(counts.max(), 1) * 0.85
                    base = len(HIST_LAYERS) - 1 - row
                    ax.stairs(base + heights, edges, baseline=base, fill=True, color=color, alpha=0.55)
                    ax.stairs(base + heights, edges, baseline=base, color=color, linewidth=1.0)
                ax.set_yticks(range(len(HIST_LAYERS)),
                              [text({"ja": f"第 {n} 層", "en": f"layer {n}"}, lang) for n in reversed(HIST_LAYERS)])
                ax.set_ylim(-0.1, len(HIST_LAYERS))
                ax.set_xlim(edges[0], edges[-1])
                ax.grid(axis="y", visible=False)
                ax.tick_params(axis="y", length=0)
                ax.set_title(text(INIT_LABELS[init], lang), loc="left", color=INK)
                if activation == "tanh":
                    ax.set_xticks([-1, 0, 1], ["−1", "0", "1"])
                else:
                    ax.set_xticks([0, round(edges[-1] / 2, 1)])
                ax.set_xlabel(text({"ja": "活性化の値", "en": "activation value"}, lang), color=MUTED)
                if ax.get_subplotspec().colspan.start > 0:  # side by side: the left panel's labels serve
                    ax.set_yticklabels([])

    write_figure(name, draw, width=7.6, height=3.6, ncols=len(inits))


def draw_explorer_fallback(explorer: dict, activation: str, init: str, depth: int) -> None:
    run = explorer["grid"][activation][init]
    layers = list(range(1, depth + 1))

    def draw(axes, lang):
        draw_lines(axes[0], [
            Series({"ja": "全体の標準偏差", "en": "std of all values"}, layers, run["std"][:depth], COLORS[0]),
            Series({"ja": "入力による違い", "en": "spread across inputs"}, layers, run["spread"][:depth],
                   COLORS[0], "--"),
        ], lang, logy=True, legend="lower left", xlabel={"ja": "隠れ層の番号", "en": "hidden layer"},
            title={"ja": "活性化の標準偏差", "en": "activation std"}, xlim=(1, depth))
        draw_lines(axes[1], [
            Series({"ja": "‖∂L/∂z‖", "en": "‖∂L/∂z‖"}, layers, run["grad"][str(depth)], COLORS[1], marker="o"),
        ], lang, logy=True, legend=None, xlabel={"ja": "隠れ層の番号", "en": "hidden layer"},
            title={"ja": "勾配ノルム ‖∂L/∂z‖", "en": "gradient norm ‖∂L/∂z‖"}, xlim=(1, depth))

    write_figure("initialization-explorer", draw, width=7.6, height=3.4, ncols=2)


def main() -> None:
    torch.set_num_threads(1)
    started = time.perf_counter()
    x_train, y_train, _, _ = load_data()
    x, y = x_train[:BATCH].double(), y_train[:BATCH]
    results, histograms = main_experiment(x, y)
    explorer = explorer_grid(x, y)
    symmetry = symmetry_experiment()
    theory = {
        "default_var_factor": 1 / 3, "default_std_factor": math.sqrt(1 / 3),
        "xavier_relu_var_factor": 0.5, "xavier_relu_std_factor": math.sqrt(0.5),
        "default_relu_std_factor": math.sqrt(1 / 6), "std1_relu_factor": math.sqrt(WIDTH / 2),
        "std001_relu_factor": math.sqrt(WIDTH * 1e-4 / 2),
    }
    data = {
        "config": {"width": WIDTH, "depth": DEPTH, "batch": BATCH, "seeds": len(SEEDS),
                   "explorer_seeds": len(EXPLORER_SEEDS), "steps_between": DEPTH - 1,
                   "explorer_max_depth": EXPLORER_DEPTHS[-1]},
        "theory": theory,
        "main": results,
        "symmetry": symmetry,
        "explorer": explorer,
    }
    write_data(DATA_NAME, data)
    draw_std_by_layer(results)
    draw_histograms("initialization-histograms-tanh", "tanh", ("default", "xavier", "std1"), histograms)
    draw_histograms("initialization-histograms-relu", "relu", ("default", "xavier", "he"), histograms)
    draw_explorer_fallback(explorer, "relu", "xavier", 30)
    for activation, inits in results.items():
        for init, r in inits.items():
            print(f"{activation:8s} {init:12s} std ×{r['std_per_layer']:.3f}/layer (var ×{r['var_per_layer']:.3f}) "
                  f"30/1 {r['std_ratio']:.2e} spread ×{r['spread_per_layer']:.3f}  grad ×{r['grad_per_layer']:.3f}")
    print({k: v for k, v in symmetry.items()})
    print(f"initialization: {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
