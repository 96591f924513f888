"""batchnorm-from-scratch: the learner's batch_norm against nn.BatchNorm1d, step by step.

The learner process traces `batch_norm` (graphs.trace: make_fx in fake mode) for each
configuration: in training mode as (x, gamma, beta, running_mean, running_var, g) -> (y, dx,
dgamma, dbeta), the gradients from torch.autograd.grad with the cotangent g (None where autograd
gives none), and in evaluation mode (under no_grad) as (x, gamma, beta, running_mean,
running_var) -> y. The first configuration calls it without momentum and eps (the learner's
defaults apply: they must be 0.1 and 1e-5), the second passes a large momentum and a large eps
with a small batch. The graphs keep the in-place updates of running_mean and running_var as
writes into those inputs.

The judge rebuilds the graphs from data (graphs.from_wire) and runs them on its own tensors:
for each configuration, 5 training steps on fresh random inputs with per-feature shifts and
scales, comparing outputs and the gradients of a projection loss (its cotangent is g) with
respect to x, gamma and beta with nn.BatchNorm1d's, then the judge's running statistics (which
only the graphs update) with the module's; then 3 evaluation steps comparing outputs and checking
that the running statistics did not move. Everything is float32, as a learner would use it.

A forbidden built-in is an ATen operator in either graph (FORBIDDEN_OPS: the batch, layer, group,
instance and RMS normalizations, their backward, cuDNN and MIOpen variants), whatever Python name
reached it (F.batch_norm, nn.BatchNorm1d, torch.ops.aten..., F.layer_norm on x.T, ...); the
verdict is then a failure that says so. When tracing fails, the learner process runs the call
once more, eagerly, only to name a forbidden operator it dispatched (creating an nn.BatchNorm1d
inside the function and moving it with .to() cannot be traced in fake mode); nothing is measured
from that run.

Calibration: see CALIBRATION below the constants.
"""
from __future__ import annotations

from grader.exercises.base import Criterion, Exercise, T

# ATen operators the learner's graphs may not contain (by part of the name).
FORBIDDEN_OPS = ("batch_norm", "layer_norm", "group_norm", "instance_norm", "rms_norm")

OUTPUT_TOL = 1e-5
STATS_TOL = 1e-5
GRAD_TOL = 1e-4
TRAIN_STEPS = 5
EVAL_STEPS = 3
# (batch, features, keyword arguments passed, or None for the learner's defaults)
CONFIGS = ((32, 16, None), (6, 5, {"momentum": 0.3, "eps": 1e-3}))

# CALIBRATION (2026-11-25, CPU, float32, one thread, PyTorch 2.13; judge/learner-process design;
# references on seeds 0-39, failures on seeds 0-4).
# References (pass_explicit_formula, pass_var_mean): train-output and eval-output <= 1.9e-6 (threshold
#   1e-5), running-mean <= 2.4e-7 and running-var <= 4.8e-7 (1e-5), grad-x <= 1.1e-6 and grad-gamma-beta
#   <= 9.4e-7 relative to the largest entry (1e-4).
# Failures, best value vs threshold on the criteria they fail:
#   fail_fixed_momentum          train-output >= 3.8e-3, running-mean >= 0.39, running-var >= 0.40,
#                                eval-output >= 0.74, grad-x >= 1.6e-3, grad-gamma-beta >= 1.1e-3
#   fail_biased_running_var      running-var >= 0.30, eval-output >= 0.16
#   fail_unbiased_normalization  train-output >= 0.18, grad-x >= 0.087, grad-gamma-beta >= 0.087
#   fail_detached_stats          grad-x >= 0.74
#   fail_no_running_update       running-mean >= 0.88, running-var >= 0.81, eval-output >= 2.5
#   fail_eval_uses_batch_stats   eval-output >= 2.1
#   fail_calls_builtin, fail_calls_module, fail_saved_builtin (torch.batch_norm taken at import):
#                                forbidden aten.native_batch_norm; fail_layer_norm_transposed: forbidden
#                                aten.native_layer_norm
#   starter                      NotImplementedError (error verdict)
# Time per seed (CPU, one thread, busy 2-core host): 0.12-0.16 s, of which about 0.14 s is the learner
# process tracing the 4 graphs; about 0.06 s for a forbidden operator.

