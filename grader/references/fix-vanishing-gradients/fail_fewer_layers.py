"""Named failure: making the network shallower. Three layers train fine, but the contract asks
for at least 12 nn.Linear layers: min-linear-layers fails."""
from torch import nn


def build_model() -> nn.Module:
    return nn.Sequential(nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 10))
