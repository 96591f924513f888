# The harness lets torch load CUDA's libraries lazily; the learner asking for one is refused.
import ctypes

ctypes.CDLL("libcublas.so.13")


def grad_norms(model):
    return {n: p.grad.norm().item() for n, p in model.named_parameters() if p.grad is not None}
