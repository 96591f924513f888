"""ReLU written out as (z + sqrt(z * z)) / 2, with a decorative sigmoid (bn-deep-sigmoid).

Attack: the contract allows only the sigmoid as a nonlinearity. This network is Linear + BatchNorm
+ ReLU (which trains to about 0.94), except that ReLU is written with operators batch norm also
needs (mul, add, sqrt), and each layer adds 0 * sigmoid(z) so that the graph holds a sigmoid per
layer whose output reaches the logits.

Old one-process grader: it looked for ReLU modules and F.relu calls: `passed`. The new judge
reads the ATen operators of the graph: relu, clamp, where, max, ... are refused, but sqrt, mul and
add are allowed because a written-out normalization needs them. Expected: anything but `passed`
(sigmoid-only should be false).
"""
import torch
from torch import nn


class WrittenOutReLU(nn.Module):
    def forward(self, z):
        return (z + torch.sqrt(z * z + 1e-12)) * 0.5 + 0.0 * torch.sigmoid(z)


def build_model() -> nn.Module:
    layers: list[nn.Module] = []
    for _ in range(19):
        layers += [nn.Linear(64, 64, bias=False), nn.BatchNorm1d(64), WrittenOutReLU()]
    layers.append(nn.Linear(64, 10))
    return nn.Sequential(*layers)
