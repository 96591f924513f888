"""The reference solutions and their walkthrough: shown after a pass, or after a cohort's number of
failed attempts; a 403 with not a word of them before; never through the API."""
import shutil

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from grader.checks import exercises_agree
from grader.models import ExerciseProgress, Submission
from grader.solutions import REFERENCES
from grader.tokens import token_create
from lessons.models import Cohort, Course, Enrollment, Exercise, ExerciseText
from tests.conftest import UserFactory

pytestmark = pytest.mark.django_db

SLUG = "layer-grad-norms"
URL = "/{lang}/exercises/" + SLUG + "/solutions/"
# A line of a shown reference solution, and a phrase of each language's walkthrough.
CODE = "p.grad.norm().item()"
WALKTHROUGH = {"en": "measuring stick", "ja": "ものさし"}


def text_of(response) -> str:
    return BeautifulSoup(response.content, "html.parser").get_text()


def progress(user, *, passed=False, failed=0):
    exercise = Exercise.objects.get(slug=SLUG)
    return ExerciseProgress.objects.create(user=user, exercise=exercise, submissions=failed + passed,
                                           failed_submissions=failed,
                                           passed_at=timezone.now() if passed else None)


def cohort(threshold, *members):
    group = Cohort.objects.create(name=f"cohort {threshold}", course=Course.objects.get(),
                                  solutions_after_failures=threshold)
    for member in members:
        Enrollment.objects.create(cohort=group, user=member)
    return group


def assert_closed(client, lang="en"):
    response = client.get(URL.format(lang=lang))
    assert response.status_code == 403
    words = text_of(response)
    assert CODE not in words and WALKTHROUGH[lang] not in words
    page = client.get(f"/{lang}/exercises/{SLUG}/")
    assert page.status_code == 200 and CODE not in text_of(page) and "/solutions/" not in page.content.decode()


def assert_open(client, lang="en"):
    response = client.get(URL.format(lang=lang))
    assert response.status_code == 200
    words = text_of(response)
    assert CODE in words and WALKTHROUGH[lang] in words
    assert 'class="code highlight"' in response.content.decode(), "highlighted like the lessons' code"
    assert f"/{lang}/exercises/{SLUG}/solutions/" in client.get(f"/{lang}/exercises/{SLUG}/").content.decode()
    return response


def test_an_anonymous_visitor_is_sent_to_log_in(client):
    response = client.get(URL.format(lang="en"))
    assert response.status_code == 302 and "/login/" in response["Location"]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_before_a_pass_the_solutions_are_a_403_without_a_word_of_them(learner_client, user, lang):
    assert_closed(learner_client, lang)
    progress(user, failed=5)
    assert_closed(learner_client, lang)
    locked = learner_client.get(URL.format(lang=lang))
    expected = "once you pass" if lang == "en" else "合格すると見られる"
    assert expected in text_of(locked)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_after_a_pass_the_solutions_and_walkthrough_are_shown_in_the_learners_language(
        learner_client, user, lang):
    progress(user, passed=True, failed=1)
    words = text_of(assert_open(learner_client, lang))
    other = "ja" if lang == "en" else "en"
    assert WALKTHROUGH[other] not in words
    title = {"en": "One dictionary comprehension", "ja": "辞書内包表記で 1 行に"}[lang]
    assert title in words


def test_a_pass_opens_only_that_exercise(learner_client, user):
    progress(user, passed=True)
    assert learner_client.get("/en/exercises/clip-gradients/solutions/").status_code == 403


def test_a_cohort_opens_them_after_its_number_of_failed_attempts(learner_client, user):
    cohort(3, user)
    mine = progress(user, failed=2)
    assert_closed(learner_client)
    assert "after 3 submissions that do not pass" in text_of(learner_client.get(URL.format(lang="en")))
    mine.failed_submissions = 3
    mine.save()
    response = assert_open(learner_client)
    assert "Your instructor opened the solutions after 3 submissions" in text_of(response)


def test_a_cohort_without_a_number_opens_them_only_after_a_pass(learner_client, user):
    cohort(None, user)
    progress(user, failed=50)
    assert_closed(learner_client)


def test_any_one_of_the_learners_cohorts_granting_it_suffices(learner_client, user):
    cohort(None, user)
    cohort(10, user)
    cohort(2, user)
    cohort(1, UserFactory())  # not the learner's
    progress(user, failed=2)
    assert_open(learner_client)


