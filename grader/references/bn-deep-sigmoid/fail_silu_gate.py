"""Loophole closed: SiLU written out as x * torch.sigmoid(x). Only aten.sigmoid and aten.mul appear
among the operators, but the sigmoid's output is multiplied by its own input: a gate, another
activation (it trains well with batch norm). sigmoid-only fails and names "silu"."""
import torch
from torch import nn


class Swish(nn.Module):
    def forward(self, x):
        return x * torch.sigmoid(x)


def build_model() -> nn.Module:
    layers: list[nn.Module] = []
    for _ in range(19):
        layers += [nn.Linear(64, 64, bias=False), nn.BatchNorm1d(64), Swish()]
    layers.append(nn.Linear(64, 10))
    return nn.Sequential(*layers)
