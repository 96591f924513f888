import sys


def grad_norms(model):
    frame = sys._getframe(1)
    while frame is not None:
        print(frame.f_locals.keys())
        frame = frame.f_back
    return {n: p.grad.norm().item() for n, p in model.named_parameters() if p.grad is not None}
