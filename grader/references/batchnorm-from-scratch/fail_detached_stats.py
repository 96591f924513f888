"""Common mistake: the batch mean and variance are detached, so grad-x misses their terms."""
import torch
from torch import Tensor


def batch_norm(x, gamma, beta, running_mean, running_var, training: bool,
               momentum: float = 0.1, eps: float = 1e-5) -> Tensor:
    if training:
        mean = x.mean(dim=0).detach()
        var = x.var(dim=0, unbiased=False).detach()
        running_mean.mul_(1 - momentum).add_(momentum * mean)
        running_var.mul_(1 - momentum).add_(momentum * x.var(dim=0).detach())
    else:
        mean, var = running_mean, running_var
    return gamma * (x - mean) / torch.sqrt(var + eps) + beta
