"""Clipping correctly, then calling optimizer.step() twice (clip-gradients).

Attack: the gradient is clipped by global norm before optimizer.step(), which is what the grader
watches, and then the step is taken a second time with the same clipped gradient: each call
moves the weights twice as far as clipping allows.

Old one-process grader: it checked the gradient's norm whenever optimizer.step() ran, and both
calls saw a clipped gradient: `passed`. Now the judge measures the update that was applied, from
the weights before and after the call: twice max_norm: `failed` (norm-bound 2).
"""
import torch
import torch.nn.functional as F


def train_step(model, x, y, optimizer, max_norm: float) -> float:
    optimizer.zero_grad()
    loss = F.cross_entropy(model(x), y)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm)
    optimizer.step()
    optimizer.step()
    return loss.item()
