"""The forbidden built-in through a reference saved at import (batchnorm-from-scratch).

Attack: `bn = torch.batch_norm` at import time, before any tripwire is set, then batch_norm
calls the saved reference: replacing F.batch_norm and nn.BatchNorm1d with tripwires during the
call does not touch a reference taken earlier.

Old one-process grader: it forbade the built-in by swapping module attributes during the call:
`passed`. Now the forbidden built-in is an ATen operator in the traced graph (native_batch_norm),
whatever Python name reached it: `failed` (forbidden).
"""
import torch

bn = torch.batch_norm


def batch_norm(x, gamma, beta, running_mean, running_var, training: bool, momentum: float = 0.1,
               eps: float = 1e-5):
    return bn(x, gamma, beta, running_mean, running_var, training, momentum, eps, False)
