"""bn-deep-sigmoid: a ≥ 20-layer network whose only activation is the sigmoid, trained on digits.

The learner process builds the model (`build_model()`, each time under a seed the judge names)
and traces its forward pass in training mode at the batch size BATCH and in evaluation mode at
the size of the validation split; it answers with those graphs and the initial weights of each
model (see grader/harness/traced.py). The judge then measures and trains on those very graphs:
the graph it inspects is the graph it runs, so code that behaves differently while inspected
has nothing to behave differently in. Every graph it holds is inspected (two: SHAPES).

1. Structure: `min-linear-layers` is the longest chain of Linear layers (matrix products with a
   2-D parameter) along the data path from the input to the logits, the shortest over both
   graphs: layers side by side count once, declared but unused layers not at all.
2. Nonlinearities (`sigmoid-only`), read off EVERY graph, training and eval mode, by its ATen
   operators (nn.ReLU, F.relu, torch.relu, Tensor.relu and relu_ all are aten.relu there):
   - no operator of OTHER_ACTIVATIONS (activation functions, piecewise functions such as clamp,
     maxima, comparisons and masks, exp/log and friends, softmax) nor any *_backward operator;
   - a sigmoid whose output (through view-like and affine steps with constants or parameters)
     is multiplied by a tensor computed from the input that does not itself come from that
     sigmoid is a gate, not a sigmoid: "silu" when that tensor is the sigmoid's own input
     (x·σ(x), x·σ(βx)), "glu" otherwise (a·σ(b)); both count as another activation;
   - at least MIN_SIGMOIDS sigmoids of the data (not of a parameter alone) whose output reaches
     the logits, in each graph: a sigmoid after each hidden layer of a 20-layer net, so that "no
     activation at all" (Linear + batch norm, a linear classifier in eval mode) does not pass.
   Normalization (native batch/layer/group norm, or written out: mean, var, sqrt, div) and
   dropout are not activations and are allowed. A sigmoid written out with exp is not counted as
   a sigmoid (exp is another operator). The counts are in series["nonlinearities"].
3. Gradient plot: one backward pass of the projection loss through the training graph, with the
   weights built under seed * 1000 + 17, on the first PROBE (= BATCH) training images; the
   activation statistics come from the same graph and images.
4. Training: the weights built under `seed`, trained by the judge through the graphs with Adam
   (the same for everyone), STEPS mini-batches of BATCH; validation accuracy in eval mode every
   EVAL_EVERY steps; `val-accuracy` is the best of them ("reaches 0.9 within the budget");
   `finite`: every training loss was finite.

Calibration (CPU, one thread, 5 seeds; tests/grader/references/bn-deep-sigmoid): see
CALIBRATION below the constants.
"""
from __future__ import annotations

from grader.exercises.base import Criterion, Exercise, T
from grader.harness.measure import reference_grad_series

MIN_LINEAR = 20
MIN_SIGMOIDS = MIN_LINEAR - 1
ACCURACY = 0.9
STEPS = 150
BATCH = 128
LR = 3e-3
EVAL_EVERY = 15
PROBE = BATCH  # the gradient plot runs the same training-mode graph as training
VAL = 450  # the validation split: evaluation runs it whole
SHAPES = ((True, BATCH), (False, VAL))  # (training mode, batch size) the learner process traces

# ATen operator names as graphs.operator_counts gives them (overload packet, trailing "_" of
# in-place variants removed) that are a nonlinearity other than the sigmoid. Any operator whose
# name ends in "_backward" or "_backward_data" counts too (relu is threshold_backward(x, x, 0)).
OTHER_ACTIVATIONS = frozenset({
    # activation functions (F.relu6 is aten.hardtanh, F.selu is aten.elu, nn.PReLU _prelu_kernel)
    "relu", "tanh", "gelu", "silu", "elu", "celu", "selu", "leaky_relu", "prelu", "_prelu_kernel",
    "rrelu_with_noise", "hardtanh", "hardsigmoid", "hardswish", "mish", "softplus", "softshrink",
    "hardshrink", "log_sigmoid_forward", "threshold", "glu", "logit",
    # piecewise: clamps, maxima and minima (maxout), comparisons, masks, rounding
    "clamp", "clamp_min", "clamp_max", "maximum", "minimum", "fmax", "fmin", "max", "min", "amax", "amin",
    "where", "masked_fill", "gt", "lt", "ge", "le", "eq", "ne", "abs", "sign", "sgn", "heaviside", "copysign",
    "floor", "ceil", "round", "trunc", "frac", "fmod", "remainder", "sort", "topk", "kthvalue", "median",
    # other elementwise nonlinearities
    "exp", "exp2", "expm1", "log", "log1p", "log2", "log10", "logaddexp", "logaddexp2", "xlogy",
    "erf", "erfc", "erfinv", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "asinh",
    "acosh", "atanh", "sinc",
    # softmax (F.softmax, F.log_softmax, F.softmin)
    "_softmax", "_log_softmax", "logsumexp",
})

