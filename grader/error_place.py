"""Where the learner's code went wrong, for the verdict page: the line of their code, a caret
under the column a syntax error names, and Python's message as Python wrote it.

The line and column are values the judge stored in the verdict (grader.stored_verdict checked
their types; they may still be anything a number can be); the line's text is the submission's
own code. Nothing here is marked safe: the template escapes it.
"""
from __future__ import annotations

import unicodedata

from grader.stored_verdict import number

MAX_SHOWN = 160  # characters of a long line shown around the column


def error_place(verdict: dict | None, code: str) -> dict | None:
    """{"line": n, "text": the line, "caret": spaces and "^" or "", "message": "SyntaxError: …"}
    for a syntax error, or an exception (or an untraceable operation) on a known line of the
    learner's code; None when the verdict names no such place."""
    error = (verdict or {}).get("error")
    if not isinstance(error, dict):
        return None
    kind = error.get("kind")
    if kind == "syntax":
        label, message = "SyntaxError", error.get("message")
    elif kind == "exception":
        label, message = error.get("type"), error.get("message")
    elif kind == "untraceable":
        label, message = "", error.get("message")
    else:
        return None
    line = number(error.get("line"))
    lines = code.splitlines() if isinstance(code, str) else []
    if line is None or not float(line).is_integer() or not 1 <= line <= len(lines):
        return None
    text = lines[int(line) - 1]
    column = number(error.get("column")) if kind == "syntax" else None
    text, caret = _with_caret(text, column)
    message = message if isinstance(message, str) else ""
    label = label if isinstance(label, str) else ""
    return {"line": int(line), "text": text, "caret": caret,
            "message": f"{label}: {message}" if label and message else label or message}


def _with_caret(text: str, column) -> tuple[str, str]:
    """The line (a window of it around the column when long) and a caret line under the column
    (1-based, in characters, as Python counts): tabs kept, wide characters padded by wide spaces."""
    start = 0
    if column is not None and float(column).is_integer() and 1 <= column <= len(text) + 1:
        column = int(column)
    else:
        column = None
    if len(text) > MAX_SHOWN:
        start = max(0, min((column or 1) - 1 - MAX_SHOWN // 2, len(text) - MAX_SHOWN))
        shown = text[start:start + MAX_SHOWN]
        text = ("…" if start else "") + shown + ("…" if start + MAX_SHOWN < len(text) else "")
        lead = "…" if start else ""
    else:
        shown, lead = text, ""
    if column is None:
        return text, ""
    before = shown[:column - 1 - start]
    pad = "".join("\t" if ch == "\t" else "\u3000" if unicodedata.east_asian_width(ch) in "WF" else " "
                  for ch in lead + before)
    return text, pad + "^"


def criteria_measured(verdict: dict | None) -> bool:
    """Whether the criteria table says anything: some criterion was measured (or met). A verdict
    that stopped before measuring (a syntax error, a limit) lists none of them as "not measured"."""
    criteria = (verdict or {}).get("criteria") or []
    return any(c.get("passed") or c.get("measured") is not None for c in criteria if isinstance(c, dict))
