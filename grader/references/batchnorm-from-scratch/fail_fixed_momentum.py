"""Common mistake: ignores the momentum and eps arguments (hard-coded 0.1 and 1e-5)."""
import torch
from torch import Tensor


def batch_norm(x, gamma, beta, running_mean, running_var, training: bool,
               momentum: float = 0.1, eps: float = 1e-5) -> Tensor:
    if training:
        mean = x.mean(dim=0)
        var = x.var(dim=0, unbiased=False)
        with torch.no_grad():
            running_mean.mul_(0.9).add_(0.1 * mean)
            running_var.mul_(0.9).add_(0.1 * x.var(dim=0))
    else:
        mean, var = running_mean, running_var
    return gamma * (x - mean) / torch.sqrt(var + 1e-5) + beta
