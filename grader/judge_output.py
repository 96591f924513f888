"""The host's reading of the judge's result channel: a strict schema, never an exception.

The judge is ours, but the host still reads its channel as untrusted bytes: each line is
bounded, parsed without recursion blow-ups or huge integers, and checked against the shape of
the four line types; what does not fit raises `SchemaError`, which the grading turns into a
`system_error` with a log line. Numbers arrive as JSON numbers or the markers "nan", "inf",
"-inf". Series (for the charts) are bounded in depth, length and string size.
"""
from __future__ import annotations

import json
import math

from grader.harness.markers import MARKERS

MAX_LINE = 4 * 1024 * 1024
MAX_DEPTH = 8
MAX_ITEMS = 5000
MAX_KEYS = 200
MAX_STR = 300
LINE_TYPES = ("ready", "progress", "result", "error")
ERROR_KINDS = ("exception", "contract", "refused", "untraceable", "forbidden", "memory", "bad_answer",
               "learner_gone")
_ERROR_FIELDS = {"type": 80, "message": 2000, "traceback": 4000, "where": 80, "code": 40, "expected": 300,
                 "found": 300, "event": 120, "what": 300, "name": 120, "detail": 300, "device": 16}


class SchemaError(ValueError):
    pass


def parse_lines(raw: bytes) -> list[dict]:
    """Every line of the channel, checked (SchemaError on the first that does not fit)."""
    lines = []
    for chunk in raw.split(b"\n"):
        if chunk.strip():
            lines.append(parse_line(chunk))
    return lines


def parse_line(raw: bytes) -> dict:
    if len(raw) > MAX_LINE:
        raise SchemaError("line too long")

    def no_constants(name):
        raise ValueError(name)

    try:
        obj = json.loads(raw.decode("utf-8"), parse_constant=no_constants)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise SchemaError(f"not JSON: {type(exc).__name__}") from None
    if not isinstance(obj, dict) or obj.get("type") not in LINE_TYPES:
        raise SchemaError("unknown line type")
    kind = obj["type"]
    if kind == "ready":
        return {"type": "ready", "timings": _timings(obj.get("timings"))}
    if kind == "progress":
        return {"type": "progress", "phase": _string(obj.get("phase", "train"), 20),
                "step": _count(obj.get("step")), "total": _count(obj.get("total")),
                "loss": _number_or_none(obj.get("loss"))}
    info = {"device": _string(obj.get("device", ""), 16), "torch": _string(obj.get("torch", ""), 40),
            "timings": _timings(obj.get("timings"))}
    if kind == "error":
        return {"type": "error", "error": _error(obj.get("error")), **info}
    measurements = obj.get("measurements")
    if not isinstance(measurements, dict) or len(measurements) > MAX_KEYS:
        raise SchemaError("measurements")
    return {"type": "result", **info,
            "measurements": {_string(k, 80): _measured(v) for k, v in measurements.items()},
            "series": series(obj.get("series") or {})}


def series(value, depth: int = 0):
    """Chart data: nested dicts and lists of numbers, markers, short strings, booleans, None."""
    if depth > MAX_DEPTH:
        raise SchemaError("series nested too deeply")
    if isinstance(value, dict):
        if len(value) > MAX_KEYS:
            raise SchemaError("series has too many keys")
        return {_string(k, 64): series(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        if len(value) > MAX_ITEMS:
            raise SchemaError("series too long")
        return [series(v, depth + 1) for v in value]
    if isinstance(value, str):
        return _string(value, MAX_STR)
    if value is None or isinstance(value, bool):
        return value
    return _number(value)


def _error(value) -> dict:
    if not isinstance(value, dict) or value.get("kind") not in ERROR_KINDS:
        raise SchemaError("error kind")
    clean = {"kind": value["kind"]}
    for key, limit in _ERROR_FIELDS.items():
        if isinstance(value.get(key), str):
            clean[key] = value[key][:limit]
    line = value.get("line")
    clean["line"] = line if type(line) is int and 0 < line < 1_000_000 else None
    names = value.get("names")
    if isinstance(names, list):
        clean["names"] = [_string(n, 120) for n in names[:10] if isinstance(n, str)]
    return clean


def _measured(value):
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        if value not in MARKERS:
            raise SchemaError("measurement")
        return value
    return _number(value)


def _number(value) -> float | int | str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        if isinstance(value, str) and value in MARKERS:
            return value
        raise SchemaError("not a number")
    if isinstance(value, int):
        if abs(value) > 10**15:
            raise SchemaError("integer out of range")
        return value
    if not math.isfinite(value):
        raise SchemaError("non-finite float")
    return value


def _number_or_none(value):
    return None if value is None else _number(value)


def _count(value) -> int:
    if type(value) is not int or not 0 <= value <= 10**9:
        raise SchemaError("count")
    return value


def _string(value, limit: int) -> str:
    if not isinstance(value, str):
        raise SchemaError("not a string")
    return value[:limit]


def _timings(value) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict) or len(value) > 32:
        raise SchemaError("timings")
    return {_string(k, 40): _number(v) for k, v in value.items() if not isinstance(v, str)}