# CALIBRATION (2026-11-26, CPU, one thread, PyTorch 2.13; seeds 0-4 unless said otherwise; judge
# and learner process through run_local).
# References: bn_before_sigmoid (Linear -> BN -> Sigmoid), bn_after_sigmoid (Linear -> Sigmoid
# -> BN), bn_functional (24 layers, width 96, torch.sigmoid in a custom forward, layers registered
# output-first). All: min-linear-layers 20/20/24, sigmoid-only true (19/19/23 sigmoids in both
# graphs, nothing else). Worst val-accuracy: 0.944 before, 0.940 after, 0.938 functional
# (≥ 0.9); seeds 5-14: ≥ 0.942, 0.927, 0.918, all pass.
# Failures, best value vs threshold on the criterion they fail:
#   starter (20-layer sigmoid, no normalization)  val-accuracy 0.102 on every seed (seeds 0-14)
#   fail_xavier_no_norm, fail_input_norm_only     val-accuracy 0.102
#   fail_layernorm (LayerNorm before sigmoid)     val-accuracy 0.102 on seeds 0-14: per-example
#       normalization leaves the offset shared by all examples, and the signal still fades
#   fail_relu_bn                                  sigmoid-only false (0 sigmoids, relu; trains: 0.94–0.96)
#   fail_functional_tanh                          sigmoid-only false (19 sigmoids, tanh; 0.93–0.96)
#   fail_silu_gate (x * torch.sigmoid(x) + BN)    sigmoid-only false (0 sigmoids, silu; 0.96–0.98)
#   fail_no_activation (Linear + BN only)         sigmoid-only false (0 sigmoids; trains to 0.93–0.94)
#   fail_fewer_layers (6 layers)                  min-linear-layers 6, sigmoid-only false (5)
# Judging time per seed (one thread, quiet host, learner process included): 1.1 s width 64 (tracing
# the two graphs 0.3 s of it), 1.4 s bn_functional (tracing 0.45 s).

# The reference shape for the per-layer plot: pass_bn_before_sigmoid.py (Linear -> BatchNorm1d ->
# Sigmoid) at seed 0, the weight-gradient norm of each nn.Linear at init, input side first.
REFERENCE_NORMS = (3.557, 3.4095, 3.5557, 3.3003, 3.6605, 3.5176, 3.2944, 2.9855, 3.0637, 2.9873, 3.0223, 2.6658,
                   2.4817, 2.5893, 2.4229, 2.2032, 2.1952, 1.8392, 1.5981, 4.1246)

