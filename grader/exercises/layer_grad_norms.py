"""layer-grad-norms: the learner's per-parameter gradient norms against ours, on hidden models.

The judge builds the hidden models (`_models()`), runs one forward and backward pass through each
(a projection loss of random inputs) and computes the reference norms. For each model it sends the
model's name, its parameters, their gradients (None where a parameter has none) and which
parameters are trainable; the learner process rebuilds the same architecture from `_models()`,
loads those tensors, sets `requires_grad` and `.grad` as the judge had them, calls
`grad_norms(model)` and answers with the returned mapping as (key, number) pairs. The judge
compares them with its reference: `keys-match` (the keys exactly), `values-match` (the largest
relative error over every model).

CALIBRATION (2026-11-25, CPU, one thread, seeds 0-4; the same figures as the one-process procedure):
  pass_comprehension    keys true, values 0 (float32 .norm() on both sides)
  pass_manual_sum       keys true, values 6.0e-8–8.7e-8 (float64 sum of squares vs float32 norms)
  fail_includes_frozen  keys false (0.0 for the frozen weight and the unused layer), values 0
  fail_max_not_l2       keys true, values 0.899–0.921 (≤ 1e-5)
  starter               keys false (empty dict), values inf
  Judge plus learner operation ≈ 0.02 s per seed (one thread).
"""
from __future__ import annotations

from grader.exercises.base import Criterion, Exercise, T

TOLERANCE = 1e-5
NONE_GRAD = T(
    ja="一部のパラメータには勾配がありません（.grad が None）。凍結されたパラメータ（requires_grad=False）や、"
       "順伝播で使われなかった層のパラメータがそうです。そのようなパラメータは飛ばして、辞書に入れないようにしましょう。",
    en="Some parameters have no gradient (their .grad is None): frozen parameters (requires_grad=False) and "
       "parameters of layers the forward pass did not use. Skip them and leave them out of the dictionary.")

EXERCISE = Exercise(
    grading=T(ja="採点中：隠れたモデルで、あなたの勾配ノルムを参照値と照らし合わせています",
              en="Grading: comparing your gradient norms with ours on hidden models"),
    slug="layer-grad-norms",
    traces=False,
    contract="""\
import torch
from torch import nn

def grad_norms(model: nn.Module) -> dict[str, float]: ...
""",
    criteria=[
        Criterion(
            "keys-match", "true", True,
            message=T(ja="返した辞書のキーが、勾配を持つパラメータの名前と一致する",
                      en="The keys are exactly the names of the parameters that have a gradient"),
            hint=T(ja="キーが、勾配を持つパラメータの名前と一致していません。モデルが付けている名前をそのまま使い、"
                      "勾配のないパラメータ（凍結されたものや、順伝播で使われなかった層のもの）は入れないようにしましょう。",
                   en="The keys differ from the names of the parameters that have a gradient. Use each parameter's "
                      "name exactly as the model gives it, and leave out parameters without a gradient (frozen "
                      "ones, or those of layers the forward pass did not use)."),
        ),
        Criterion(
            "values-match", "<=", TOLERANCE,
            message=T(ja="各値が勾配の L2 ノルムと一致する（最大相対誤差）",
                      en="Each value is the L2 norm of that gradient (largest relative error)"),
            hint=T(ja="値が勾配の L2 ノルムと一致していません。L2 ノルムは、勾配テンソルの全要素の 2 乗の和の平方根です"
                      "（最大の絶対値や平均ではありません）。1 つの数として返しましょう。",
                   en="A value differs from the L2 norm of the gradient: the square root of the sum of the squares "
                      "of all the gradient tensor's elements (not its largest absolute entry, nor a mean). Return it "
                      "as a single number."),
        ),
    ],
    explain=(
        ("AttributeError", "'NoneType' object has no attribute", NONE_GRAD),
        ("TypeError", "NoneType", NONE_GRAD),
    ),
)


def _models():
    import torch
    from torch import nn

    mlp = nn.Sequential(nn.Linear(64, 32), nn.Tanh(), nn.Linear(32, 32), nn.ReLU(), nn.Linear(32, 10))
    deep = nn.Sequential(*[m for _ in range(6) for m in (nn.Linear(16, 16), nn.Sigmoid())], nn.Linear(16, 10))
    cnn = nn.Sequential(nn.Unflatten(1, (1, 8, 8)), nn.Conv2d(1, 4, 3, padding=1), nn.ReLU(),
                        nn.BatchNorm2d(4), nn.Flatten(), nn.Linear(256, 10))
    frozen = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10))
    frozen[0].weight.requires_grad_(False)
    unused = nn.ModuleDict({"used": nn.Linear(64, 10), "unused": nn.Linear(64, 10)})
    return [("mlp", mlp, 64), ("deep-sigmoid", deep, 16), ("cnn", cnn, 64), ("frozen", frozen, 64),
            ("unused", unused, 64)], torch


