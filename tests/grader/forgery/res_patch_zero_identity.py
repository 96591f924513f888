"""Patching the identity check: Tensor.zero_, the exercise's _zero_identity and IDENTITY_TOL (residual-block).

Attack: make "set every parameter to zero" a no-op (torch.Tensor.zero_ and nn.init.zeros_ leave
parameters alone), replace grader.exercises.residual_block._zero_identity with a function that
reports 0 and raise IDENTITY_TOL to infinity; the block itself has no skip connection (a plain
Linear + ReLU block with He init, a named failure).

Old one-process grader: it zeroed the block's parameters and compared with the input in this
process, through these functions: `passed`. Now the judge zeroes its own copy of the weights and
runs the graph itself: `failed` (zero-identity, val-accuracy).
"""
import math

import torch
from torch import nn

import grader.exercises.residual_block as exercise

_real_zero = torch.Tensor.zero_


def _zero_unless_parameter(self):
    if isinstance(self, nn.Parameter):
        return self
    return _real_zero(self)


torch.Tensor.zero_ = _zero_unless_parameter
exercise._zero_identity = lambda *args, **kwargs: 0.0
exercise.IDENTITY_TOL = math.inf


class ResidualBlock(nn.Module):
    def __init__(self, dim: int):
        super().__init__()
        self.linear = nn.Linear(dim, dim)
        nn.init.kaiming_normal_(self.linear.weight, nonlinearity="relu")

    def forward(self, x):
        return torch.relu(self.linear(x))
