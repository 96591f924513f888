"""A learner joins a cohort with its join code; bad codes are refused in their language, alike
whether unknown or closed, and guessing is throttled per learner."""
import re

import pytest

from lessons.models import JOIN_CODE_ALPHABET, Cohort, Course, Enrollment, new_join_code
from tests.conftest import UserFactory

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
    assert "参加コード「NOPE-00」で参加できるクラスはありません" in text and 'value="NOPE-00"' in text
    assert not Enrollment.objects.filter(user=user).exists()


def refusal(response) -> str:
    """The refusal's words, without the code the learner typed (echoed back in both cases)."""
    return re.search(r'<div class="form-errors"[^>]*><p>(.*?)</p>', response.content.decode(), re.S).group(1)


@pytest.mark.parametrize("language", ["ja", "en"])
def test_a_closed_cohort_is_refused_exactly_like_an_unknown_code(learner_client, user, cohort, language):
    cohort.is_open = False
    cohort.save()
    closed = learner_client.post(f"/{language}/cohorts/join/", {"code": "SPRING-26"})
    unknown = learner_client.post(f"/{language}/cohorts/join/", {"code": "SPRONG-26"})
    assert closed.status_code == unknown.status_code == 400
    assert refusal(closed).replace("SPRING-26", "CODE") == refusal(unknown).replace("SPRONG-26", "CODE")
    assert "春の勉強会" not in closed.content.decode()
    assert not Enrollment.objects.filter(user=user).exists()


def test_guessing_codes_is_stopped_after_ten_tries_even_with_the_right_one(learner_client, user, cohort):
    for n in range(10):
        assert learner_client.post("/ja/cohorts/join/", {"code": f"GUESS-{n:02d}"}).status_code == 400
    response = learner_client.post("/ja/cohorts/join/", {"code": "SPRING-26"})
    assert response.status_code == 429
    assert "参加コードの入力が多すぎます" in response.content.decode()
    assert 0 < int(response["Retry-After"]) <= 600
    assert "春の勉強会" not in response.content.decode()
    assert not Enrollment.objects.filter(user=user).exists()


def test_the_limit_is_per_learner(client, learner_client, user, cohort):
    for n in range(11):
        learner_client.post("/en/cohorts/join/", {"code": f"GUESS-{n:02d}"})
    other = UserFactory()
    client.force_login(other)  # learner_client is this same client: log the other learner in on it
    assert client.post("/en/cohorts/join/", {"code": "SPRING-26"}).status_code == 302
    assert Enrollment.objects.filter(cohort=cohort, user=other).exists()


def test_showing_the_join_page_costs_no_try(learner_client, user, cohort):
    for _ in range(20):
        assert learner_client.get("/en/cohorts/join/").status_code == 200
    assert learner_client.post("/en/cohorts/join/", {"code": "SPRING-26"}).status_code == 302


def test_a_new_cohort_gets_a_long_random_code_from_an_unambiguous_alphabet(learner_client, user):
    codes = {new_join_code() for _ in range(2000)}
    assert len(codes) == 2000
    pattern = re.compile(rf"^[{JOIN_CODE_ALPHABET}]{{4}}-[{JOIN_CODE_ALPHABET}]{{4}}-[{JOIN_CODE_ALPHABET}]{{4}}$")
    assert all(pattern.match(code) for code in codes)
    assert not set("0O1IL5S8B2Z") & set(JOIN_CODE_ALPHABET)
    assert set("".join(codes).replace("-", "")) == set(JOIN_CODE_ALPHABET)  # every character used
    cohort = Cohort.objects.create(name="夏", course=Course.objects.get())
    assert pattern.match(cohort.join_code)
    response = learner_client.post("/en/cohorts/join/", {"code": cohort.join_code.lower()})
    assert response.status_code == 302 and Enrollment.objects.filter(cohort=cohort, user=user).exists()


def test_the_admin_offers_a_generated_code_and_keeps_the_instructors_own(client):
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    page = client.get("/en/admin/lessons/cohort/add/").content.decode()
    offered = re.search(r'name="join_code" value="([^"]*)"', page).group(1)
    assert re.fullmatch(rf"[{JOIN_CODE_ALPHABET}-]{{14}}", offered)
    response = client.post("/en/admin/lessons/cohort/add/", {
        "name": "秋", "course": Course.objects.get().pk, "join_code": "AUTUMN-2026", "is_open": "on",
        "deadlines-TOTAL_FORMS": "0", "deadlines-INITIAL_FORMS": "0",
        "extensions-TOTAL_FORMS": "0", "extensions-INITIAL_FORMS": "0",
        "enrollments-TOTAL_FORMS": "0", "enrollments-INITIAL_FORMS": "0"})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Cohort.objects.get(name="秋").join_code == "AUTUMN-2026"


def test_joining_needs_a_login(client, cohort):
    response = client.get("/en/cohorts/join/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_when_the_counters_cannot_be_reached_nobody_joins_and_the_page_says_so(learner_client, user, cohort,
                                                                                 monkeypatch, settings):
    from django.core.cache import caches

    def down(*args, **kwargs):
        raise ConnectionError("Redis is down")

    monkeypatch.setattr(caches[settings.RATELIMIT_USE_CACHE], "add", down)
    response = learner_client.post("/ja/cohorts/join/", {"code": "SPRING-26"})
    assert response.status_code == 503 and response["Retry-After"] == "60"
    assert "参加の受付を一時的に停止しています" in response.content.decode()
    assert not Enrollment.objects.filter(user=user).exists()


def test_many_accounts_on_one_address_share_its_budget(client, cohort, settings):
    settings.KOBAI_JOIN_RATE_PER_ADDRESS = "12/10m"
    statuses = []
    for n in range(3):  # three fresh accounts, four guesses each: each under its own limit of 10
        client.force_login(UserFactory())
        statuses += [client.post("/en/cohorts/join/", {"code": f"GUESS-{n}{m}"}, REMOTE_ADDR="198.51.100.7").status_code
                     for m in range(4)]
    assert statuses == [400] * 12
    client.force_login(UserFactory())
    assert client.post("/en/cohorts/join/", {"code": "SPRING-26"}, REMOTE_ADDR="198.51.100.7").status_code == 429
    assert client.post("/en/cohorts/join/", {"code": "SPRING-26"}, REMOTE_ADDR="198.51.100.8").status_code == 302
