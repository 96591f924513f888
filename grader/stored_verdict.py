"""Reading a stored verdict, whatever wrote it.

Old rows were written by a grader that learners could forge, so `Submission.verdict` may hold
anything JSON can: strings for numbers, dicts for lists, "nan" markers, deep nesting, huge
lists, a language missing, a list or a string instead of a dict. `verdict_read` turns any of
it into the shape of `Verdict.as_dict()`: every field of its type, numbers finite (or the
markers "nan", "inf", "-inf" where a measurement may be one), strings, lists and nesting
bounded. The pages, the charts and the API read only that shape, so none of them checks
types of its own. New verdicts come out of it as they went in.
"""
from __future__ import annotations

import math
from itertools import islice

from grader.verdict import Status, localized, measured_text, status_label

MAX_DEPTH = 8  # nesting kept in chart data that no chart reads
MAX_ITEMS = 5000  # items of a list in chart data
MAX_KEYS = 200  # keys of a dict
MAX_STR = 300  # a string in chart data
MAX_ROWS = 1000  # per-layer rows of a chart
MAX_POINTS = 2000  # points of a curve; a longer one is thinned evenly
MAX_CRITERIA = 100
MARKERS = ("nan", "inf", "-inf")

# The verdict's text fields and how much of each is kept.
_TEXT = {"message": 4000, "stdout": 70_000, "stderr": 70_000, "device": 100, "torch_version": 100,
         "grader_version": 100, "language": 10, "exercise": 100, "worker": 200}
_TIMES = ("queued_at", "started_at", "finished_at")
_VERDICT_KEYS = ("status", "score", "message", "criteria")
_CHECKED = (*_TEXT, *_TIMES, "status", "status_label", "score", "criteria", "series", "error", "output_truncated",
            "timings")
_LAYER_FIELDS = {"grad_norms": ("norm",), "activations": ("std", "mean", "saturation", "dead")}


def verdict_read(stored, *, language: str, status: str = "", score=None) -> dict | None:
    """The verdict in `language` (else English, else any other), in its checked shape.

    `status` and `score` are the row's: a finished submission always gets a verdict that shows
    its status, even when nothing usable was stored; a waiting one with nothing stored gets None.
    """
    raw = _pick(stored, language)
    finished = status in Status.ALL
    if raw is None and not finished:
        return None
    raw = raw or {}
    if not finished:  # waiting for a regrade: what is stored is the previous grading's
        status = raw["status"] if raw.get("status") in Status.ALL else status
    verdict = {key[:64]: _plain(value, 1) for key, value in islice(raw.items(), MAX_KEYS)
               if isinstance(key, str) and key not in _CHECKED}
    verdict.update({key: text(raw.get(key), limit) for key, limit in _TEXT.items()})
    verdict.update({key: text(raw.get(key), 40) or None for key in _TIMES})
    own_score = number(raw.get("score"))
    verdict.update({
        "status": status,
        "status_label": (localized(language, status_label, status) if status in Status.ALL
                         else text(raw.get("status_label"), 200) or status),
        "score": own_score if own_score is not None else number(score),
        "criteria": criteria_read(raw.get("criteria"), language=language),
        "series": series_read(raw.get("series")),
        "error": _error(raw.get("error")),
        "output_truncated": raw.get("output_truncated") is True,
        "timings": _numbers(raw.get("timings")),
    })
    return verdict


def criteria_read(value, *, language: str) -> list[dict]:
    """Criteria as a list of {id, passed, measured, threshold, message, hint, measured_text}."""
    if isinstance(value, dict):  # one criterion, or {id: criterion or passed}
        value = [value] if isinstance(value.get("id"), str) else [
            {**item, "id": item.get("id", key)} if isinstance(item, dict) else {"id": key, "passed": item}
            for key, item in islice(value.items(), MAX_CRITERIA)]
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    criteria = []
    for item in value[:MAX_CRITERIA]:
        if isinstance(item, str):
            item = {"id": item}
        if not isinstance(item, dict):
            continue
        measured = _measured(item.get("measured"))
        shown = item.get("measured_text")
        if not isinstance(shown, str):
            original = item.get("measured")
            shown = original if isinstance(original, str) else localized(language, measured_text, measured)
        criteria.append({
            "id": text(item.get("id"), 100), "passed": item.get("passed") is True, "measured": measured,
            "threshold": text(item.get("threshold"), 300), "message": text(item.get("message"), 2000),
            "hint": text(item.get("hint"), 4000), "measured_text": shown[:300],
        })
    return criteria


def series_read(value, *, nested: bool = False) -> dict:
    """Chart data: the series the charts draw in their exact shape, any other bounded as it is."""
    if not isinstance(value, dict):
        return {}
    series = {}
    for key, item in islice(value.items(), MAX_KEYS):
        if not isinstance(key, str):
            continue
        if key in _LAYER_FIELDS:
            series[key] = _layers(item, _LAYER_FIELDS[key])
        elif key == "loss":
            series[key] = _curve(item)
        elif key == "reference" and not nested:
            series[key] = series_read(item, nested=True)
        else:
            series[key[:64]] = _plain(item, 1)
    return series


def criterion_ids(value) -> list[str]:
    """A row's `failed_criteria` as ids: the strings and numbers of a list, nothing else."""
    if not isinstance(value, list):
        return []
    return [text(item, 100) for item in value[:MAX_CRITERIA] if isinstance(item, (str, int, float))]


