"""A backward that is right for the first checks, then becomes ReLU's (leaky-relu-autograd).

Attack: a call counter: the first five backward calls (what the gradient checks use) give the
slope on the negative side; every later call (the training that measures dead units) gives 0
there, like plain ReLU, so units die in training. Built against a grader that checked the
gradient first and trained afterwards with the same object.

Old one-process grader: gradcheck and the slope check passed on the early calls, and its dead-unit
measurement hooked the forward output, not the gradient: `passed`. Now each graph is traced once
and the judge trains with the very vector-Jacobian graph it received: the ReLU gradient kills
units: `failed` (dead-units).
"""
import torch

calls = [0]


class LeakyReLU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, negative_slope):
        ctx.save_for_backward(x)
        ctx.negative_slope = negative_slope
        return torch.where(x > 0, x, x * negative_slope)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        calls[0] += 1
        slope = ctx.negative_slope if calls[0] <= 5 else 0.0
        return grad_output * torch.where(x > 0, torch.ones_like(x), torch.full_like(x, slope)), None
