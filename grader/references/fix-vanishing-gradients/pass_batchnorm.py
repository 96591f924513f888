"""Reference: batch normalization in every hidden layer (Linear -> BatchNorm1d -> ReLU), default init."""
from torch import nn


def build_model() -> nn.Module:
    layers: list[nn.Module] = []
    for _ in range(11):
        layers += [nn.Linear(64, 64, bias=False), nn.BatchNorm1d(64), nn.ReLU()]
    layers.append(nn.Linear(64, 10))
    return nn.Sequential(*layers)
