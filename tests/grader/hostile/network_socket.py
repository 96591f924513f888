import socket

socket.create_connection(("127.0.0.1", 6379), timeout=1)


def grad_norms(model):
    return {n: p.grad.norm().item() for n, p in model.named_parameters() if p.grad is not None}

