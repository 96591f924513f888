"""Named failure (from the lesson): ReLU with PyTorch's default nn.Linear init. The default
weights are too small for ReLU, so the signal shrinks at every layer: accuracy stays near 10%."""
from torch import nn


def build_model() -> nn.Module:
    layers: list[nn.Module] = []
    for _ in range(11):
        layers += [nn.Linear(64, 64), nn.ReLU()]
    layers.append(nn.Linear(64, 10))
    return nn.Sequential(*layers)
