"""Patching the norm functions (and clip_grad_norm_ itself) so every measured norm looks small (clip-gradients).

Attack: replace torch.linalg.vector_norm, torch.norm, Tensor.norm and torch._foreach_norm with
functions that report a norm of 0.1, and torch.nn.utils.clip_grad_norm_ with one that only
returns 0.1; train_step "clips" through the patched function, so nothing is clipped at all.

Old one-process grader: it watched the gradient at optimizer.step() and measured its norm with
these very functions, in this process: every step looked clipped: `passed`. Now the judge
recovers the applied gradient from the weights before and after the step and measures it in its
own process: the unclipped steps explode: `failed`.
"""
import torch
import torch.nn.functional as F

SMALL = 0.1


def _small_norm(*args, **kwargs):
    return torch.tensor(SMALL)


torch.linalg.vector_norm = _small_norm
torch.norm = _small_norm
torch.Tensor.norm = _small_norm
torch._foreach_norm = lambda tensors, *a, **k: [torch.tensor(SMALL) for _ in tensors]
torch.nn.utils.clip_grad_norm_ = lambda parameters, max_norm, *a, **k: torch.tensor(SMALL)


def train_step(model, x, y, optimizer, max_norm: float) -> float:
    optimizer.zero_grad()
    loss = F.cross_entropy(model(x), y)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm)
    optimizer.step()
    return loss.item()
