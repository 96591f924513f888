"""Failure of the contract: batch norm with ReLU instead of sigmoid. It trains, but sigmoid-only fails."""
from torch import nn


def build_model() -> nn.Module:
    layers: list[nn.Module] = []
    for _ in range(19):
        layers += [nn.Linear(64, 64, bias=False), nn.BatchNorm1d(64), nn.ReLU()]
    layers.append(nn.Linear(64, 10))
    return nn.Sequential(*layers)
