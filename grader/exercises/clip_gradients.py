"""clip-gradients: the learner's training step must clip by global norm before the update.

The setup is deliberately explosive: an 8-layer ReLU MLP on digits whose weights are drawn
1.5× wider than He init, so activations grow ≈ 1.5× per layer and the gradient norm at init is
≈ 75–130, some 150–260 × max_norm = 0.5; plain SGD at lr 1.0 without clipping reaches NaN
within 4 steps. Even after training the unclipped norm stays ≈ 5–6, so clipping acts at every
step and a clip that bends or mis-scales the gradient is seen at every step.

The learner process builds that MLP (`networks.relu_mlp`), loads the initial weights the judge drew
under the seed, makes `SGD(lr=LR)` (no momentum, so the update is exactly lr × the gradient the
optimizer read) and, for each of the judge's STEPS batches, runs the learner's `train_step` and
answers with the returned loss and the weights after the step. The judge holds the weights
before the step (the previous answer), computes there itself the unclipped gradient g of the
same batch, and recovers the gradient the step applied as (before − after) / LR in float64:

  norm-bound      ‖g_used‖₂ / min(‖g‖₂, max_norm), the step farthest from 1 (by factor): clipping
                  by the global L2 norm rescales to exactly that, so a too-long step (no clip, a
                  wrong max_norm, per-parameter or infinity-norm clipping) and a too-short one
                  (an L1 norm, clipping harder than asked) both fail
  direction-kept  the lowest cosine between g_used and g over the steps
  finite-loss     every returned loss is a finite number, and so are the judge's own batch losses
                  and the weights after each step (the judge stops at non-finite weights)
  loss-falls      the judge's training-set loss at the learner's final weights / at the start

The judge continues each step from the weights the learner returned. Calibration below the
constants.
"""
from __future__ import annotations

from grader.exercises.base import Criterion, Exercise, T
from grader.harness.networks import relu_mlp

DEPTH = 8  # nn.Linear layers
WIDTH = 64
GAIN = 1.5  # × He-normal std: the forward signal grows ≈ 1.5× per layer
LR = 1.0
MAX_NORM = 0.5  # the middle of the range each step's max_norm is drawn from
MAX_NORM_RANGE = (0.3, 0.7)  # drawn per step from the judge's own randomness: never a constant to copy
STEPS = 60
BATCH = 128
NORM_BAND = (0.999, 1.001)  # the applied norm / min(‖g‖, max_norm): clipping rescales to exactly that

# CALIBRATION (2026-11-26, CPU, one thread, PyTorch 2.13; seeds 0-4; tests/grader/references/clip-gradients).
# References: pass_clip_grad_norm (clip_grad_norm_), pass_manual_global_norm. Worst pass vs threshold:
#   norm-bound      0.99999955 (the 1e-6 in max_norm / (‖g‖ + 1e-6)), band [0.999, 1.001]
#   direction-kept  1.0 to 8 digits (≥ 0.999)
#   finite-loss     true on every seed
#   loss-falls      0.021–0.044 (≤ 0.5)
# Failures, value on the criteria they fail:
#   starter, fail_clip_after_step  finite-loss false (NaN within 4 steps); norm-bound 6.8e8–3.5e32
#   fail_clip_by_value             norm-bound 74–80, direction-kept 0.32–0.42
#   fail_per_parameter_norm        norm-bound 4.0 (√16 parameters, each at max_norm), direction-kept 0.70–0.75
#   fail_inf_norm_type             norm-bound 8.1–11.5
#   fail_l1_norm_type              norm-bound 0.0113–0.0129 (passed the old one-sided bound)
#   fail_fixed_max_norm (1.0)      norm-bound 2.0 with max_norm 0.5 (now 1.4–3.3: max_norm is drawn per step
#                                  in [0.3, 0.7]; a copied 0.5 misses it too, norm-bound ≈ 1.6)
#   fail_no_zero_grad              direction-kept 0.973–0.983 (its norm-bound passes: the sum is clipped)
# Every failure that clips at all still trains (loss-falls 0.019–0.31): they fail on the gradient
# criteria, which is the point of the exercise.
# Judging time per seed (one thread): ≈ 0.25–0.30 s CPU (60 round trips of the weights).

