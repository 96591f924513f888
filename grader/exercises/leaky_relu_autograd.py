"""leaky-relu-autograd: the learner's LeakyReLU autograd.Function against the built-in, then in training.

The learner process traces `LeakyReLU.apply(x, slope)` (graphs.trace: make_fx in fake mode) at
the shapes, dtypes and slopes the judge names, as a forward graph x -> y and as a vector-Jacobian
graph (x, g) -> (y, dx) that calls torch.autograd.grad through the learner's backward. The judge
rebuilds the graphs from data (graphs.from_wire) and measures on its own tensors:

1. forward-match: the forward graph against F.leaky_relu on random float32 and float64 tensors
   (exact zeros included) for several slopes; the judge hands the graph a copy of its input and
   counts any change to that copy as an error (a forward pass that writes into x changes the
   caller's tensor).
2. gradcheck: the judge's own gradient check in float64, as torch.autograd.gradcheck does it:
   the Jacobian from central differences of the forward graph (eps 1e-6) against the Jacobian
   from the vector-Jacobian graph with unit cotangents, |analytical - numerical| <= 1e-5 +
   1e-3 |numerical| everywhere, at points away from the kink, for two slopes.
3. negative-slope-grad: dx from the vector-Jacobian graph against g times (1 where x > 0, the
   slope where x < 0); exact zeros are left out (either side is a valid subgradient there,
   although the built-in takes the slope).
4. dead-units: a 6-hidden-layer MLP (width 64, He init) trained by the judge on digits with Adam
   at a learning rate high enough to kill plain ReLU units (lr 0.02, 120 steps of 192); its
   activation is a judge-side autograd.Function that runs the learner's forward graph, and in
   backward the learner's vector-Jacobian graph (slope 0.2, traced at the batch, validation-set
   and training-set shapes). A unit is dead when its pre-activation is <= 0 for every training
   example. The same net with plain ReLU, trained on the same batches, is the control shown in
   the series.

A forbidden built-in is an ATen operator in any of the graphs (FORBIDDEN_OPS: leaky_relu and its
backward, rrelu, prelu), whatever Python name reached it; the verdict is then a failure that says
so. When tracing fails, the learner process runs the call once more, eagerly, only to name a
forbidden operator it dispatched (a clearer message than the tracing error); nothing is measured
from that run.

Calibration: see CALIBRATION below the constants. With an unpinned thread count on a busy 2-core
machine the training runs 50-100x slower (OpenMP barriers, and denormals in Adam's second moments
of dead units): the judge runs on one thread, as the sandbox does.
"""
from __future__ import annotations

from grader.exercises.base import Criterion, Exercise, T

# ATen operators the learner's graphs may not contain (by part of the name).
FORBIDDEN_OPS = ("leaky_relu", "rrelu", "prelu")

FORWARD_TOL = 1e-6
GRAD_TOL = 1e-6
DEAD_MAX = 0.05

# (shape, dtype, slope, scale) of the forward-match inputs.
FORWARD_CASES = (((257,), "float32", 0.01, 1.0), ((4, 3, 5, 7), "float32", 0.2, 3.0),
                 ((64, 33), "float64", 0.5, 1.0), ((9, 11), "float32", 0.1, 1e-3))
GRADCHECK_SHAPE, GRADCHECK_SLOPES = (5, 6), (0.01, 0.3)
GRADCHECK_EPS, GRADCHECK_ATOL, GRADCHECK_RTOL = 1e-6, 1e-5, 1e-3
SLOPE_GRAD_SIZE, SLOPE_GRAD_SLOPES = 500, (0.01, 0.2, 0.7)

TRAIN_SLOPE = 0.2
DEPTH, WIDTH = 6, 64
LR, STEPS, BATCH = 0.02, 120, 192

