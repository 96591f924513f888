"""Networks the exercises build for the learner (torch only), public for the lesson figures.

An exercise passes its own constants (depth, width, gain); `figures/exploding.py` builds the
same networks at other sizes. Weights come from torch's global RNG, so a seed set before the
call gives the same network in the judge, the learner process and a figure script.
"""
from __future__ import annotations


def relu_mlp(depth: int, width: int, gain: float):
    """The explosive MLP of clip-gradients: 64 → width → … → 10, `depth` Linear layers, ReLU,
    He-normal × gain, zero biases."""
    import math

    from torch import nn

    layers, width_in = [], 64
    for index in range(depth):
        width_out = 10 if index == depth - 1 else width
        linear = nn.Linear(width_in, width_out)
        nn.init.normal_(linear.weight, 0.0, gain * math.sqrt(2.0 / width_in))
        nn.init.zeros_(linear.bias)
        layers.append(linear)
        if index < depth - 1:
            layers.append(nn.ReLU())
        width_in = width_out
    return nn.Sequential(*layers)


def bn_relu_mlp(depth: int, width: int):
    """warmup-schedule's network: Linear → BatchNorm (no affine) → ReLU, `depth` Linear layers in all."""
    from torch import nn

    layers, width_in = [], 64
    for _ in range(depth - 1):
        layers += [nn.Linear(width_in, width), nn.BatchNorm1d(width, affine=False), nn.ReLU()]
        width_in = width
    layers.append(nn.Linear(width_in, 10))
    return nn.Sequential(*layers)
