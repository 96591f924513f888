"""What the figure scripts share: epoch-shuffled mini-batches, one SGD step, the geometric mean."""
from __future__ import annotations

import math
from collections.abc import Iterator

import numpy as np
import torch
from torch import nn


def minibatches(n: int, batch_size: int, generator: torch.Generator, steps: int) -> Iterator[torch.Tensor]:
    """`steps` index batches: a new permutation each epoch; a tail shorter than a batch is dropped."""
    order = torch.empty(0, dtype=torch.long)
    for _ in range(steps):
        if len(order) < batch_size:  # a new epoch: reshuffle
            order = torch.randperm(n, generator=generator)
        index, order = order[:batch_size], order[batch_size:]
        yield index


def sgd_step(model: nn.Module, optimizer: torch.optim.Optimizer, x: torch.Tensor, y: torch.Tensor) -> float:
    """One cross-entropy step; returns the loss before the update."""
    loss = nn.functional.cross_entropy(model(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    return loss.item()


def geometric_mean(values) -> float:
    return float(math.exp(np.mean(np.log(values))))
