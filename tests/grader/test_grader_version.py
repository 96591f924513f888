"""The reuse key: an identical resubmission reuses a verdict only while nothing that decided it
has changed (the judge's and learner process's code, the sandbox, the host's reading of the
judge and the verdict it builds)."""
import shutil
from pathlib import Path

import pytest

from grader import grading


@pytest.fixture
def grader_copy(tmp_path, monkeypatch):
    copy = tmp_path / "grader"
    shutil.copytree(Path(grading.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__", "references"))
    monkeypatch.setattr(grading, "GRADER_DIR", copy)
    grading.grader_version.cache_clear()
    yield copy
    grading.grader_version.cache_clear()


def version_after(change) -> tuple[str, str]:
    before = grading.grader_version()
    change()
    grading.grader_version.cache_clear()
    return before, grading.grader_version()


@pytest.mark.parametrize("path", ["verdict.py", "grading.py", "judge_output.py", "source_check.py",
                                  "harness/wire.py", "exercises/clip_gradients.py", "sandbox/runner.py"])
def test_a_change_to_what_decides_a_verdict_is_a_new_version(grader_copy, path):
    before, after = version_after(lambda: (grader_copy / path).write_text((grader_copy / path).read_text() + "#\n"))
    assert before != after


def test_a_change_to_a_page_keeps_the_version(grader_copy):
    before, after = version_after(lambda: (grader_copy / "views.py").write_text("# reworded\n"))
    assert before == after
