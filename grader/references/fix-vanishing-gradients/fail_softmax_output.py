"""Common mistake: a good body (ReLU + He init) but a softmax after the last layer. The grader's
cross-entropy then sees probabilities as logits, and training barely moves."""
from torch import nn


def build_model() -> nn.Module:
    layers: list[nn.Module] = []
    for _ in range(11):
        linear = nn.Linear(64, 64)
        nn.init.kaiming_normal_(linear.weight, nonlinearity="relu")
        nn.init.zeros_(linear.bias)
        layers += [linear, nn.ReLU()]
    layers += [nn.Linear(64, 10), nn.Softmax(dim=1)]
    return nn.Sequential(*layers)
