"""Named failure: a correct skip connection, but He init on both layers of the branch and no
scaling. Each block roughly doubles the signal's variance, so over 50 blocks the activations
and the updates blow up and training goes nowhere."""
import torch
from torch import nn


class ResidualBlock(nn.Module):
    def __init__(self, dim: int):
        super().__init__()
        self.fc1 = nn.Linear(dim, dim)
        self.fc2 = nn.Linear(dim, dim)
        for layer in (self.fc1, self.fc2):
            nn.init.kaiming_normal_(layer.weight, nonlinearity="relu")
            nn.init.zeros_(layer.bias)

    def forward(self, x):
        return x + self.fc2(torch.relu(self.fc1(torch.relu(x))))