EXERCISE = Exercise(
    grading=T(ja="採点中：初期化直後の勾配の流れを測ってから、モデルを学習させています",
              en="Grading: measuring the gradient flow at initialization, then training your model"),
    slug="bn-deep-sigmoid",
    contract="""\
import torch
from torch import nn

def build_model() -> nn.Module: ...  # (N, 64) -> (N, 10) logits; >= 20 nn.Linear; sigmoid only
""",
    criteria=[
        Criterion(
            "min-linear-layers", ">=", MIN_LINEAR,
            message=T(ja="入力から出力までの道筋に、nn.Linear が 20 個以上直列に並んでいる（最長の連なり）",
                      en="At least 20 nn.Linear layers in a row on the path from the input to the output "
                         "(the longest chain)"),
            hint=T(ja="層を減らすのは反則です。nn.Linear を 20 個以上、前の層の出力が次の層の入力になるように"
                      "直列につなぎ、そのすべてを forward で使いましょう"
                      "（定義しただけの層や、横に並べて足し合わせた層は深さに数えません）。",
                   en="Removing layers does not count: chain at least 20 nn.Linear layers one after another, each "
                      "taking the previous one's output, and use all of them in forward (layers that are only "
                      "defined, or placed side by side and summed, do not add depth)."),
        ),
        Criterion(
            "sigmoid-only", "true", True,
            message=T(ja="学習モードと推論モードの計算グラフを数えて、シグモイド以外の非線形な演算"
                         "（ReLU や tanh などの活性化関数、clamp・max・比較のような区分的な演算、exp や log、softmax、"
                         "シグモイドに入力自身を掛けるゲート）が一つもなく、入力から出力へ流れるシグモイドが"
                         "それぞれ 19 個以上（20 層の各隠れ層に 1 個）ある",
                      en="Counted in the computation graph, in training and in eval mode: no nonlinear operation "
                         "other than the sigmoid (activation functions such as ReLU or tanh, piecewise operations "
                         "such as clamp, max or comparisons, exp or log, softmax, or a sigmoid multiplied by its "
                         "own input, which is a gate), and at least 19 sigmoids on the way from the input to the "
                         "output in each graph (one per hidden layer of a 20-layer network)"),
            hint=T(ja="測定値の横に、数えたシグモイドの数と、見つかったほかの非線形な演算が出ています。"
                      "隠れ層ごとに、非線形な演算はシグモイドだけにしましょう（学習モードでも推論モードでも）。"
                      "シグモイドの出力に入力そのものを掛けると（SiLU・Swish）別の活性化関数になり、"
                      "exp を使って自分で書いたシグモイドはシグモイドとして数えません。"
                      "シグモイドを取り除くのも趣旨から外れます。"
                      "バッチ正規化などの正規化層は活性化関数ではないので、自由に加えてかまいません。",
                   en="Beside the measured value: how many sigmoids were counted and which other nonlinear "
                      "operations were found. Make the sigmoid the only nonlinear operation of every hidden "
                      "layer, in training and in eval mode. Multiplying a sigmoid's output by its own input "
                      "(SiLU, Swish) makes a different activation, and a sigmoid written out with exp is not "
                      "counted as one. Removing the sigmoids defeats the purpose too. Normalization layers such "
                      "as batch norm are not activations: add as many as you like."),
            detail=T(ja="シグモイド {sigmoid} 個（必要なのは {required} 個以上）、ほかの非線形な演算：{other}",
                     en="{sigmoid} sigmoids (at least {required} needed); other nonlinear operations: {other}"),
            detail_from="nonlinearities",
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
                      "initialized to extreme values."),
        ),
    ],
    reference_series={"grad_norms": reference_grad_series(REFERENCE_NORMS)},
)


# ---------------------------------------------------------------- the learner process


def _models(learner, seeds):
    from grader.harness.traced import model_answer

    return model_answer(learner.build_model, seeds, SHAPES, 64)


LEARNER_OPS = {"models": _models}


# ---------------------------------------------------------------- the judge: reading the graphs

_AFFINE = frozenset({"add", "sub", "rsub", "mul", "neg"})  # and div by something else
# Operators that move or copy elements without computing on them.
_STRUCTURAL = frozenset({"repeat", "cat", "stack", "slice", "select", "narrow", "split", "split_with_sizes",
                         "chunk", "unbind", "getitem", "constant_pad_nd", "roll", "flip", "index_select",
                         "repeat_interleave", "tile", "copy"})


def _other(name: str) -> bool:
    return (name in OTHER_ACTIVATIONS or name.endswith("_backward") or name.endswith("_backward_data")
            or "pool" in name or name in _SELECTING)


# Operators that pick elements by value (a max over pairs (z, 0) is a ReLU).
_SELECTING = frozenset({"sort", "topk", "kthvalue", "median", "nanmedian", "mode", "cummax", "cummin", "msort",
                        "argsort", "logcumsumexp", "gather", "take_along_dim", "scatter", "scatter_reduce"})
