"""Deep linking: an instructor picks lessons and exercises inside the LMS's dialog (a frame where
Kōbai's cookies cannot be counted on); Kōbai answers with a signed list of links, each opening
what was picked. The step after the launch rides on a signed, single-use ticket, not on cookies."""
import jwt
import pytest
from bs4 import BeautifulSoup
from django.test import Client

from lti.models import UsedNonce
from tests.lti.platform import INSTRUCTOR

pytestmark = pytest.mark.django_db
CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items"


def picker(client, lms, **claims):
    response, _, _ = lms.launch(client, deep_link=True, roles=[INSTRUCTOR], subject="t-1", **claims)
    assert response.status_code == 200
    return response, BeautifulSoup(response.content, "html.parser")


def test_an_instructor_picks_content_and_returns_a_signed_answer_to_the_lms(client, lms):
    response, page = picker(client, lms, locale="ja-JP")
    assert 'lang="ja"' in response.content.decode()
    assert "X-Frame-Options" not in response, "the LMS opens the picker in its own dialog's frame"
    assert f"frame-ancestors {lms.issuer}" in response["Content-Security-Policy"]
    values = [box["value"] for box in page.select("input[name=item]")]
    assert "exercise:layer-grad-norms" in values and "lesson:vanishing-gradients" in values
    ticket = page.select_one("form.lti-pick input[name=ticket]")["value"]

    frame = Client()  # inside the LMS's frame: no cookie of Kōbai's comes along
    answer = frame.post("/lti/deep-link/", {"ticket": ticket, "item": [
        "exercise:layer-grad-norms", "lesson:vanishing-gradients", "exercise:not-offered"]})
    assert answer.status_code == 200 and 'lang="ja"' in answer.content.decode()
    assert f"form-action 'self' {lms.issuer}" in answer["Content-Security-Policy"]
    assert f"frame-ancestors {lms.issuer}" in answer["Content-Security-Policy"] and "X-Frame-Options" not in answer
    form = BeautifulSoup(answer.content, "html.parser").select_one("section.card form")
    assert form["action"] == lms.issuer + "/deep-link-return"
    token = form.select_one("input[name=JWT]")["value"]
    keys = {key["kid"]: key for key in client.get("/lti/jwks.json").json()["keys"]}
    key = keys[jwt.get_unverified_header(token)["kid"]]
    body = jwt.decode(token, jwt.PyJWK.from_dict(key).key, algorithms=["RS256"], audience=lms.issuer)
    assert body["iss"] == lms.client_id
    assert body["https://purl.imsglobal.org/spec/lti/claim/deployment_id"] == lms.deployment_id
    items = body[CONTENT_ITEMS]
    assert [item["custom"] for item in items] == [{"exercise": "layer-grad-norms"}, {"lesson": "vanishing-gradients"}]
    assert all(item["url"] == "http://testserver/lti/launch/" for item in items)
    assert items[0]["lineItem"] == {"scoreMaximum": 1, "label": items[0]["title"], "resourceId": "layer-grad-norms",
                                    "tag": "kobai:layer-grad-norms"}, "the exercise's link is its gradebook column"
    assert "lineItem" not in items[1], "a lesson has no score"
    again = frame.post("/lti/deep-link/", {"ticket": ticket, "item": ["exercise:layer-grad-norms"]})
    assert again.status_code == 403 and "(no_deep_link)" in again.content.decode(), "a ticket is good once"


def test_a_forged_or_missing_ticket_picks_nothing(client, lms, caplog):
    _, page = picker(client, lms)
    ticket = page.select_one("input[name=ticket]")["value"]
    for forged in ["", "not-a-ticket", ticket[:-2] + ("AA" if not ticket.endswith("AA") else "BB")]:
        response = Client().post("/lti/deep-link/", {"ticket": forged, "item": ["exercise:layer-grad-norms"]})
        assert response.status_code == 403 and "reason=no_deep_link" in caplog.text
    assert Client().get("/lti/deep-link/").status_code == 405


def test_an_expired_ticket_picks_nothing(client, lms, monkeypatch):
    from lti import views
    _, page = picker(client, lms)
    monkeypatch.setattr(views, "DEEP_LINK_TICKET_S", -1)
    response = Client().post("/lti/deep-link/", {"ticket": page.select_one("input[name=ticket]")["value"]})
    assert response.status_code == 403


def test_a_learner_cannot_pick_content(client, lms, caplog):
    nonces = UsedNonce.objects.count()
    response, _, _ = lms.launch(client, deep_link=True)
    assert response.status_code == 403 and "reason=not_instructor" in caplog.text
    assert UsedNonce.objects.count() == nonces
    assert "input" not in BeautifulSoup(response.content, "html.parser").select_one("section.card").decode()


@pytest.mark.parametrize("return_url", [None, "javascript:alert(1)", "data:text/html,x"])
def test_a_deep_linking_request_without_a_web_return_url_is_refused(client, lms, caplog, return_url):
    settings_claim = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"

    def tamper(claims):
        claims[settings_claim]["deep_link_return_url"] = return_url
    response, _, _ = lms.launch(client, deep_link=True, roles=[INSTRUCTOR], subject="t-1", tamper=tamper)
    assert response.status_code == 400 and "reason=missing_claim" in caplog.text
