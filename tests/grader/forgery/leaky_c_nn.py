"""The forbidden built-in through its C binding: torch._C._nn.leaky_relu and leaky_relu_backward (leaky-relu-autograd).

Attack: forward and backward call torch._C._nn.leaky_relu / leaky_relu_backward, the C functions
under F.leaky_relu, so that replacing F.leaky_relu, torch.nn.LeakyReLU and friends with
tripwires during the call misses them.

Old one-process grader: it forbade the built-in by swapping Python attributes during gradcheck:
`passed`. Now the forbidden built-in is an ATen operator in the traced graphs (leaky_relu,
leaky_relu_backward), whatever name reached it: `failed` (forbidden).
"""
import torch


class LeakyReLU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, negative_slope):
        ctx.save_for_backward(x)
        ctx.negative_slope = negative_slope
        return torch._C._nn.leaky_relu(x, negative_slope)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return torch._C._nn.leaky_relu_backward(grad_output, x, ctx.negative_slope, False), None
