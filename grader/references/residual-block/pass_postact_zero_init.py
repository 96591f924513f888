"""Reference: post-activation (original ResNet) block relu(x + W2 relu(W1 x)), He init for W1 and
a zero-initialised W2, so that at init each block is the ReLU of its input."""
import torch
from torch import nn


class ResidualBlock(nn.Module):
    def __init__(self, dim: int):
        super().__init__()
        self.fc1 = nn.Linear(dim, dim)
        self.fc2 = nn.Linear(dim, dim)
        nn.init.kaiming_normal_(self.fc1.weight, nonlinearity="relu")
        nn.init.zeros_(self.fc1.bias)
        nn.init.zeros_(self.fc2.weight)
        nn.init.zeros_(self.fc2.bias)

    def forward(self, x):
        return torch.relu(x + self.fc2(torch.relu(self.fc1(x))))
