"""Rewriting the exercise module's MAX_NORM, LR, band and Criterion objects (clip-gradients).

Attack: import grader.exercises.clip_gradients and set MAX_NORM = 1e9 (so that the max_norm
handed to train_step never clips), NORM_BAND = (0, inf), STEPS = 1, and rewrite every Criterion
(frozen dataclasses, through object.__setattr__) to thresholds anything meets; train_step clips
by the (patched) module constant instead of the max_norm it is given.

Old one-process grader: the procedure and the criteria were read from these module objects in
this process: `passed`. Now the judge and the host use their own copies, and the judge draws each
step's max_norm itself: the learner's steps, clipped to 1e9, explode: `failed`.
"""
import math

import torch
import torch.nn.functional as F

import grader.exercises.clip_gradients as exercise

exercise.MAX_NORM = 1e9
exercise.NORM_BAND = (0.0, math.inf)
exercise.STEPS = 1
for criterion in exercise.EXERCISE.criteria:
    if criterion.op == "between":
        object.__setattr__(criterion, "threshold", (0.0, math.inf))
    elif criterion.op in ("<=", "<"):
        object.__setattr__(criterion, "threshold", math.inf)
    elif criterion.op in (">=", ">"):
        object.__setattr__(criterion, "threshold", -math.inf)


def train_step(model, x, y, optimizer, max_norm: float) -> float:
    optimizer.zero_grad()
    loss = F.cross_entropy(model(x), y)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), exercise.MAX_NORM)
    optimizer.step()
    return loss.item()
