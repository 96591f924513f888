"""The forbidden built-in from the operator registry: torch.ops.aten.native_batch_norm (batchnorm-from-scratch).

Attack: call the ATen operator under batch norm directly, torch.ops.aten.native_batch_norm (found
through getattr strings, so that no Python name of the built-in appears in the source), which
normalises and updates the running statistics in place exactly like nn.BatchNorm1d.

Old one-process grader: it replaced F.batch_norm, torch.batch_norm and nn.BatchNorm* with
tripwires; the operator registry was not covered: `passed`. Now the judge reads the operators of
the traced graph: `failed` (forbidden aten.native_batch_norm).
"""
import torch

_op = getattr(torch.ops.aten, "native_" + "batch" + "_norm").default


def batch_norm(x, gamma, beta, running_mean, running_var, training: bool, momentum: float = 0.1,
               eps: float = 1e-5):
    out, _, _ = _op(x, gamma, beta, running_mean, running_var, training, momentum, eps)
    return out
