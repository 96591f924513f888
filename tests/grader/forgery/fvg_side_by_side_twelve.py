"""Twelve nn.Linear(64, 10) side by side, summed, counted as twelve layers (fix-vanishing-gradients).

Attack: the contract asks for at least 12 nn.Linear layers; twelve parallel Linear(64, 10) heads
whose outputs are summed give 12 Linear modules (and 12 addmm calls) but a network one layer deep,
which trains easily and has no vanishing gradient to fix.

Old one-process grader: it counted nn.Linear modules (or Linear calls): `passed`. Now the judge
measures the longest chain of matrix products along the data path of the traced graph, so layers
side by side count once: `failed` (min-linear-layers = 1).
"""
from torch import nn


class Wide(nn.Module):
    def __init__(self):
        super().__init__()
        self.heads = nn.ModuleList(nn.Linear(64, 10) for _ in range(12))

    def forward(self, x):
        out = self.heads[0](x)
        for head in self.heads[1:]:
            out = out + head(x)
        return out


def build_model() -> nn.Module:
    return Wide()
