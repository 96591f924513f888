"""Reference: ReZero, x + alpha * F(x) with a learnable scalar alpha initialised to 0 (Bachlechner
et al., 2020). Every block starts as the identity; F keeps PyTorch's default init."""
import torch
from torch import nn


class ResidualBlock(nn.Module):
    def __init__(self, dim: int):
        super().__init__()
        self.fc1 = nn.Linear(dim, dim)
        self.fc2 = nn.Linear(dim, dim)
        self.alpha = nn.Parameter(torch.zeros(()))

    def forward(self, x):
        return x + self.alpha * self.fc2(torch.relu(self.fc1(x)))
