"""ReLU as a max-pool over (z, 0) pairs, with a decorative sigmoid (bn-deep-sigmoid).

Attack: the network is Linear + BatchNorm + ReLU, except that ReLU is max(z, 0) computed by
F.max_pool1d over the pairs stacked from z and zeros (max_pool2d_with_indices in the graph, which
no list of activation operators names), and each layer adds 0 * sigmoid(z) so that the graph has
a sigmoid per layer whose output reaches the logits.

Old one-process grader: it looked for ReLU modules and F.relu calls: `passed`. The new judge
refuses relu, clamp, maximum, max, where and the like by ATen operator, but not pooling.
Expected: anything but `passed` (sigmoid-only should be false).
"""
import torch
import torch.nn.functional as F
from torch import nn


class PoolReLU(nn.Module):
    def forward(self, z):
        pair = torch.stack([z, torch.zeros_like(z)], dim=2)
        return F.max_pool1d(pair, 2).squeeze(2) + 0.0 * torch.sigmoid(z)


def build_model() -> nn.Module:
    layers: list[nn.Module] = []
    for _ in range(19):
        layers += [nn.Linear(64, 64, bias=False), nn.BatchNorm1d(64), PoolReLU()]
    layers.append(nn.Linear(64, 10))
    return nn.Sequential(*layers)
