import torch
from torch import nn


def grad_norms(model: nn.Module) -> dict[str, float]:
    out = {}
    for name, param in model.named_parameters():
        if param.grad is None:
            continue
        out[name] = float(torch.sqrt((param.grad.double() ** 2).sum()))
    return out
