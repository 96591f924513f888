"""Failure of the contract: a shallow (6-layer) batch-normalized sigmoid net. It trains, but
min-linear-layers fails (and it applies only 5 sigmoids)."""
from torch import nn


def build_model() -> nn.Module:
    layers: list[nn.Module] = []
    for _ in range(5):
        layers += [nn.Linear(64, 64, bias=False), nn.BatchNorm1d(64), nn.Sigmoid()]
    layers.append(nn.Linear(64, 10))
    return nn.Sequential(*layers)