# CALIBRATION (2026-11-25, CPU, one thread, PyTorch 2.13; judge/learner-process design; references on
# seeds 0-29, failures on seeds 0-4 unless said otherwise).
# References (pass_save_input, pass_save_mask): forward-match 0, gradcheck true, negative-slope-grad 0,
#   dead-units <= 0.026 (threshold < 0.05); the plain-ReLU control loses 0.23-0.43 on seeds 0-29.
# Failures, best value vs threshold on the criteria they fail:
#   fail_relu_gradient (ReLU's backward)   gradcheck false, negative-slope-grad >= 1.74, dead-units >= 0.107
#                                          (seeds 0-29)
#   fail_wrong_slope_grad (slope squared)  gradcheck false, negative-slope-grad >= 0.52 (dead-units >= 0.052)
#   fail_fixed_slope (0.01 hard-coded)     forward-match >= 1.68, negative-slope-grad >= 1.72, dead-units >= 0.18
#   fail_in_place (writes into x)          forward-match >= 4.7 (the judge's copy of x changes)
#   fail_calls_builtin, fail_calls_module, fail_saved_builtin (a reference taken at import):
#                                          forbidden aten.leaky_relu; fail_builtin_backward: forbidden
#                                          aten.leaky_relu_backward
#   starter                                NotImplementedError (error verdict)
# Time per seed (CPU, one thread, on a busy 2-core host): about 1.0 s for the references, of which about
# 0.14 s is the learner process tracing the 15 graphs and the rest mostly the two trainings; 1.7 s for
# fail_in_place (boolean-mask indexing traces and runs slower); about 0.1 s for a forbidden operator.

EXERCISE = Exercise(
    grading=T(ja="採点中：LeakyReLU の順伝播と勾配を確かめてから、学習させています",
              en="Grading: checking your LeakyReLU's forward pass and gradients, then training with it"),
    slug="leaky-relu-autograd",
    contract="""\
import torch

class LeakyReLU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, negative_slope): ...

    @staticmethod
    def backward(ctx, grad_output): ...
""",
    criteria=[
        Criterion(
            "forward-match", "<=", FORWARD_TOL,
            message=T(ja="順伝播の出力が組み込みの Leaky ReLU と一致する（0 を含む乱数のテンソル、最大絶対誤差）",
                      en="The forward output matches the built-in Leaky ReLU (random tensors with zeros, "
                         "largest absolute error)"),
            hint=T(ja="出力を定義と照らし合わせましょう。x が正のところは x そのもの、それ以外（0 を含む）は x に "
                      "negative_slope を掛けた値です。傾きは決まった数にせず、引数で渡された値を使います。"
                      "x をその場で書き換えると呼び出し側のテンソルまで変わるので、"
                      "結果は新しいテンソルとして返します。",
                   en="Compare your output with the definition: x itself where x is positive, x times negative_slope "
                      "elsewhere (zero included). Use the slope you are given, not a fixed number. Modifying x in "
                      "place changes the caller's tensor too: return the result as a new tensor."),
        ),
        Criterion(
            "gradcheck", "true", True,
            message=T(ja="float64 での勾配チェックが通る（backward が中心差分の数値微分と一致する。"
                         "torch.autograd.gradcheck と同じ判定）",
                      en="A gradient check in float64 passes (backward agrees with central-difference numerical "
                         "differentiation, judged as torch.autograd.gradcheck does)"),
            hint=T(ja="backward が数値微分と食い違っています。forward のうちに、backward で要るもの（入力か、正だった"
                      "位置と、傾き）を ctx に残しておきます。backward は grad_output に局所的な微分を掛けたものを、"
                      "forward の引数ごとに 1 つずつ返します（傾きには勾配がないので None）。",
                   en="backward disagrees with the numerical derivative. In forward, keep on ctx what backward will "
                      "need (the input, or where it was positive, and the slope). backward returns grad_output times "
                      "the local derivative, one value per argument of forward (None for the slope, which gets no "
                      "gradient)."),
        ),
        Criterion(
            "negative-slope-grad", "<=", GRAD_TOL,
            message=T(ja="負の入力での勾配が grad_output × negative_slope、正の入力では grad_output に等しい"
                         "（最大絶対誤差）",
                      en="The gradient is grad_output × negative_slope for negative inputs and grad_output for "
                         "positive ones (largest absolute error)"),
            hint=T(ja="負の側の勾配は grad_output に傾きを 1 回だけ掛けたもの、正の側は grad_output そのものです。"
                      "負の側で 0 を返すと ReLU の勾配になり、傾きを 2 回掛けたり 0.01 と決め打ちしたりすると別の値に"
                      "なります。",
                   en="On the negative side the gradient is grad_output times the slope, applied once; on the "
                      "positive side it is grad_output unchanged. Zero on the negative side is ReLU's gradient; "
                      "applying the slope twice or a fixed 0.01 gives other values."),
        ),
        Criterion(
            "dead-units", "<", DEAD_MAX,
            message=T(ja="あなたの LeakyReLU を使った深い MLP を学習させた後、死んだユニット"
                         "（全訓練データで入力が 0 以下）の割合",
                      en="After training a deep MLP that uses your LeakyReLU, the share of dead units (input ≤ 0 "
                         "for every training example)"),
            hint=T(ja="死んだユニットが多いなら、負の側の勾配が 0 になっていないか確かめましょう。0 だと "
                      "backward は ReLU と同じで、負の側に落ちたユニットには引き戻す勾配が届きません。",
                   en="If many units die, check that the gradient on the negative side is not zero: if it is, "
                      "your backward behaves like ReLU's, and units pushed to the negative side get no gradient "
                      "to pull them back."),
        ),
    ],
)

