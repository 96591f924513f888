import torch.nn.functional as F


def train_step(model, x, y, optimizer, max_norm: float) -> float:
    """One training step with gradient clipping by global norm; returns the loss."""
    optimizer.zero_grad()
    loss = F.cross_entropy(model(x), y)
    loss.backward()
    # TODO: clip the gradients so that their global norm is at most max_norm
    optimizer.step()
    return loss.item()
