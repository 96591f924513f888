import torch.nn.functional as F


def train_step(model, x, y, optimizer, max_norm: float) -> float:
    optimizer.zero_grad()
    loss = F.cross_entropy(model(x), y)
    loss.backward()
    for p in model.parameters():  # each parameter on its own: not the global norm
        if p.grad is not None:
            norm = p.grad.norm()
            if norm > max_norm:
                p.grad.mul_(max_norm / (norm + 1e-6))
    optimizer.step()
    return loss.item()