# ---------------------------------------------------------------- the learner process


def _number(value):
    """What float() makes of a returned value (a Python number, a one-element tensor), or None."""
    try:
        return float(value)
    except (TypeError, ValueError, RuntimeError, OverflowError):
        return None


def _grad_norms(learner, model: str, names: list, params: list, grads: list, trainable: list):
    """Rebuild the judge's model `model` in the state it sent, and ask the learner for the norms.

    Answers None when grad_norms did not return a dict, else [[key or None, number or None], ...]
    (None for a key that is not a str, for a value float() cannot convert). Runs on a fork of the
    global RNG, so that run_local's loopback leaves the judge's draws as two processes would."""
    import torch

    with torch.random.fork_rng(devices=[]):
        return _rebuilt_grad_norms(learner, model, names, params, grads, trainable)


def _rebuilt_grad_norms(learner, model, names, params, grads, trainable):
    import torch

    from grader.harness.context import LearnerError

    built = {name: net for name, net, _ in _models()[0]}
    if model not in built:
        raise ValueError(f"unknown model {model!r}")
    net = built[model]
    named = list(net.named_parameters())
    if [n for n, _ in named] != list(names) or not len(named) == len(params) == len(grads) == len(trainable):
        raise ValueError(f"the parameters of {model!r} do not match")
    with torch.no_grad():
        for (_, p), value, grad, train in zip(named, params, grads, trainable, strict=True):
            p.copy_(value)
            p.requires_grad_(bool(train))
            p.grad = None if grad is None else grad.to(p.dtype).clone()
    try:
        got = learner.grad_norms(net)
    except Exception as exc:
        if type(exc).__name__ == "Refused":
            raise
        raise LearnerError(exc, "grad_norms") from None
    if not isinstance(got, dict):
        return None
    return [[key if isinstance(key, str) else None, _number(value)] for key, value in got.items()]


LEARNER_OPS = {"grad_norms": _grad_norms}


# ---------------------------------------------------------------- the judge


def judge(peer, ctx, seed: int) -> dict:
    from grader.harness.measure import one_thread

    with one_thread():
        return _judge(peer, ctx, seed)


def _answer(value, count: int):
    """The learner's pairs as {key: number or None}, and whether the keys were all str and distinct;
    None when grad_norms did not return a dict."""
    from grader.harness.peer import bad_answer, expect_list, expect_number

    if value is None:
        return None, False
    pairs = expect_list(value, "grad_norms", most=max(10_000, count))
    got, keys_ok = {}, True
    for pair in pairs:
        pair = expect_list(pair, "grad_norms: a pair", length=2)
        key, number = pair
        if key is not None and not isinstance(key, str):
            raise bad_answer("grad_norms: a key is not a str")
        if key is None or key in got:
            keys_ok = False
            continue
        got[key] = None if number is None else expect_number(number, "grad_norms: a value")
    return got, keys_ok


def _judge(peer, ctx, seed: int) -> dict:
    from grader.harness.measure import projection_loss

    models, torch = _models()
    device = ctx.torch_device()
    worst, keys_ok, series = 0.0, True, []
    for index, (name, model, width) in enumerate(models, 1):
        model.to(device)
        x = torch.randn(32, width, device=device)
        out = model["used"](x) if name == "unused" else model(x)
        projection_loss(out, seed).backward()
        named = list(model.named_parameters())
        expected = {n: float(torch.linalg.vector_norm(p.grad)) for n, p in named if p.grad is not None}
        answer = peer.call("grad_norms", model=name, names=[n for n, _ in named],
                           params=[p.detach() for _, p in named],
                           grads=[None if p.grad is None else p.grad.detach() for _, p in named],
                           trainable=[bool(p.requires_grad) for _, p in named])
        got, distinct = _answer(answer, len(named))
        if got is None or not distinct or set(got) != set(expected):
            keys_ok = False
        for key, value in expected.items():
            mine = (got or {}).get(key)
            if mine is None or mine != mine:
                error = float("inf")
            else:
                error = abs(mine - value) / max(abs(value), 1e-12)
            worst = max(worst, error)
        if name == "mlp":
            series = [{"layer": k, "norm": v, "learner": (got or {}).get(k)} for k, v in expected.items()]
        ctx.progress(index, len(models), None, phase="check")
    return {"measurements": {"keys-match": keys_ok, "values-match": worst},
            "series": {"grad_norms": series}}
