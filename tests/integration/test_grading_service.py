"""Submitting from the site, graded by a real Celery worker process through a real Redis."""
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from grader.models import ExerciseProgress, Submission
from tests.conftest import UserFactory, wait_until

pytestmark = [pytest.mark.service, pytest.mark.django_db(transaction=True)]
REFS = Path(__file__).resolve().parents[2] / "grader" / "references" / "layer-grad-norms"
GOOD = (REFS / "pass_comprehension.py").read_text()
WRONG = "def grad_norms(model):\n    return {n: 0.0 for n, p in model.named_parameters()}\n"
LOOP = "while True:\n    pass\n\ndef grad_norms(model):\n    return {}\n"


def submit(client, code: str, lang: str = "en") -> Submission:
    response = client.post(f"/{lang}/exercises/layer-grad-norms/submit/", {"code": code})
    assert response.status_code == 302, response.content[:500]
    submission_id = int(response["Location"].rstrip("/").split("/")[-1])
    return Submission.objects.get(pk=submission_id)


def graded(submission: Submission, timeout: float = 120) -> Submission:
    def done():
        submission.refresh_from_db()
        return not submission.pending

    wait_until(done, timeout=timeout, interval=0.2, message=f"submission {submission.pk} to be graded")
    return submission


@pytest.fixture
def learner(client, course_loaded, celery_worker_process):
    user = UserFactory()
    client.force_login(user)
    return user


def test_a_correct_solution_passes_and_the_page_shows_the_verdict(client, learner):
    submission = submit(client, GOOD)
    assert submission.status in ("queued", "running", "passed")
    graded(submission)
    assert submission.status == "passed", submission.verdict
    assert submission.verdict["v"] == 2 and submission.verdict["worker"].startswith("test-")
    assert "message" not in submission.verdict, "stored once, without words"
    assert submission.device == "cpu" and submission.torch_version.startswith("2.13.0")
    page = BeautifulSoup(client.get(f"/en/submissions/{submission.pk}/").content, "html.parser")
    assert "Passed" in page.select_one(".verdict h2").get_text()
    assert page.select("figure.chart-grad_norms svg polyline")
    assert page.select("figure.chart-grad_norms table.data-table tbody tr")
    status = client.get(f"/en/submissions/{submission.pk}/status/")
    assert status.status_code == 286, "the live part stops polling once graded"
    progress = ExerciseProgress.objects.get(user=learner)
    assert progress.passed_at and progress.best_score == 1.0


def test_a_wrong_solution_fails_on_the_right_criterion_with_a_hint_in_japanese(client, learner):
    submission = graded(submit(client, WRONG, lang="ja"))
    assert submission.status == "failed"
    criteria = {c["id"]: c for c in submission.verdict_in("ja")["criteria"]}
    assert criteria["keys-match"]["passed"] is False and criteria["values-match"]["passed"] is False
    page = client.get(f"/ja/submissions/{submission.pk}/").content.decode()
    assert "未合格" in page and criteria["keys-match"]["hint"] in page
    exercise_page = client.get("/ja/exercises/layer-grad-norms/").content.decode()
    assert "ヒント 1" in exercise_page and "icon-lock" in exercise_page, "the first hint unlocks after a failure"


def test_an_infinite_loop_times_out_and_the_next_submission_still_grades(client, learner):
    looping = graded(submit(client, LOOP))
    assert looping.status == "timeout", looping.verdict
    assert graded(submit(client, GOOD)).status == "passed"


def test_identical_code_answers_with_the_graded_submission_at_once(client, learner):
    first = graded(submit(client, GOOD))
    second = submit(client, GOOD)
    assert second.pk == first.pk and second.status == "passed"
    assert Submission.objects.filter(user=learner).count() == 1


def test_another_learners_submission_is_a_404(client, learner):
    mine = submit(client, WRONG)
    client.force_login(UserFactory())
    assert client.get(f"/en/submissions/{mine.pk}/").status_code == 404
    assert client.get(f"/en/submissions/{mine.pk}/status/").status_code == 404
    graded(mine)
