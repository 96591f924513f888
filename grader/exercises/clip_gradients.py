"""clip-gradients: the learner's training step must clip by global norm before optimizer.step.

The setup is deliberately explosive: an 8-layer ReLU MLP on digits whose weights are drawn
1.5× wider than He init, so activations grow ≈ 1.5× per layer and the gradient norm at init is
≈ 75–130, some 150–260 × max_norm = 0.5; plain SGD at lr 1.0 without clipping reaches NaN
within 4 steps. Even after training the unclipped norm stays ≈ 5–6, so clipping acts at every
step and a clip that bends the gradient is seen at every step.

Each step, before calling the learner, the grader copies the model's weights into a shadow
model and computes there the unclipped gradient of the same batch. A step pre-hook on the
optimizer (it fires however step() is called) records the gradients at the moment the
optimizer reads them; the two are compared: global norm (as a multiple of max_norm) and cosine.

Calibration (5 seeds, `tests/grader/test_calibration.py`):
  norm-bound      references ≤ 1.0000002 (threshold 1.001). Failures: no clip and clip after
                  step ≥ 6.8e8 (then NaN), clip by value ≈ 74–80, per-parameter norm = 4.0
                  (√16 parameters, each at max_norm), infinity-norm clip ≈ 8.1–11.5, max_norm
                  ignored (hard-coded 1.0) = 2.0
  direction-kept  references ≥ 0.9999999 (threshold 0.999). Failures: clip by value ≈ 0.32–0.42,
                  per parameter ≈ 0.70–0.75, no zero_grad (stale gradients pile up) ≈ 0.958–0.985
  finite-loss     no clip and clip after step reach NaN by step 4
  loss-falls      training-set loss after the 60 steps / before: references 0.025–0.044
                  (threshold 0.5); the other clipped failures also fall (0.02–0.15): they fail
                  on the two gradient criteria, which is the point of the exercise
"""
from __future__ import annotations

from grader.exercises.base import Criterion, Exercise, Name, T

DEPTH = 8  # nn.Linear layers
WIDTH = 64
GAIN = 1.5  # × He-normal std: the forward signal grows ≈ 1.5× per layer
LR = 1.0
MAX_NORM = 0.5
STEPS = 60
BATCH = 128

EXERCISE = Exercise(
    slug="clip-gradients",
    names=[Name("train_step", params=("model", "x", "y", "optimizer", "max_norm"))],
    criteria=[
        Criterion(
            "norm-bound", "<=", 1.001,
            message=T(ja="optimizer.step() 時点の勾配のグローバルノルムの最大値（max_norm の何倍か）",
                      en="The largest global gradient norm seen by optimizer.step(), as a multiple of max_norm"),
            hint=T(ja="loss.backward() のあと optimizer.step() の前に、torch.nn.utils.clip_grad_norm_"
                      "(model.parameters(), max_norm) を呼びましょう。ノルムは全パラメータの勾配を 1 本に"
                      "つなげたベクトルの L2 ノルムで、パラメータごとではありません。",
                   en="Call torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm) after "
                      "loss.backward() and before optimizer.step(). The norm is the L2 norm of all "
                      "gradients joined into one vector, not one norm per parameter."),
            unit="× max_norm",
        ),
        Criterion(
            "direction-kept", ">=", 0.999,
            message=T(ja="クリップ後の勾配とクリップ前の勾配のコサイン類似度（全ステップの最小値）",
                      en="Cosine similarity between the clipped and the unclipped gradient (lowest over all steps)"),
            hint=T(ja="clip_grad_value_ や要素ごとの clamp、パラメータごとのクリップは勾配の向きを変えます。"
                      "すべての勾配に同じ係数 min(1, max_norm/‖g‖) を掛けましょう。毎ステップ "
                      "optimizer.zero_grad() を呼んで、前のステップの勾配を残さないことも必要です。",
                   en="clip_grad_value_, a per-element clamp, or clipping each parameter on its own turns the "
                      "gradient. Multiply every gradient by the same factor min(1, max_norm/‖g‖). Also call "
                      "optimizer.zero_grad() every step so that no gradient from an earlier step is left over."),
        ),
        Criterion(
            "finite-loss", "true", True,
            message=T(ja="返した損失がすべて有限の数値である",
                      en="Every loss returned is a finite number"),
            hint=T(ja="損失が inf や NaN になるのは、クリップが効かずに重みが発散したときです。戻り値は "
                      "loss.item() で Python の数値にしましょう。",
                   en="The loss becomes inf or NaN when the clipping does not act and the weights blow up. "
                      "Return loss.item(), a Python number."),
        ),
        Criterion(
            "loss-falls", "<=", 0.5,
            message=T(ja="学習後の訓練データ全体の損失が、学習前の何倍か",
                      en="Loss on the whole training set after training, relative to before"),
            hint=T(ja="逆伝播の前に optimizer.zero_grad() を呼ばないと、前のステップの勾配が積み重なります。"
                      "順伝播・損失・逆伝播・クリップ・更新を、この順に 1 回ずつ行いましょう。",
                   en="Without optimizer.zero_grad() before the backward pass, gradients from earlier steps "
                      "pile up. Do the forward pass, loss, backward pass, clip and step once each, in that order."),
            unit="×",
        ),
    ],
)


