"""bn-deep-sigmoid: a ≥ 20-layer network whose only activation is the sigmoid, trained on digits.

1. Inspection of a fresh model (its own seed): one forward pass on the first PROBE training
   images with forward hooks on every nn.Linear (`min-linear-layers` counts the distinct ones the
   forward pass calls), and a backward pass of the projection loss for the per-layer gradient
   plot. Then one forward pass in training mode and one in evaluation mode under a
   TorchDispatchMode that records every ATen operator the model runs. Recording at the ATen
   level sees nn.ReLU, F.relu, torch.relu, Tensor.relu and relu_ alike (they all reach
   aten.relu), which attribute tripwires on a handful of Python names would not, and a module
   type census would miss the functional calls. `sigmoid-only` holds when none of the
   operators in OTHER_ACTIVATIONS ran (activations, piecewise functions such as clamp, maximum
   or masks, softmax) and aten.sigmoid ran at least MIN_SIGMOIDS times in the training-mode pass:
   a sigmoid after each hidden layer of a 20-layer net, so that "no activation at all" (a deep
   linear net with batch norm, which is a linear classifier in eval mode) does not pass either.
   Normalization (native batch/layer/group norm, or a hand-written one: mean, var, sqrt, div)
   and dropout are not activations and are allowed. A hand-written 1/(1+exp(-x)) does not count
   as a sigmoid; the hint says to use nn.Sigmoid or torch.sigmoid.
2. Training: a fresh model (seed `seed`), Adam (the same for everyone), STEPS minibatches of
   BATCH; validation accuracy in eval mode every EVAL_EVERY steps; `val-accuracy` is the best of
   them ("reaches 0.9 within the budget"); `finite`: every training loss was finite.

Calibration (CPU, torch.set_num_threads(1), 5 seeds; tests/grader/references/bn-deep-sigmoid):
see CALIBRATION below.
"""
from __future__ import annotations

from grader.exercises.base import Criterion, Exercise, Name, T
from grader.exercises.fix_vanishing_gradients import (
    activation_series,
    adam,
    grad_series,
    linear_trace,
    make_module,
    one_thread,
    reference_grad_series,
    train_and_evaluate,
)

MIN_LINEAR = 20
MIN_SIGMOIDS = MIN_LINEAR - 1
ACCURACY = 0.9
STEPS = 150
BATCH = 128
LR = 3e-3
EVAL_EVERY = 15
PROBE = 256

# ATen operator names (overload packets, trailing "_" of in-place variants removed) that are a
# nonlinearity other than the sigmoid.
OTHER_ACTIVATIONS = frozenset({
    "relu", "relu6", "tanh", "gelu", "silu", "elu", "celu", "selu", "leaky_relu", "prelu", "_prelu_kernel",
    "rrelu_with_noise", "hardtanh", "hardsigmoid", "hardswish", "mish", "softplus", "softshrink",
    "hardshrink", "log_sigmoid_forward", "threshold", "glu", "logit",
    "clamp", "clamp_min", "clamp_max", "maximum", "minimum", "fmax", "fmin", "max", "min", "where",
    "abs", "sign", "sgn", "heaviside", "gt", "lt", "ge", "le", "floor", "ceil", "round", "trunc",
    "erf", "erfc", "sin", "cos", "tan", "atan", "sinh", "cosh", "asinh", "log", "log1p", "log2", "expm1",
    "_softmax", "_log_softmax",
})

