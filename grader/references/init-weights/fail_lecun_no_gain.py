"""Common mistake: variance 1 / fan_in for both nonlinearities, forgetting the gain."""
import math

from torch import nn


def init_weights(model: nn.Module, nonlinearity: str) -> None:
    for module in model.modules():
        if isinstance(module, nn.Linear):
            nn.init.normal_(module.weight, std=1.0 / math.sqrt(module.in_features))
            nn.init.zeros_(module.bias)
