"""fix-vanishing-gradients: the learner's deep model, its gradient flow at init, then training.

The learner process builds the model (`build_model()`, each time under a seed the judge names)
and traces its forward pass in training mode at the batch size BATCH and in evaluation mode at
the size of the validation split; it answers with those graphs and the initial weights of each
model (graded in the judge, see grader/harness/traced.py). The judge then:

1. Structure: `min-linear-layers` is the longest chain of Linear layers (matrix products with a
   2-D parameter) along the data path from the input to the logits, in every graph: layers side
   by side count once, declared but unused layers not at all.
2. Gradient flow at init: for each of INIT_SEEDS sets of initial weights, one forward pass of the
   training graph on the first BATCH training images and one backward pass of the projection
   loss; `grad-ratio` is ‖∂L/∂W_first‖ / ‖∂L/∂W_last‖ along that chain, both norms geometric
   means over the inits.
3. Training: the weights built under `seed`, trained by the judge through the graphs with SGD
   with momentum (the same for everyone), STEPS mini-batches of BATCH; validation accuracy in
   eval mode every EVAL_EVERY steps. `val-accuracy` is the best of those evaluations ("reaches
   0.9 within the budget"); `finite` is whether every training loss was finite.

Calibration (CPU, one thread, 5 seeds; tests/grader/references/fix-vanishing-gradients): see
CALIBRATION below the constants.
"""
from __future__ import annotations

from grader.exercises.base import Criterion, Exercise, T
from grader.harness.measure import reference_grad_series

MIN_LINEAR = 12
RATIO_MIN = 0.1
ACCURACY = 0.9
STEPS = 250
BATCH = 128
LR = 0.02
MOMENTUM = 0.9
EVAL_EVERY = 25
INIT_SEEDS = 3
PROBE = BATCH  # the gradient-flow probe runs the same training-mode graph as training
VAL = 450  # the validation split: evaluation runs it whole
SHAPES = ((True, BATCH), (False, VAL))  # (training mode, batch size) the learner process traces

# CALIBRATION (2026-11-25, CPU, one thread, PyTorch 2.13; seeds 0-4 unless said otherwise).
# References (pass_*): relu_he, batchnorm, residual (sigmoid kept, zero-init residual blocks),
# gelu_he, leaky_relu (He init with the leaky gain). Worst pass vs threshold:
#   min-linear-layers  12 for all (≥ 12)
#   grad-ratio         0.399 leaky_relu, 0.434 gelu_he, 0.435 relu_he, 0.86 residual, 7.45
#                      batchnorm (≥ 0.1: ≥ 4× margin; batch norm's ratio > 1 is the known growth at init)
#   val-accuracy       0.924 leaky_relu (seed 1), 0.944 relu_he and gelu_he, 0.949 residual,
#                      0.969 batchnorm (≥ 0.9); seeds 5-14: relu_he ≥ 0.927, gelu_he ≥ 0.931,
#                      leaky_relu ≥ 0.944, all 10 pass
# Failures, best value vs threshold on the criterion they fail:
#   starter (12-layer sigmoid)   grad-ratio ≤ 4.6e-10, val-accuracy 0.102 (chance)
#   fail_tanh                    grad-ratio ≤ 0.011, val-accuracy 0.102
#   fail_relu_default_init       grad-ratio ≤ 5.9e-4, val-accuracy 0.102 (as in the lesson)
#   fail_std_one (ReLU, std 1)   finite false on every seed (grad-ratio ≤ 0.090, accuracy 0)
#   fail_softmax_output          val-accuracy ≤ 0.851 (seeds 5-14: ≤ 0.827); its grad-ratio passes
#   fail_fewer_layers (3 layers) min-linear-layers 3; trains to 0.95–0.96 otherwise
#   fail_unused_layers           min-linear-layers 3 (12 declared, 3 called); 0.95–0.96 otherwise
# Procedure time per seed (one thread, quiet host): 0.34 s (ReLU MLPs) to 0.52 s (batch norm).

# The reference shape for the per-layer plot: pass_relu_he.py (ReLU + He init) at seed 0, the
# weight-gradient norm of each nn.Linear at init, input side first (geometric mean over the inits).
REFERENCE_NORMS = (1.2972, 1.2632, 1.305, 1.1322, 1.1492, 1.3592, 1.4156, 1.3531, 1.2812, 1.0791, 0.9624, 2.5501)