# CALIBRATION (2026-11-25, CPU, one thread, PyTorch 2.13; seeds 0-4 unless said otherwise).
# References: bn_before_sigmoid (Linear -> BN -> Sigmoid), bn_after_sigmoid (Linear -> Sigmoid
# -> BN), bn_functional (24 layers, width 96, torch.sigmoid in a custom forward, layers registered
# output-first). All: min-linear-layers 20/20/24, sigmoid-only true. Worst val-accuracy: 0.944,
# 0.940, 0.938 (≥ 0.9); seeds 5-14: ≥ 0.942, 0.927, 0.922, all pass.
# Failures, best value vs threshold on the criterion they fail:
#   starter (20-layer sigmoid, no normalization)  val-accuracy 0.102 on every seed (seeds 0-14)
#   fail_xavier_no_norm, fail_input_norm_only     val-accuracy 0.102
#   fail_layernorm (LayerNorm before sigmoid)     val-accuracy 0.102 on seeds 0-14: per-example
#       normalization leaves the offset shared by all examples, and the signal still fades
#   fail_relu_bn, fail_functional_tanh            sigmoid-only false (they train: 0.93–0.96)
#   fail_no_activation (Linear + BN only)         sigmoid-only false (0 sigmoids; trains to 0.94)
#   fail_fewer_layers (6 layers)                  min-linear-layers 6, sigmoid-only false (5)
# Procedure time per seed (one thread, quiet host): 0.45–0.53 s (width 64), 0.9 s (bn_functional).

# The reference shape for the per-layer plot: pass_bn_before_sigmoid.py (Linear -> BatchNorm1d ->
# Sigmoid) at seed 0, the weight-gradient norm of each nn.Linear at init, input side first.
REFERENCE_NORMS = (3.569, 3.2839, 3.5939, 3.3655, 3.6968, 3.4927, 3.3291, 3.1664, 3.2559, 3.022, 3.082, 2.7738,
                   2.5202, 2.5871, 2.5341, 2.2517, 2.4048, 2.0011, 1.6149, 4.6674)

EXERCISE = Exercise(
    slug="bn-deep-sigmoid",
    names=[Name("build_model", params=())],
    criteria=[
        Criterion(
            "min-linear-layers", ">=", MIN_LINEAR,
            message=T(ja="順伝播で使われる nn.Linear が 20 個以上ある",
                      en="The forward pass uses at least 20 nn.Linear layers"),
            hint=T(ja="層を減らすのは反則です。nn.Linear を 20 個以上残し、そのすべてを forward で使いましょう"
                      "（定義しただけで使わない層は数えません）。",
                   en="Removing layers does not count: keep at least 20 nn.Linear layers and use all of them in "
                      "forward (layers that are defined but never called are not counted)."),
        ),
        Criterion(
            "sigmoid-only", "true", True,
            message=T(ja="活性化関数がシグモイドだけで、順伝播で 19 回以上（20 層の各隠れ層に 1 回）使われている",
                      en="The sigmoid is the only activation, applied at least 19 times in the forward pass "
                         "(once per hidden layer of a 20-layer network)"),
            hint=T(ja="ReLU、tanh、GELU、clamp、softmax などは使わず、各隠れ層で nn.Sigmoid か torch.sigmoid を"
                      "使いましょう（自分で書いた 1/(1+exp(-x)) はシグモイドとして数えません）。"
                      "シグモイドを取り除くのも趣旨から外れます。"
                      "nn.BatchNorm1d などの正規化層は活性化関数ではないので、自由に加えてかまいません。",
                   en="Use no ReLU, tanh, GELU, clamp, softmax or the like, and apply nn.Sigmoid or torch.sigmoid in "
                      "every hidden layer (a hand-written 1/(1+exp(-x)) is not counted as a sigmoid). Removing the "
                      "sigmoids defeats the purpose too. Normalization layers such as nn.BatchNorm1d are not "
                      "activations: add as many as you like."),
        ),
        Criterion(
            "val-accuracy", ">=", ACCURACY,
            message=T(ja="決められた学習量のうちに到達した検証データの正解率（最高値、推論モード）",
                      en="The best validation accuracy reached within the training budget (in eval mode)"),
            hint=T(ja="各隠れ層の nn.Linear とシグモイドのあいだに nn.BatchNorm1d を入れてみましょう。"
                      "シグモイドへの入力が特徴ごとに 0 のまわりに保たれ、微分が 0.25 に近い領域で使われます。"
                      "nn.LayerNorm は例ごとに特徴をまたいで正規化するので、すべての例に共通するずれが残り、"
                      "この深さでは学習が進みません。",
                   en="Put an nn.BatchNorm1d between each hidden nn.Linear and its sigmoid: it keeps every feature's "
                      "sigmoid input centred near zero, where the derivative is close to 0.25. nn.LayerNorm "
                      "normalizes each example across its features, which leaves the offset shared by all examples "
                      "in place, and at this depth training stalls."),
        ),
        Criterion(
            "finite", "true", True,
            message=T(ja="学習中の損失に NaN や無限大が現れない",
                      en="No NaN or infinity appears in the training loss"),
            hint=T(ja="損失が発散しています。バッチ正規化の eps を 0 にしていないか、"
                      "重みを極端に大きな値で初期化していないかを確かめましょう。",
                   en="The loss diverged. Check that batch norm's eps is not 0 and that the weights are not "
                      "initialised to extreme values."),
        ),
    ],
    reference_series={"grad_norms": reference_grad_series(REFERENCE_NORMS)},
)


