"""Common mistake: the forward pass scales the negative entries of x in place (the caller's x changes)."""
import torch


class LeakyReLU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, negative_slope):
        negative = x <= 0
        ctx.save_for_backward(negative)
        ctx.negative_slope = negative_slope
        x[negative] *= negative_slope
        return x.clone()

    @staticmethod
    def backward(ctx, grad_output):
        (negative,) = ctx.saved_tensors
        return torch.where(negative, grad_output * ctx.negative_slope, grad_output), None
