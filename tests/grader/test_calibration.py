"""Every threshold is calibrated: references pass and the starter and named failures fail, on 5 seeds.

grader/references/<slug>/pass_*.py are reference approaches (never served to learners),
fail_*.py are the named failures of curriculum.md and common mistakes; the starter code comes
from the course content. The procedures run in-process here (the sandbox adds nothing to the
numbers); tests/grader/test_grade_command.py runs references through the real sandbox.
"""
from pathlib import Path

import pytest
from django.conf import settings

from grader.exercises import EXERCISES, load
from grader.harness.local import run_local

pytestmark = pytest.mark.calibration

REFERENCES = Path(__file__).resolve().parents[2] / "grader" / "references"


@pytest.fixture(autouse=True)
def one_thread():
    """As in the sandbox: one torch thread (two threads on a busy 2-core host are far slower)."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)
SEEDS = range(5)


def cases():
    for slug in EXERCISES:
        folder = REFERENCES / slug
        for path in sorted(folder.glob("*.py")) if folder.exists() else []:
            yield pytest.param(slug, path, id=f"{slug}/{path.stem}")
        yield pytest.param(slug, Path(settings.CONTENT_DIR) / "exercises" / slug / "starter.py",
                           id=f"{slug}/starter")


@pytest.mark.parametrize("slug", list(EXERCISES))
def test_each_exercise_has_two_references_and_a_named_failure(slug):
    folder = REFERENCES / slug
    assert len(list(folder.glob("pass_*.py"))) >= 2, f"{slug}: at least two reference approaches"
    assert list(folder.glob("fail_*.py")), f"{slug}: at least one named failure"
    ids = [c.id for c in load(slug).EXERCISE.criteria]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("slug,path", list(cases()))
def test_references_pass_and_failures_fail_on_every_seed(slug, path):
    should_pass = path.name.startswith("pass_")
    results = run_local(slug, path.read_text(), seeds=SEEDS)
    # An error (the code raised, broke the contract, used a forbidden operator, could not be
    # traced) is never a pass.
    verdicts = [r["passed"] for r in results]
    detail = [r.get("error") or {k: r["measurements"].get(k) for k in r["judged"]} for r in results]
    assert verdicts == [should_pass] * len(SEEDS), detail
