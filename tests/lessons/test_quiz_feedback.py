"""A correct option the learner did not choose is marked as missed (issue 17, item 5a)."""
import pytest
from bs4 import BeautifulSoup

from lessons.models import Question
from lessons.quiz_feedback import CHOSEN_CORRECT, CHOSEN_WRONG, MISSED, NOT_CHOSEN, choice_mark, picked_orders


@pytest.mark.parametrize("correct,picked,mark", [
    (True, True, CHOSEN_CORRECT), (False, True, CHOSEN_WRONG), (True, False, MISSED), (False, False, NOT_CHOSEN)])
def test_each_option_gets_one_of_four_marks(correct, picked, mark):
    assert choice_mark(correct=correct, picked=picked) == mark


def test_the_chosen_options_are_read_from_any_answer_shape():
    assert picked_orders([1, 3]) == {1, 3}
    assert picked_orders(2) == {2}
    assert picked_orders(None) == set()


def multiple_question():
    return Question.objects.filter(quiz__lesson__slug="vanishing-gradients", kind="multiple").first()


def answers_missing_one(questions, missing: Question) -> dict:
    """Every question right, except `missing`: one of its correct options is left unchosen."""
    data = {}
    for q in questions:
        correct = [str(c.order) for c in q.choices.all() if c.correct]
        if q.kind == "numeric":
            data[f"q-{q.key}"] = str(q.answer)
        elif q.kind == "single":
            data[f"q-{q.key}"] = correct[0]
        else:
            data[f"q-{q.key}"] = correct[:-1] if q.pk == missing.pk else correct
    return data


@pytest.mark.django_db
@pytest.mark.parametrize("lang,missed_words", [
    ("en", "Missed: a correct answer you did not choose"), ("ja", "見落とし（選ばなかった正解）")])
def test_a_missed_correct_option_is_marked_and_said(learner_client, lang, missed_words):
    question = multiple_question()
    correct = [c for c in question.choices.all() if c.correct]
    assert len(correct) >= 2, "the quiz has a question with several correct options"
    questions = list(Question.objects.filter(quiz__lesson__slug="vanishing-gradients"))
    response = learner_client.post(f"/{lang}/lessons/vanishing-gradients/quiz/",
                                   answers_missing_one(questions, question))
    page = BeautifulSoup(response.content.decode(), "html.parser")
    missed = page.select(".choice-feedback li.choice-missed")
    assert len(missed) == 1, "only the one correct option left unchosen"
    assert missed[0].select_one(".choice-mark").get_text() == "!"
    assert missed[0].select_one(".choice-mark")["aria-hidden"] == "true", "the words say it, not the symbol"
    assert missed_words in missed[0].get_text()
    assert len(page.select(".choice-chosen-correct")) >= len(correct) - 1
    assert not page.select(".choice-chosen-wrong")
    assert len(page.select(".question-feedback.is-wrong")) == 1
