"""Reference: Leaky ReLU with the matching He initialization (gain for negative_slope 0.1)."""
from torch import nn


def build_model() -> nn.Module:
    layers: list[nn.Module] = []
    for _ in range(11):
        linear = nn.Linear(64, 64)
        nn.init.kaiming_normal_(linear.weight, a=0.1, nonlinearity="leaky_relu")
        nn.init.zeros_(linear.bias)
        layers += [linear, nn.LeakyReLU(0.1)]
    layers.append(nn.Linear(64, 10))
    return nn.Sequential(*layers)