EXERCISE = Exercise(
    grading=T(ja="採点中：初期化直後の勾配の流れを測ってから、モデルを学習させています",
              en="Grading: measuring the gradient flow at initialization, then training your model"),
    slug="fix-vanishing-gradients",
    contract="""\
import torch
from torch import nn

def build_model() -> nn.Module: ...  # (N, 64) -> (N, 10) logits, at least 12 nn.Linear layers
""",
    criteria=[
        Criterion(
            "min-linear-layers", ">=", MIN_LINEAR,
            message=T(ja="入力から出力までの道筋に、nn.Linear が 12 個以上直列に並んでいる（最長の連なり）",
                      en="At least 12 nn.Linear layers in a row on the path from the input to the output "
                         "(the longest chain)"),
            hint=T(ja="層を減らして浅くするのは反則です。nn.Linear を 12 個以上、前の層の出力が次の層の入力に"
                      "なるように直列につなぎ、そのすべてを forward で使いましょう（定義しただけの層や、横に並べて"
                      "足し合わせた層は深さに数えません）。",
                   en="Making the network shallower does not count: chain at least 12 nn.Linear layers one after "
                      "another, each taking the previous one's output, and use all of them in forward (layers that "
                      "are only defined, or placed side by side and summed, do not add depth)."),
        ),
        Criterion(
            "grad-ratio", ">=", RATIO_MIN,
            message=T(ja="初期化直後の勾配ノルムの比 ‖∂L/∂W₁‖ / ‖∂L/∂Wₙ‖（W₁ は最初の、Wₙ は最後の nn.Linear の重み）",
                      en="At initialization, the gradient-norm ratio ‖∂L/∂W₁‖ / ‖∂L/∂Wₙ‖ of the first (W₁) "
                         "and the last (Wₙ) nn.Linear weights"),
            hint=T(ja="入力側の層に届く勾配が、出力側の層よりずっと小さくなっています。シグモイドの微分は最大 0.25 "
                      "なので、層を通るたびに勾配が縮みます。飽和しない活性化関数（ReLU の仲間）を、その関数に合った"
                      "初期値の尺度（第 4 回の He 初期化）と組み合わせるか、各隠れ層で信号を正規化するか、"
                      "勾配の近道になる残差接続を使いましょう。",
                   en="The layers near the input get a far smaller gradient than those near the output. The "
                      "sigmoid's derivative is at most 0.25, so the gradient shrinks at every layer. Use an activation "
                      "that does not saturate (the ReLU family) with an initial scale that suits it (He init, lesson "
                      "4), or normalize the signal in every hidden layer, or give the gradient a shortcut with "
                      "residual connections."),
        ),
        Criterion(
            "val-accuracy", ">=", ACCURACY,
            message=T(ja="決められた学習量のうちに到達した検証データの正解率（最高値）",
                      en="The best validation accuracy reached within the training budget"),
            hint=T(ja="勾配の比が十分でも正解率が低いなら、最後の nn.Linear の出力をそのままロジットとして返しているか"
                      "（後ろに活性化関数や softmax を付けていないか）を確かめましょう。"
                      "ReLU を既定の初期値のまま使うと、信号が層ごとに縮んで学習が進みません。",
                   en="If the gradient ratio is fine but the accuracy is low, check that you return the last "
                      "nn.Linear's output as the logits, with no activation or softmax after it. ReLU with the "
                      "default init lets the signal shrink layer by layer, and training stalls."),
        ),
        Criterion(
            "finite", "true", True,
            message=T(ja="学習中の損失に NaN や無限大が現れない",
                      en="No NaN or infinity appears in the training loss"),
            hint=T(ja="損失が発散しています。重みの初期値が大きすぎないかを確かめましょう。標準偏差 1 のような"
                      "固定の尺度は、層を重ねるたびに信号を大きくして爆発させます。尺度は各層の入力の数（fan_in）"
                      "から決めます。",
                   en="The loss diverged. Check that the initial weights are not too large: a fixed scale such as a "
                      "std of 1 grows the signal at every layer until it explodes. Derive the scale from each "
                      "layer's number of inputs (fan_in)."),
        ),
    ],
    reference_series={"grad_norms": reference_grad_series(REFERENCE_NORMS)},
)


# ---------------------------------------------------------------- the learner process


def _models(learner, seeds):
    from grader.harness.traced import model_answer

    return model_answer(learner.build_model, seeds, SHAPES, 64)


LEARNER_OPS = {"models": _models}


# ---------------------------------------------------------------- the judge


def _sgd(params):
    import torch

    return torch.optim.SGD([p for p in params if p.requires_grad], lr=LR, momentum=MOMENTUM)


def judge(peer, ctx, seed: int) -> dict:
    from grader.harness.measure import one_thread

    with one_thread():
        return _judge(peer, ctx, seed)


def _judge(peer, ctx, seed: int) -> dict:
    import torch

    from grader.harness.data import digits
    from grader.harness.measure import grad_series, gradient_flow, graph_activation_series, train_and_evaluate
    from grader.harness.traced import receive

    data = digits(ctx.torch_device())
    probe = data[0][:PROBE]
    init_seeds = [seed * 1000 + 17 + k for k in range(INIT_SEEDS)]
    traced = receive(peer.call("models", seeds=[*init_seeds, seed]), seeds=INIT_SEEDS + 1, shapes=SHAPES,
                     width=64, device=ctx.device)
    flow = gradient_flow(traced, probe, init_seeds)
    activations = graph_activation_series(traced.model(0), probe)
    torch.manual_seed(seed)  # a graph's own randomness (dropout) draws the same here and in run_local
    trained = train_and_evaluate(traced.model(INIT_SEEDS), ctx, data, seed, steps=STEPS, batch=BATCH,
                                 make_optimizer=_sgd, eval_every=EVAL_EVERY)
    return {
        "measurements": {
            "min-linear-layers": flow["depth"],
            "grad-ratio": flow["ratio"],
            "val-accuracy": trained["best"],
            "finite": trained["finite"],
        },
        "series": {
            "grad_norms": grad_series(flow["names"], flow["norms"]),
            "loss": trained["loss"],
            "val_accuracy": trained["curve"],
            "activations": activations,
        },
    }


def try_it(peer, ctx) -> dict:
    """The Try button: the model's per-Linear weight-gradient norms at init, measured as a grading
    at seed 0 measures them (the same initial weights, probe batch and projection loss), beside the
    reference shape; no training."""
    from grader.harness.measure import one_thread, try_gradient_flow

    with one_thread():
        return try_gradient_flow(peer, ctx, init_seeds=[17 + k for k in range(INIT_SEEDS)], shapes=SHAPES,
                                 probe=PROBE, reference=EXERCISE.reference_series["grad_norms"])
