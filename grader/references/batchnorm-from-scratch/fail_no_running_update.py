"""Named failure: the running statistics are rebound to new tensors, never updated in place."""
import torch
from torch import Tensor


def batch_norm(x, gamma, beta, running_mean, running_var, training: bool,
               momentum: float = 0.1, eps: float = 1e-5) -> Tensor:
    if training:
        mean = x.mean(dim=0)
        var = x.var(dim=0, unbiased=False)
        running_mean = (1 - momentum) * running_mean + momentum * mean.detach()
        running_var = (1 - momentum) * running_var + momentum * x.var(dim=0).detach()
    else:
        mean, var = running_mean, running_var
    return gamma * (x - mean) / torch.sqrt(var + eps) + beta