def test_another_learners_cohort_or_pass_opens_nothing_for_me(learner_client, user):
    other = UserFactory()
    cohort(1, other)
    progress(other, passed=True)
    assert_closed(learner_client)


def test_the_api_never_carries_the_solutions(client, user):
    progress(user, passed=True)
    exercise = Exercise.objects.get(slug=SLUG)
    submission = Submission.objects.create(user=user, exercise=exercise, code="x", code_sha256="0" * 64,
                                           grader_version="v", status="passed", score=1.0, verdict={})
    _token, key = token_create(user=user, name="t")
    auth = {"HTTP_AUTHORIZATION": f"Bearer {key}"}
    body = client.get(f"/api/v1/submissions/{submission.pk}", **auth).content.decode()
    walkthroughs = ExerciseText.objects.filter(exercise=exercise).values_list("walkthrough", flat=True)
    assert CODE not in body and not any(w[:60] in body for w in walkthroughs)
    schema = client.get("/api/v1/openapi.json").json()
    assert not any("solution" in path for path in schema["paths"])
    assert client.get(f"/api/v1/exercises/{SLUG}/solutions", **auth).status_code == 404


def test_every_exercise_shows_solutions_with_a_walkthrough_in_both_languages():
    for exercise in Exercise.objects.all():
        assert exercise.solutions, exercise.slug
        for item in exercise.solutions:
            assert (REFERENCES / exercise.slug / item["file"]).is_file()
            assert item["ja"] and item["en"]
        for text in ExerciseText.objects.filter(exercise=exercise):
            assert len(text.walkthrough) > 400 and text.walkthrough_hash, (exercise.slug, text.language)


def test_the_system_check_names_a_solution_the_grader_does_not_have(settings, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(settings.CONTENT_DIR, content)
    meta = content / "exercises" / SLUG / "exercise.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("pass_manual_sum.py", "pass_missing.py"),
                    encoding="utf-8")
    settings.CONTENT_DIR = str(content)
    errors = exercises_agree()
    assert [e.id for e in errors] == ["kobai.E004"] and "pass_missing.py" in errors[0].msg


def test_the_cohort_setting_is_on_the_admin_cohort_page(client):
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    group = cohort(None)
    page = client.get(f"/en/admin/lessons/cohort/{group.pk}/change/").content.decode()
    assert 'name="solutions_after_failures"' in page and "solutions after failed attempts" in page.lower()
    form = BeautifulSoup(page, "html.parser").find("form", id="cohort_form")
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "button") or (
                field.get("type") == "checkbox" and not field.has_attr("checked")):
            continue
        if field.name == "select":
            chosen = [o.get("value") for o in field.find_all("option") if o.has_attr("selected")]
            if chosen:
                data[name] = chosen if field.has_attr("multiple") else chosen[0]
        else:
            data[name] = field.text if field.name == "textarea" else field.get("value", "")
    data["solutions_after_failures"] = "4"
    response = client.post(f"/en/admin/lessons/cohort/{group.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    group.refresh_from_db()
    assert group.solutions_after_failures == 4


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_solution_pages_need_no_exception_to_the_csp(learner_client, user, lang):
    from tests.courseware.test_csp import assert_strict

    assert_strict(learner_client.get(URL.format(lang=lang)))  # the 403
    progress(user, passed=True)
    assert_strict(learner_client.get(URL.format(lang=lang)))


def test_a_passed_verdict_links_to_the_solutions(learner_client, user):
    progress(user, passed=True)
    exercise = Exercise.objects.get(slug=SLUG)
    passed = Submission.objects.create(user=user, exercise=exercise, code="x", code_sha256="0" * 64,
                                       grader_version="v", status="passed", score=1.0, verdict={})
    failed = Submission.objects.create(user=user, exercise=exercise, code="y", code_sha256="1" * 64,
                                       grader_version="v", status="failed", score=0.0, verdict={})
    link = f"/ja/exercises/{SLUG}/solutions/"
    assert link in learner_client.get(f"/ja/submissions/{passed.pk}/").content.decode()
    assert link not in learner_client.get(f"/ja/submissions/{failed.pk}/").content.decode()
