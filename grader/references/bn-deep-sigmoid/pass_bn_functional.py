"""Reference in a custom module: 24 Linear layers of width 96, batch norm, torch.sigmoid called
in forward (no nn.Sigmoid modules), layers registered output-first to check the call order."""
import torch
from torch import nn


class DeepSigmoid(nn.Module):
    def __init__(self, depth: int = 24, width: int = 96):
        super().__init__()
        self.head = nn.Linear(width, 10)
        self.linears = nn.ModuleList([nn.Linear(64 if i == 0 else width, width) for i in range(depth - 1)])
        self.norms = nn.ModuleList([nn.BatchNorm1d(width) for _ in range(depth - 1)])

    def forward(self, x):
        for linear, norm in zip(self.linears, self.norms, strict=True):
            x = torch.sigmoid(norm(linear(x)))
        return self.head(x)


def build_model() -> nn.Module:
    return DeepSigmoid()
