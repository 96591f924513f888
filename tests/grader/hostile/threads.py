import threading


def spin():
    while True:
        pass


threading.Thread(target=spin, daemon=True).start()


def grad_norms(model):
    return {n: p.grad.norm().item() for n, p in model.named_parameters() if p.grad is not None}

