"""A learner joins a cohort with its join code; bad codes are refused in their language."""
import pytest

from lessons.models import Cohort, Course, Enrollment

pytestmark = pytest.mark.django_db


@pytest.fixture
def cohort():
    return Cohort.objects.create(name="春の勉強会", course=Course.objects.get(), join_code="SPRING-26")


def test_a_learner_joins_with_the_code_in_any_case(learner_client, user, cohort):
    response = learner_client.post("/en/cohorts/join/", {"code": " spring-26 "})
    assert response.status_code == 302 and response["Location"].endswith("/en/progress/")
    assert Enrollment.objects.filter(cohort=cohort, user=user).exists()
    page = learner_client.get("/en/progress/").content.decode()
    assert "春の勉強会" in page
    again = learner_client.post("/en/cohorts/join/", {"code": "SPRING-26"}, follow=True).content.decode()
    assert "already in the cohort" in again
    assert Enrollment.objects.filter(user=user).count() == 1


def test_an_unknown_code_is_refused_in_japanese_and_nothing_changes(learner_client, user, cohort):
    response = learner_client.post("/ja/cohorts/join/", {"code": "NOPE-00"})
    assert response.status_code == 400
    text = response.content.decode()
    assert "参加コード「NOPE-00」のクラスはありません" in text and 'value="NOPE-00"' in text
    assert not Enrollment.objects.filter(user=user).exists()


def test_a_closed_cohort_refuses_new_learners(learner_client, user, cohort):
    cohort.is_open = False
    cohort.save()
    response = learner_client.post("/en/cohorts/join/", {"code": "SPRING-26"})
    assert response.status_code == 400
    assert "is closed" in response.content.decode()
    assert not Enrollment.objects.filter(user=user).exists()


def test_joining_needs_a_login(client, cohort):
    response = client.get("/en/cohorts/join/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
