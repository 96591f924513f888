"""Weights that differ between calls on the same seed (init-weights).

Attack: a module-level counter makes init_weights alternate between He/Xavier (right) and
std 0.01 (wrong), whatever the seed; the first call on any net is right. Built against a grader
that initialised a net once (or read the first copy) and then assumed that later calls on the
same seed reproduce it, e.g. to plot, or to re-measure a copy it had checked.

Old one-process grader: it checked one initialisation and plotted another: `passed`. Now the
judge measures exactly the weights it receives, every copy of every net, averaged over the copies:
half of them collapse: `failed`.
"""
from torch import nn

calls = [0]


def init_weights(model: nn.Module, nonlinearity: str) -> None:
    calls[0] += 1
    right = calls[0] % 2 == 1
    for module in model.modules():
        if isinstance(module, nn.Linear):
            if not right:
                nn.init.normal_(module.weight, 0.0, 0.01)
            elif nonlinearity == "relu":
                nn.init.kaiming_normal_(module.weight, nonlinearity="relu")
            else:
                nn.init.xavier_normal_(module.weight, gain=nn.init.calculate_gain("tanh"))
            nn.init.zeros_(module.bias)
