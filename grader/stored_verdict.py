"""Reading a stored verdict, whatever wrote it.

A row's `Submission.verdict` is the grading's record (grader.verdict, "v": 2). Rows stored
before it hold {"ja": {...}, "en": {...}}, the verdict worded in each language; the data
migration grader 0004 converts them with `record_from_old`, which the reader applies too, to a
row an older worker wrote late. And old rows were written by a grader that learners could forge,
so a row may hold anything JSON can: strings for numbers, dicts for lists, "nan" markers, deep
nesting, huge lists, a list or a string instead of a dict.

`record_read` turns any of it into a checked record: every field of its type, numbers finite
(or the markers "nan", "inf", "-inf" where a measurement may be one), strings, lists and nesting
bounded. `verdict_read` words that record in the reader's language (grader.wording) into the
shape of `Verdict.as_dict()` plus the service's fields (queued_at, started_at, finished_at, and
for staff the worker). The pages, the charts, the API and the exports read only that, so none of them
checks types of its own.
"""
from __future__ import annotations

import math
import re
from itertools import islice

from grader.harness.markers import MARKERS
from grader.verdict import RECORD_VERSION, VERDICT_STATUSES, Outcome
from grader.wording import verdict_words

MAX_DEPTH = 8  # nesting kept in chart data that no chart reads
MAX_ITEMS = 5000  # items of a list in chart data
MAX_KEYS = 200  # keys of a dict
MAX_STR = 300  # a string in chart data
MAX_ROWS = 1000  # per-layer rows of a chart
MAX_POINTS = 2000  # points of a curve; a longer one is thinned evenly
MAX_CRITERIA = 100

# The record's text fields and how much of each is kept.
_TEXT = {"stdout": 70_000, "stderr": 70_000, "device": 100, "torch_version": 100, "grader_version": 100,
         "exercise": 100, "worker": 200}
_TIMES = ("queued_at", "started_at", "finished_at")
_LAYER_FIELDS = {"grad_norms": ("norm",), "activations": ("std", "mean", "saturation", "dead")}


def verdict_read(stored, *, language: str, status: str = "", score=None, for_staff: bool = False) -> dict | None:
    """The verdict in `language`, worded from the stored record, in its checked shape.

    `status` and `score` are the row's: a finished submission always gets a verdict that shows
    its status, even when nothing usable was stored; a waiting one with nothing stored gets None.
    A learner sees where it ran only as a device ("cpu" or "cuda"); the worker's host name tells
    an attacker what runs where, so only staff (`for_staff`, the admin) get `worker`.
    """
    record = record_read(stored)
    finished = status in VERDICT_STATUSES
    if record is None and not finished:
        return None
    record = record or record_read({"v": RECORD_VERSION})
    if finished or not record["status"]:  # waiting for a regrade: what is stored is the previous grading's
        record["status"] = status
    if record["score"] is None:
        record["score"] = number(score)
    verdict = verdict_words(record, language).as_dict()
    verdict.update({key: record[key] for key in _TIMES})
    if for_staff:
        verdict["worker"] = record["worker"]
    else:
        verdict["device"] = device_kind(record["device"])
    return verdict


def device_kind(device: str) -> str:
    """"cuda" or "cpu" (what a learner may know of where their code ran), "" when unknown."""
    kind = device.split(":", 1)[0].strip().lower()
    return kind if kind in ("cpu", "cuda") else ""


def record_read(stored) -> dict | None:
    """The stored verdict as a checked record; an old one converted first; None for anything else."""
    raw = stored if is_record(stored) else record_from_old(stored)
    if raw is None:
        return None
    record = {"v": RECORD_VERSION, "status": raw.get("status") if raw.get("status") in VERDICT_STATUSES else ""}
    record.update({key: text(raw.get(key), limit) for key, limit in _TEXT.items()})
    record.update({key: text(raw.get(key), 40) or None for key in _TIMES})
    record.update({
        "score": number(raw.get("score")),
        "criteria": criteria_read(raw.get("criteria")),
        "outcome": _outcome(raw.get("outcome")),
        "series": series_read(raw.get("series")),
        "output_truncated": raw.get("output_truncated") is True,
        "timings": _numbers(raw.get("timings")),
    })
    return record


def is_record(stored) -> bool:
    return isinstance(stored, dict) and stored.get("v") == RECORD_VERSION


def criteria_read(value) -> list[dict]:
    """Criteria as a list of {id, passed, measured}."""
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
        if isinstance(item, dict):
            criteria.append({"id": text(item.get("id"), 100), "passed": item.get("passed") is True,
                             "measured": _measured(item.get("measured"))})
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


def criteria_measured_not_met(stored) -> list[str]:
    """The ids of the criteria that a judged verdict measured and found not met, in its order; [] for
    any other verdict (an error, a limit, a crash, a refusal: nothing was judged) or anything unreadable."""
    raw = stored if is_record(stored) else record_from_old(stored)
    if raw is None or _outcome(raw.get("outcome"))["kind"] != Outcome.JUDGED:
        return []
    return [c["id"] for c in criteria_read(raw.get("criteria")) if not c["passed"] and c["measured"] is not None]


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


def _outcome(value) -> dict:
    """{"kind": a short code, parameter: bounded JSON data, ...}; {"kind": ""} for anything else."""
    if not isinstance(value, dict):
        return {"kind": ""}
    outcome = {key[:64]: _fields(item) if isinstance(item, dict) else _field(item)
               for key, item in islice(value.items(), 40) if isinstance(key, str)}
    outcome["kind"] = text(value.get("kind"), 40)
    return outcome


