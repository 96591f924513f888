"""The apps are a one-way stack: lessons ← grader ← instructors ← lti.

`lessons` (content, rendering, the lesson, quiz and glossary pages) imports no other app and
no torch; `grader` (submissions, grading, the exercise page, the API) may import lessons;
`instructors` (every admin class that shows learners' data, reports, exports, the demo
cohort) may import both; `lti` (the LMS connection) may import all three. Imports inside
functions count too: the test reads every import
statement in every module, wherever it stands. (The starter files under lessons/content/ are
course content, run only in the sandbox, and not part of the app.)
"""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ["lessons", "grader", "instructors", "lti"]
NEVER_IN_LESSONS = {"torch", "numpy", "matplotlib", "sklearn"}


def imported_packages(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name.split(".")[0]) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module.split(".")[0]))
    return found


def upward_imports(app: str) -> list[str]:
    above = set(LAYERS[LAYERS.index(app) + 1:])
    forbidden = above | (NEVER_IN_LESSONS if app == "lessons" else set())
    return [f"{path.relative_to(ROOT)}:{line}: imports {package}"
            for path in sorted((ROOT / app).rglob("*.py")) if not path.is_relative_to(ROOT / app / "content")
            for line, package in imported_packages(path) if package in forbidden]


@pytest.mark.parametrize("app", LAYERS)
def test_no_app_imports_one_above_it(app):
    assert upward_imports(app) == []


def test_the_check_sees_an_import_inside_a_function(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from instructors.views import x\n    import torch.nn\n")
    assert imported_packages(module) == [(2, "instructors"), (3, "torch")]
