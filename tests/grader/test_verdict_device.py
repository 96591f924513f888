"""Where a verdict was graded: learners see the device (cpu or cuda), never the worker's host
name; instructors in the admin still see the worker."""
import pytest

from grader.models import Submission
from grader.tokens import token_create
from grader.verdict import Outcome, verdict_record
from lessons.models import Exercise
from tests.conftest import UserFactory

pytestmark = pytest.mark.django_db
HOST = "celery@grader-7.internal"


@pytest.fixture
def graded(user):
    record = verdict_record(status="passed", score=1.0, exercise="layer-grad-norms", grader_version="v",
                            outcome={"kind": Outcome.JUDGED}, device="cuda", torch_version="2.13.0",
                            criteria=[{"id": "keys-match", "passed": True, "measured": True}],
                            timings={"wall_s": 2.5})
    return Submission.objects.create(
        user=user, exercise=Exercise.objects.get(slug="layer-grad-norms"), code="x", code_sha256="0" * 64,
        grader_version="v", status="passed", score=1.0, device="cuda", worker=HOST,
        verdict={**record, "worker": HOST})


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_submission_page_and_its_live_part_name_the_device_not_the_host(learner_client, graded, language):
    for url in (f"/{language}/submissions/{graded.pk}/", f"/{language}/submissions/{graded.pk}/status/"):
        text = learner_client.get(url).content.decode()
        assert "cuda" in text, url
        assert "grader-7" not in text and HOST not in text, url


def test_the_api_names_the_device_not_the_host(client, graded, user):
    _token, key = token_create(user=user, name="t")
    response = client.get(f"/api/v1/submissions/{graded.pk}", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.json()["verdict"]["device"] == "cuda"
    assert "grader-7" not in response.content.decode()


def test_an_odd_device_string_reads_as_unknown_to_a_learner(user, graded):
    graded.verdict = {**graded.verdict, "device": "gpu-box-3"}
    graded.save(update_fields=["verdict"])
    assert graded.verdict_in("en")["device"] == ""
    assert graded.verdict_in("en", for_staff=True)["device"] == "gpu-box-3"


def test_the_admin_still_shows_the_worker(client, graded):
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    text = client.get(f"/en/admin/grader/submission/{graded.pk}/change/").content.decode()
    assert HOST in text
