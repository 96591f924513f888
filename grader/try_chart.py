"""The Try panel's chart: per-layer gradient norms at init, the learner's model beside the
reference, on a log scale, server-drawn as SVG geometry for grader/_try_chart.html.

Layers are numbered 1…L from the input side. The y axis runs over whole decades that hold every
value, with a tick at each (every second or third when there are many); x ticks are layer numbers,
thinned so that they stay readable on a phone. A norm that is 0, missing or not finite cannot sit
on a log axis: it is left out of the line and shown as such in the table."""
from __future__ import annotations

import math

from grader.chart_scale import SUPERSCRIPT, power_label

WIDTH, HEIGHT = 340, 220
PAD_L, PAD_R, PAD_T, PAD_B = 50, 10, 10, 30


def _norm(value) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def norm_text(value) -> str:
    """A norm for the table: 4 significant digits, "0", or "–" when there is none."""
    value = _norm(value)
    if value is None:
        return "–"
    if value == 0:
        return "0"
    if 1e-3 <= abs(value) < 1e4:
        return f"{value:.4g}"
    mantissa, exponent = f"{value:.3e}".split("e")
    return f"{mantissa.rstrip('0').rstrip('.')} × 10{str(int(exponent)).translate(SUPERSCRIPT)}"


def decade_label(exponent: int) -> str:
    """10^exponent as a tick label: 0.01 … 1000 written out, 10⁻⁵ and 10⁶ further out."""
    if -2 <= exponent <= 3:
        return f"{10.0 ** exponent:g}"
    return power_label(exponent)


def layer_ticks(count: int) -> list[int]:
    """The layer numbers to label on the x axis: all up to 12, else every k-th from 1 and the last."""
    if count <= 12:
        return list(range(1, count + 1))
    step = math.ceil(count / 10)
    ticks = list(range(1, count + 1, step))
    if count - ticks[-1] < step / 2:
        ticks[-1] = count
    else:
        ticks.append(count)
    return ticks


def _norms(rows) -> list[float | None]:
    return [_norm(row.get("norm")) if isinstance(row, dict) else None for row in rows or []]


def grad_norm_chart(mine, reference) -> dict | None:
    """SVG geometry and table rows for the two series ([{"layer", "norm"}], input side first), or
    None when not one norm can be drawn."""
    ours, theirs = _norms(mine), _norms(reference)
    count = max(len(ours), len(theirs))
    drawable = [v for v in ours + theirs if v is not None and v > 0]
    if count == 0 or not drawable:
        return None
    low = math.floor(math.log10(min(drawable)))
    high = math.ceil(math.log10(max(drawable)))
    if high - low < 1:
        high = low + 1
    every = max(1, math.ceil((high - low) / 6))
    low = low - (low % every) if low % every else low
    while (high - low) % every:
        high += 1

    def sx(layer: int) -> float:
        if count == 1:
            return (PAD_L + WIDTH - PAD_R) / 2
        return PAD_L + 8 + (layer - 1) / (count - 1) * (WIDTH - PAD_L - PAD_R - 16)

    def sy(value: float) -> float:
        return PAD_T + (1 - (math.log10(value) - low) / (high - low)) * (HEIGHT - PAD_T - PAD_B)

    def series(values, name):
        points = [(sx(i), sy(v)) for i, v in enumerate(values, 1) if v is not None and v > 0]
        return {"name": name, "points": " ".join(f"{x:.1f},{y:.1f}" for x, y in points),
                "dots": [{"x": f"{x:.1f}", "y": f"{y:.1f}"} for x, y in points] if len(points) <= 60 else []}

    y_ticks = [{"y": f"{sy(10.0 ** e):.1f}", "label": decade_label(e)} for e in range(low, high + 1, every)]
    x_ticks = [{"x": f"{sx(n):.1f}", "label": str(n)} for n in layer_ticks(count)]
    names = [row.get("layer", "") if isinstance(row, dict) else "" for row in mine or []]
    rows = [{"number": i, "name": names[i - 1] if i <= len(names) else "",
             "mine": norm_text(ours[i - 1]) if i <= len(ours) else "–",
             "reference": norm_text(theirs[i - 1]) if i <= len(theirs) else "–"} for i in range(1, count + 1)]
    return {"width": WIDTH, "height": HEIGHT, "left": PAD_L, "right": WIDTH - PAD_R, "top": PAD_T,
            "bottom": HEIGHT - PAD_B, "x_label_y": HEIGHT - PAD_B + 16,
            "mine": series(ours, "mine"), "reference": series(theirs, "reference") if theirs else None,
            "y_ticks": y_ticks, "x_ticks": x_ticks, "rows": rows, "layers": count,
            "layers_mine": len(ours), "layers_reference": len(theirs)}