INF = float("inf")
DTYPES = ("float32", "float64")


def _is_forbidden(name) -> bool:
    return isinstance(name, str) and any(part in name for part in FORBIDDEN_OPS)


# ---------------------------------------------------------------- the learner process


def _graphs(learner, requests):
    """One graph (wire data) per request [kind, shape, dtype, slope]: kind "forward" traces
    x -> (y,), kind "vjp" traces (x, g) -> (y, dx) through the learner's backward."""
    import torch

    apply = learner.LeakyReLU.apply
    gen = torch.Generator().manual_seed(0)
    answers = []
    for kind, shape, dtype, slope in requests:
        if kind not in ("forward", "vjp") or dtype not in DTYPES:
            raise ValueError("unknown request")  # the judge's mistake
        shape, slope, dtype = tuple(int(s) for s in shape), float(slope), getattr(torch, dtype)
        x = torch.randn(shape, generator=gen, dtype=dtype)
        if kind == "forward":
            answers.append(_trace(_forward_fn(apply, slope), x))
        else:
            answers.append(_trace(_vjp_fn(apply, slope), x.requires_grad_(True), torch.randn_like(x)))
    return answers


def _output(y):
    import torch

    if not isinstance(y, torch.Tensor):
        raise TypeError(f"LeakyReLU.apply must return a tensor, not {type(y).__name__}")
    return y


def _forward_fn(apply, slope):
    def forward(x):
        return (_output(apply(x, slope)),)

    return forward


def _vjp_fn(apply, slope):
    import torch

    def vjp(x, g):
        y = _output(apply(x, slope))
        dx = None
        if y.requires_grad and y.shape == x.shape:
            (dx,) = torch.autograd.grad(y, x, g.to(y.dtype), allow_unused=True)
        return y, dx

    return vjp


def _trace(fn, *examples):
    from grader.harness.graphs import trace_or_forbidden

    return trace_or_forbidden(fn, examples, _is_forbidden)


LEARNER_OPS = {"graphs": _graphs}


# ---------------------------------------------------------------- the judge


def _receive(item, inputs: int, device: str):
    """A checked GraphModule from the learner's answer (or the forbidden-call failure)."""
    from grader.harness.graphs import receive_checked

    return receive_checked(item, inputs, device, _is_forbidden)


def _max_abs(mine, ref) -> float:
    import torch

    if not isinstance(mine, torch.Tensor) or mine.shape != ref.shape or not mine.is_floating_point():
        return INF
    error = (mine.to(torch.float64) - ref.to(torch.float64)).abs().max()
    return float(error) if bool(torch.isfinite(error)) else INF


def _with_zeros(x, gen, share: float = 0.15):
    import torch

    mask = torch.rand(x.shape, generator=gen) < share
    return torch.where(mask, torch.zeros_like(x), x)


def _forward_check(gms, gen, device) -> float:
    import torch
    import torch.nn.functional as F

    from grader.harness.traced import call_graph

    worst = 0.0
    for shape, dtype, slope, scale in FORWARD_CASES:
        x = _with_zeros(scale * torch.randn(shape, generator=gen, dtype=getattr(torch, dtype)), gen).to(device)
        expected = F.leaky_relu(x, slope)
        given = x.clone()
        (y,) = call_graph(gms[("forward", shape, dtype, slope)], [given], 1, "LeakyReLU.forward")
        worst = max(worst, _max_abs(y, expected), _max_abs(given, x))  # the input must come back unchanged
    return worst


def _gradcheck(gms, gen, device) -> bool:
    import torch

    ok = True
    for slope in GRADCHECK_SLOPES:
        raw = torch.randn(GRADCHECK_SHAPE, generator=gen, dtype=torch.float64)
        x = (raw.sign() * (raw.abs() + 0.05)).to(device)  # away from the kink
        key = (GRADCHECK_SHAPE, "float64", slope)
        ok = _jacobians_agree(gms[("forward", *key)], gms[("vjp", *key)], x) and ok
    return ok


