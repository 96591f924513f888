"""Exports that a spreadsheet opens as data, never as formulas.

A learner chooses their own username and name; a cell such as `=HYPERLINK(...)` or `@SUM(...)`
in a CSV would run as a formula on the instructor's machine (CSV or formula injection). Every
export the site writes (the progress matrix; django-import-export's submission list, from the
admin or its `export` command with the resource; CSV or XLSX) passes its cells through
`formula_safe`, OWASP's advice: a text cell that starts with a
character a spreadsheet reads as the start of a formula gets a leading single quote, which
spreadsheets show as text. Numbers, dates and empty cells are left as they are.
"""
from __future__ import annotations

import tablib
from import_export import resources

# OWASP's list (= + - @, tab, carriage return), and their full-width forms, which Japanese
# input methods type and some spreadsheets take for the ASCII ones.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def formula_safe(value):
    """`value`, with a leading `'` if it is text a spreadsheet would read as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def formula_safe_dataset(dataset: tablib.Dataset) -> tablib.Dataset:
    """A copy of `dataset` (headers, title and every row) with each cell made formula-safe."""
    safe = tablib.Dataset(title=dataset.title)
    if dataset.headers:
        safe.headers = [formula_safe(header) for header in dataset.headers]
    for row in dataset:
        safe.append([formula_safe(cell) for cell in row])
    return safe


class FormulaSafeResource(resources.ModelResource):
    """A django-import-export resource whose exports are formula-safe, whatever the format and
    whoever exports (the admin's export, the library's `export` command)."""

    def export(self, *args, **kwargs) -> tablib.Dataset:
        return formula_safe_dataset(super().export(*args, **kwargs))
