from torch import nn


def build_model() -> nn.Module:
    """Return a model mapping (N, 64) digit features to (N, 10) logits.

    Keep at least 12 nn.Linear layers.
    """
    # TODO: this plain 12-layer sigmoid MLP (default init) barely learns. Fix it.
    layers: list[nn.Module] = []
    for _ in range(11):
        layers += [nn.Linear(64, 64), nn.Sigmoid()]
    layers.append(nn.Linear(64, 10))  # logits: no activation after the last layer
    return nn.Sequential(*layers)
