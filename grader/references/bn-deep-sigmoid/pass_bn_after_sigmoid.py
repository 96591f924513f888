"""Reference, the other placement: Linear -> Sigmoid -> BatchNorm1d. Each Linear then sees
normalized inputs, which keeps the next sigmoid's input in its unsaturated range as well."""
from torch import nn


def build_model() -> nn.Module:
    layers: list[nn.Module] = []
    for _ in range(19):
        layers += [nn.Linear(64, 64), nn.Sigmoid(), nn.BatchNorm1d(64)]
    layers.append(nn.Linear(64, 10))
    return nn.Sequential(*layers)
