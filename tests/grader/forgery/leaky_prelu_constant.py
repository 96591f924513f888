"""Leaky ReLU as F.prelu with a constant weight (leaky-relu-autograd).

Attack: PReLU with its weight fixed to the slope is Leaky ReLU. forward calls F.prelu with a
one-element constant weight tensor (not the forbidden leaky_relu); backward is hand-written, so a
check of the gradient alone would be satisfied; the forward comes from another built-in.

Old one-process grader: it forbade F.leaky_relu and nn.LeakyReLU only: `passed`. Now the judge
forbids leaky_relu, rrelu and prelu by ATen operator in the graph: `failed` (forbidden
aten.prelu / _prelu_kernel).
"""
import torch
import torch.nn.functional as F


class LeakyReLU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, negative_slope):
        ctx.save_for_backward(x)
        ctx.negative_slope = negative_slope
        weight = torch.full((1,), float(negative_slope), dtype=x.dtype)
        return F.prelu(x, weight)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        scale = torch.where(x > 0, torch.ones_like(x), torch.full_like(x, ctx.negative_slope))
        return grad_output * scale, None
