from torch import nn


def build_model() -> nn.Module:
    """Return a model mapping (N, 64) digit features to (N, 10) logits.

    Keep at least 20 nn.Linear layers and use no activation other than sigmoid.
    """
    # TODO: this 20-layer sigmoid MLP without normalization does not learn. Fix it.
    layers: list[nn.Module] = []
    for _ in range(19):
        layers += [nn.Linear(64, 64), nn.Sigmoid()]
    layers.append(nn.Linear(64, 10))  # logits: no activation after the last layer
    return nn.Sequential(*layers)