EXERCISE = Exercise(
    grading=T(ja="採点中：あなたの学習ステップ（勾配クリッピング付き）で学習させています",
              en="Grading: training with your clipped training step"),
    slug="clip-gradients",
    traces=False,
    contract="""\
import torch
from torch import nn

def train_step(model, x, y, optimizer, max_norm: float) -> float: ...
""",
    criteria=[
        Criterion(
            "norm-bound", "between", NORM_BAND,
            message=T(ja="各ステップで実際に使われた勾配の L2 ノルムが、max_norm でクリップしたときの値 "
                         "min(‖g‖, max_norm) の何倍か（1 から最も離れたステップ）",
                      en="The L2 norm of the gradient each step actually applied, as a multiple of what "
                         "clipping to max_norm gives, min(‖g‖, max_norm) (the step farthest from 1)"),
            hint=T(ja="1 より大きければクリップが効いていないか弱すぎ、1 より小さければ縮めすぎです（0 なら更新が"
                      "行われていません）。"
                      "逆伝播のあと、更新の前に、渡された max_norm を上限としてクリップしましょう。"
                      "測るのは全パラメータの勾配をまとめた 1 本のベクトルの L2 ノルムです"
                      "（パラメータごとのノルムや、L2 以外のノルムではありません）。"
                      "ノルムがもともと max_norm 以下なら、勾配はそのままにします。",
                   en="Above 1, the clipping does not act or is too weak; below 1, it shrinks the step too "
                      "much (0: no update was made at all). Clip after the backward pass and before the update, "
                      "with the max_norm you are given as the limit, measuring one L2 norm over all gradients "
                      "together (not one per parameter, not another kind of norm). A gradient whose norm is "
                      "already within max_norm stays as it is."),
            unit="× min(‖g‖, max_norm)",
        ),
        Criterion(
            "direction-kept", ">=", 0.999,
            message=T(ja="クリップ後の勾配とクリップ前の勾配のコサイン類似度（全ステップの最小値）",
                      en="Cosine similarity between the clipped and the unclipped gradient (lowest over all steps)"),
            hint=T(ja="更新に使われた勾配の向きが、このバッチの本来の勾配からずれています。要素ごとに値を切り詰めたり、"
                      "パラメータごとに別々の係数で縮めたりすると向きが変わります。すべての勾配に同じ 1 つの係数を"
                      "掛けて、長さだけを変えましょう。前のステップの勾配が残っていても向きがずれるので、"
                      "毎ステップ勾配をゼロに戻してから逆伝播します。",
                   en="The gradient the update used points away from this batch's own gradient. Clamping "
                      "element by element, or shrinking each parameter by its own factor, turns it. Scale every "
                      "gradient by one and the same factor, so that only the length changes. Gradients left "
                      "over from an earlier step turn it too: reset them to zero every step before the "
                      "backward pass."),
        ),
        Criterion(
            "finite-loss", "true", True,
            message=T(ja="損失がすべて有限の数値である（train_step が返した損失と、各ステップ後の重みでの損失）",
                      en="Every loss is a finite number (the losses train_step returns and the loss at the "
                         "weights after each step)"),
            hint=T(ja="損失が inf や NaN になるのは、クリップが効かずに重みが発散したときです。train_step は、"
                      "そのステップの損失を Python の数値として返しましょう。",
                   en="The loss becomes inf or NaN when the clipping does not act and the weights blow up. "
                      "train_step must also return this step's loss as a Python number."),
        ),
        Criterion(
            "loss-falls", "<=", 0.5,
            message=T(ja="学習後の訓練データ全体の損失が、学習前の何倍か",
                      en="Loss on the whole training set after training, relative to before"),
            hint=T(ja="訓練データの損失が十分に下がっていません。1 回の呼び出しで、このバッチの勾配による更新を"
                      "ちょうど 1 回行っているか確かめましょう。勾配をゼロに戻す・順伝播・損失・逆伝播・クリップ・"
                      "更新を、この順に 1 回ずつです。",
                   en="The training loss does not fall far enough. Check that each call makes exactly one update "
                      "from this batch's gradient: reset the gradients, then forward pass, loss, backward pass, "
                      "clip and update, once each, in that order."),
            unit="×",
        ),
    ],
)


