"""Common mistake: wraps nn.BatchNorm1d (forbidden: its forward calls the built-in)."""
import torch
from torch import Tensor, nn


def batch_norm(x, gamma, beta, running_mean, running_var, training: bool,
               momentum: float = 0.1, eps: float = 1e-5) -> Tensor:
    bn = nn.BatchNorm1d(x.shape[1], eps=eps, momentum=momentum).to(x.device)
    with torch.no_grad():
        bn.weight.copy_(gamma)
        bn.bias.copy_(beta)
        bn.running_mean.copy_(running_mean)
        bn.running_var.copy_(running_var)
    bn.train(training)
    y = bn(x)
    with torch.no_grad():
        running_mean.copy_(bn.running_mean)
        running_var.copy_(bn.running_var)
    return y
