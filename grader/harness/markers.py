"""How a non-finite number travels as JSON, from the judge to the host and into a stored verdict:
the strings "nan", "inf" and "-inf" (JSON has no NaN). One place for both directions; the wire
between the two sandboxes carries raw tensors and says it its own way (wire.py)."""
from __future__ import annotations

import math

MARKERS = ("nan", "inf", "-inf")


def to_marker(value: float) -> float | str:
    """A finite float as it is; a non-finite one as its marker."""
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return value


def from_marker(value):
    """A marker as its float; anything else as it is."""
    return float(value) if isinstance(value, str) and value in MARKERS else value
