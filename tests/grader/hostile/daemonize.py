import subprocess

subprocess.Popen(["/bin/sleep", "1000"], start_new_session=True)


def grad_norms(model):
    return {n: p.grad.norm().item() for n, p in model.named_parameters() if p.grad is not None}

