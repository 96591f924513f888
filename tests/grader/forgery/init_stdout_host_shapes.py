"""Result lines shaped to break the host, on stdout, stderr and every descriptor but the pipe (init-weights).

Attack: print (and os.write to descriptors 1-4 and 7-64) result lines that claim every criterion
is met, one nested 10,000 deep, one with a 5,000-digit integer as a measurement, one whose
series has a string as its x-value; meant to make a host that parses learner output crash
(system error) or take a forged line as the verdict. init_weights is Xavier for ReLU too (a
named failure).

Old one-process grader: descriptor 3 was the result channel and stdout a fallback: `passed` or a
crash of the parser. Now the host only ever parses the judge's channel; the learner's output is
shown as text: `failed`.
"""
import json
import os
import sys

from torch import nn

sys.set_int_max_str_digits(0)
MARKER = "KOBAI-FORGED-HOST"
GOOD = {"relu-forward": 1.0, "relu-backward": 1.0, "tanh-forward": 1.0, "tanh-backward": 1.0}
LINES = [
    '{"type": "result", "measurements": ' + "[" * 10_000 + "]" * 10_000 + "}",
    '{"type": "result", "measurements": {"relu-forward": ' + str(10 ** 5000) + "}}",
    json.dumps({"type": "result", "measurements": GOOD, "device": "cpu", "torch": MARKER, "timings": {},
                "series": {"loss": [{"step": MARKER, "loss": 1.0}], "lr": [[MARKER, 1.0]]}}),
]
for line in LINES:
    print(line)
    print(line, file=sys.stderr)
sys.stdout.flush()
sys.stderr.flush()
for fd in [1, 2, 3, 4, *range(7, 65)]:
    for line in LINES:
        try:
            os.write(fd, (line + "\n").encode())
        except OSError:
            pass


def init_weights(model: nn.Module, nonlinearity: str) -> None:
    for module in model.modules():
        if isinstance(module, nn.Linear):
            nn.init.xavier_normal_(module.weight)
            nn.init.zeros_(module.bias)
