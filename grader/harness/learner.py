"""Loading the learner's file and checking it against the exercise's contract."""
from __future__ import annotations

import importlib
import inspect
import types

from grader.harness.context import ContractError, LearnerError

LEARNER_PATH = "/sandbox/submission.py"


def load(source: str, names, path: str = LEARNER_PATH) -> types.SimpleNamespace:
    """Run the learner's module top level and return only the contract's names."""
    module = types.ModuleType("submission")
    module.__file__ = path
    try:
        code = compile(source, path, "exec")
    except SyntaxError as exc:  # the host checks first; this is a second line of defence
        raise ContractError("syntax", f"valid Python (line {exc.lineno}: {exc.msg})") from None
    try:
        exec(code, module.__dict__)  # noqa: S102 - this is the point: in the sandbox
    except Exception as exc:  # noqa: BLE001
        if type(exc).__name__ == "Refused":
            raise
        raise LearnerError(exc, "module") from None
    found = {}
    for spec in names:
        if not hasattr(module, spec.name):
            raise ContractError("missing", spec.describe(), "nothing by that name")
        value = getattr(module, spec.name)
        check(spec, value)
        found[spec.name] = value
    return types.SimpleNamespace(**found)


def _resolve(dotted: str):
    module, _, attr = dotted.partition(":")
    obj = importlib.import_module(module)
    for part in attr.split("."):
        obj = getattr(obj, part)
    return obj


def check(spec, value) -> None:
    if spec.kind == "class":
        if not isinstance(value, type):
            raise ContractError("not-class", spec.describe(), type(value).__name__)
        if spec.base and not issubclass(value, _resolve(spec.base)):
            bases = ", ".join(b.__name__ for b in value.__mro__[1:-1]) or "object"
            raise ContractError("wrong-base", spec.describe(), f"class {spec.name}({bases})")
        for method in spec.methods:
            if not callable(getattr(value, method, None)):
                raise ContractError("missing-method", f"{spec.describe()} with {method}()", "")
        return
    if not callable(value):
        raise ContractError("not-callable", spec.describe(), type(value).__name__)
    try:
        params = list(inspect.signature(value).parameters.values())
    except (TypeError, ValueError):
        return
    positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    names = tuple(p.name for p in positional[: len(spec.params)])
    extra_required = [p for p in positional[len(spec.params):] if p.default is p.empty]
    if names != tuple(spec.params) or extra_required:
        shown = ", ".join(p.name for p in params)
        raise ContractError("signature", spec.describe(), f"def {spec.name}({shown})")
