"""Server-drawn SVG charts for the verdict: per-layer gradient norms (log scale) beside the
reference shape, the loss curve, activation statistics. Each comes with its data as rows for
a screen-reader table; the template adds labels in the page's language.

Series may come from a stored verdict of any age: `verdict_charts` reads them through
`series_read`, and a point that is not a pair of finite numbers is left out of a line.

The x axis is what the numbers are about: a loss curve's training steps (the judge stores
[step, loss] pairs; an old curve stored as bare values is drawn against its points' positions,
1…n, and says so), or layers numbered 1…L from the input side. A series of per-parameter norms
("0.weight", "0.bias", ...) is drawn as two lines, weights and biases, over the layers they
belong to. Axes and their labels come from grader.chart_scale.
"""
from __future__ import annotations

import math

from grader.chart_scale import Axis, end_axis, linear_axis, log_axis
from grader.stored_verdict import number, series_read

WIDTH, HEIGHT, PAD_R, PAD_T, PAD_B = 560, 280, 26, 14, 56
LOG_RATIO = 100  # a loss curve whose largest value is this many times its smallest is drawn on a log scale
TABLE_ROWS = 20  # rows of a loss curve's data table (evenly chosen, the first and the last among them)
PARTS = (".weight", ".bias")


def _num(value) -> float | None:
    found = number(value)
    return None if found is None else float(found)


def fmt(value) -> str:
    found = _num(value)
    if found is None:
        return "–" if value is None else str(value)
    return f"{found:.4g}"


def _step(value) -> str:
    """A step of the loss curve: 120, 2.5, or – when it is not a number."""
    step = _num(value)
    return "–" if step is None else f"{step:.0f}" if step.is_integer() else f"{step:g}"


def _points(points, log: bool) -> list[tuple[float, float]]:
    """The (x, y) pairs of finite numbers among `points` (y > 0 on a log scale), as floats."""
    kept = []
    for point in points if isinstance(points, (list, tuple)) else []:
        if isinstance(point, (list, tuple)) and len(point) == 2:
            x, y = _num(point[0]), _num(point[1])
            if x is not None and y is not None and (y > 0 or not log):
                kept.append((x, y))
    return kept


def _pad_left(axis: Axis) -> int:
    """Room for the y labels at the phone's larger text (site.css sets .tick to 21 units there)."""
    return 18 + 12 * max(len(label) for _, label in axis.ticks)


def line_chart(series: list[dict], *, log: bool = False, x_kind: str = "layer") -> dict | None:
    """series: [{"name", "points": [(x, y), ...], "dashed": bool, "style": "bias"}] → SVG geometry,
    or None when fewer than two points can be drawn. `x_kind` is "step" (an axis from 0 to the
    last step), "point" or "layer" (from the first to the last)."""
    if not isinstance(series, (list, tuple)):
        series = []
    drawn = [(s, _points(s.get("points"), log)) for s in series if isinstance(s, dict)]
    points = [p for _s, pts in drawn for p in pts]
    if len(points) < 2:
        return None
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    few_layers = x_kind == "layer" and max(xs) - min(xs) <= 12  # then every layer is labelled
    x_axis = end_axis(min(xs), max(xs), 12 if few_layers else 6, from_zero=x_kind == "step")
    y_axis = log_axis(min(ys), max(ys)) if log else linear_axis(min(ys), max(ys), floor_at_zero=min(ys) >= 0)
    if x_axis is None or y_axis is None:
        return None
    x_span, y_span = x_axis.hi - x_axis.lo, y_axis.hi - y_axis.lo
    if not (0 < x_span < math.inf and 0 < y_span < math.inf):
        return None  # values at the ends of what a float holds: no scale to draw them on
    left, right, bottom = _pad_left(y_axis), WIDTH - PAD_R, HEIGHT - PAD_B

    def sx(x):
        return left + (x - x_axis.lo) / x_span * (right - left)

    def sy(v):  # v in the axis's units (an exponent on a log scale)
        return PAD_T + (1 - (v - y_axis.lo) / y_span) * (bottom - PAD_T)

    lines = []
    for index, (s, pts) in enumerate(drawn):
        if not pts:
            continue
        path = " ".join(f"{sx(x):.1f},{sy(math.log10(y) if log else y):.1f}" for x, y in pts)
        style = s.get("style") if s.get("style") in ("bias",) else ""
        dots = [pair.split(",") for pair in path.split(" ")] if x_kind == "layer" and len(pts) <= 60 else []
        lines.append({"name": s.get("name", ""), "points": path, "dashed": s.get("dashed") is True,
                      "class": f"series-{style or index}", "dots": dots})
    ticks = [{"y": f"{sy(v):.1f}", "label": label} for v, label in y_axis.ticks]
    xticks = [{"x": f"{sx(v):.1f}", "label": label} for v, label in x_axis.ticks]
    return {"width": WIDTH, "height": HEIGHT, "lines": lines, "ticks": ticks, "xticks": xticks, "left": left,
            "right": right, "bottom": bottom, "top": PAD_T, "x_kind": x_kind, "log": log,
            "x_label_y": bottom + 24, "title_x": (left + right) // 2, "title_y": HEIGHT - 6,
            "x_last": x_axis.ticks[-1][1]}


