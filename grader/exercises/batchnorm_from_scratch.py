"""batchnorm-from-scratch: the learner's batch_norm against nn.BatchNorm1d, step by step.

Two configurations (the default momentum and eps passed implicitly; a large momentum, a large
eps and a small batch passed explicitly), each: 5 training steps on fresh random inputs with
per-feature shifts and scales, comparing outputs and the gradients of a projection loss with
respect to x, gamma and beta, then the running statistics; then 3 evaluation steps comparing
outputs and checking that the running statistics did not move. The normalization built-ins are
forbidden during the learner's calls. Everything is float32, as a learner would use it.

Calibration (2026-11-25, CPU, float32; 40 seeds for the references, 5 for the rest; ≈ 0.01 s
per seed): the references stay at outputs ≤ 1.9e-6 (threshold 1e-5), running statistics
≤ 4.8e-7 (1e-5), gradients ≤ 9.4e-7 relative to the largest entry (1e-4). The closest failures:
fixed momentum and eps, train-output ≥ 3.8e-3; biased running variance, running-var ≥ 0.30 and
eval-output ≥ 0.16; unbiased normalization, grad-x ≥ 0.087; detached statistics, grad-x ≥ 0.74;
no in-place update, running-mean ≥ 0.88; batch statistics in eval, eval-output ≥ 2.1. Calling
F.batch_norm, nn.BatchNorm1d or F.layer_norm on x.T is a forbidden call.
"""
from __future__ import annotations

from grader.exercises.base import Criterion, Exercise, Name, T

FORBIDDEN = (
    "torch.nn.functional:batch_norm", "torch.nn.functional:instance_norm", "torch.nn.functional:layer_norm",
    "torch.nn.functional:group_norm", "torch:batch_norm", "torch:native_batch_norm",
    "torch:_native_batch_norm_legit", "torch:_native_batch_norm_legit_no_training",
    "torch:_batch_norm_impl_index", "torch:batch_norm_stats", "torch:batch_norm_elemt",
    "torch:batch_norm_update_stats", "torch:instance_norm", "torch:layer_norm", "torch:native_layer_norm",
    "torch:group_norm", "torch:native_group_norm",
)

OUTPUT_TOL = 1e-5
STATS_TOL = 1e-5
GRAD_TOL = 1e-4
TRAIN_STEPS = 5
EVAL_STEPS = 3

