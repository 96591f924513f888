"""Bad launches: a clear page in the learner's language, a 4xx, a log line, and nothing created."""
import time

import pytest
from django.contrib.auth import get_user_model

from lessons.models import Cohort, Enrollment
from lti.models import CourseLink, Deployment, LtiIdentity, ResourceLink, UsedNonce
from tests.lti.platform import CLAIM, rsa_pem

pytestmark = pytest.mark.django_db


@pytest.fixture
def counts():
    def snapshot():
        return {model.__name__: model.objects.count() for model in
                (get_user_model(), LtiIdentity, Cohort, Enrollment, CourseLink, ResourceLink, Deployment)}
    return snapshot


def assert_refused(response, caplog, reason: str, status: int, language: str):
    assert response.status_code == status
    assert f"reason={reason}" in caplog.text
    page = response.content.decode()
    assert f'lang="{language}"' in page
    assert f"({reason})" in page
    assert "_auth_user_id" not in response.wsgi_request.session


@pytest.mark.parametrize("locale, language, heading", [
    ("en-US", "en", "The LMS link could not open Kōbai"),
    ("ja-JP", "ja", "LMS のリンクから Kōbai を開けませんでした"),
])
def test_a_bad_signature_is_refused_in_the_learners_language(client, lms, caplog, counts, locale, language, heading):
    before = counts()
    response, _, _ = lms.launch(client, sign_with=rsa_pem(), locale=locale)
    assert_refused(response, caplog, "bad_signature", 403, language)
    assert heading in response.content.decode()
    assert counts() == before


def test_an_expired_token_is_refused(client, lms, caplog, counts):
    before = counts()

    def expire(claims):
        claims["iat"] = int(time.time()) - 3600
        claims["exp"] = int(time.time()) - 600
    response, _, _ = lms.launch(client, tamper=expire)
    assert_refused(response, caplog, "expired", 403, "en")
    assert counts() == before


def test_a_replayed_token_is_refused_and_changes_nothing(client, lms, caplog, counts):
    response, token, state = lms.launch(client)
    assert response.status_code == 302
    client.logout()
    before, nonces = counts(), UsedNonce.objects.count()
    replay = client.post("/lti/launch/", {"id_token": token, "state": state})
    assert_refused(replay, caplog, "replayed", 403, "en")
    assert counts() == before and UsedNonce.objects.count() == nonces


def test_a_token_for_a_nonce_kobai_never_issued_is_refused(client, lms, caplog, counts):
    before = counts()
    response, _, _ = lms.launch(client, tamper=lambda claims: claims.update(nonce="made-up"))
    assert_refused(response, caplog, "no_session", 403, "en")
    assert counts() == before


def test_a_launch_without_the_state_cookie_is_refused(client, lms, caplog, counts):
    _, auth = lms.login(client)
    client.cookies.clear()
    before = counts()
    token = lms.sign(lms.claims(auth["nonce"]))
    response = client.post("/lti/launch/", {"id_token": token, "state": auth["state"]})
    assert_refused(response, caplog, "no_session", 403, "en")
    assert counts() == before


def test_an_unknown_issuer_is_refused_at_login(client, lms, caplog):
    response, auth = lms.login(client, issuer="https://unknown.example.org")
    assert auth is None
    assert response.status_code == 403 and "reason=unknown_platform" in caplog.text


def test_an_unknown_issuer_is_refused_at_launch(client, lms, caplog, counts):
    before = counts()
    response, _, _ = lms.launch(client, tamper=lambda claims: claims.update(iss="https://unknown.example.org"))
    assert_refused(response, caplog, "unknown_platform", 403, "en")
    assert counts() == before


def test_an_unknown_deployment_is_refused_and_not_created(client, lms, caplog, counts):
    before = counts()
    response, _, _ = lms.launch(client, tamper=lambda claims: claims.update({CLAIM + "deployment_id": "other"}))
    assert_refused(response, caplog, "unknown_deployment", 403, "en")
    assert counts() == before


@pytest.mark.parametrize("claim", ["sub", "exp", CLAIM + "resource_link", CLAIM + "context", CLAIM + "roles",
                                   CLAIM + "message_type"])
def test_a_missing_claim_is_refused(client, lms, caplog, counts, claim):
    before = counts()
    response, _, _ = lms.launch(client, tamper=lambda claims: claims.pop(claim))
    assert_refused(response, caplog, "missing_claim", 400, "en")
    assert counts() == before


def test_a_garbled_token_is_refused(client, lms, caplog, counts):
    _, auth = lms.login(client)
    before = counts()
    response = client.post("/lti/launch/", {"id_token": "not-a-jwt", "state": auth["state"]})
    assert response.status_code == 400 and "reason=malformed" in caplog.text
    assert counts() == before


def test_the_launch_url_answers_only_post(client, lms):
    assert client.get("/lti/launch/").status_code == 405


def test_a_closed_account_is_not_reopened_by_the_lms(client, lms, caplog, counts):
    lms.launch(client)
    get_user_model().objects.filter(lti_identity__subject="lms-user-1").update(is_active=False)
    client.logout()
    before = counts()
    response, _, _ = lms.launch(client, locale="ja-JP")
    assert_refused(response, caplog, "disabled", 403, "ja")
    assert "管理者によって閉じられています" in response.content.decode()
    assert counts() == before


def test_too_many_sign_ins_from_one_address_are_refused_for_a_while(client, lms, caplog, settings):
    settings.KOBAI_LTI_RATE_PER_ADDRESS = "4/10m"
    response, _, _ = lms.launch(client)  # a login initiation and a launch: 2
    assert response.status_code == 302
    response, _, _ = lms.launch(client, locale="ja")  # 4
    assert response.status_code == 302
    refused = client.get("/lti/login/", {"iss": lms.issuer, "login_hint": "h", "client_id": lms.client_id,
                                         "target_link_uri": "http://testserver/lti/launch/"})
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    assert "reason=too_many" in caplog.text and "(too_many)" in refused.content.decode()
    assert client.post("/lti/launch/", {"id_token": "x", "state": "y"}).status_code == 429