# ---------------------------------------------------------------- the learner process

_SESSION: dict = {}  # the learner process's model and optimizer, from "start" to the last "step"


def _start(learner, state):
    """Build the explosive MLP, load the judge's initial weights, make the plain SGD optimizer."""
    import torch

    model = relu_mlp(DEPTH, WIDTH, GAIN)
    params = list(model.parameters())
    if not isinstance(state, list) or len(state) != len(params):
        raise ValueError("start: the initial weights do not fit the model")
    with torch.no_grad():
        for param, value in zip(params, state, strict=True):
            param.copy_(value)
    _SESSION.clear()
    _SESSION.update(model=model, optimizer=torch.optim.SGD(model.parameters(), lr=LR))


def _loss_value(value):
    """The returned loss as a float (a Python number or a one-element tensor), else None."""
    import numbers

    import torch

    if isinstance(value, bool):
        return None
    if isinstance(value, numbers.Real) or (isinstance(value, torch.Tensor) and value.numel() == 1):
        try:
            return float(value.detach() if isinstance(value, torch.Tensor) else value)
        except (TypeError, ValueError, RuntimeError, OverflowError):
            return None
    return None


def _step(learner, x, y, max_norm):
    """One call of the learner's train_step on the judge's batch: its loss and the weights after it."""
    from grader.harness.context import LearnerError

    model, optimizer = _SESSION["model"], _SESSION["optimizer"]
    try:
        value = learner.train_step(model, x, y, optimizer, float(max_norm))
    except Exception as exc:  # noqa: BLE001 - the learner's exception, reported as train_step's
        raise LearnerError(exc, "train_step") from None
    return {"loss": _loss_value(value), "params": [p.detach().clone() for p in model.parameters()]}


LEARNER_OPS = {"start": _start, "step": _step}


# ---------------------------------------------------------------- the judge


def _flat(tensors):
    """The tensors as one float64 vector."""
    import torch

    return torch.cat([t.detach().reshape(-1).double() for t in tensors])


def _received(answer, shapes, device):
    """The checked answer of one "step": (loss or None, the parameters after the step)."""
    import torch

    from grader.harness.peer import expect_dict, expect_list, expect_number, expect_tensor, learner_error

    answer = expect_dict(answer, "step")
    loss = answer.get("loss")
    loss = None if loss is None else expect_number(loss, "step: loss")
    values = expect_list(answer.get("params"), "step: parameters", length=len(shapes))
    params = []
    for i, (value, shape) in enumerate(zip(values, shapes, strict=True)):
        value = expect_tensor(value, f"step: parameter {i}")
        if tuple(value.shape) != shape or value.dtype != torch.float32:
            raise learner_error(f"train_step must update the model's parameters in place: after it, parameter {i} "
                                f"is a {str(value.dtype).removeprefix('torch.')} tensor of shape "
                                f"{tuple(value.shape)}, not float32 of shape {shape}", "train_step")
        params.append(value.to(device))
    return loss, params


