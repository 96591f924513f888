"""The Check button and the draft: login, limits, and hostile input (issue 16, items 2 and 3).

Every input gets an answer in the learner's language, a 4xx when the code cannot be checked or
stored, never a 500; and no path stores code that the source check refuses."""
from __future__ import annotations

from datetime import timedelta
from urllib.parse import quote_from_bytes

import pytest
from django.utils import timezone

from grader.models import ActionWindow, Draft, Submission
from lessons.models import Exercise

pytestmark = pytest.mark.django_db

CHECK = "/{lang}/exercises/layer-grad-norms/check/"
GOOD = "def grad_norms(model):\n    return {}\n"
# 2.5 MB of one expression nested deep enough to overflow CPython's parser, under Django's 2.5 MiB
# request limit: what the hostile tester sent.
HUGE_NESTED = "x = " + "-(" * 800_000 + "1" + ")" * 800_000


def check(client, code, lang="ja", htmx=True):
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    return client.post(CHECK.format(lang=lang), {"code": code}, **headers)


def text_of(response) -> str:
    return response.content.decode()


def test_an_anonymous_check_is_sent_to_log_in(client):
    response = client.post(CHECK.format(lang="en"), {"code": HUGE_NESTED})
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert client.post(CHECK.format(lang="en"), {"code": GOOD}, HTTP_HX_REQUEST="true").status_code == 302


@pytest.mark.parametrize(("code", "words"), [
    (HUGE_NESTED, "バイトあります。上限は 65536 バイトです"),  # over the size cap: refused before parsing
    ("x = " + "-" * 30_000 + "1\n", "入れ子が深すぎる"),  # MemoryError from the parser
    ("x = " + "1+" * 30_000 + "1\n", "入れ子が深すぎる"),  # RecursionError building the tree
    ("x = f" + "()" * 30_000 + "\n", "入れ子が深すぎる"),  # RecursionError
    ("def grad_norms(model):\n    return {}\x00\n", "NUL 文字"),
    ("   \n", "空です"),
])
def test_hostile_code_gets_a_400_with_the_reason_in_japanese(learner_client, code, words):
    for htmx in (True, False):
        response = check(learner_client, code, htmx=htmx)
        assert response.status_code == 400, text_of(response)[:300]
        assert words in text_of(response)


def test_bytes_that_are_not_utf8_are_named_not_replaced(learner_client):
    body = "code=" + quote_from_bytes(b"x = '\xff\xfe'\n")
    response = learner_client.post(CHECK.format(lang="ja"), body, content_type="application/x-www-form-urlencoded",
                                   HTTP_HX_REQUEST="true")
    assert response.status_code == 400 and "UTF-8 ではありません" in text_of(response)
    submit = learner_client.post("/ja/exercises/layer-grad-norms/submit/", body,
                                 content_type="application/x-www-form-urlencoded")
    assert submit.status_code == 302 and not Submission.objects.exists() and not Draft.objects.exists()


def test_a_base_that_parses_but_nests_too_deeply_to_read_back_is_a_400(learner_client):
    code = "class ResidualBlock(" + "a." * 2_000 + "b):\n    pass\n"  # ast.unparse recurses on it
    response = learner_client.post(CHECK.format(lang="ja").replace("layer-grad-norms", "residual-block"),
                                   {"code": code}, HTTP_HX_REQUEST="true")
    assert response.status_code == 400 and "入れ子が深すぎる" in text_of(response)


def test_a_checkable_code_is_answered_200_with_what_it_found(learner_client):
    assert "✓" in text_of(check(learner_client, GOOD))
    broken = check(learner_client, "def grad_norms(model:\n")
    assert broken.status_code == 200 and "構文エラー" in text_of(broken)


def test_the_check_has_its_own_limit_per_minute(learner_client, user, settings):
    settings.GRADER_MAX_CHECKS_PER_MINUTE = 3
    assert [check(learner_client, GOOD).status_code for _ in range(3)] == [200, 200, 200]
    refused = check(learner_client, GOOD)
    assert refused.status_code == 429 and "この 1 分間に 3 回チェックしています" in text_of(refused)
    assert check(learner_client, GOOD, htmx=False).status_code == 429
    ActionWindow.objects.filter(user=user).update(started_at=timezone.now() - timedelta(seconds=61))
    assert check(learner_client, GOOD).status_code == 200, "a new minute, a new allowance"


def test_the_exercise_page_lets_htmx_show_a_refused_check(learner_client):
    page = text_of(learner_client.get("/ja/exercises/layer-grad-norms/"))
    assert 'name="htmx-config"' in page and "400|429" in page


OVERSIZED = "# " + "x" * 2_300_000 + "\n" + GOOD  # 2.3 MB: what made the exercise page 2.3 MB


def test_submit_with_oversized_code_stores_no_draft_and_no_submission(learner_client):
    response = learner_client.post("/ja/exercises/layer-grad-norms/submit/", {"code": OVERSIZED}, follow=True)
    assert "上限は 65536 バイトです" in text_of(response)
    assert not Draft.objects.exists() and not Submission.objects.exists()
    assert len(response.content) < 200_000


def test_a_check_without_javascript_keeps_no_oversized_draft(learner_client, user):
    Draft.objects.create(user=user, exercise=Exercise.objects.get(slug="layer-grad-norms"), code=GOOD)
    response = check(learner_client, OVERSIZED, htmx=False)
    assert response.status_code == 400 and "上限は 65536 バイトです" in text_of(response)
    assert Draft.objects.get(user=user).code == GOOD, "the last good draft stays"
    check(learner_client, GOOD + "# kept\n", htmx=False)
    assert Draft.objects.get(user=user).code == GOOD + "# kept\n"


@pytest.mark.parametrize("code", [OVERSIZED, "x" * 70_000, "x = 1\x00"])
def test_an_autosave_of_code_that_may_not_be_stored_is_refused_with_the_message(learner_client, code):
    response = learner_client.post("/ja/exercises/layer-grad-norms/draft/", {"code": code})
    assert response.status_code == 400 and response.json()["saved"] is False
    assert response.json()["message"] and not Draft.objects.exists()


def test_an_autosave_may_clear_the_editor(learner_client, user):
    for code in (GOOD, ""):
        assert learner_client.post("/en/exercises/layer-grad-norms/draft/", {"code": code}).json() == {"saved": True}
    assert Draft.objects.get(user=user).code == ""


def test_a_body_past_djangos_upload_limit_is_refused_in_the_learners_language(learner_client):
    beyond = "x = 1\n" + "#" * 3_000_000
    page = learner_client.post(CHECK.format(lang="ja"), {"code": beyond})
    assert page.status_code == 400 and "大きすぎる" in text_of(page) and "<html" in text_of(page)
    fragment = check(learner_client, beyond)
    assert fragment.status_code == 400 and "大きすぎる" in text_of(fragment) and "<html" not in text_of(fragment)
    submit = learner_client.post("/en/exercises/layer-grad-norms/submit/", {"code": beyond})
    assert submit.status_code == 400 and "too large" in text_of(submit)
    assert not Draft.objects.exists() and not Submission.objects.exists()


def test_a_draft_stored_before_the_cap_held_no_longer_inflates_the_page(learner_client, user):
    Draft.objects.create(user=user, exercise=Exercise.objects.get(slug="layer-grad-norms"), code=OVERSIZED)
    page = learner_client.get("/ja/exercises/layer-grad-norms/")
    assert len(page.content) < 200_000 and "保存された下書きを読み込めませんでした" in text_of(page)
    assert "上限は 65536 バイトです" in text_of(page)
