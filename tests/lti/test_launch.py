"""The whole launch through the real views: Kōbai's login initiation redirects to the test
platform's auth URL, the platform's signed id_token is POSTed back, Kōbai fetches the platform's
key set over HTTP (loopback), and the learner lands signed in."""
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model

from lessons.models import Enrollment
from lti.models import CourseLink, LtiIdentity, ResourceLink
from tests.conftest import UserFactory
from tests.lti.platform import INSTRUCTOR, TestPlatform

pytestmark = pytest.mark.django_db


def test_a_learner_lands_signed_in_on_the_exercise_the_link_names(client, lms):
    response, _, _ = lms.launch(client, custom={"exercise": "layer-grad-norms"}, locale="en-US")
    assert response.status_code == 302
    assert response["Location"] == "/en/exercises/layer-grad-norms/"
    assert ("GET", "/jwks") in lms.requests
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert page.wsgi_request.user.is_authenticated
    identity = LtiIdentity.objects.get(issuer=lms.issuer, subject="lms-user-1")
    assert page.wsgi_request.user == identity.user
    assert identity.user.first_name == "Hanako"
    cohort = CourseLink.objects.get(context_id="course-101").cohort
    assert Enrollment.objects.filter(cohort=cohort, user=identity.user).exists()
    assert not identity.user.is_staff


def test_the_lms_language_is_the_page_language(client, lms):
    response, _, _ = lms.launch(client, custom={"lesson": "vanishing-gradients"}, locale="ja-JP")
    assert response["Location"] == "/ja/lessons/vanishing-gradients/"
    assert client.get(response["Location"]).status_code == 200
    assert client.cookies["django_language"].value == "ja"


def test_another_lms_language_keeps_the_site_language(client, lms):
    client.cookies["django_language"] = "en"
    response, _, _ = lms.launch(client, locale="fr-FR")
    assert response["Location"] == "/en/"


def test_a_custom_target_naming_nothing_opens_the_course_page(client, lms):
    response, _, _ = lms.launch(client, custom={"exercise": "no-such-exercise"}, locale="en")
    assert response["Location"] == "/en/"


def test_a_link_without_a_target_opens_the_course_page_and_remembers_a_mapping(client, lms):
    response, _, _ = lms.launch(client, locale="en", resource_link_id="link-9")
    assert response["Location"] == "/en/"
    link = ResourceLink.objects.get(resource_link_id="link-9")
    link.target = "exercise:layer-grad-norms"
    link.save()
    response, _, _ = lms.launch(client, locale="en", resource_link_id="link-9")
    assert response["Location"] == "/en/exercises/layer-grad-norms/"


def test_one_lms_user_is_one_account_however_often_they_launch(client, lms):
    for _ in range(3):
        assert lms.launch(client)[0].status_code == 302
    assert LtiIdentity.objects.filter(subject="lms-user-1").count() == 1
    assert get_user_model().objects.filter(lti_identity__subject="lms-user-1").count() == 1
    assert Enrollment.objects.filter(user__lti_identity__subject="lms-user-1").count() == 1


def test_the_same_subject_on_another_lms_is_another_account(client, lms):
    other = TestPlatform()
    try:
        other.register()
        lms.launch(client)
        other.launch(client)
    finally:
        other.close()
    assert LtiIdentity.objects.filter(subject="lms-user-1").count() == 2


def test_an_lms_instructor_becomes_an_instructor_of_the_courses_cohort(client, lms):
    response, _, _ = lms.launch(client, roles=[INSTRUCTOR], subject="teacher-1")
    assert response.status_code == 302
    user = LtiIdentity.objects.get(subject="teacher-1").user
    cohort = CourseLink.objects.get(context_id="course-101").cohort
    assert user.is_staff and user.groups.filter(name="Instructor").exists()
    assert cohort.instructors.filter(pk=user.pk).exists()
    assert not Enrollment.objects.filter(user=user).exists()
    assert client.get("/en/admin/").status_code == 200


