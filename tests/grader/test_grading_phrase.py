"""A running submission says what its exercise's grading is doing, in the page's language."""
import pytest

from grader.exercises import EXERCISES, load
from grader.models import Submission
from lessons.models import Exercise


def running(user, slug: str) -> Submission:
    return Submission.objects.create(user=user, exercise=Exercise.objects.get(slug=slug), code="x = 1\n",
                                     code_sha256="0" * 64, grader_version="t", status=Submission.Status.RUNNING)


def test_each_exercise_says_what_its_grading_does_in_both_languages():
    phrases = {slug: load(slug).EXERCISE.grading for slug in EXERCISES}
    for slug, phrase in phrases.items():
        assert phrase.ja.startswith("採点中：") and phrase.en.startswith("Grading: "), slug
    assert "学習" not in phrases["layer-grad-norms"].ja and "train" not in phrases["layer-grad-norms"].en


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_running_submission_shows_its_exercises_phrase(learner_client, user, lang):
    for slug in ("layer-grad-norms", "fix-vanishing-gradients"):
        submission = running(user, slug)
        html = learner_client.get(f"/{lang}/submissions/{submission.pk}/status/").content.decode()
        assert load(slug).EXERCISE.grading.get(lang) in html
    html = learner_client.get(f"/{lang}/submissions/{running(user, 'layer-grad-norms').pk}/status/").content.decode()
    assert ("モデルを学習させています" if lang == "ja" else "training your model") not in html
