"""A model that shows sigmoids while inspected and runs ReLU + batch norm otherwise (bn-deep-sigmoid).

Attack: forward() asks whether it is being traced (torch.compiler.is_compiling(), an active
proxy or fake dispatch mode through torch._C._get_dispatch_mode, or a FakeTensor input): then it
is a compliant-looking 20-layer sigmoid MLP; run for real it is Linear + BatchNorm + ReLU, which
trains well but breaks the sigmoid-only contract.

Old one-process grader: it inspected the nonlinearities from a trace and trained the eager
model, which took the ReLU path: `passed`. Now the judge trains the very graph it inspected (the
sigmoid MLP without normalization), which does not learn: `failed` (val-accuracy).
"""
import torch
from torch import nn


def _inspected(x) -> bool:
    if torch.compiler.is_compiling():
        return True
    try:
        for key in (torch._C._TorchDispatchModeKey.PROXY, torch._C._TorchDispatchModeKey.FAKE):
            if torch._C._get_dispatch_mode(key) is not None:
                return True
    except (AttributeError, RuntimeError):
        pass
    return type(x).__name__ == "FakeTensor"


class TwoFaced(nn.Module):
    def __init__(self):
        super().__init__()
        self.linears = nn.ModuleList([nn.Linear(64, 64) for _ in range(19)] + [nn.Linear(64, 10)])
        self.norms = nn.ModuleList(nn.BatchNorm1d(64) for _ in range(19))

    def forward(self, x):
        inspected = _inspected(x)
        for linear, norm in zip(self.linears[:-1], self.norms, strict=True):
            x = torch.sigmoid(linear(x)) if inspected else torch.relu(norm(linear(x)))
        return self.linears[-1](x)


def build_model() -> nn.Module:
    return TwoFaced()