EXERCISE = Exercise(
    grading=T(ja="採点中：あなたのバッチ正規化を nn.BatchNorm1d と比べています",
              en="Grading: comparing your batch norm with nn.BatchNorm1d"),
    slug="batchnorm-from-scratch",
    contract="""\
import torch
from torch import Tensor

def batch_norm(x, gamma, beta, running_mean, running_var, training: bool,
               momentum: float = 0.1, eps: float = 1e-5) -> Tensor: ...
""",
    criteria=[
        Criterion(
            "train-output", "<=", OUTPUT_TOL,
            message=T(ja="学習モードの出力が nn.BatchNorm1d と一致する（最大絶対誤差）",
                      en="The training-mode output matches nn.BatchNorm1d (largest absolute error)"),
            hint=T(ja="特徴（列）ごとに、このバッチの平均と分散で正規化します。分散は N − 1 ではなく N で割る"
                      "標本分散で、eps は平方根の内側に足します。そのあと gamma 倍して beta を足します。"
                      "momentum と eps は決まった数にせず、渡された値を使いましょう。",
                   en="Normalize each feature (column) with this batch's mean and variance: the variance divided by "
                      "N, not N − 1, with eps added inside the square root; then scale by gamma and shift by beta. "
                      "Use the momentum and eps you are given rather than fixed numbers."),
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
            hint=T(ja="渡された running_mean のテンソルそのものを、その場で更新します。バッチの平均のほうへ "
                      "momentum の割合だけ近づける移動平均です。名前に新しいテンソルを代入しても呼び出し側には"
                      "届きません。推論モードでは更新しません。",
                   en="Update the running_mean tensor you were given, in place: a moving average that moves a "
                      "momentum share of the way towards the batch mean. Binding the name to a new tensor does not "
                      "reach the caller. Leave it alone in evaluation mode."),
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
                      "微分可能なテンソル演算だけで書けば autograd が正しく計算します。学習モードの出力もずれている"
                      "なら、勾配はそれに従うので、先に出力を直しましょう。",
                   en="The mean and the variance are functions of x too, and the gradient flows through them. "
                      "Avoid .detach() and .data: with differentiable tensor operations only, autograd gets it "
                      "right. If the training-mode output is off too, fix that first: the gradient follows it."),
        ),
        Criterion(
            "grad-gamma-beta", "<=", GRAD_TOL,
            message=T(ja="gamma と beta に対する勾配が nn.BatchNorm1d と一致する（最大誤差 / 最大成分）",
                      en="The gradients with respect to gamma and beta match nn.BatchNorm1d (largest error over "
                         "the largest entry)"),
            hint=T(ja="正規化した値に、渡された gamma をそのまま掛けて beta をそのまま足しましょう（切り離した"
                      "コピーや .detach() を使わない）。学習モードの出力もずれているなら、先にそちらを直します。",
                   en="Scale the normalized values by the gamma you were given and shift them by the beta you were "
                      "given, as they are (no detached copies, no .detach()). If the training-mode output is off "
                      "too, fix that first."),
        ),
    ],
)

INF = float("inf")


def _is_forbidden(name) -> bool:
    return isinstance(name, str) and any(part in name for part in FORBIDDEN_OPS)


# ---------------------------------------------------------------- the learner process


def _graphs(learner, requests):
    """One graph (wire data) per request [batch, features, training, keyword arguments or None]."""
    import torch

    gen = torch.Generator().manual_seed(0)
    answers = []
    for n, c, training, kwargs in requests:
        n, c = int(n), int(c)
        kwargs = {str(k): float(v) for k, v in kwargs.items()} if kwargs is not None else {}
        examples = [torch.randn(n, c, generator=gen), 1 + 0.5 * torch.randn(c, generator=gen),
                    0.5 * torch.randn(c, generator=gen), 0.3 * torch.randn(c, generator=gen),
                    0.5 + torch.rand(c, generator=gen)]
        if training:
            for t in examples[:3]:
                t.requires_grad_(True)
            answers.append(_trace(_train_fn(learner.batch_norm, kwargs), *examples, torch.randn(n, c, generator=gen)))
        else:
            answers.append(_trace(_eval_fn(learner.batch_norm, kwargs), *examples))
    return answers


def _output(y):
    import torch

    if not isinstance(y, torch.Tensor):
        raise TypeError(f"batch_norm must return a tensor, not {type(y).__name__}")
    return y


