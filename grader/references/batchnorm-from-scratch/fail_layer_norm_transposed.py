"""Common shortcut: normalizes each feature with F.layer_norm on x.T (forbidden built-in)."""
import torch
import torch.nn.functional as F
from torch import Tensor


def batch_norm(x, gamma, beta, running_mean, running_var, training: bool,
               momentum: float = 0.1, eps: float = 1e-5) -> Tensor:
    if training:
        with torch.no_grad():
            running_mean.mul_(1 - momentum).add_(momentum * x.mean(dim=0))
            running_var.mul_(1 - momentum).add_(momentum * x.var(dim=0))
        x_hat = F.layer_norm(x.T, (x.shape[0],), eps=eps).T
    else:
        x_hat = (x - running_mean) / torch.sqrt(running_var + eps)
    return gamma * x_hat + beta