def _jacobians_agree(forward, vjp, x) -> bool:
    """torch.autograd.gradcheck's test, done by the judge: central differences of the forward graph
    against the rows the vector-Jacobian graph gives for unit cotangents."""
    import torch

    from grader.harness.traced import call_graph

    def run(graph, *args):
        out = call_graph(graph, [a.clone() for a in args], 1 if graph is forward else 2, "LeakyReLU.apply")
        return out[0] if graph is forward else out[1]

    n = x.numel()
    flat = x.reshape(-1)
    numerical = torch.empty(n, n, dtype=torch.float64, device=x.device)  # [output, input]
    for j in range(n):
        step = torch.zeros_like(flat)
        step[j] = GRADCHECK_EPS
        plus, minus = run(forward, (flat + step).view_as(x)), run(forward, (flat - step).view_as(x))
        if any(not isinstance(t, torch.Tensor) or t.shape != x.shape for t in (plus, minus)):
            return False
        numerical[:, j] = (plus.to(torch.float64) - minus.to(torch.float64)).reshape(-1) / (2 * GRADCHECK_EPS)
    analytical = torch.zeros_like(numerical)
    for i in range(n):
        g = torch.zeros_like(flat)
        g[i] = 1.0
        dx = run(vjp, x, g.view_as(x))
        if dx is None:
            continue  # no gradient: zeros, as gradcheck counts it
        if dx.shape != x.shape or not dx.is_floating_point():
            return False
        analytical[i] = dx.to(torch.float64).reshape(-1)
    close = (analytical - numerical).abs() <= GRADCHECK_ATOL + GRADCHECK_RTOL * numerical.abs()
    return bool(close.all())


def _slope_grad_check(gms, gen, device) -> float:
    import torch

    from grader.harness.traced import call_graph

    worst = 0.0
    for slope in SLOPE_GRAD_SLOPES:
        x = _with_zeros(torch.randn(SLOPE_GRAD_SIZE, generator=gen, dtype=torch.float64), gen).to(device)
        g = torch.randn(SLOPE_GRAD_SIZE, generator=gen, dtype=torch.float64).to(device)
        _, dx = call_graph(gms[("vjp", (SLOPE_GRAD_SIZE,), "float64", slope)], [x.clone(), g.clone()], 2,
                           "LeakyReLU.backward")
        if dx is None or dx.shape != x.shape:
            return INF
        expected = g * torch.where(x > 0, torch.ones_like(g), torch.full_like(g, slope))
        nonzero = x != 0
        worst = max(worst, _max_abs(dx[nonzero], expected[nonzero]))
    return worst


def _learner_activation(gms):
    """A judge-side autograd.Function: the learner's forward graph, and its vector-Jacobian graph
    in backward (both traced at slope TRAIN_SLOPE for the shapes the training uses)."""
    import torch

    from grader.harness.peer import learner_error
    from grader.harness.traced import call_graph

    def shaped_like(t, z, where):
        if not isinstance(t, torch.Tensor) or t.shape != z.shape or not t.is_floating_point():
            raise learner_error("LeakyReLU must return a tensor shaped like its input (and backward a gradient "
                                "shaped like it)", where)
        return t.to(z.dtype)

    class LearnerLeakyReLU(torch.autograd.Function):
        @staticmethod
        def forward(ctx, z):
            key = (tuple(z.shape), "float32", TRAIN_SLOPE)
            (y,) = call_graph(gms[("forward", *key)], [z.clone()], 1, "LeakyReLU.forward")
            ctx.save_for_backward(z)
            return shaped_like(y, z, "LeakyReLU.forward")

        @staticmethod
        def backward(ctx, grad_output):
            (z,) = ctx.saved_tensors
            key = (tuple(z.shape), "float32", TRAIN_SLOPE)
            _, dx = call_graph(gms[("vjp", *key)], [z.clone(), grad_output.contiguous()], 2, "LeakyReLU.backward")
            return None if dx is None else shaped_like(dx, z, "LeakyReLU.backward")

    return LearnerLeakyReLU


def _mlp(activation_factory):
    import torch
    from torch import nn

    layers, acts, width_in = [], [], 64
    for _ in range(DEPTH):
        act = activation_factory()
        acts.append(act)
        layers += [nn.Linear(width_in, WIDTH), act]
        width_in = WIDTH
    layers.append(nn.Linear(width_in, 10))
    model = nn.Sequential(*layers)
    with torch.no_grad():
        for layer in model:
            if isinstance(layer, nn.Linear):
                nn.init.kaiming_normal_(layer.weight, nonlinearity="relu")
                layer.bias.zero_()
    return model, acts


