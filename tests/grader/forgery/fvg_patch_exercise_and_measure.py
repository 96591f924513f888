"""Rewriting the exercise's constants, its Criterion objects and the measurement helpers (fix-vanishing-gradients).

Attack: import the exercise module and the harness and, in this process, set MIN_LINEAR = 1,
RATIO_MIN = 0, ACCURACY = 0, STEPS = 5000, LR = 0.5; rewrite each frozen Criterion's threshold with
object.__setattr__; replace grader.harness.measure.gradient_flow, train_and_evaluate, accuracy and
ratio_of with functions returning perfect figures. The model is the starter's 12-layer sigmoid MLP.

Old one-process grader: the procedure read these constants and helpers from the same modules at
measuring time, and the criteria were judged from the patched objects: `passed`. Now the judge
and the host hold their own copies of these modules in other processes: `failed`.
"""
from torch import nn

import grader.exercises.fix_vanishing_gradients as exercise
import grader.harness.measure as measure

MARKER = "KOBAI-FORGED-CONSTANTS"

exercise.MIN_LINEAR = 1
exercise.RATIO_MIN = 0.0
exercise.ACCURACY = 0.0
exercise.STEPS = 5000
exercise.LR = 0.5
for criterion in exercise.EXERCISE.criteria:
    object.__setattr__(criterion, "threshold", 0 if criterion.op != "true" else criterion.threshold)
    object.__setattr__(criterion, "op", ">=" if criterion.op != "true" else "true")
measure.gradient_flow = lambda *a, **k: {"names": [MARKER], "norms": [1.0], "ratio": 1.0, "depth": 12}
measure.train_and_evaluate = lambda *a, **k: {"best": 1.0, "finite": True, "curve": [], "loss": []}
measure.accuracy = lambda *a, **k: 1.0
measure.ratio_of = lambda first, last: 1.0


def build_model() -> nn.Module:
    layers: list[nn.Module] = []
    for _ in range(11):
        layers += [nn.Linear(64, 64), nn.Sigmoid()]
    layers.append(nn.Linear(64, 10))
    return nn.Sequential(*layers)
