"""Deep linking: an instructor picks lessons and exercises inside the LMS; Kōbai answers with a
signed list of links, each opening what was picked."""
import jwt
import pytest
from bs4 import BeautifulSoup

from lti.models import UsedNonce
from tests.lti.platform import INSTRUCTOR

pytestmark = pytest.mark.django_db
CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items"


def test_an_instructor_picks_content_and_returns_a_signed_answer_to_the_lms(client, lms):
    response, _, _ = lms.launch(client, deep_link=True, roles=[INSTRUCTOR], subject="t-1", locale="ja-JP")
    assert response.status_code == 302 and response["Location"] == "/lti/deep-link/"
    page = client.get("/lti/deep-link/")
    assert page.status_code == 200 and 'lang="ja"' in page.content.decode()
    values = [box["value"] for box in BeautifulSoup(page.content, "html.parser").select("input[name=item]")]
    assert "exercise:layer-grad-norms" in values and "lesson:vanishing-gradients" in values
    answer = client.post("/lti/deep-link/", {"item": ["exercise:layer-grad-norms", "lesson:vanishing-gradients",
                                                      "exercise:not-offered"]})
    assert answer.status_code == 200
    assert f"form-action 'self' {lms.issuer}" in answer["Content-Security-Policy"]
    form = BeautifulSoup(answer.content, "html.parser").select_one("section.card form")
    assert form["action"] == lms.issuer + "/deep-link-return"
    token = form.select_one("input[name=JWT]")["value"]
    keys = {key["kid"]: key for key in client.get("/lti/jwks.json").json()["keys"]}
    key = keys[jwt.get_unverified_header(token)["kid"]]
    body = jwt.decode(token, jwt.PyJWK.from_dict(key).key, algorithms=["RS256"], audience=lms.issuer)
    assert body["iss"] == lms.client_id
    items = body[CONTENT_ITEMS]
    assert [item["custom"] for item in items] == [{"exercise": "layer-grad-norms"}, {"lesson": "vanishing-gradients"}]
    assert all(item["url"] == "http://testserver/lti/launch/" for item in items)
    assert client.post("/lti/deep-link/", {"item": ["exercise:layer-grad-norms"]}).status_code == 403, "used once"


def test_a_learner_cannot_pick_content(client, lms, caplog):
    nonces = UsedNonce.objects.count()
    response, _, _ = lms.launch(client, deep_link=True)
    assert response.status_code == 403 and "reason=not_instructor" in caplog.text
    assert UsedNonce.objects.count() == nonces
    assert client.get("/lti/deep-link/").status_code == 403


def test_the_picker_needs_a_deep_linking_launch(client, lms):
    lms.launch(client, roles=[INSTRUCTOR], subject="t-1")
    assert client.get("/lti/deep-link/").status_code == 403
