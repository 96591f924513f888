import torch
import torch.nn.functional as F


def train_step(model, x, y, optimizer, max_norm: float) -> float:
    loss = F.cross_entropy(model(x), y)
    loss.backward()  # no zero_grad(): this step's gradient adds to the last one's
    torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm)
    optimizer.step()
    return loss.item()
