"""Named failure: Xavier init for every nonlinearity (with the tanh gain for tanh, none for ReLU)."""
from torch import nn


def init_weights(model: nn.Module, nonlinearity: str) -> None:
    gain = nn.init.calculate_gain("tanh") if nonlinearity == "tanh" else 1.0
    for module in model.modules():
        if isinstance(module, nn.Linear):
            nn.init.xavier_normal_(module.weight, gain=gain)
            nn.init.zeros_(module.bias)
