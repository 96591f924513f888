"""An LMS launch in a real browser: the link in the LMS → Kōbai's login initiation → the test
platform's authorization page form-posts the signed id_token → the learner on the exercise,
signed in, in the LMS's language. Also the refusal page and the deep linking picker, screenshotted
in both languages at phone and desktop widths."""
import jwt
import pytest

from tests.e2e.conftest import run_axe, screenshot
from tests.lti.platform import INSTRUCTOR, TestPlatform, rsa_pem

pytestmark = pytest.mark.browser


@pytest.fixture
def lms(live_server):
    platform = TestPlatform(host="localhost")  # the live server's host: the state cookie is same-site
    platform.register()
    yield platform
    platform.close()


@pytest.mark.parametrize("language, width", [("ja", 390), ("en", 1280)])
def test_a_learner_clicks_the_lms_link_and_lands_on_the_exercise(page, lms, language, width):
    page.set_viewport_size({"width": width, "height": 900})
    lms.auth_claims = {"locale": f"{language}-XX", "custom": {"exercise": "layer-grad-norms"}}
    page.goto(lms.login_url(page.base))
    page.wait_for_url(f"**/{language}/exercises/layer-grad-norms/")
    page.wait_for_selector(".cm-content")
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("form[action$='/accounts/logout/']").count() == 1, "signed in"
    screenshot(page, f"lti-launch-exercise-{language}-{width}")


@pytest.mark.parametrize("language, width", [("ja", 390), ("ja", 1280), ("en", 390), ("en", 1280)])
def test_a_bad_launch_shows_the_reason_in_the_learners_language(page, lms, language, width):
    page.set_viewport_size({"width": width, "height": 900})
    lms.auth_claims = {"locale": language}
    lms.auth_sign_with = rsa_pem()
    response = []
    page.on("response", lambda r: response.append(r) if r.url.endswith("/lti/launch/") else None)
    page.goto(lms.login_url(page.base))
    page.wait_for_selector("section.card h1")
    assert response and response[0].status == 403
    heading = page.locator("section.card h1").inner_text()
    assert heading == {"ja": "LMS のリンクから Kōbai を開けませんでした",
                       "en": "The LMS link could not open Kōbai"}[language]
    assert run_axe(page) == []
    screenshot(page, f"lti-refused-{language}-{width}")


@pytest.mark.parametrize("language, width", [("ja", 1280), ("en", 390)])  # with the launch test: both, at both widths
def test_an_instructor_picks_content_inside_the_lms_dialog(page, lms, language, width):
    """The LMS frames the picker (Moodle's "Select content" dialog, Canvas's selection modal); the
    answer goes back from inside the frame to the LMS page that framed it."""
    page.set_viewport_size({"width": width, "height": 900})
    lms.auth_claims = {"locale": language, "deep_link": True, "roles": [INSTRUCTOR], "subject": "t-1"}
    page.goto(lms.course_url(lms.login_url(page.base)))
    frame = page.frame_locator("#tool")
    frame.locator("input[value='exercise:layer-grad-norms']").check()
    assert run_axe(page.frame(url=lambda url: url.endswith("/lti/launch/"))) == []
    screenshot(page, f"lti-deep-link-framed-{language}-{width}")
    frame.locator("section.card button[type=submit]").click()
    frame.locator("section.card form[action$='/deep-link-return'] button").wait_for()
    screenshot(page, f"lti-deep-link-return-framed-{language}-{width}")
    frame.locator("section.card form[action$='/deep-link-return'] button").click()
    frame.locator("#received").wait_for()
    (answer,) = lms.deep_link_returns
    items = jwt.decode(answer, options={"verify_signature": False})[
        "https://purl.imsglobal.org/spec/lti-dl/claim/content_items"]
    assert [item["custom"] for item in items] == [{"exercise": "layer-grad-norms"}]


@pytest.mark.parametrize("language, width", [("ja", 390), ("en", 1280)])
def test_a_learner_in_the_lms_frame_opens_their_own_window(page, lms, language, width):
    page.set_viewport_size({"width": width, "height": 900})
    lms.auth_claims = {"locale": language, "custom": {"exercise": "layer-grad-norms"}}
    page.goto(lms.course_url(lms.login_url(page.base)))
    frame = page.frame_locator("#tool")
    button = frame.locator("section.card form[target=_blank] button")
    button.wait_for()
    screenshot(page, f"lti-framed-launch-{language}-{width}")
    with page.context.expect_page() as opened:
        button.click()
    window = opened.value
    window.wait_for_url(f"**/{language}/exercises/layer-grad-norms/")
    window.wait_for_selector(".cm-content")
    assert window.locator("form[action$='/accounts/logout/']").count() == 1, "signed in, in its own window"


@pytest.mark.parametrize("language, width", [("ja", 390), ("ja", 1280), ("en", 390), ("en", 1280)])
def test_the_admin_shows_the_urls_to_enter_in_the_lms(page, language, width):
    from tests.conftest import UserFactory
    from tests.e2e.test_grading_journey import log_in
    UserFactory(username="lms-admin", password="gradient-flows-2026", is_staff=True, is_superuser=True)
    page.set_viewport_size({"width": width, "height": 900})
    log_in(page, "lms-admin", "gradient-flows-2026", language)
    page.goto(f"{page.base}/{language}/admin/lti/platform/add/")
    urls = page.locator(".lti-tool-urls code").all_inner_texts()
    assert urls == [page.base + "/lti/login/", page.base + "/lti/launch/", page.base + "/lti/launch/",
                    page.base + "/lti/jwks.json"]
    screenshot(page, f"lti-admin-platform-{language}-{width}")