def _train_fn(batch_norm, kwargs):
    import torch

    def train(x, gamma, beta, running_mean, running_var, g):
        y = _output(batch_norm(x, gamma, beta, running_mean, running_var, True, **kwargs))
        grads = (None, None, None)
        if y.requires_grad and y.shape == x.shape:
            grads = torch.autograd.grad(y, [x, gamma, beta], g.to(y.dtype), allow_unused=True)
        return (y, *grads)

    return train


def _eval_fn(batch_norm, kwargs):
    import torch

    def evaluate(x, gamma, beta, running_mean, running_var):
        with torch.no_grad():
            return (_output(batch_norm(x, gamma, beta, running_mean, running_var, False, **kwargs)),)

    return evaluate


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
    error = (mine.detach().to(ref.dtype) - ref.detach()).abs().max()
    return float(error) if bool(torch.isfinite(error)) else INF


def _relative(mine, ref) -> float:
    import torch

    if not isinstance(mine, torch.Tensor) or mine.shape != ref.shape or not mine.is_floating_point():
        return INF
    scale = float(ref.abs().max()) or 1.0
    error = (mine.detach().to(ref.dtype) - ref).abs().max() / scale
    return float(error) if bool(torch.isfinite(error)) else INF


def judge(peer, ctx, seed: int) -> dict:
    from grader.harness.measure import one_thread

    with one_thread():
        return _judge(peer, ctx, seed)


def _judge(peer, ctx, seed: int) -> dict:
    import math

    import torch
    from torch import nn

    from grader.harness.peer import expect_list
    from grader.harness.traced import call_graph

    device = ctx.torch_device()
    wanted = [(n, c, training, kwargs) for n, c, kwargs in CONFIGS for training in (True, False)]
    answer = expect_list(peer.call("graphs", requests=[list(w) for w in wanted]), "graphs", length=len(wanted))
    gms = {(n, c, training): _receive(item, 6 if training else 5, ctx.device)
           for (n, c, training, _), item in zip(wanted, answer, strict=True)}

    worst = {c.id: 0.0 for c in EXERCISE.criteria}
    steps_series = []
    gen = torch.Generator(device="cpu").manual_seed(10_007 * seed + 11)

    def randn(*shape):
        return torch.randn(*shape, generator=gen).to(device)

    total = len(CONFIGS) * (TRAIN_STEPS + EVAL_STEPS)
    done = 0
    for index, (n, c, kwargs) in enumerate(CONFIGS):
        momentum = (kwargs or {}).get("momentum", 0.1)
        eps = (kwargs or {}).get("eps", 1e-5)
        bn = nn.BatchNorm1d(c, eps=eps, momentum=momentum).to(device)
        with torch.no_grad():
            bn.weight.copy_(1.0 + 0.5 * randn(c))
            bn.bias.copy_(0.5 * randn(c))
            bn.running_mean.copy_(0.3 * randn(c))
            bn.running_var.copy_(0.5 + torch.rand(c, generator=gen).to(device))
        gamma = bn.weight.detach().clone()
        beta = bn.bias.detach().clone()
        # The judge's running statistics: only the learner's graphs update them (in place).
        running_mean = bn.running_mean.clone()
        running_var = bn.running_var.clone()
        shift = randn(c)
        scale = 0.5 + 1.5 * torch.rand(c, generator=gen).to(device)

        bn.train()
        for step in range(1, TRAIN_STEPS + 1):
            x = randn(n, c) * scale + shift
            # The cotangent of the projection loss <y, r> / sqrt(numel) (measure.projection_loss).
            r = torch.randn((n, c), generator=torch.Generator(device="cpu").manual_seed(seed + step))
            cotangent = (r / math.sqrt(n * c)).to(device)
            x_ref = x.clone().requires_grad_(True)
            y_ref = bn(x_ref)
            ref_grads = torch.autograd.grad(y_ref, [x_ref, bn.weight, bn.bias], cotangent)
            y, grad_x, grad_gamma, grad_beta = call_graph(
                gms[(n, c, True)], [x.clone(), gamma.clone(), beta.clone(), running_mean, running_var,
                                    cotangent.clone()], 4, "batch_norm")
            out_err = _max_abs(y, y_ref)
            grad_x_err = grad_gb_err = INF
            if out_err < INF:
                grad_x_err = _relative(grad_x, ref_grads[0])
                grad_gb_err = max(_relative(grad_gamma, ref_grads[1]), _relative(grad_beta, ref_grads[2]))
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
            (y,) = call_graph(gms[(n, c, False)], [x.clone(), gamma.clone(), beta.clone(), running_mean,
                                                   running_var], 1, "batch_norm")
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
