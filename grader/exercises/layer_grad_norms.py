"""layer-grad-norms: the learner's per-parameter gradient norms against ours, on hidden models."""
from __future__ import annotations

from grader.exercises.base import Criterion, Exercise, Name, T

EXERCISE = Exercise(
    slug="layer-grad-norms",
    names=[Name("grad_norms", params=("model",))],
    criteria=[
        Criterion(
            "keys-match", "true", True,
            message=T(ja="返した辞書のキーが、勾配を持つパラメータの名前と一致する",
                      en="The keys are exactly the names of the parameters that have a gradient"),
            hint=T(ja="named_parameters() の名前をそのまま使い、.grad が None のパラメータは飛ばしましょう。",
                   en="Use the names from named_parameters() unchanged, and skip parameters whose .grad is None."),
        ),
        Criterion(
            "values-match", "<=", 1e-5,
            message=T(ja="各値が勾配の L2 ノルムと一致する（最大相対誤差）",
                      en="Each value is the L2 norm of that gradient (largest relative error)"),
            hint=T(ja="p.grad.norm() は全要素の二乗和の平方根です。float() で Python の数値にして返しましょう。",
                   en="p.grad.norm() is the square root of the sum of squares over all elements; "
                      "return it as a Python float."),
        ),
    ],
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


def procedure(learner, ctx, seed: int) -> dict:
    from grader.harness.measure import projection_loss

    models, torch = _models()
    worst, keys_ok, series = 0.0, True, []
    for index, (name, model, width) in enumerate(models, 1):
        model.to(ctx.torch_device())
        x = torch.randn(32, width, device=ctx.torch_device())
        out = model["used"](x) if name == "unused" else model(x)
        projection_loss(out, seed).backward()
        expected = {n: float(torch.linalg.vector_norm(p.grad)) for n, p in model.named_parameters()
                    if p.grad is not None}
        got = ctx.call(learner.grad_norms, model, where="grad_norms")
        if not isinstance(got, dict) or set(map(str, got)) != set(expected):
            keys_ok = False
        for key, value in expected.items():
            try:
                mine = float(got[key]) if isinstance(got, dict) and key in got else float("nan")
            except (TypeError, ValueError):
                mine = float("nan")
            error = abs(mine - value) / max(abs(value), 1e-12) if mine == mine else float("inf")
            worst = max(worst, error)
        if name == "mlp":
            series = [{"layer": k, "norm": v, "learner": got.get(k) if isinstance(got, dict) else None}
                      for k, v in expected.items()]
        ctx.progress(index, len(models), None, phase="check")
    return {"measurements": {"keys-match": keys_ok, "values-match": worst},
            "series": {"grad_norms": series}}