# Where a square root of a normalization comes from: a statistic over the batch or the features.
_REDUCTIONS = frozenset({"mean", "var", "sum", "var_mean", "std", "std_mean", "nansum", "nanmean", "norm",
                         "linalg_vector_norm"})


def _unreduced_roots(nodes, data) -> int:
    """Square roots (sqrt, rsqrt, pow with a fractional exponent) of a tensor from the input that
    is not a statistic: sqrt(z·z) is |z|, and (z + |z|) / 2 is a ReLU."""
    count = 0
    for node in nodes:
        name = _name(node)
        fractional = name == "pow" and len(node.args) > 1 and isinstance(node.args[1], float) \
            and not float(node.args[1]).is_integer()
        if node not in data or not (name in ("sqrt", "rsqrt") or fractional):
            continue
        source = node.args[0] if node.args else None
        for _ in range(64):  # back through views and affine steps with constants (eps)
            if not _is_node(source) or _name(source) not in (*_AFFINE, *_VIEWS):
                break
            inputs = [a for a in source.args if _is_node(a) and a in data]  # z·z counts z twice
            if len(inputs) != 1:
                break
            source = inputs[0]
        if _is_node(source) and _name(source) == "getitem" and source.args:
            source = source.args[0]  # var_mean(...)[0], or a batch norm's output (not a statistic)
        if not (_is_node(source) and _name(source) in _REDUCTIONS):
            count += 1
    return count


_VIEWS = frozenset({"view", "reshape", "unsqueeze", "squeeze", "expand", "clone", "_to_copy", "t", "transpose",
                    "permute", "contiguous", "alias", "detach"})


def census(gm, data_input: int) -> dict:
    """The nonlinearities of one graph: {"sigmoid": sigmoids that count, "other": {name: count}}.

    Linear in the size of the graph (a graph is the learner's data: it may be large and odd)."""
    from grader.harness import graphs

    nodes = list(gm.graph.nodes)
    order = {node: i for i, node in enumerate(nodes)}
    data = {graphs.placeholders(gm)[data_input]}  # nodes computed from the input
    for node in nodes:
        if node.op == "call_function" and any(a in data for a in node.all_input_nodes):
            data.add(node)
    live = set()  # nodes the output depends on
    for node in reversed(nodes):
        if node.op == "output" or node in live:
            live.update(node.all_input_nodes)
    other = {name: n for name, n in graphs.operator_counts(gm).items() if _other(name)}
    roots = _unreduced_roots(nodes, data)
    if roots:
        other["sqrt of a non-statistic"] = roots
    sigmoids = 0
    for node in nodes:
        if _name(node) != "sigmoid" or node not in data:
            continue  # a sigmoid of parameters alone is no activation
        gate = _gate(node, order, data)
        if gate:
            other[gate] = other.get(gate, 0) + 1
        elif node in live:
            sigmoids += 1
    return {"sigmoid": sigmoids, "other": other}


def _name(node) -> str:
    from grader.harness import graphs

    name = graphs.op_name(node) or ""
    return name.rstrip("_") or name


def _is_node(value) -> bool:
    return hasattr(value, "op") and hasattr(value, "users")


def _gate(sigmoid, order, data) -> str | None:
    """"silu" or "glu" when the sigmoid's output gates a tensor from the input, else None.

    The output is followed through view-like and structural operators (slices, copies, cat) and
    affine steps whose other operand does not come from the input (a constant, a parameter:
    2·σ(x) − 1 is still a sigmoid); a product of it with a tensor from the input computed before
    the sigmoid (so that it cannot depend on it, as a normalization's statistics of the sigmoid's
    output would) is a gate."""
    from grader.harness import graphs

    if not sigmoid.args or not _is_node(sigmoid.args[0]):
        return None
    affine, todo = {sigmoid}, [sigmoid]
    while todo:
        node = todo.pop()
        for user in node.users:
            name = _name(user)
            if name in ("mul", "addcmul"):
                pair = tuple(user.args[0:2] if name == "mul" else user.args[1:3])
                for mine, theirs in ((pair, pair[::-1]) if len(pair) == 2 else ()):
                    if mine is node and _is_node(theirs) and theirs in data and order[theirs] < order[sigmoid]:
                        return "silu" if _base(theirs, data) is _base(sigmoid.args[0], data) else "glu"
            if user in affine or user.op != "call_function":
                continue
            inputs = user.all_input_nodes
            first = user.args[0] if user.args else None
            if (graphs.source_of(user) is not user and graphs.source_of(user) in affine) \
                    or ((name in _AFFINE or name in _STRUCTURAL or (name == "div" and first is node))
                        and all(a in affine or a not in data for a in inputs)):
                affine.add(user)
                todo.append(user)
    return None


