with open("/sandbox/fill.bin", "wb") as f:
    while True:
        f.write(b"\0" * (1 << 20))


def grad_norms(model):
    return {n: p.grad.norm().item() for n, p in model.named_parameters() if p.grad is not None}

