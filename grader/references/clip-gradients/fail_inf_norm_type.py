import torch
import torch.nn.functional as F


def train_step(model, x, y, optimizer, max_norm: float) -> float:
    optimizer.zero_grad()
    loss = F.cross_entropy(model(x), y)
    loss.backward()
    # the largest component, not the L2 norm
    torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm, norm_type=float("inf"))
    optimizer.step()
    return loss.item()
