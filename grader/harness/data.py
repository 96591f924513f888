"""scikit-learn's bundled 8×8 digits (no download): features in [0, 1], one fixed split."""
from __future__ import annotations

from functools import lru_cache

SPLIT_SEED = 20261125
VAL_FRACTION = 0.25


@lru_cache(maxsize=1)
def _arrays():
    import numpy as np
    from sklearn.datasets import load_digits

    x, y = load_digits(return_X_y=True)
    x = (x / 16.0).astype(np.float32)
    rng = np.random.default_rng(SPLIT_SEED)
    order = np.empty(len(y), dtype=np.int64)
    # A stratified split: the same share of each digit in train and validation.
    train, val = [], []
    for digit in range(10):
        idx = np.flatnonzero(y == digit)
        rng.shuffle(idx)
        cut = int(round(len(idx) * VAL_FRACTION))
        val.extend(idx[:cut])
        train.extend(idx[cut:])
    train, val = np.array(sorted(train)), np.array(sorted(val))
    del order
    return x[train], y[train].astype(np.int64), x[val], y[val].astype(np.int64)


def digits(device="cpu"):
    """(x_train, y_train, x_val, y_val) as tensors on `device`: 1,347 / 450 examples."""
    import torch

    x_train, y_train, x_val, y_val = _arrays()
    return tuple(torch.from_numpy(a).to(device) for a in (x_train, y_train, x_val, y_val))
