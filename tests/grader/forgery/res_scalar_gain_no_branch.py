"""A "residual block" with no branch at all: the identity times a learnable scalar (residual-block).

Attack: forward is x * (1 + gain), gain a scalar parameter starting at 0. With its parameter at 0
it is the identity (zero-identity), its one parameter gets the same gradient in every block
(grad-ratio 1), and 50 of them between the grader's own input and output layers make a linear
classifier, which reaches about 0.96 on digits. Nothing of a residual block (no Linear, no
nonlinearity, no skip connection around a branch) is there.

Old one-process grader: the same three criteria on the learner's module: `passed`. The new judge
measures the criteria faithfully, but none of them requires the block to compute anything: the
accuracy threshold (0.9) is below what the judge's own two layers reach as a linear model.
Expected: anything but `passed` (e.g. require a matrix product on the block's data path, or an
accuracy above the linear baseline).
"""
import torch
from torch import nn


class ResidualBlock(nn.Module):
    def __init__(self, dim: int):
        super().__init__()
        self.gain = nn.Parameter(torch.zeros(1))

    def forward(self, x):
        return x * (1 + self.gain)