def _worst(ratios: list[float]) -> float | None:
    """The ratio farthest from 1 (by factor: a step too long and one too short count alike). A step
    whose weights are no longer finite (inf) is reported only when no finite step already fails."""
    import math

    def distance(ratio: float) -> float:
        return abs(math.log(ratio)) if 0 < ratio < math.inf else math.inf

    finite = [r for r in ratios if r < math.inf]
    if finite and (len(finite) == len(ratios) or not NORM_BAND[0] <= max(finite, key=distance) <= NORM_BAND[1]):
        return max(finite, key=distance)
    return math.inf if ratios else None


def judge(peer, ctx, seed: int) -> dict:
    from grader.harness.measure import one_thread

    with one_thread():
        return _judge(peer, ctx, seed)


def _judge(peer, ctx, seed: int) -> dict:
    import math
    import random

    import torch
    import torch.nn.functional as F

    from grader.harness.data import digits
    from grader.harness.measure import loss_curve, weight_grad_norms

    device = ctx.torch_device()
    x_train, y_train, _, _ = digits(device)
    torch.manual_seed(seed)
    model = relu_mlp(DEPTH, WIDTH, GAIN).to(device)
    init_norms = weight_grad_norms(model, x_train[:256], seed=seed)
    params = list(model.parameters())
    shapes = [tuple(p.shape) for p in params]

    def train_loss() -> float:
        with torch.no_grad():
            return float(F.cross_entropy(model(x_train), y_train))

    loss_before = train_loss()
    peer.call("start", state=[p.detach().cpu() for p in params])
    gen = torch.Generator(device="cpu").manual_seed(seed)
    # A max_norm per step that the learner's code cannot know in advance: a train_step that
    # ignores its argument (and clips to a copied constant) misses the target.
    draw = random.SystemRandom()
    losses, norm_curve, ratios, cosines, finite, weights_finite = [], [], [], [], True, True
    for step in range(1, STEPS + 1):
        idx = torch.randint(0, len(x_train), (BATCH,), generator=gen).to(device)
        x, y = x_train[idx], y_train[idx]
        loss = F.cross_entropy(model(x), y)
        raw = _flat(torch.autograd.grad(loss, params))
        losses.append(float(loss.detach()))
        max_norm = round(draw.uniform(*MAX_NORM_RANGE), 6)
        returned, after = _received(peer.call("step", x=x.cpu(), y=y.cpu(), max_norm=max_norm), shapes, device)
        if returned is None or not math.isfinite(returned) or not math.isfinite(losses[-1]):
            finite = False
        used = (_flat(params) - _flat(after)) / LR  # the gradient the learner's step applied
        raw_norm, used_norm = float(raw.norm()), float(used.norm())
        norm_curve.append({"step": step, "unclipped": raw_norm if math.isfinite(raw_norm) else None,
                           "at_step": used_norm if math.isfinite(used_norm) else None})
        ctx.progress(step, STEPS, losses[-1])
        if not math.isfinite(used_norm):  # the weights are no longer finite: nothing more to measure
            finite = weights_finite = False
            ratios.append(math.inf)
            break
        target = min(raw_norm, max_norm) if math.isfinite(raw_norm) else max_norm
        if target > 0:
            ratios.append(used_norm / target)
        if math.isfinite(raw_norm) and raw_norm > 0 and used_norm > 0:
            cosines.append(float(used @ raw) / (used_norm * raw_norm))
        with torch.no_grad():  # the judge continues from the weights the learner's step produced
            for mine, theirs in zip(params, after, strict=True):
                mine.copy_(theirs)
    loss_after = train_loss() if weights_finite else math.inf
    if not math.isfinite(loss_after):
        finite = False
    return {
        "measurements": {
            "norm-bound": _worst(ratios),
            "direction-kept": min(cosines) if cosines else None,
            "finite-loss": finite,
            "loss-falls": loss_after / loss_before,
        },
        "series": {
            "grad_norms": [{"layer": name, "norm": norm} for name, norm in init_norms],
            "loss": loss_curve(losses),
            "global_norm": norm_curve,
        },
    }
