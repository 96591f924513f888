"""The right keys with forged values: NaN, infinity, a plausible constant (layer-grad-norms).

Attack: return exactly the names of the parameters that have a gradient (the keys criterion) but
values that are not the norms: NaN (which compares False with everything, so a check written as
`not error > tol` lets it through), infinity, and 1.0.

Old one-process grader: its comparison skipped NaN values and took the keys as the main check:
`passed`. Now the judge turns a NaN or missing value into an infinite error: `failed`.
"""
import math


def grad_norms(model):
    values = [math.nan, math.inf, 1.0]
    return {name: values[i % 3]
            for i, (name, p) in enumerate(model.named_parameters()) if p.grad is not None}
