import os

print(os.listdir("/"))
print(open("/work/main/var/kobai.sqlite3", "rb").read(100))


def grad_norms(model):
    return {n: p.grad.norm().item() for n, p in model.named_parameters() if p.grad is not None}

