import socket

try:
    socket.socket()
except Exception:
    pass


def grad_norms(model):
    return {n: p.grad.norm().item() for n, p in model.named_parameters() if p.grad is not None}

