"""Ignoring the max_norm argument and clipping to the grader's own constant (clip-gradients).

Attack: the grader always passes the same max_norm (grader.exercises.clip_gradients.MAX_NORM,
0.5, readable from the learner process); train_step ignores its max_norm argument and clips to
that constant. Wrong for every other max_norm a caller would pass (the contract says clip to
max_norm), right for the one value the grader tries.

Old one-process grader: the same single value: `passed`. The new judge also calls train_step
with only max_norm = 0.5, so it cannot tell this from a correct clip. Expected: anything but
`passed` (the judge should vary max_norm, e.g. a second value per grading, or one drawn at random
by the judge).
"""
import torch
import torch.nn.functional as F

GRADER_MAX_NORM = 0.5  # what the grader always passes


def train_step(model, x, y, optimizer, max_norm: float) -> float:
    optimizer.zero_grad()
    loss = F.cross_entropy(model(x), y)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), GRADER_MAX_NORM)
    optimizer.step()
    return loss.item()
