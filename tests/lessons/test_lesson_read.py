"""A lesson is read when the learner reaches its end, not when it is opened (issue 17, item 5b).

The browser side (the end scrolled into view posts the form) is tests/e2e/test_hints_quiz_read.py."""
import pytest
from bs4 import BeautifulSoup
from django.test import Client

from lessons.models import LessonProgress
from tests.conftest import migrated

pytestmark = pytest.mark.django_db
URL = "/{lang}/lessons/vanishing-gradients/"
READ = "/{lang}/lessons/vanishing-gradients/read/"


def progress_of(user) -> LessonProgress:
    return LessonProgress.objects.get(user=user, lesson__slug="vanishing-gradients")


def read_cell(client, lang="en") -> str:
    page = BeautifulSoup(client.get(f"/{lang}/progress/").content.decode(), "html.parser")
    return page.select(".progress-table tbody tr")[0].select("td")[0].get_text(strip=True)


@pytest.mark.parametrize("lang,button", [("en", "I have finished this lesson"), ("ja", "この講義を読み終えました")])
def test_opening_a_lesson_is_a_visit_and_its_end_offers_the_form(learner_client, user, lang, button):
    page = BeautifulSoup(learner_client.get(URL.format(lang=lang)).content.decode(), "html.parser")
    assert not progress_of(user).read, "opened, not read"
    form = page.select_one("#lesson-end form[data-read-on-view]")
    assert form["action"] == READ.format(lang=lang) and form.select_one("input[name=csrfmiddlewaretoken]")
    assert button in form.get_text()
    assert page.select_one("script[src$='lessons/lesson-read.js']")
    assert read_cell(learner_client, lang) in ("— Not yet", "— 未読")


def test_the_script_posts_and_gets_json_and_the_first_time_is_kept(learner_client, user):
    learner_client.get(URL.format(lang="en"))
    response = learner_client.post(READ.format(lang="en"), HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and response.json() == {"read": True}
    first = progress_of(user).finished_at
    assert first is not None and read_cell(learner_client) == "✓ Read"
    learner_client.post(READ.format(lang="en"), HTTP_ACCEPT="application/json")
    assert progress_of(user).finished_at == first
    page = BeautifulSoup(learner_client.get(URL.format(lang="en")).content.decode(), "html.parser")
    assert "You have read this lesson to the end." in page.select_one("#lesson-end").get_text()
    assert not page.select("form[data-read-on-view]") and not page.select("script[src$='lesson-read.js']")


def test_without_javascript_the_button_marks_it_and_comes_back_to_the_end(learner_client, user):
    response = learner_client.post(READ.format(lang="ja"))
    assert response.status_code == 302 and response["Location"] == "/ja/lessons/vanishing-gradients/#lesson-end"
    assert progress_of(user).read
    page = learner_client.get(response["Location"]).content.decode()
    assert "この講義を読了にしました。" in page and "この講義は読了です。" in page


def test_a_post_needs_a_login_and_a_csrf_token_and_a_get_does_nothing(user):
    assert Client().post(READ.format(lang="en"))["Location"].startswith("/en/accounts/login/")
    visitor = Client(enforce_csrf_checks=True)
    visitor.force_login(user)
    assert visitor.post(READ.format(lang="en")).status_code == 403, "no CSRF token"
    assert visitor.get(READ.format(lang="en")).status_code == 405
    assert not LessonProgress.objects.filter(finished_at__isnull=False).exists()
    assert Client().get(URL.format(lang="en")).status_code == 200


def test_a_quiz_answer_alone_does_not_make_the_lesson_read(learner_client, user):
    from lessons.models import Question
    questions = Question.objects.filter(quiz__lesson__slug="vanishing-gradients")
    data = {}
    for q in questions:
        correct = [str(c.order) for c in q.choices.all() if c.correct]
        data[f"q-{q.key}"] = str(q.answer) if q.kind == "numeric" else correct if q.kind == "multiple" else correct[0]
    learner_client.post("/en/lessons/vanishing-gradients/quiz/", data)
    assert progress_of(user).quiz_attempts == 1 and not progress_of(user).read


BEFORE, AFTER = ("lessons", "0004_join_code_default"), ("lessons", "0005_lesson_read_to_the_end")


@pytest.mark.django_db(transaction=True)
def test_rows_stored_before_stay_read(course_loaded):
    with migrated(BEFORE) as (apps, migrate_to):
        learner = apps.get_model("auth", "User").objects.create(username="opened-before")
        lesson = apps.get_model("lessons", "Lesson").objects.get(slug="vanishing-gradients")
        apps.get_model("lessons", "LessonProgress").objects.create(user=learner, lesson=lesson)
        migrate_to(AFTER)
    progress = LessonProgress.objects.get(user__username="opened-before")
    assert progress.read and progress.finished_at == progress.first_read_at