def _activation_class():
    from torch import nn

    class Activation(nn.Module):
        """Calls fn(z) and keeps z (the pre-activation) when asked to."""

        def __init__(self, fn):
            super().__init__()
            self.fn = fn
            self.keep = False
            self.z = None

        def forward(self, z):
            if self.keep:
                self.z = z.detach()
            return self.fn(z)

    return Activation


def _train(model, acts, data, ctx, seed: int):
    import torch

    from grader.harness.measure import train_classifier

    result = train_classifier(model, data, steps=STEPS, batch=BATCH, seed=seed, eval_every=50,
                              make_optimizer=lambda params: torch.optim.Adam(params, lr=LR, foreach=True),
                              ctx=ctx)
    per_layer = None
    if result["finite"]:
        for act in acts:
            act.keep = True
        with torch.no_grad():
            model(data[0])
        for act in acts:
            act.keep = False
        per_layer = [float((act.z.reshape(act.z.shape[0], -1).amax(dim=0) <= 0).float().mean()) for act in acts]
    return result, per_layer


def _requests(n_train: int, n_val: int) -> list:
    """(kind, shape, dtype, slope) of every graph the judge runs."""
    wanted = [("forward", shape, dtype, slope) for shape, dtype, slope, _ in FORWARD_CASES]
    for slope in GRADCHECK_SLOPES:
        wanted += [("forward", GRADCHECK_SHAPE, "float64", slope), ("vjp", GRADCHECK_SHAPE, "float64", slope)]
    wanted += [("vjp", (SLOPE_GRAD_SIZE,), "float64", slope) for slope in SLOPE_GRAD_SLOPES]
    wanted += [("forward", (n, WIDTH), "float32", TRAIN_SLOPE) for n in (BATCH, n_val, n_train)]
    wanted.append(("vjp", (BATCH, WIDTH), "float32", TRAIN_SLOPE))
    return wanted


def judge(peer, ctx, seed: int) -> dict:
    from grader.harness.measure import one_thread

    with one_thread():
        return _judge(peer, ctx, seed)


def _judge(peer, ctx, seed: int) -> dict:
    import torch

    from grader.harness.data import digits
    from grader.harness.measure import loss_curve, weight_grad_norms
    from grader.harness.peer import expect_list

    device = ctx.torch_device()
    data = digits(device)
    wanted = _requests(len(data[0]), len(data[2]))
    answer = expect_list(peer.call("graphs", requests=[[k, list(s), d, sl] for k, s, d, sl in wanted]), "graphs",
                         length=len(wanted))
    gms = {key: _receive(item, 1 if key[0] == "forward" else 2, ctx.device)
           for key, item in zip(wanted, answer, strict=True)}

    gen = torch.Generator(device="cpu").manual_seed(7919 * seed + 3)
    measurements = {
        "forward-match": _forward_check(gms, gen, device),
        "gradcheck": _gradcheck(gms, gen, device),
        "negative-slope-grad": _slope_grad_check(gms, gen, device),
    }

    Activation = _activation_class()
    learner_act = _learner_activation(gms)
    torch.manual_seed(seed)
    model, acts = _mlp(lambda: Activation(learner_act.apply))
    model.to(device)
    grad_norms = weight_grad_norms(model, data[0][:BATCH], seed=seed)
    trained, dead_mine = _train(model, acts, data, ctx, seed)

    torch.manual_seed(seed)
    control, control_acts = _mlp(lambda: Activation(torch.relu))
    control.to(device)
    control_trained, dead_relu = _train(control, control_acts, data, None, seed)

    measurements["dead-units"] = sum(dead_mine) / len(dead_mine) if dead_mine is not None else None
    series = {
        "grad_norms": [{"layer": name, "norm": norm} for name, norm in grad_norms],
        "loss": loss_curve(trained["losses"]),
        "val_accuracy": [[step, acc] for step, acc in trained["val_curve"]],
        "dead_units": [{"layer": f"{2 * i + 1}", "leaky": None if dead_mine is None else dead_mine[i],
                        "relu": None if dead_relu is None else dead_relu[i]} for i in range(DEPTH)],
        "control": {"activation": "ReLU",
                    "dead_units": sum(dead_relu) / len(dead_relu) if dead_relu is not None else None,
                    "val_accuracy": control_trained["val_accuracy"],
                    "loss": loss_curve(control_trained["losses"])},
        "train_slope": TRAIN_SLOPE,
        "final_val_accuracy": trained["val_accuracy"],
    }
    return {"measurements": measurements, "series": series}