def _recorder():
    from torch.utils._python_dispatch import TorchDispatchMode

    class OperatorRecorder(TorchDispatchMode):
        """Counts the ATen operators run while active (names of overload packets)."""

        def __init__(self):
            super().__init__()
            self.counts: dict[str, int] = {}

        def __torch_dispatch__(self, func, types, args=(), kwargs=None):
            name = func.overloadpacket.__name__.rstrip("_") or func.overloadpacket.__name__
            self.counts[name] = self.counts.get(name, 0) + 1
            return func(*args, **(kwargs or {}))

    return OperatorRecorder()


def inventory(model, x, ctx) -> dict:
    """Operators of one training-mode and one eval-mode forward pass (no gradients)."""
    import torch

    counts = {}
    for training in (True, False):
        model.train(training)
        recorder = _recorder()
        with torch.no_grad(), recorder:
            ctx.call(model, x, where="forward")
        counts["train" if training else "eval"] = recorder.counts
    model.train()
    others = sorted({op for mode in counts.values() for op in mode if op in OTHER_ACTIVATIONS})
    sigmoids = counts["train"].get("sigmoid", 0)
    return {"sigmoid": sigmoids, "eval_sigmoid": counts["eval"].get("sigmoid", 0), "others": others}


def _adam(params):
    return adam(params, LR)


def procedure(learner, ctx, seed: int) -> dict:
    with one_thread():
        return _procedure(learner, ctx, seed)


def _procedure(learner, ctx, seed: int) -> dict:
    import torch

    from grader.harness.data import digits

    data = digits(ctx.torch_device())
    probe = data[0][:PROBE]

    init_seed = seed * 1000 + 17
    torch.manual_seed(init_seed)
    inspected = make_module(ctx, learner.build_model, where="build_model")
    inspected.train()
    names, norms, _ = linear_trace(inspected, probe, ctx, seed=init_seed)
    ops = inventory(inspected, probe, ctx)
    activations = activation_series(inspected, probe, ctx)
    sigmoid_only = not ops["others"] and min(ops["sigmoid"], ops["eval_sigmoid"]) >= MIN_SIGMOIDS

    torch.manual_seed(seed)
    model = make_module(ctx, learner.build_model, where="build_model")
    trained = train_and_evaluate(model, ctx, data, seed, steps=STEPS, batch=BATCH, make_optimizer=_adam,
                                 eval_every=EVAL_EVERY)
    return {
        "measurements": {
            "min-linear-layers": len(names),
            "sigmoid-only": sigmoid_only,
            "val-accuracy": trained["best"],
            "finite": trained["finite"],
        },
        "series": {
            "grad_norms": grad_series(names, norms),
            "loss": trained["loss"],
            "val_accuracy": trained["curve"],
            "activations": activations,
            "nonlinearities": {"sigmoid": ops["sigmoid"], "other": ops["others"]},
        },
    }
