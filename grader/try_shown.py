"""A Try's record (grader.trying) as the panel shows it, in the reader's language.

A completed run shows what the learner's code printed (cut to TRY_SHOWN_CHARS; the template
escapes it) and the chart of the judge's series. Anything else (a syntax error, an exception, a
limit, our own failure) is worded as a verdict would be (grader.wording), without criteria."""
from __future__ import annotations

from grader.grading import TRIED
from grader.judge_output import SchemaError, series
from grader.try_chart import grad_norm_chart
from grader.wording import verdict_words

TRY_SHOWN_CHARS = 8000


def _cut(text) -> tuple[str, bool]:
    text = text if isinstance(text, str) else ""
    return text[:TRY_SHOWN_CHARS], len(text) > TRY_SHOWN_CHARS


def try_shown(record: dict, lang: str) -> dict:
    """{"ok", "message", "error", "stdout", "stderr", "truncated", "chart", "timings", "device"}."""
    record = record if isinstance(record, dict) else {}
    stdout, cut_out = _cut(record.get("stdout"))
    stderr, cut_err = _cut(record.get("stderr"))
    truncated = cut_out or cut_err or bool(record.get("output_truncated"))
    shown = {"stdout": stdout, "stderr": stderr, "truncated": truncated,
             "wall_s": (record.get("timings") or {}).get("wall_s"), "chart": None, "error": None, "message": "",
             "ok": record.get("status") == TRIED}
    if shown["ok"]:
        try:
            found = series(record.get("series") or {})
        except SchemaError:
            found = {}
        if isinstance(found, dict) and found.get("grad_norms"):
            shown["chart"] = grad_norm_chart(found.get("grad_norms"), found.get("reference_grad_norms"))
        return shown
    verdict = verdict_words(record, lang)
    shown["message"] = verdict.message
    shown["status_label"] = verdict.status_label
    shown["error"] = verdict.error
    return shown