def test_two_lms_courses_are_two_cohorts(client, lms):
    lms.launch(client, context_id="course-A")
    lms.launch(client, context_id="course-B")
    links = CourseLink.objects.filter(context_id__in=["course-A", "course-B"])
    assert len({link.cohort_id for link in links}) == 2


def test_over_https_the_state_cookie_is_samesite_none_and_secure(client, lms):
    response, auth = lms.login(client, secure=True)
    assert urlsplit(auth["redirect_uri"]).scheme == "https"
    state = response.cookies[f"lti1p3-{auth['state']}"]
    assert state["samesite"] == "None" and state["secure"] and state["httponly"]
    session = response.cookies["lti1p3-session-id"]
    assert session["samesite"] == "None" and session["secure"]


def test_over_http_on_loopback_the_cookies_are_plain_and_the_launch_works(client, lms):
    response, auth = lms.login(client)
    state = response.cookies[f"lti1p3-{auth['state']}"]
    assert not state["secure"] and not state["samesite"]


def test_a_launch_over_https_lands_signed_in(client, lms):
    response, _, _ = lms.launch(client, secure=True, custom={"exercise": "layer-grad-norms"})
    assert response.status_code == 302 and response["Location"] == "/en/exercises/layer-grad-norms/"


def test_the_page_names_the_lms_user_and_offers_no_password_to_change(client, lms):
    lms.launch(client, locale="ja-JP")
    page = client.get("/ja/").content.decode()
    assert "Yamada Hanako さんとしてログインしています" in page, "the name (family first), not the lti-… username"
    assert "lti-" not in page.split("site-footer")[1]
    assert "/accounts/password_change/" not in page and "パスワードを変更" not in page
    client.force_login(UserFactory(username="local-learner"))
    page = client.get("/ja/").content.decode()
    assert "/accounts/password_change/" in page and "local-learner さんとしてログインしています" in page


def test_a_launch_the_lms_embeds_offers_the_learners_own_window(client, lms):
    """Kōbai's pages refuse to be framed and a frame gets no cookies of Kōbai's: a launch that
    arrives in the LMS's frame says so there, and a button opens the learner's own window,
    signed in, on what the link names (a signed ticket, good once, for two minutes)."""
    from bs4 import BeautifulSoup
    from django.test import Client

    response, _, _ = lms.launch(client, framed=True, locale="ja-JP", custom={"exercise": "layer-grad-norms"})
    assert response.status_code == 200 and "_auth_user_id" not in response.wsgi_request.session
    assert "X-Frame-Options" not in response and "frame-ancestors *" in response["Content-Security-Policy"]
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("h1").get_text() == "Kōbai は別のウィンドウで開きます"
    form = page.select_one("section.card form")
    assert form["target"] == "_blank" and form["action"] == "/lti/open/"
    assert Enrollment.objects.filter(user__lti_identity__subject="lms-user-1").count() == 1, "the launch counted"

    window = Client()  # a new top-level window: Kōbai's own cookies from here on
    opened = window.post("/lti/open/", {"ticket": form.select_one("input[name=ticket]")["value"]})
    assert opened.status_code == 302 and opened["Location"] == "/ja/exercises/layer-grad-norms/"
    assert window.get(opened["Location"]).wsgi_request.user.lti_identity.subject == "lms-user-1"
    again = Client().post("/lti/open/", {"ticket": form.select_one("input[name=ticket]")["value"]})
    assert again.status_code == 403 and "(expired)" in again.content.decode(), "good once"
    assert Client().post("/lti/open/", {"ticket": "forged"}).status_code == 403


def test_a_refusal_shows_inside_the_lms_frame(client, lms):
    response, _, _ = lms.launch(client, framed=True, tamper=lambda claims: claims.pop("sub"))
    assert response.status_code == 400
    assert "X-Frame-Options" not in response and "frame-ancestors *" in response["Content-Security-Policy"]
