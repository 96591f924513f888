"""Named failure: tanh instead of sigmoid, default init. tanh' reaches 1 only at 0 and the default
weights are small, so the gradient still fades with depth."""
from torch import nn


def build_model() -> nn.Module:
    layers: list[nn.Module] = []
    for _ in range(11):
        layers += [nn.Linear(64, 64), nn.Tanh()]
    layers.append(nn.Linear(64, 10))
    return nn.Sequential(*layers)