EXERCISE = Exercise(
    slug="batchnorm-from-scratch",
    names=[Name("batch_norm", params=("x", "gamma", "beta", "running_mean", "running_var", "training",
                                      "momentum", "eps"))],
    criteria=[
        Criterion(
            "train-output", "<=", OUTPUT_TOL,
            message=T(ja="学習モードの出力が nn.BatchNorm1d と一致する（最大絶対誤差）",
                      en="The training-mode output matches nn.BatchNorm1d (largest absolute error)"),
            hint=T(ja="特徴ごとにバッチ方向（dim=0）の平均と標本分散（unbiased=False）をとり、"
                      "(x - 平均) / sqrt(分散 + eps) を gamma 倍して beta を足します。eps は平方根の内側です。",
                   en="Per feature, take the mean and the biased variance (unbiased=False) over the batch "
                      "(dim=0), then gamma * (x - mean) / sqrt(var + eps) + beta, with eps inside the square root."),
        ),
        Criterion(
            "eval-output", "<=", OUTPUT_TOL,
            message=T(ja="推論モードの出力が nn.BatchNorm1d と一致する（最大絶対誤差）",
                      en="The evaluation-mode output matches nn.BatchNorm1d (largest absolute error)"),
            hint=T(ja="training=False では、バッチの統計量ではなく running_mean と running_var で正規化し、"
                      "それらを更新しないようにしましょう。",
                   en="With training=False, normalize with running_mean and running_var instead of the batch "
                      "statistics, and do not update them."),
        ),
        Criterion(
            "running-mean", "<=", STATS_TOL,
            message=T(ja="5 ステップ後（と推論後）の running_mean が nn.BatchNorm1d と一致する（最大絶対誤差）",
                      en="running_mean after 5 steps (and after evaluation) matches nn.BatchNorm1d "
                         "(largest absolute error)"),
            hint=T(ja="渡された running_mean をその場で更新します："
                      "running_mean.mul_(1 - momentum).add_(momentum * mean)。"
                      "新しいテンソルを代入しても呼び出し側には届きません。推論モードでは更新しません。",
                   en="Update the running_mean you were given in place: "
                      "running_mean.mul_(1 - momentum).add_(momentum * mean). Assigning a new tensor to the "
                      "name does not reach the caller. Do not update it in evaluation mode."),
        ),
        Criterion(
            "running-var", "<=", STATS_TOL,
            message=T(ja="5 ステップ後（と推論後）の running_var（不偏分散の移動平均）が nn.BatchNorm1d と一致する",
                      en="running_var (the running average of the unbiased variance) after 5 steps (and after "
                         "evaluation) matches nn.BatchNorm1d"),
            hint=T(ja="移動分散には、正規化に使う標本分散ではなく不偏分散（n/(n-1) 倍）を使います。"
                      "momentum は引数の値を使い、0.1 と決め打ちしないようにしましょう。",
                   en="The running variance takes the unbiased variance (times n/(n-1)), not the biased one used "
                      "to normalize. Use the momentum argument rather than a hard-coded 0.1."),
        ),
        Criterion(
            "grad-x", "<=", GRAD_TOL,
            message=T(ja="x に対する勾配が nn.BatchNorm1d と一致する（最大誤差 / 最大成分）",
                      en="The gradient with respect to x matches nn.BatchNorm1d (largest error over the "
                         "largest entry)"),
            hint=T(ja="平均と分散も x の関数なので、勾配はそれらを通っても流れます。.detach() や .data を使わず、"
                      "微分可能なテンソル演算だけで書けば autograd が正しく計算します。",
                   en="The mean and the variance are functions of x too, and the gradient flows through them. "
                      "Avoid .detach() and .data: with differentiable tensor operations only, autograd gets it "
                      "right."),
        ),
        Criterion(
            "grad-gamma-beta", "<=", GRAD_TOL,
            message=T(ja="gamma と beta に対する勾配が nn.BatchNorm1d と一致する（最大誤差 / 最大成分）",
                      en="The gradients with respect to gamma and beta match nn.BatchNorm1d (largest error over "
                         "the largest entry)"),
            hint=T(ja="出力は gamma * x_hat + beta の形にして、渡された gamma と beta をそのまま使いましょう"
                      "（コピーや .detach() をしない）。",
                   en="Make the output gamma * x_hat + beta, using the gamma and beta you were given as they are "
                      "(no copies, no .detach())."),
        ),
    ],
    forbidden=FORBIDDEN,
)

INF = float("inf")


def _max_abs(mine, ref) -> float:
    import torch

    if not isinstance(mine, torch.Tensor) or mine.shape != ref.shape:
        return INF
    error = (mine.detach().to(ref.dtype) - ref.detach()).abs().max()
    return float(error) if bool(torch.isfinite(error)) else INF


def _relative(mine, ref) -> float:
    import torch

    if not isinstance(mine, torch.Tensor) or mine.shape != ref.shape:
        return INF
    scale = float(ref.abs().max()) or 1.0
    error = (mine.detach().to(ref.dtype) - ref).abs().max() / scale
    return float(error) if bool(torch.isfinite(error)) else INF


def _configs():
    # (batch, features, explicit keyword arguments or None for the defaults)
    return [(32, 16, None), (6, 5, {"momentum": 0.3, "eps": 1e-3})]


