"""Common mistake: uses He's std as the bound of a uniform distribution (variance 3× too small)."""
import math

from torch import nn


def init_weights(model: nn.Module, nonlinearity: str) -> None:
    gain = math.sqrt(2.0) if nonlinearity == "relu" else 5.0 / 3.0
    for module in model.modules():
        if isinstance(module, nn.Linear):
            bound = gain / math.sqrt(module.in_features)
            nn.init.uniform_(module.weight, -bound, bound)
            nn.init.zeros_(module.bias)
