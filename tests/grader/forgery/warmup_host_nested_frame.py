"""A hand-made answer frame nested 10,000 deep, with a 5,000-digit int and a string x-value (warmup-schedule).

Attack: replace the learner process's "rates" operation (grader.exercises.warmup_schedule's
LEARNER_OPS, which the learner process serves from) with one that writes its own frame to the
answer pipe: valid framing, but a JSON header nested 10,000 deep holding a 5,000-digit integer
and a forged series whose x-values are strings, meant to crash the judge's parser (RecursionError,
the int digit limit) into a system error or a half-read verdict. make_scheduler itself is a
constant rate.

Old one-process grader: the harness serialised such values itself, in this process, on its
result channel. Now the judge's wire reader bounds the header's size and depth and refuses what it
cannot parse: `error` (an answer the grader cannot use).
"""
import os
import struct
import sys

from torch.optim.lr_scheduler import LambdaLR

import grader.exercises.warmup_schedule as exercise

sys.set_int_max_str_digits(0)
MARKER = "KOBAI-FORGED-FRAME"


def _forged_rates(learner, settings):
    deep = "[" * 10_000 + "]" * 10_000
    body = ('{"v":{"ok":true,"value":[' + deep + ',' + str(10 ** 5000) + ',{"series":{"lr":[["' + MARKER
            + '",1.0]]}}]},"t":[]}').encode()
    frame = b"KB1F" + struct.pack(">I", len(body)) + body
    os.write(6, frame)
    return [[1.0] * int(total) for _, total, _ in settings]


exercise.LEARNER_OPS["rates"] = _forged_rates


def make_scheduler(optimizer, warmup_steps: int, total_steps: int):
    return LambdaLR(optimizer, lambda step: 1.0)