def _fields(value: dict) -> dict:
    return {key[:64]: _field(item) for key, item in islice(value.items(), 40) if isinstance(key, str)}


def _field(value):
    """A parameter: a string (a traceback, an exception's message) cut long, anything else bounded."""
    return value[:20_000] if isinstance(value, str) else _plain(value, 2)


# Converting a verdict stored before the record: {"ja": {...}, "en": {...}}, each the whole
# verdict worded in that language (grader.verdict.Verdict.as_dict() and the service's fields).
_OLD_KEYS = ("status", "score", "message", "criteria")
_LEARNER_ERRORS = ("exception", "contract", "refused", "untraceable", "forbidden", "memory", "bad_answer")
# The English sentences the old grader wrote with the numbers that its error dicts left out.
_OLD_SENTENCES = {
    "wall": re.compile(r"time limit \((?P<wall_s>[0-9.e+-]+)s of wall time, (?P<cpu_s>[0-9.e+-]+)s of CPU\)"),
    "memory": re.compile(r"the memory limit \((?P<memory_mib>[0-9]+) MiB\)"),
    "output": re.compile(r"the output limit \((?P<output_kib>[0-9]+) KiB\)"),
    "too_large": re.compile(r"^Your code is (?P<size>[0-9]+) bytes; the limit is (?P<limit>[0-9]+) bytes\.$"),
    "nul": re.compile(r"^Your code contains NUL characters\."),
    "not_utf8": re.compile(r"^Your code is not valid UTF-8 \(byte (?P<pos>[0-9]+)\)\."),
    "empty": re.compile(r"^Your code is empty\."),
    "not_compiled": re.compile(r"^Your code could not be compiled: (?P<reason>.*)$", re.DOTALL),
}


def record_from_old(stored) -> dict | None:
    """The record of a verdict stored before it, from its language-free parts (English preferred);
    None when `stored` is not such a verdict. Values are copied as they are: `record_read` checks
    them. What an old row lacks (a limit's values were only in its sentence) is read back from
    the English sentence where it can be, else left out, and the wording falls back to the
    status's label."""
    old = _old_verdict(stored)
    if old is None:
        return None
    english = stored.get("en") if isinstance(stored.get("en"), dict) else {}
    message = english.get("message") if isinstance(english.get("message"), str) else ""
    record = {"v": RECORD_VERSION, **{key: old.get(key) for key in (
        "status", "score", "exercise", "grader_version", "series", "stdout", "stderr", "output_truncated",
        "device", "torch_version", "timings", "worker", *_TIMES) if key in old}}
    criteria = old.get("criteria")
    if isinstance(criteria, list):
        criteria = [{key: item.get(key) for key in ("id", "passed", "measured") if key in item}
                    if isinstance(item, dict) else item for item in criteria]
    record["criteria"] = criteria if criteria is not None else []
    record["outcome"] = _old_outcome(old.get("status"), old.get("error"), message)
    return record


def _old_verdict(stored) -> dict | None:
    """The language-free parts' source: the English verdict, else the Japanese, else a lone verdict."""
    if not isinstance(stored, dict) or is_record(stored):
        return None
    for key in ("en", "ja"):
        if isinstance(stored.get(key), dict) and stored[key]:
            return stored[key]
    if any(key in stored for key in _OLD_KEYS):
        return stored
    return None


def _old_outcome(status, error, message: str) -> dict:
    if isinstance(error, str):
        error = {"message": error}
    if isinstance(error, dict):
        kind = error.get("kind")
        if kind == "syntax":
            return {"kind": Outcome.SYNTAX_ERROR, **{k: error.get(k) for k in ("line", "column", "message")}}
        if kind == "limit":
            return {"kind": Outcome.LIMIT, "limit": error.get("limit"), "limits": _old_limits(message)}
        if kind == "crash":
            return {"kind": Outcome.CRASH, "exit_code": error.get("exit_code"), "signal": error.get("signal")}
        if status == "system_error" or kind not in _LEARNER_ERRORS:
            return {"kind": Outcome.SYSTEM_ERROR if status == "system_error" else "", "error": error}
        return {"kind": Outcome.LEARNER_ERROR, "error": error}
    if status in ("passed", "failed"):
        return {"kind": Outcome.JUDGED}
    if status == "system_error":
        return {"kind": Outcome.SYSTEM_ERROR, "error": None}
    if status == "rejected":
        for code in ("too_large", "nul", "not_utf8", "empty"):
            found = _OLD_SENTENCES[code].search(message)
            if found:
                return {"kind": Outcome.SOURCE_REFUSED, "code": code,
                        "params": {k: int(v) for k, v in found.groupdict().items()}}
        found = _OLD_SENTENCES["not_compiled"].search(message)
        if found:
            return {"kind": Outcome.NOT_COMPILED, "reason": found["reason"]}
    return {"kind": ""}


def _old_limits(message: str) -> dict:
    limits = {}
    for name in ("wall", "memory", "output"):
        found = _OLD_SENTENCES[name].search(message)
        if found is None:
            continue
        for key, value in found.groupdict().items():
            if key == "memory_mib":
                limits["memory_bytes"] = int(value) * 1024 * 1024
            elif key == "output_kib":
                limits["output_bytes"] = int(value) * 1024
            else:
                limits[key] = float(value)
    return limits
