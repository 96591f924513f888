"""Sending the judge a 5,000-digit integer as the loss (clip-gradients).

Attack: lift this process's int-to-str digit limit (sys.set_int_max_str_digits(0)) and replace
the harness's loss conversion (grader.exercises.clip_gradients._loss_value) so that the answer
carries the loss as an integer of 5,000 digits; meant to crash the reader on the other side
(ValueError from the digit limit, or OverflowError in float()) into a system error. train_step
itself does not clip.

Old one-process grader: the harness's own json.dumps of the measurements, in this process, could
be made to fail half-way through the result line: a truncated channel. Now the judge's wire
reader refuses a header it cannot parse, and the verdict is the learner's: `error` (an answer the
grader cannot use).
"""
import sys

import torch.nn.functional as F

import grader.exercises.clip_gradients as exercise

sys.set_int_max_str_digits(0)
HUGE = 10 ** 5000 + 1
exercise._loss_value = lambda value: HUGE


def train_step(model, x, y, optimizer, max_norm: float) -> float:
    optimizer.zero_grad()
    loss = F.cross_entropy(model(x), y)
    loss.backward()
    optimizer.step()
    return HUGE
