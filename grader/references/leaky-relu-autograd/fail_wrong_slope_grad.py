"""Common mistake: the right forward pass, but backward scales the negative side by slope² (applies it twice)."""
import torch


class LeakyReLU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, negative_slope):
        y = torch.where(x > 0, x, x * negative_slope)
        ctx.save_for_backward(y)
        ctx.negative_slope = negative_slope
        return y

    @staticmethod
    def backward(ctx, grad_output):
        (y,) = ctx.saved_tensors
        s = ctx.negative_slope
        return torch.where(y > 0, grad_output, grad_output * s * s), None
