"""Common mistake (or a shortcut): twelve nn.Linear layers declared, only three used in forward.
min-linear-layers counts the layers the forward pass calls, so it fails."""
import torch
from torch import nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(64, 64) for _ in range(11)] + [nn.Linear(64, 10)])

    def forward(self, x):
        x = torch.relu(self.layers[0](x))
        x = torch.relu(self.layers[1](x))
        return self.layers[-1](x)


def build_model() -> nn.Module:
    return Model()
