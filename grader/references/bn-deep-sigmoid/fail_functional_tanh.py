"""Failure of the contract, hidden in forward: nn.Sigmoid modules everywhere, but every other
layer also goes through torch.tanh. The operator census sees aten.tanh."""
import torch
from torch import nn


class Sneaky(nn.Module):
    def __init__(self):
        super().__init__()
        self.linears = nn.ModuleList([nn.Linear(64, 64, bias=False) for _ in range(19)])
        self.norms = nn.ModuleList([nn.BatchNorm1d(64) for _ in range(19)])
        self.act = nn.Sigmoid()
        self.out = nn.Linear(64, 10)

    def forward(self, x):
        for i, (linear, norm) in enumerate(zip(self.linears, self.norms, strict=True)):
            x = self.act(norm(linear(x)))
            if i % 2:
                x = torch.tanh(x)
        return self.out(x)


def build_model() -> nn.Module:
    return Sneaky()