def layer_groups(rows: list[dict]) -> list[dict]:
    """Per-layer rows as layers numbered 1…L from the input side: {"number", "name", "weight", "bias"}.

    Rows named "<layer>.weight" / "<layer>.bias" (a norm per parameter) are paired under their
    layer; any other row is one layer's (weight) norm."""
    per_parameter = any(isinstance(r.get("layer"), str) and r["layer"].endswith(PARTS) for r in rows)
    layers: dict = {}
    for index, row in enumerate(rows):
        name, part = row.get("layer", index), "weight"
        if per_parameter and isinstance(name, str) and name.endswith(PARTS):
            name, _, part = name.rpartition(".")
        key = name if per_parameter else index
        layer = layers.setdefault(key, {"number": len(layers) + 1, "name": name, "weight": None, "bias": None})
        if layer[part] is None:
            layer[part] = row.get("norm")
    return list(layers.values())


def _name(layer: dict) -> str:
    """A layer's own name, where it says more than its number ("0", "layers.2"; not 3 for the 3rd)."""
    name = layer["name"]
    return "" if name == layer["number"] - 1 and not isinstance(name, str) else str(name)


def _grad_chart(series: dict) -> dict | None:
    mine = layer_groups(series.get("grad_norms") or [])
    reference = layer_groups((series.get("reference") or {}).get("grad_norms") or [])
    biases = any(layer["bias"] is not None for layer in mine)
    lines = [{"name": "weights" if biases else "learner", "points": [(g["number"], g["weight"]) for g in mine]}]
    if biases:
        lines.append({"name": "biases", "points": [(g["number"], g["bias"]) for g in mine], "style": "bias"})
    if reference:
        lines.append({"name": "reference", "points": [(g["number"], g["weight"]) for g in reference],
                      "dashed": True})
    chart = line_chart(lines, log=True, x_kind="layer")
    if chart is None:
        return None
    by_number = {g["number"]: g for g in reference}
    rows = [{"label": g["number"], "name": _name(g), "value": fmt(g["weight"]), "bias": fmt(g["bias"]),
             "reference": fmt(by_number.get(g["number"], {}).get("weight"))} for g in mine]
    return {"kind": "grad_norms", "chart": chart, "rows": rows, "has_reference": bool(reference),
            "has_bias": biases, "has_names": any(r["name"] for r in rows)}


def _loss_chart(loss: list) -> dict | None:
    stepped = any(isinstance(p, (list, tuple)) for p in loss)
    points = [(p[0], p[1]) if isinstance(p, (list, tuple)) else (i, p) for i, p in enumerate(loss, 1)]
    values = [y for _, y in _points(points, log=False)]
    log = bool(values) and min(values) > 0 and max(values) >= LOG_RATIO * min(values)
    chart = line_chart([{"name": "loss", "points": points}], log=log, x_kind="step" if stepped else "point")
    if chart is None:
        return None
    every = max(1, math.ceil(len(points) / TABLE_ROWS))
    shown = points[::every] + ([points[-1]] if (len(points) - 1) % every else [])
    rows = [{"label": _step(x), "value": fmt(y)} for x, y in shown]
    return {"kind": "loss", "chart": chart, "rows": rows}


def _activation_chart(acts: list) -> dict | None:
    chart = line_chart([{"name": "std", "points": [(i, a.get("std")) for i, a in enumerate(acts, 1)]}], log=True)
    if chart is None:
        return None
    rows = [{"label": i, "name": str(a.get("layer", "")), "value": fmt(a.get("std")), "mean": fmt(a.get("mean")),
             "saturation": fmt(a.get("saturation")), "dead": fmt(a.get("dead"))} for i, a in enumerate(acts, 1)]
    return {"kind": "activations", "chart": chart, "rows": rows, "has_names": any(r["name"] for r in rows)}


def verdict_charts(series) -> list[dict]:
    """The charts a verdict's series allow, each with its kind, geometry and table rows."""
    series = series_read(series)  # any shape in; a no-op on what verdict_read already checked
    charts = [
        _grad_chart(series) if series.get("grad_norms") else None,
        _loss_chart(series["loss"]) if series.get("loss") else None,
        _activation_chart(series["activations"]) if series.get("activations") else None,
    ]
    return [chart for chart in charts if chart]
