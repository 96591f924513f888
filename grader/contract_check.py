"""The Check button: the contract checked on the code's syntax tree, without running it.

Fast (no torch, no sandbox): the source check every path shares (grader.source_check), then a
syntax error with line and column, a missing name, a function with the wrong parameters, a
class that does not derive from the expected base.

The code is hostile: within the size limit an expression nested a few thousand levels deep makes
CPython's parser raise RecursionError or MemoryError, and compile-time conversions raise
ValueError or OverflowError. Each of these is an answer about the code (`refused`), never a crash.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass

from django.utils.translation import gettext as _

from grader.exercises import load
from grader.source_check import source_checked


@dataclass
class CheckResult:
    ok: bool
    problems: list[str]
    # Why the code could not be checked at all (a source_check code, "too_deep", "unreadable");
    # None when it was checked, whatever it found.
    refused: str | None = None


def contract_check(*, slug: str, code: str) -> CheckResult:
    exercise = load(slug).EXERCISE
    problem, code = source_checked(code)
    if problem is not None:
        return CheckResult(False, [problem.message()], refused=problem.code)
    try:
        return _checked(exercise, ast.parse(code))
    except SyntaxError as exc:
        return CheckResult(False, [_("Syntax error on line %(line)s, column %(col)s: %(msg)s") % {
            "line": exc.lineno, "col": exc.offset, "msg": exc.msg}])
    except (RecursionError, MemoryError):  # the parser's own limits on nesting, not the host's memory
        return CheckResult(False, [_("Your code is nested too deeply to be checked. Split the deepest "
                                     "expression into smaller steps.")], refused="too_deep")
    except (ValueError, OverflowError):
        return CheckResult(False, [_("Python cannot read this code. Look for an unusual character or an "
                                     "oversized literal and check again.")], refused="unreadable")


def _checked(exercise, tree: ast.Module) -> CheckResult:
    """The contract's names against the module's top level (ast.unparse may recurse too: callers
    catch it)."""
    defined = {}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            defined[node.name] = node
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    defined.setdefault(target.id, node)
    problems = []
    for name in exercise.names:
        node = defined.get(name.name)
        if node is None:
            problems.append(_("%(expected)s is missing.") % {"expected": name.describe()})
            continue
        if name.kind == "function":
            if isinstance(node, ast.ClassDef):
                problems.append(_("%(name)s should be a function, not a class.") % {"name": name.name})
                continue
            if isinstance(node, ast.FunctionDef):
                args = [a.arg for a in node.args.posonlyargs + node.args.args]
                required_extra = len(args) - len(name.params) - len(node.args.defaults)
                if tuple(args[: len(name.params)]) != name.params or required_extra > 0:
                    problems.append(_("Expected %(expected)s, but found def %(name)s(%(found)s).") % {
                        "expected": name.describe(), "name": name.name, "found": ", ".join(args)})
        elif name.kind == "class":
            if not isinstance(node, ast.ClassDef):
                problems.append(_("%(name)s should be a class.") % {"name": name.name})
                continue
            wanted = name.base.split(":")[-1].split(".")[-1]
            bases = [ast.unparse(b).split(".")[-1] for b in node.bases]
            if wanted and wanted not in bases:
                problems.append(_("Expected %(expected)s, but %(name)s derives from %(found)s.") % {
                    "expected": name.describe(), "name": name.name, "found": ", ".join(bases) or "object"})
            methods = {n.name for n in node.body if isinstance(n, ast.FunctionDef)}
            for method in name.methods:
                if method not in methods and method != "apply":
                    problems.append(_("%(name)s has no method %(method)s().") % {"name": name.name,
                                                                                 "method": method})
    return CheckResult(not problems, problems)
