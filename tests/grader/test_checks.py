"""The system check that the content's exercises and the grader's registry agree."""
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from grader.checks import exercises_agree


@pytest.fixture
def content(tmp_path, settings):
    copy = tmp_path / "content"
    shutil.copytree(Path(settings.CONTENT_DIR), copy)
    settings.CONTENT_DIR = copy
    return copy


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_the_real_course_and_registry_agree():
    assert exercises_agree() == []


def test_a_contract_that_drifted_from_the_grader_fails_the_check(content):
    edit(content / "exercises/layer-grad-norms/exercise.yaml",
         "def grad_norms(model: nn.Module)", "def grad_norm(model: nn.Module)")
    errors = exercises_agree()
    assert [e.id for e in errors] == ["kobai.E002"]
    assert "grad_norms" in errors[0].msg and "exercise.yaml" in errors[0].msg


def test_a_hint_for_a_criterion_the_grader_does_not_measure_fails_the_check(content):
    edit(content / "exercises/layer-grad-norms/exercise.yaml", "criterion: values-match", "criterion: value-match")
    assert [e.id for e in exercises_agree()] == ["kobai.E003"]


def test_an_exercise_without_a_grader_module_fails_the_check(content):
    shutil.copytree(content / "exercises/layer-grad-norms", content / "exercises/new-exercise")
    edit(content / "exercises/new-exercise/exercise.yaml", "slug: layer-grad-norms", "slug: new-exercise")
    errors = exercises_agree()
    assert [e.id for e in errors] == ["kobai.E001"] and "new-exercise" in errors[0].msg


def test_manage_py_check_runs_it(content):
    edit(content / "exercises/layer-grad-norms/exercise.yaml", "criterion: values-match", "criterion: value-match")
    with pytest.raises(SystemCheckError, match="kobai.E003"):
        call_command("check")
    assert settings.CONTENT_DIR == content
