"""An instructor grants an extension through the cohort's change form in the admin: the form as
rendered, with one extension row added, is saved; a row for someone who is not a learner of the
cohort is refused with the form's message, in both languages."""
from __future__ import annotations

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from lessons.models import CohortDeadline, DeadlineExtension

NOT_ENROLLED = {"en": "Only a learner of this cohort can be given an extension.",
                "ja": "期限を延長できるのは、このクラスの学習者だけです。"}
LANGUAGES = pytest.mark.parametrize("lang", ["ja", "en"])


@pytest.fixture
def as_teacher_a(client, world):
    client.force_login(world.teacher_a)
    return client


def change_url(world, lang: str) -> str:
    return f"/{lang}/admin/lessons/cohort/{world.cohort_a.pk}/change/"


def rendered_form(html: str) -> dict[str, list[str]]:
    """What the browser would send for the change form as rendered: every field's value, with
    every inline's management form, and nothing of the empty rows kept as templates."""
    form = BeautifulSoup(html, "html.parser").select_one("form#cohort_form")
    data: dict[str, list[str]] = {}
    for field in form.select("input[name], select[name], textarea[name]"):
        name = field["name"]
        if "__prefix__" in name or field.get("type") in ("submit", "button", "file", "image"):
            continue
        if field.name == "select":
            values = [o.get("value", o.text) for o in field.select("option[selected]")]
        elif field.name == "textarea":
            values = [field.text]
        elif field.get("type") in ("checkbox", "radio"):
            values = [field.get("value", "on")] if field.has_attr("checked") else []
        else:
            values = [field.get("value", "")]
        data.setdefault(name, []).extend(values)
    return data


def with_extension(data: dict, *, user, exercise, due_at: datetime.datetime) -> dict:
    """The form's data with one more row in the extensions inline, as "Add another extension" adds it."""
    n = int(data["extensions-TOTAL_FORMS"][0])
    local = timezone.localtime(due_at)
    return {**data, "extensions-TOTAL_FORMS": [str(n + 1)],
            f"extensions-{n}-user": [str(user.pk)],
            f"extensions-{n}-exercise": [str(exercise.pk) if exercise else ""],
            f"extensions-{n}-due_at_0": [local.strftime("%Y-%m-%d")],
            f"extensions-{n}-due_at_1": [local.strftime("%H:%M:%S")]}


@LANGUAGES
@pytest.mark.parametrize("for_exercise", [True, False], ids=["this-exercise", "all-deadlines"])
def test_an_instructor_grants_an_extension_with_the_cohort_form(as_teacher_a, world, lang, for_exercise):
    CohortDeadline.objects.create(cohort=world.cohort_a, exercise=world.exercise,
                                  due_at=timezone.now() - datetime.timedelta(minutes=45))
    data = rendered_form(as_teacher_a.get(change_url(world, lang)).content.decode())
    assert data["extensions-TOTAL_FORMS"] == ["0"] and data["deadlines-TOTAL_FORMS"] == ["1"]
    due_at = (timezone.now() + datetime.timedelta(days=3)).replace(second=0, microsecond=0)
    alice = world.learners_a[0]
    response = as_teacher_a.post(change_url(world, lang), with_extension(
        data, user=alice, exercise=world.exercise if for_exercise else None, due_at=due_at))
    assert response.status_code == 302, BeautifulSoup(response.content, "html.parser").select(".errorlist")
    extension = DeadlineExtension.objects.get(cohort=world.cohort_a)
    assert (extension.user, extension.due_at) == (alice, due_at)
    assert extension.exercise == (world.exercise if for_exercise else None)
    assert world.cohort_a.deadlines.count() == 1 and world.cohort_a.enrollments.count() == 2, "the rest kept"


@LANGUAGES
def test_an_extension_for_someone_outside_the_cohort_is_refused(as_teacher_a, world, lang):
    data = rendered_form(as_teacher_a.get(change_url(world, lang)).content.decode())
    response = as_teacher_a.post(change_url(world, lang), with_extension(
        data, user=world.learner_b, exercise=None, due_at=timezone.now() + datetime.timedelta(days=3)))
    assert response.status_code == 200
    errors = [e.get_text(" ", strip=True) for e in
              BeautifulSoup(response.content, "html.parser").select("#extensions-group .errorlist")]
    assert NOT_ENROLLED[lang] in errors
    assert not DeadlineExtension.objects.exists()
