"""What an exercise module declares: its contract, its criteria, its two sides of a grading.

An exercise module (one per exercise, named after its slug with underscores) defines:

    EXERCISE = Exercise(slug=..., contract="def f(x): ...\n", criteria=[Criterion(...)], ...)

    LEARNER_OPS = {"op": function(learner, **args)}
        # run in the learner process (untrusted): call the learner's code, answer with data

    def judge(peer, ctx, seed) -> dict:
        # run in the judge (trusted): ask with peer.call("op", ...), check every answer,
        # build, train, measure; torch imported here, not at top
        return {"measurements": {criterion_id: value, ...}, "series": {...}}

The host decides pass/fail from the measurements with `Criterion.judge`, so thresholds live
in one place. This module is imported by the host, the judge and the learner process: no
Django, no torch at import time.
"""
from __future__ import annotations

import ast
import math
from dataclasses import dataclass, field


@dataclass(frozen=True)
class T:
    """A text in both languages."""

    ja: str
    en: str

    def get(self, lang: str) -> str:
        return self.ja if lang == "ja" else self.en


@dataclass(frozen=True)
class Name:
    """A name the learner's code must define.

    kind: "function" (a callable with exactly these parameter names, in order) or "class"
    (a class, subclass of `base` given as "module:attr", whose `methods` exist).
    """

    name: str
    kind: str = "function"
    params: tuple[str, ...] = ()
    base: str = ""
    methods: tuple[str, ...] = ()

    def describe(self) -> str:
        if self.kind == "class":
            base = self.base.split(":")[-1]
            return f"class {self.name}({base})"
        return f"def {self.name}({', '.join(self.params)})"


OPS = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "between": "∈", "true": "="}


@dataclass(frozen=True)
class Criterion:
    """One thing the verdict checks: measured value `op` threshold.

    op: ">=", "<=", ">", "<", "between" (threshold is (low, high), inclusive) or "true"
    (the measurement is a boolean that must be true; threshold is ignored).
    """

    id: str
    op: str
    threshold: object
    message: T
    hint: T
    unit: str = ""
    # What was found, shown beside the measured value: `detail` is a template in both languages
    # whose {fields} come from the mapping series[detail_from] (lists are joined; missing: "–").
    detail: T | None = None
    detail_from: str = ""

    def detail_text(self, series, lang: str) -> str:
        values = series.get(self.detail_from) if self.detail and isinstance(series, dict) else None
        if not isinstance(values, dict):
            return ""

        class Fields(dict):
            def __missing__(self, key):
                return "–"

        fields = Fields({k: (", ".join(map(str, v)) or "–") if isinstance(v, list) else v
                         for k, v in values.items() if isinstance(k, str) and isinstance(v, (str, int, float, list))})
        try:
            return self.detail.get(lang).format_map(fields)[:300]
        except (ValueError, TypeError, AttributeError, IndexError):
            return ""

    def judge(self, measured) -> bool | None:
        """True/False, or None when the value is missing or not a number (not measured)."""
        if measured is None:
            return None
        if self.op == "true":
            return bool(measured) is True
        try:
            value = float(measured)
        except (TypeError, ValueError):
            return None
        if math.isnan(value):
            return False
        if self.op == "between":
            low, high = self.threshold
            return low <= value <= high
        limit = float(self.threshold)
        return {">=": value >= limit, "<=": value <= limit, ">": value > limit, "<": value < limit}[self.op]

    def threshold_text(self) -> str:
        if self.op == "true":
            return "true"
        if self.op == "between":
            low, high = self.threshold
            return f"[{threshold_number(low)}, {threshold_number(high)}]"
        return f"{OPS[self.op]} {threshold_number(self.threshold)}"


def threshold_number(value) -> str:
    """A threshold as it reads: 0.9, 1.5, or 1 × 10⁻⁵ (a power of ten in superscript, not 1.00e-05)."""
    value = float(value)
    if 1e-3 <= abs(value) < 1e4 or value == 0:
        return f"{value:.3g}"
    mantissa, exponent = f"{value:.2e}".split("e")
    mantissa = mantissa.rstrip("0").rstrip(".")
    power = "10" + str(int(exponent)).translate(str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"))
    return power if mantissa == "1" else f"{mantissa} × {power}"


def names_from_contract(contract: str) -> list[Name]:
    """The names a contract defines: its top-level functions (with their parameter names) and
    classes (with their first base, resolved through the contract's own imports, and methods)."""
    tree = ast.parse(contract)
    aliases: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Import):
            for alias in node.names:
                top = alias.name.split(".")[0]
                aliases[alias.asname or top] = alias.name if alias.asname else top
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    names = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            names.append(Name(node.name, params=tuple(a.arg for a in node.args.posonlyargs + node.args.args)))
        elif isinstance(node, ast.ClassDef):
            head, _, rest = ast.unparse(node.bases[0]).partition(".") if node.bases else ("", "", "")
            full = aliases.get(head, head) + (f".{rest}" if rest else "")
            module, _, attr = full.rpartition(".")
            methods = tuple(n.name for n in node.body if isinstance(n, ast.FunctionDef))
            names.append(Name(node.name, kind="class", base=f"{module}:{attr}" if full else "", methods=methods))
    return names


@dataclass(frozen=True)
class Exercise:
    """`contract` is the one written form of what the learner defines: the exercise page shows
    it, and the Check button and both sides of a grading check the names derived from it."""

    slug: str
    contract: str
    criteria: list[Criterion]
    traces: bool = True  # the learner process traces graphs (warm the tracer up before learner code runs)
    limits: dict = field(default_factory=dict)  # overrides of the sandbox limits (wall_s, ...)
    seeds: tuple[int, ...] = (0,)  # the seed(s) a grading uses; calibration sweeps others
    reference_series: dict = field(default_factory=dict)  # the reference shape for plots
    # Explanations for errors the learner's code commonly raises, which the host can show beside
    # the error: (exception type name, substring of its message, why it happened in this exercise).
    # An entry matches an error whose `type` equals the name and whose `message` contains the
    # substring (case-sensitive); the first match wins. Name the cause and the idea, not the code.
    explain: tuple[tuple[str, str, T], ...] = ()
    # What a grading of this exercise is doing, shown while it runs ("Grading: ...").
    grading: T = T(ja="採点中：コードを実行しています", en="Grading: running your code")
    names: list[Name] = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "names", names_from_contract(self.contract))

    def criterion(self, criterion_id: str) -> Criterion:
        return next(c for c in self.criteria if c.id == criterion_id)

    def explanation(self, error_type: str, message: str) -> T | None:
        """The first `explain` entry matching an error's type and message, or None."""
        for name, substring, text in self.explain:
            if error_type == name and substring in (message or ""):
                return text
        return None
