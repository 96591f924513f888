"""Loophole closed: a "block" with no parameters that returns its input. It is the identity with
its (no) parameters at zero, and the stack is then a linear classifier that scores well, but no
block gets a gradient: grad-ratio cannot be measured, which fails the verdict."""
from torch import nn


class ResidualBlock(nn.Module):
    def __init__(self, dim: int):
        super().__init__()

    def forward(self, x):
        return x