def number(value) -> int | float | None:
    """A finite number, from a number or a numeric string; None for anything else (booleans too)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if abs(value) < 2**63 else _finite(value)
    if isinstance(value, (float, str)) and not (isinstance(value, str) and len(value) > 100):
        return _finite(value)
    return None


def text(value, limit: int) -> str:
    """A string field: a string (cut), a number as its digits, anything else as ""."""
    if isinstance(value, str):
        return value[:limit]
    if isinstance(value, bool) or number(value) is None:
        return ""
    return str(number(value))[:limit]


def _finite(value) -> float | None:
    try:
        result = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return result if math.isfinite(result) else None


def _marker(value) -> str | None:
    """"nan", "inf" or "-inf" for a non-finite number or such a marker; None otherwise."""
    if isinstance(value, str):
        return value if value in MARKERS else None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, float) and math.isnan(value):
        return "nan"
    return "inf" if value > 0 else "-inf"


def _measured(value):
    """A measurement: a boolean, None, a finite number, or one of the markers."""
    if value is None or isinstance(value, bool):
        return value
    return _value(value)


def _value(value):
    """A finite number, one of the markers, or None."""
    found = number(value)
    return found if found is not None else _marker(value)


def _plain(value, depth: int):
    """JSON data bounded in depth, length and string size, with finite numbers."""
    if depth > MAX_DEPTH:
        return None
    if isinstance(value, dict):
        return {key[:64]: _plain(item, depth + 1) for key, item in islice(value.items(), MAX_KEYS)
                if isinstance(key, str)}
    if isinstance(value, list):
        return [_plain(item, depth + 1) for item in value[:MAX_ITEMS]]
    if isinstance(value, str):
        return value[:MAX_STR]
    return _measured(value)


def _numbers(value) -> dict:
    """{name: finite number} from a dict; what is not a number is left out."""
    if not isinstance(value, dict):
        return {}
    pairs = ((key[:64], number(item)) for key, item in islice(value.items(), MAX_KEYS) if isinstance(key, str))
    return {key: item for key, item in pairs if item is not None}


def _error(value) -> dict | None:
    if isinstance(value, str):
        value = {"message": value}
    if not isinstance(value, dict):
        return None
    return {key[:64]: item[:20_000] if isinstance(item, str) else _plain(item, 2)
            for key, item in islice(value.items(), 40) if isinstance(key, str)}


def _layers(value, fields: tuple[str, ...]) -> list[dict]:
    """Per-layer rows {"layer": name or position, field: finite number, marker or None, ...}."""
    if isinstance(value, dict):  # {layer: row or number}
        value = [{"layer": key, **item} if isinstance(item, dict) else {"layer": key, fields[0]: item}
                 for key, item in islice(value.items(), MAX_ROWS)]
    if not isinstance(value, list):
        return []
    rows = []
    for index, item in enumerate(value[:MAX_ROWS]):
        if isinstance(item, list) and len(item) == 2:
            item = {"layer": item[0], fields[0]: item[1]}
        elif not isinstance(item, dict):
            item = {fields[0]: item}
        row = {key[:64]: _plain(part, 2) for key, part in islice(item.items(), 20) if isinstance(key, str)}
        layer = item.get("layer")
        if isinstance(layer, str):
            row["layer"] = layer[:100]
        else:
            row["layer"] = index if number(layer) is None else number(layer)
        row.update({field: _value(item.get(field)) for field in fields})
        rows.append(row)
    return rows


def _curve(value) -> list:
    """A curve: values (finite numbers, markers or None), or [x, y] pairs with a finite number
    or None as x; thinned evenly to MAX_POINTS."""
    if isinstance(value, dict):  # {step: value}
        value = [[key, item] for key, item in islice(value.items(), MAX_ITEMS)]
    if not isinstance(value, list):
        return []
    indices = range(len(value))
    if len(value) > MAX_POINTS:  # the first and the last point, and evenly between them
        last = len(value) - 1
        indices = sorted({round(i * last / (MAX_POINTS - 1)) for i in range(MAX_POINTS)})
    points = [_point(value[i], i) for i in indices]
    if len(value) > MAX_POINTS or any(isinstance(p, list) for p in points):  # keep each point's step
        points = [p if isinstance(p, list) else [i, p] for i, p in zip(indices, points, strict=True)]
    return points


def _point(item, index: int):
    if isinstance(item, list) and len(item) == 2:
        return [number(item[0]), _value(item[1])]
    if isinstance(item, dict):
        x = next((item[k] for k in ("step", "x", "epoch") if k in item), index)
        y = next((item[k] for k in ("loss", "y", "value") if k in item), None)
        return [number(x), _value(y)]
    return _value(item)


def _pick(stored, language: str) -> dict | None:
    """The stored verdict of one language: {"ja": {...}, "en": {...}}, or one verdict as such."""
    if not isinstance(stored, dict):
        return None
    for key in (language, "en"):
        if isinstance(stored.get(key), dict) and stored[key]:
            return stored[key]
    if any(key in stored for key in _VERDICT_KEYS):
        return stored
    return next((item for item in islice(stored.values(), MAX_KEYS) if isinstance(item, dict) and item), None)
