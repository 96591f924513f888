"""The exercise registry: slug → module (dotted path), imported lazily.

A new exercise is one module in this package and one line here.
"""
from __future__ import annotations

import importlib

EXERCISES: dict[str, str] = {
    "layer-grad-norms": "grader.exercises.layer_grad_norms",
    "fix-vanishing-gradients": "grader.exercises.fix_vanishing_gradients",
    "clip-gradients": "grader.exercises.clip_gradients",
    "warmup-schedule": "grader.exercises.warmup_schedule",
    "leaky-relu-autograd": "grader.exercises.leaky_relu_autograd",
    "init-weights": "grader.exercises.init_weights",
    "batchnorm-from-scratch": "grader.exercises.batchnorm_from_scratch",
    "bn-deep-sigmoid": "grader.exercises.bn_deep_sigmoid",
    "residual-block": "grader.exercises.residual_block",
}


class UnknownExercise(KeyError):
    pass


def load(slug: str):
    """The exercise module for `slug` (it has EXERCISE and procedure)."""
    try:
        path = EXERCISES[slug]
    except KeyError:
        raise UnknownExercise(slug) from None
    return importlib.import_module(path)