def procedure(learner, ctx, seed: int) -> dict:
    import torch
    from torch import nn

    from grader.harness.measure import projection_loss

    device = ctx.torch_device()
    targets = EXERCISE.forbidden_targets()
    worst = {c.id: 0.0 for c in EXERCISE.criteria}
    steps_series = []
    gen = torch.Generator(device="cpu").manual_seed(10_007 * seed + 11)

    def randn(*shape):
        return torch.randn(*shape, generator=gen).to(device)

    configs = _configs()
    total = len(configs) * (TRAIN_STEPS + EVAL_STEPS)
    done = 0
    for index, (n, c, kwargs) in enumerate(configs):
        momentum = (kwargs or {}).get("momentum", 0.1)
        eps = (kwargs or {}).get("eps", 1e-5)
        bn = nn.BatchNorm1d(c, eps=eps, momentum=momentum).to(device)
        with torch.no_grad():
            bn.weight.copy_(1.0 + 0.5 * randn(c))
            bn.bias.copy_(0.5 * randn(c))
            bn.running_mean.copy_(0.3 * randn(c))
            bn.running_var.copy_(0.5 + torch.rand(c, generator=gen).to(device))
        gamma = bn.weight.detach().clone().requires_grad_(True)
        beta = bn.bias.detach().clone().requires_grad_(True)
        running_mean = bn.running_mean.clone()
        running_var = bn.running_var.clone()
        shift = randn(c)
        scale = 0.5 + 1.5 * torch.rand(c, generator=gen).to(device)

        def run(x, training, _g=gamma, _b=beta, _rm=running_mean, _rv=running_var, _kw=kwargs):
            with ctx.forbid(*targets):
                if _kw is None:
                    return ctx.call(learner.batch_norm, x, _g, _b, _rm, _rv, training, where="batch_norm")
                return ctx.call(learner.batch_norm, x, _g, _b, _rm, _rv, training, where="batch_norm", **_kw)

        bn.train()
        for step in range(1, TRAIN_STEPS + 1):
            x = randn(n, c) * scale + shift
            x_ref = x.clone().requires_grad_(True)
            y_ref = bn(x_ref)
            ref_grads = torch.autograd.grad(projection_loss(y_ref, seed + step), [x_ref, bn.weight, bn.bias])
            x_mine = x.clone().requires_grad_(True)
            y = run(x_mine, True)
            out_err = _max_abs(y, y_ref)
            grad_x_err = grad_gb_err = INF
            if out_err < INF and y.requires_grad:
                grads = ctx.call(torch.autograd.grad, projection_loss(y, seed + step), [x_mine, gamma, beta],
                                 allow_unused=True, where="backward through batch_norm")
                grad_x_err = _relative(grads[0], ref_grads[0])
                grad_gb_err = max(_relative(grads[1], ref_grads[1]), _relative(grads[2], ref_grads[2]))
            worst["train-output"] = max(worst["train-output"], out_err)
            worst["grad-x"] = max(worst["grad-x"], grad_x_err)
            worst["grad-gamma-beta"] = max(worst["grad-gamma-beta"], grad_gb_err)
            done += 1
            ctx.progress(done, total, None, phase="check")
            steps_series.append({"config": index + 1, "step": step, "mode": "train", "output_error": out_err,
                                 "running_mean_error": _max_abs(running_mean, bn.running_mean),
                                 "running_var_error": _max_abs(running_var, bn.running_var)})
        worst["running-mean"] = max(worst["running-mean"], _max_abs(running_mean, bn.running_mean))
        worst["running-var"] = max(worst["running-var"], _max_abs(running_var, bn.running_var))

        bn.eval()
        for step in range(TRAIN_STEPS + 1, TRAIN_STEPS + EVAL_STEPS + 1):
            x = randn(n, c) * scale + shift
            with torch.no_grad():
                y_ref = bn(x)
                y = run(x.clone(), False)
            out_err = _max_abs(y, y_ref)
            worst["eval-output"] = max(worst["eval-output"], out_err)
            done += 1
            ctx.progress(done, total, None, phase="check")
            steps_series.append({"config": index + 1, "step": step, "mode": "eval", "output_error": out_err,
                                 "running_mean_error": _max_abs(running_mean, bn.running_mean),
                                 "running_var_error": _max_abs(running_var, bn.running_var)})
        # Evaluation must leave the running statistics alone.
        worst["running-mean"] = max(worst["running-mean"], _max_abs(running_mean, bn.running_mean))
        worst["running-var"] = max(worst["running-var"], _max_abs(running_var, bn.running_var))

    return {"measurements": worst, "series": {"steps": steps_series}}
