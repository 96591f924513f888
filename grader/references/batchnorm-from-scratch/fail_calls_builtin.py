"""Named failure: hands the work to the built-in F.batch_norm (forbidden)."""
import torch.nn.functional as F
from torch import Tensor


def batch_norm(x, gamma, beta, running_mean, running_var, training: bool,
               momentum: float = 0.1, eps: float = 1e-5) -> Tensor:
    return F.batch_norm(x, running_mean, running_var, gamma, beta, training, momentum, eps)