def _base(node, data):
    """Where a tensor from the input comes from, through views and affine steps with constants."""
    from grader.harness import graphs

    for _ in range(64):
        node = graphs.source_of(node)
        if getattr(node, "op", None) != "call_function" or _name(node) not in (*_AFFINE, "div"):
            break
        inputs = [a for a in node.all_input_nodes if a in data]
        if len(inputs) != 1:
            break
        node = inputs[0]
    return node


def nonlinearities(traced) -> dict:
    """The census of every graph: sigmoid-only, and the counts for the detail (fewest sigmoids)."""
    data_input = len(traced.pnames) + len(traced.bnames)
    modes = {}
    for (training, batch), gm in traced.graphs.items():
        modes[f"{'train' if training else 'eval'} {batch}"] = census(gm, data_input)
    fewest = min(mode["sigmoid"] for mode in modes.values())
    others = sorted({name for mode in modes.values() for name in mode["other"]})
    return {"sigmoid_only": not others and fewest >= MIN_SIGMOIDS,
            "series": {"sigmoid": fewest, "other": others, "required": MIN_SIGMOIDS,
                       "graphs": {key: {"sigmoid": mode["sigmoid"], "other": dict(sorted(mode["other"].items()))}
                                  for key, mode in modes.items()}}}


# ---------------------------------------------------------------- the judge: measuring, training


def _adam(params):
    from grader.harness.measure import adam

    return adam(params, LR)


def judge(peer, ctx, seed: int) -> dict:
    from grader.harness.measure import one_thread

    with one_thread():
        return _judge(peer, ctx, seed)


def _judge(peer, ctx, seed: int) -> dict:
    import torch

    from grader.harness.data import digits
    from grader.harness.measure import (
        check_logits,
        grad_series,
        gradient_flow,
        graph_activation_series,
        train_and_evaluate,
    )
    from grader.harness.traced import receive

    data = digits(ctx.torch_device())
    probe = data[0][:PROBE]
    init_seed = seed * 1000 + 17
    traced = receive(peer.call("models", seeds=[init_seed, seed]), seeds=2, shapes=SHAPES, width=64,
                     device=ctx.device)
    found = nonlinearities(traced)
    torch.manual_seed(init_seed)  # random draws in the graph (dropout) as in the sandbox, whatever ran before
    flow = gradient_flow(traced, probe, [init_seed])  # checks the training graph's logits
    activations = graph_activation_series(traced.model(0), probe)
    model = traced.model(1)
    model.eval()
    with torch.no_grad():
        check_logits(model(data[2]), len(data[2]))  # and the evaluation graph's
    torch.manual_seed(seed)
    trained = train_and_evaluate(model, ctx, data, seed, steps=STEPS, batch=BATCH, make_optimizer=_adam,
                                 eval_every=EVAL_EVERY)
    return {
        "measurements": {
            "min-linear-layers": flow["depth"],
            "sigmoid-only": found["sigmoid_only"],
            "val-accuracy": trained["best"],
            "finite": trained["finite"],
        },
        "series": {
            "grad_norms": grad_series(flow["names"], flow["norms"]),
            "loss": trained["loss"],
            "val_accuracy": trained["curve"],
            "activations": activations,
            "nonlinearities": found["series"],
        },
    }


def try_it(peer, ctx) -> dict:
    """The Try button: the model's per-Linear weight-gradient norms at init, measured as a grading
    at seed 0 measures them, beside the reference shape; no training."""
    from grader.harness.measure import one_thread, try_gradient_flow

    with one_thread():
        return try_gradient_flow(peer, ctx, init_seeds=[17], shapes=SHAPES, probe=PROBE,
                                 reference=EXERCISE.reference_series["grad_norms"])
