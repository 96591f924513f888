"""Keeps a reference to the built-in taken at import (torch.batch_norm): still the forbidden operator."""
from torch import Tensor
from torch import batch_norm as _batch_norm


def batch_norm(x, gamma, beta, running_mean, running_var, training: bool,
               momentum: float = 0.1, eps: float = 1e-5) -> Tensor:
    return _batch_norm(x, gamma, beta, running_mean, running_var, training, momentum, eps, False)
