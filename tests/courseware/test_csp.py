"""Every page carries a strict Content-Security-Policy, and nothing on it needs an exception.

The header is django-csp's (courseware/settings/base.py). The pages are checked the way the
browser would enforce that policy (tests.csp_audit): no inline script or handler, no style
attribute, a <style> only with the response's nonce. tests/e2e/test_csp_browser.py runs the same
pages in chromium and listens for violations.
"""
import json
import re

import pytest

from grader.models import Submission
from grader.verdict import Outcome, verdict_record
from lessons.models import Exercise
from tests.conftest import UserFactory
from tests.csp_audit import inline_blockers, nonce_of, policy

pytestmark = pytest.mark.django_db
LANGS = ["ja", "en"]
PUBLIC = ["", "glossary/", "accounts/login/", "accounts/signup/", "accounts/password_reset/",
          "lessons/vanishing-gradients/", "lessons/residual-networks/", "lessons/vanishing-gradients/quiz/",
          "exercises/layer-grad-norms/", "api/docs/", "no-such-page/"]
LEARNER = ["", "progress/", "exercises/layer-grad-norms/", "exercises/clip-gradients/", "account/tokens/",
           "accounts/password_change/", "cohorts/join/"]


def assert_strict(response) -> None:
    directives = policy(response)
    assert directives, f"no Content-Security-Policy on {response.request['PATH_INFO']}"
    assert directives["script-src"] == ["'self'"], directives
    assert directives["default-src"] == ["'self'"] and directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"] and directives["base-uri"] == ["'self'"]
    for sources in directives.values():
        assert "'unsafe-eval'" not in sources and "'unsafe-inline'" not in sources, directives
    blocked = inline_blockers(response.content.decode(), nonce_of(directives))
    assert not blocked, f"{response.request['PATH_INFO']}: {blocked}"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", PUBLIC)
def test_public_pages_carry_the_policy_and_need_no_exception(client, lang, path):
    response = client.get(f"/{lang}/{path}")
    assert response.status_code in (200, 404)
    assert_strict(response)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", LEARNER)
def test_a_learners_pages_carry_the_policy_and_need_no_exception(learner_client, lang, path):
    response = learner_client.get(f"/{lang}/{path}")
    assert response.status_code == 200
    assert_strict(response)


def test_the_submission_pages_and_the_check_fragment_need_no_exception(learner_client, user):
    exercise = Exercise.objects.get(slug="layer-grad-norms")
    queued = Submission.objects.create(user=user, exercise=exercise, code="x = 1\n", code_sha256="0" * 64,
                                       grader_version="test")
    record = verdict_record(
        status="failed", exercise="layer-grad-norms", grader_version="test", outcome={"kind": Outcome.JUDGED},
        score=0.5, criteria=[{"id": "keys-match", "passed": False, "measured": 0}], timings={"wall_s": 2.0},
        device="cpu", torch_version="2.13.0",
        series={"grad_norms": [{"layer": "fc1", "norm": 0.5}, {"layer": "fc2", "norm": 0.01}],
                "loss": [[0, 2.3], [10, 1.9], [20, 1.2]]})
    graded = Submission.objects.create(user=user, exercise=exercise, code="x = 2\n", code_sha256="1" * 64,
                                       grader_version="test", status="failed", score=0.5, verdict=record)
    for submission in (queued, graded):
        assert_strict(learner_client.get(f"/en/submissions/{submission.pk}/"))
        assert_strict(learner_client.get(f"/ja/submissions/{submission.pk}/"))
    page = learner_client.get(f"/en/submissions/{graded.pk}/").content.decode()
    assert "chart-grad_norms" in page and "chart-loss" in page, "the charts (inline SVG) are among what was checked"
    fragment = learner_client.post("/en/exercises/layer-grad-norms/check/",
                                   {"code": "def grad_norms(m):\n  return {}\n"}, HTTP_HX_REQUEST="true")
    assert fragment.status_code == 200
    assert not inline_blockers(fragment.content.decode(), None), "what htmx swaps in is as strict as the page"


@pytest.mark.parametrize("path", ["exercises/layer-grad-norms/", ""])
def test_htmx_is_told_not_to_eval_or_run_scripts_or_inject_styles(learner_client, path):
    page = learner_client.get(f"/en/{path}").content.decode()
    configs = re.findall(r'<meta name="htmx-config" content=\'([^\']*)\'>', page)
    assert len(configs) == 1, "htmx reads the first config only: one per page"
    config = json.loads(configs[0])
    assert config["allowEval"] is False and config["allowScriptTags"] is False
    assert config["includeIndicatorStyles"] is False and config["selfRequestsOnly"] is True


def test_the_500_page_needs_no_exception():
    from django.template.loader import get_template

    html = get_template("500.html").render({})
    assert 'class="error-page"' in html and not inline_blockers(html, None)


def test_api_answers_carry_the_policy_too(client):
    response = client.get("/api/v1/submissions/1")
    assert response.status_code == 401 and policy(response)["default-src"] == ["'self'"]


def test_a_staff_user_sees_the_admin_under_the_same_policy(client):
    client.force_login(UserFactory(username="csp-root", is_staff=True, is_superuser=True))
    for path in ["/en/admin/", "/ja/admin/lessons/lesson/", "/en/admin/auth/user/add/"]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert_strict(response)


def test_the_editor_script_carries_the_nonce_codemirror_needs_for_its_style(learner_client):
    from bs4 import BeautifulSoup

    response = learner_client.get("/en/exercises/layer-grad-norms/")
    nonce = nonce_of(policy(response))
    editor = BeautifulSoup(response.content.decode(), "html.parser").select_one("script[src*='editor.js']")
    assert nonce and editor["nonce"] == nonce, "CodeMirror's <style> takes its nonce from this tag"
