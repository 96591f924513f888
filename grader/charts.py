"""Server-drawn SVG charts for the verdict: per-layer gradient norms (log scale) beside the
reference shape, the loss curve, activation statistics. Each comes with its data as rows for
a screen-reader table; the template adds labels in the page's language.

Series may come from a stored verdict of any age: `verdict_charts` reads them through
`series_read`, and a point that is not a pair of finite numbers is left out of a line."""
from __future__ import annotations

import math

from grader.stored_verdict import number, series_read

WIDTH, HEIGHT, PAD_L, PAD_R, PAD_T, PAD_B = 560, 240, 64, 12, 12, 34


def _num(value) -> float | None:
    found = number(value)
    return None if found is None else float(found)


def fmt(value) -> str:
    found = _num(value)
    if found is None:
        return "–" if value is None else str(value)
    return f"{found:.4g}"


def tick_label(value: float) -> str:
    """Short labels for a log axis: 0.23, 1.4, 350, then 2.3e-5 and 4.1e+6 further out."""
    if not math.isfinite(value):
        return "–"
    if 10 <= abs(value) < 1e4:
        return f"{value:.0f}"
    if 1e-3 <= abs(value) < 10:
        return f"{value:.2g}"
    mantissa, exponent = f"{value:.1e}".split("e")
    return f"{mantissa}e{int(exponent)}"


def _step(value) -> str:
    """A step of the loss curve: 120, 2.5, or – when it is not a number."""
    step = _num(value)
    return "–" if step is None else f"{step:.0f}" if step.is_integer() else f"{step:g}"


def _pow10(value: float) -> float:
    try:
        return 10 ** value
    except OverflowError:
        return math.inf


def _points(points, log: bool) -> list[tuple[float, float]]:
    """The (x, y) pairs of finite numbers among `points` (y > 0 on a log scale), as floats."""
    kept = []
    for point in points if isinstance(points, (list, tuple)) else []:
        if isinstance(point, (list, tuple)) and len(point) == 2:
            x, y = _num(point[0]), _num(point[1])
            if x is not None and y is not None and (y > 0 or not log):
                kept.append((x, y))
    return kept


def line_chart(series: list[dict], *, log: bool = False) -> dict | None:
    """series: [{"name", "points": [(x, y), ...], "dashed": bool}] → SVG geometry, or None
    when fewer than two points can be drawn."""
    if not isinstance(series, (list, tuple)):
        series = []
    drawn = [(s, _points(s.get("points"), log)) for s in series if isinstance(s, dict)]
    points = [p for _s, pts in drawn for p in pts]
    if len(points) < 2:
        return None
    xs = [x for x, _ in points]
    ys = [math.log10(y) if log else y for _, y in points]
    x0, x1 = min(xs), max(xs)
    y0, y1 = min(ys), max(ys)
    if y1 - y0 < 1e-12:
        y0, y1 = y0 - 1, y1 + 1
    if x1 - x0 < 1e-12:
        x1 = x0 + 1
    if not (0 < x1 - x0 < math.inf and 0 < y1 - y0 < math.inf):
        return None  # values at the ends of what a float holds: no scale to draw them on

    def sx(x):
        return PAD_L + (x - x0) / (x1 - x0) * (WIDTH - PAD_L - PAD_R)

    def sy(y):
        v = math.log10(y) if log else y
        return PAD_T + (1 - (v - y0) / (y1 - y0)) * (HEIGHT - PAD_T - PAD_B)

    lines = []
    for index, (s, pts) in enumerate(drawn):
        if not pts:
            continue
        path = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in pts)
        lines.append({"name": s.get("name", ""), "points": path, "dashed": s.get("dashed") is True,
                      "class": f"series-{index}"})
    ticks = []
    steps = 4
    for i in range(steps + 1):
        v = y0 + (y1 - y0) * i / steps
        label = tick_label(_pow10(v)) if log else f"{v:.3g}"
        ticks.append({"y": f"{PAD_T + (1 - i / steps) * (HEIGHT - PAD_T - PAD_B):.1f}", "label": label})
    return {"width": WIDTH, "height": HEIGHT, "lines": lines, "ticks": ticks, "left": PAD_L,
            "right": WIDTH - PAD_R, "bottom": HEIGHT - PAD_B, "top": PAD_T,
            "x_first": f"{x0:g}", "x_last": f"{x1:g}"}


def verdict_charts(series) -> list[dict]:
    """The charts a verdict's series allow, each with its kind, geometry and table rows."""
    series = series_read(series)  # any shape in; a no-op on what verdict_read already checked
    charts = []
    grads = series.get("grad_norms") or []
    if grads:
        mine = [(i, g.get("norm")) for i, g in enumerate(grads)]
        lines = [{"name": "learner", "points": mine}]
        reference = (series.get("reference") or {}).get("grad_norms") or []
        if reference:
            lines.append({"name": "reference", "points": [(i, g.get("norm")) for i, g in enumerate(reference)],
                          "dashed": True})
        chart = line_chart(lines, log=True)
        if chart:
            ref_by_index = {i: g.get("norm") for i, g in enumerate(reference)}
            rows = [{"label": g.get("layer", i), "value": fmt(g.get("norm")),
                     "reference": fmt(ref_by_index.get(i))} for i, g in enumerate(grads)]
            charts.append({"kind": "grad_norms", "chart": chart, "rows": rows, "has_reference": bool(reference)})
    loss = series.get("loss") or []
    if loss:
        points = [(p[0], p[1]) if isinstance(p, (list, tuple)) else (i, p) for i, p in enumerate(loss)]
        chart = line_chart([{"name": "loss", "points": points}])
        if chart:
            rows = [{"label": _step(x), "value": fmt(y)}
                    for x, y in points[:: max(1, len(points) // 20)]]
            charts.append({"kind": "loss", "chart": chart, "rows": rows})
    acts = series.get("activations") or []
    if acts:
        chart = line_chart([{"name": "std", "points": [(i, a.get("std")) for i, a in enumerate(acts)]}], log=True)
        if chart:
            rows = [{"label": a.get("layer", i), "value": fmt(a.get("std")), "mean": fmt(a.get("mean")),
                     "saturation": fmt(a.get("saturation")), "dead": fmt(a.get("dead"))}
                    for i, a in enumerate(acts)]
            charts.append({"kind": "activations", "chart": chart, "rows": rows})
    return charts
