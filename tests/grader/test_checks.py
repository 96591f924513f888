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


def test_a_contract_without_a_name_fails_the_check(monkeypatch):
    from grader.exercises import base, load

    exercise = load("layer-grad-norms").EXERCISE
    monkeypatch.setattr(load("layer-grad-norms"), "EXERCISE", base.Exercise(
        slug=exercise.slug, contract="import torch\n", criteria=exercise.criteria))
    assert [e.id for e in exercises_agree()] == ["kobai.E002"]


def test_the_names_come_from_the_contract():
    from grader.exercises import load

    (leaky,) = load("leaky-relu-autograd").EXERCISE.names
    assert (leaky.kind, leaky.base, leaky.methods) == ("class", "torch.autograd:Function", ("forward", "backward"))
    (block,) = load("residual-block").EXERCISE.names
    assert block.base == "torch.nn:Module"
    (norm,) = load("batchnorm-from-scratch").EXERCISE.names
    assert norm.params == ("x", "gamma", "beta", "running_mean", "running_var", "training", "momentum", "eps")


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


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_exercise_page_shows_the_contract_the_grader_checks(client, lang):
    from grader.exercises import load

    page = client.get(f"/{lang}/exercises/residual-block/").content.decode()
    assert "class ResidualBlock(nn.Module):" in page
    assert "def __init__(self, dim: int): ..." in load("residual-block").EXERCISE.contract
