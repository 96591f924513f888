"""Keeps a reference to the built-in taken at import (torch._C._nn.leaky_relu): still the forbidden operator."""
import torch

_leaky_relu = torch._C._nn.leaky_relu


class LeakyReLU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, negative_slope):
        ctx.save_for_backward(x)
        ctx.negative_slope = negative_slope
        return _leaky_relu(x, negative_slope)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return torch.where(x > 0, grad_output, grad_output * ctx.negative_slope), None
