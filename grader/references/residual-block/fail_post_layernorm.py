"""Common mistake: a post-norm block, LayerNorm(x + F(x)) (the original Transformer's order). Its
skip path is clean and F starts at zero, but the normalization after the sum changes x even with
every parameter at zero (the LayerNorm's own gain and shift included): zero-identity fails."""
import torch
from torch import nn


class ResidualBlock(nn.Module):
    def __init__(self, dim: int):
        super().__init__()
        self.fc1 = nn.Linear(dim, dim)
        self.fc2 = nn.Linear(dim, dim)
        self.norm = nn.LayerNorm(dim)
        nn.init.zeros_(self.fc2.weight)
        nn.init.zeros_(self.fc2.bias)

    def forward(self, x):
        return self.norm(x + self.fc2(torch.relu(self.fc1(x))))
