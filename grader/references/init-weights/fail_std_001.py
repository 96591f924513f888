"""Named failure: N(0, 0.01²) weights whatever the width."""
from torch import nn


def init_weights(model: nn.Module, nonlinearity: str) -> None:
    for module in model.modules():
        if isinstance(module, nn.Linear):
            nn.init.normal_(module.weight, mean=0.0, std=0.01)
            nn.init.zeros_(module.bias)
