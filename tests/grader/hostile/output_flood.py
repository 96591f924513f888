import sys

while True:
    sys.stdout.write("gradient " * 10_000)


def grad_norms(model):
    return {n: p.grad.norm().item() for n, p in model.named_parameters() if p.grad is not None}

