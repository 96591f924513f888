"""Every page in both languages, served by Django with the real course loaded."""
import pytest
from bs4 import BeautifulSoup

from lessons.models import Lesson, LessonProgress, Question, QuizAttempt

pytestmark = pytest.mark.django_db
LANGS = ["ja", "en"]
LESSONS = ["vanishing-gradients", "exploding-gradients", "relu-family", "initialization",
           "batch-norm", "residual-networks"]


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", ["", "glossary/", "accounts/login/", "accounts/signup/",
                                  "accounts/password_reset/", "lessons/vanishing-gradients/quiz/",
                                  "exercises/fix-vanishing-gradients/"]
                         + [f"lessons/{slug}/" for slug in LESSONS])
def test_every_page_answers_in_both_languages(client, lang, path):
    response = client.get(f"/{lang}/{path}")
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == lang
    switch = {a["hreflang"]: a["href"] for a in page.select(".lang-switch a")}
    other = "en" if lang == "ja" else "ja"
    assert switch == {other: f"/{other}/{path}"}


def test_root_picks_the_language_from_accept_language(client):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")["Location"] == "/en/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ja,en;q=0.5")["Location"] == "/ja/"


@pytest.mark.parametrize("lang", LANGS)
def test_lesson_one_has_math_code_figures_toc_and_references(client, lang):
    page = soup(client.get(f"/{lang}/lessons/vanishing-gradients/"))
    assert page.select("math[display=inline]") and page.select("math[display=block]")
    assert page.select("pre.highlight span.k"), "Python code is highlighted"
    figures = page.select("figure.figure img")
    assert len(figures) >= 2
    assert all(img["alt"].strip() and img["src"].endswith(f".{lang}.svg") for img in figures)
    toc = [a["href"] for a in page.select(".toc a")]
    assert len(toc) >= 5 and all(page.find(id=href[1:]) for href in toc)
    assert page.select(".footnotes li")
    exercise_links = {a["href"] for a in page.select("a[href*='/exercises/']")}
    assert f"/{lang}/exercises/layer-grad-norms/" in exercise_links
    assert f"/{lang}/exercises/fix-vanishing-gradients/" in exercise_links
    assert page.select_one("a[href$='/quiz/']")


@pytest.mark.parametrize("lang", LANGS)
def test_a_lesson_in_preparation_is_marked_so(client, lang):
    Lesson.objects.filter(slug="residual-networks").update(status=Lesson.Status.IN_PREPARATION)
    page = soup(client.get(f"/{lang}/lessons/residual-networks/"))
    assert page.select(".badge-draft")
    assert len(page.select(".toc a")) >= 3


def test_the_course_home_lists_six_lessons_in_order(client):
    page = soup(client.get("/en/"))
    titles = [a["href"] for a in page.select(".lesson-card h3 a")]
    assert titles == [f"/en/lessons/{slug}/" for slug in LESSONS]


@pytest.mark.parametrize("lang,text", [("ja", "ページが見つかりません"), ("en", "Page not found")])
def test_unknown_pages_get_a_404_in_the_readers_language(client, lang, text):
    for path in ("lessons/no-such-lesson/", "exercises/nope/", "lessons/nope/quiz/", "nothing/here/"):
        response = client.get(f"/{lang}/{path}")
        assert response.status_code == 404
        assert text in response.content.decode()
        assert soup(response).html["lang"] == lang


def test_an_unknown_language_is_a_404(client):
    response = client.get("/fr/lessons/vanishing-gradients/")
    assert response.status_code == 404


def answers_for(quiz_questions, right=True):
    data = {}
    for q in quiz_questions:
        name = f"q-{q.key}"
        if q.kind == "numeric":
            data[name] = str(q.answer if right else q.answer + 10 * (q.tolerance + 1))
        else:
            correct = [str(c.order) for c in q.choices.all() if c.correct]
            wrong = [str(c.order) for c in q.choices.all() if not c.correct][:1]
            data[name] = correct if right else wrong
    return data