def relu_mlp(depth: int = DEPTH, width: int = WIDTH, gain: float = GAIN):
    """The explosive MLP: 64 → width → … → 10, `depth` Linear layers, ReLU, He-normal × gain, zero
    biases (uses torch's global RNG). Lesson 2's figures use it too, with other depths and gains."""
    import math

    from torch import nn

    layers, width_in = [], 64
    for index in range(depth):
        width_out = 10 if index == depth - 1 else width
        linear = nn.Linear(width_in, width_out)
        nn.init.normal_(linear.weight, 0.0, gain * math.sqrt(2.0 / width_in))
        nn.init.zeros_(linear.bias)
        layers.append(linear)
        if index < depth - 1:
            layers.append(nn.ReLU())
        width_in = width_out
    return nn.Sequential(*layers)


# ---------------------------------------------------------------- the learner process

_SESSION: dict = {}  # the learner process's model and optimizer, from "start" to the last "step"


def _start(learner, state):
    """Build the explosive MLP, load the judge's initial weights, make the plain SGD optimizer."""
    import torch

    model = relu_mlp()
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
            return float(value)
        except (TypeError, ValueError, RuntimeError, OverflowError):
            return None
    return None


def _step(learner, x, y):
    """One call of the learner's train_step on the judge's batch: its loss and the weights after it."""
    model, optimizer = _SESSION["model"], _SESSION["optimizer"]
    value = learner.train_step(model, x, y, optimizer, MAX_NORM)
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

    from grader.harness.peer import expect_dict, expect_list, expect_number, expect_tensor

    answer = expect_dict(answer, "step")
    loss = answer.get("loss")
    loss = None if loss is None else expect_number(loss, "step: loss")
    values = expect_list(answer.get("params"), "step: parameters", length=len(shapes))
    params = [expect_tensor(value, f"step: parameter {i}", shape=shape, dtype=torch.float32).to(device)
              for i, (value, shape) in enumerate(zip(values, shapes, strict=True))]
    return loss, params


def _worst(ratios: list[float]) -> float | None:
    """The ratio farthest from 1 (by factor): an over-long step and a too-short one count alike."""
    import math

    def distance(ratio: float) -> float:
        return abs(math.log(ratio)) if 0 < ratio < math.inf else math.inf

    return max(ratios, key=distance) if ratios else None


def judge(peer, ctx, seed: int) -> dict:
    from grader.harness.measure import one_thread

    with one_thread():
        return _judge(peer, ctx, seed)


def _judge(peer, ctx, seed: int) -> dict:
    import math

    import torch
    import torch.nn.functional as F

    from grader.harness.data import digits
    from grader.harness.measure import downsample, weight_grad_norms

    device = ctx.torch_device()
    x_train, y_train, _, _ = digits(device)
    torch.manual_seed(seed)
    model = relu_mlp().to(device)
    init_norms = weight_grad_norms(model, x_train[:256], seed=seed)
    params = list(model.parameters())
    shapes = [tuple(p.shape) for p in params]

    def train_loss() -> float:
        with torch.no_grad():
            return float(F.cross_entropy(model(x_train), y_train))

    loss_before = train_loss()
    peer.call("start", state=[p.detach().cpu() for p in params])
    gen = torch.Generator(device="cpu").manual_seed(seed)
    losses, norm_curve, ratios, cosines, finite = [], [], [], [], True
    for step in range(1, STEPS + 1):
        idx = torch.randint(0, len(x_train), (BATCH,), generator=gen).to(device)
        x, y = x_train[idx], y_train[idx]
        loss = F.cross_entropy(model(x), y)
        raw = _flat(torch.autograd.grad(loss, params))
        losses.append(float(loss.detach()))
        returned, after = _received(peer.call("step", x=x.cpu(), y=y.cpu()), shapes, device)
        if returned is None or not math.isfinite(returned) or not math.isfinite(losses[-1]):
            finite = False
        used = (_flat(params) - _flat(after)) / LR  # the gradient the learner's step applied
        raw_norm, used_norm = float(raw.norm()), float(used.norm())
        norm_curve.append({"step": step, "unclipped": raw_norm if math.isfinite(raw_norm) else None,
                           "at_step": used_norm if math.isfinite(used_norm) else None})
        ctx.progress(step, STEPS, losses[-1])
        if not math.isfinite(used_norm):  # the weights are no longer finite: nothing more to measure
            finite = False
            ratios.append(math.inf)
            break
        target = min(raw_norm, MAX_NORM) if math.isfinite(raw_norm) else MAX_NORM
        if target > 0:
            ratios.append(used_norm / target)
        if math.isfinite(raw_norm) and raw_norm > 0 and used_norm > 0:
            cosines.append(float(used @ raw) / (used_norm * raw_norm))
        with torch.no_grad():  # the judge continues from the weights the learner's step produced
            for mine, theirs in zip(params, after, strict=True):
                mine.copy_(theirs)
    loss_after = train_loss() if finite else math.inf
    if not math.isfinite(loss_after):
        finite = False
    return {
        "measurements": {
            "norm-bound": _worst(ratios),
            "direction-kept": min(cosines) if cosines else None,
            "finite-loss": finite,
            "loss-falls": loss_after / loss_before if finite else math.inf,
        },
        "series": {
            "grad_norms": [{"layer": name, "norm": norm} for name, norm in init_norms],
            "loss": downsample([v if math.isfinite(v) else None for v in losses]),
            "global_norm": norm_curve,
        },
    }
