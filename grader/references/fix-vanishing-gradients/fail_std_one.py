"""Common mistake: "fixing" vanishing gradients with large weights (std 1) and ReLU. The signal
and the gradient explode over eleven layers."""
from torch import nn


def build_model() -> nn.Module:
    layers: list[nn.Module] = []
    for _ in range(11):
        linear = nn.Linear(64, 64)
        nn.init.normal_(linear.weight, std=1.0)
        nn.init.zeros_(linear.bias)
        layers += [linear, nn.ReLU()]
    layers.append(nn.Linear(64, 10))
    return nn.Sequential(*layers)