def test_a_quiz_attempt_is_scored_stored_and_explained(learner_client, user):
    questions = list(Question.objects.filter(quiz__lesson__slug="vanishing-gradients"))
    response = learner_client.post("/en/lessons/vanishing-gradients/quiz/", answers_for(questions))
    assert response.status_code == 200
    page = soup(response)
    assert len(page.select(".question-feedback.is-correct")) == len(questions)
    assert page.select(".explanation")
    attempt = QuizAttempt.objects.get(user=user)
    assert attempt.score == 1.0
    progress = LessonProgress.objects.get(user=user, lesson__slug="vanishing-gradients")
    assert (progress.quiz_attempts, progress.quiz_best_score) == (1, 1.0)

    learner_client.post("/ja/lessons/vanishing-gradients/quiz/", answers_for(questions, right=False))
    progress.refresh_from_db()
    assert (progress.quiz_attempts, progress.quiz_best_score) == (2, 1.0), "the best score is kept"
    page = soup(learner_client.get("/en/progress/"))
    assert "100%" in page.select_one(".progress-table tbody").get_text()


@pytest.mark.parametrize("bad,message_ja", [
    ("", "この質問に答えてください"),
    ("abc", "数値を入力してください"),
    ("inf", "数値を入力してください"),
])
def test_a_malformed_numeric_answer_is_shown_and_nothing_stored(learner_client, user, bad, message_ja):
    questions = list(Question.objects.filter(quiz__lesson__slug="vanishing-gradients"))
    numeric = next(q for q in questions if q.kind == "numeric")
    data = answers_for(questions)
    data[f"q-{numeric.key}"] = bad
    response = learner_client.post("/ja/lessons/vanishing-gradients/quiz/", data)
    assert response.status_code == 400
    assert message_ja in response.content.decode()
    assert not QuizAttempt.objects.exists()
    assert not LessonProgress.objects.filter(quiz_attempts__gt=0).exists()


def test_an_out_of_range_choice_is_refused(learner_client):
    questions = list(Question.objects.filter(quiz__lesson__slug="vanishing-gradients"))
    choice_q = next(q for q in questions if q.kind != "numeric")
    data = answers_for(questions)
    data[f"q-{choice_q.key}"] = "99"
    response = learner_client.post("/en/lessons/vanishing-gradients/quiz/", data)
    assert response.status_code == 400
    assert "nothing was saved" in response.content.decode()
    assert not QuizAttempt.objects.exists()


def test_full_width_digits_are_accepted_for_numbers(learner_client, user):
    questions = list(Question.objects.filter(quiz__lesson__slug="vanishing-gradients"))
    numeric = next(q for q in questions if q.kind == "numeric")
    data = answers_for(questions)
    data[f"q-{numeric.key}"] = str(numeric.answer).translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))
    assert learner_client.post("/ja/lessons/vanishing-gradients/quiz/", data).status_code == 200
    assert QuizAttempt.objects.get(user=user).results[numeric.key] is True


def test_invalid_sign_up_shows_field_errors_in_japanese(client):
    response = client.post("/ja/accounts/signup/", {
        "username": "", "email": "not-an-email", "password1": "abc", "password2": "abd",
    })
    assert response.status_code == 400
    text = response.content.decode()
    assert "このフィールドは必須です" in text
    assert "有効なメールアドレスを入力してください" in text
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.exists()


def test_sign_up_logs_the_new_learner_in(client):
    response = client.post("/en/accounts/signup/", {
        "username": "hana", "email": "hana@example.com",
        "password1": "gradient-flows-2026", "password2": "gradient-flows-2026",
    }, follow=True)
    assert response.status_code == 200
    assert response.context["user"].username == "hana"


def test_progress_needs_a_login_and_comes_back(client):
    response = client.get("/ja/progress/")
    assert response.status_code == 302
    assert response["Location"].startswith("/ja/accounts/login/?next=/ja/progress/")


def test_password_reset_sends_a_mail(client, user, mailoutbox):
    response = client.post("/en/accounts/password_reset/", {"email": user.email})
    assert response.status_code == 302
    assert len(mailoutbox) == 1 and "/accounts/reset/" in mailoutbox[0].body
