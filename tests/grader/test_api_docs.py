"""The API's OpenAPI description (written by django-ninja from the operations and their schemas), the
docs page drawn from it in both languages, and the API's words in the caller's language."""
import json

import pytest
from bs4 import BeautifulSoup

from grader import services
from grader.api_schemas import ERRORS
from grader.source_check import SourceProblem
from grader.tokens import token_create
from tests.conftest import UserFactory
from tests.courseware.test_csp import assert_strict

pytestmark = pytest.mark.django_db

CREATE = "/api/v1/exercises/{slug}/submissions"
DETAIL = "/api/v1/submissions/{submission_id}"


@pytest.fixture
def openapi(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    return response.json()


def refs(node):
    """Every "$ref" anywhere in the document."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from refs(item)


def resolve(openapi, ref: str) -> dict:
    assert ref.startswith("#/"), ref
    node = openapi
    for part in ref[2:].split("/"):
        node = node[part]
    return node


def test_the_document_is_openapi_3_with_both_operations_behind_bearer_auth(openapi):
    assert openapi["openapi"].startswith("3.") and openapi["info"]["title"] and openapi["info"]["version"]
    assert set(openapi["paths"]) == {CREATE, DETAIL}
    assert set(openapi["paths"][CREATE]) == {"post"} and set(openapi["paths"][DETAIL]) == {"get"}
    schemes = openapi["components"]["securitySchemes"]
    assert len(schemes) == 1
    (name, scheme), = schemes.items()
    assert scheme["type"] == "http" and scheme["scheme"] == "bearer"
    operations = [openapi["paths"][CREATE]["post"], openapi["paths"][DETAIL]["get"]]
    for op in operations:
        assert op["security"] == [{name: []}]
        assert op["summary"] and op["description"]
    assert len({op["operationId"] for op in operations}) == 2


def test_the_document_is_well_formed(openapi):
    """Structural checks in the spirit of a validator: every reference resolves, every operation answers
    with described status codes, every parameter says where it goes and what it holds."""
    for ref in refs(openapi):
        assert isinstance(resolve(openapi, ref), dict), ref
    for path, methods in openapi["paths"].items():
        assert path.startswith("/api/v1/")
        for op in methods.values():
            for placeholder in [p["name"] for p in op["parameters"] if p["in"] == "path"]:
                assert "{" + placeholder + "}" in path
            for parameter in op["parameters"]:
                assert parameter["in"] in ("path", "query", "header", "cookie") and "schema" in parameter
                assert parameter["in"] != "path" or parameter["required"] is True
            assert op["responses"]
            for status, answer in op["responses"].items():
                assert len(status) == 3 and status.isdigit() and answer["description"], (path, status)
    for name, schema in openapi["components"]["schemas"].items():
        assert schema["type"] == "object" and schema["properties"], name
        assert set(schema.get("required", [])) <= set(schema["properties"]), name


def test_the_request_body_the_idempotency_key_and_the_answers_are_described(openapi):
    create = openapi["paths"][CREATE]["post"]
    body = resolve(openapi, create["requestBody"]["content"]["application/json"]["schema"]["$ref"])
    assert create["requestBody"]["required"] is True
    assert body["required"] == ["code"] and body["properties"]["code"]["type"] == "string"
    header = next(p for p in create["parameters"] if p["in"] == "header")
    assert header["name"] == "Idempotency-Key" and header["required"] is False and header["description"]
    assert set(create["responses"]) == {"200", "201", "400", "401", "404", "422", "429", "500", "503"}
    assert "Idempotent-Replayed" in create["responses"]["200"]["headers"]
    detail = openapi["paths"][DETAIL]["get"]
    assert set(detail["responses"]) >= {"200", "401", "404"}
    submission = openapi["components"]["schemas"]["SubmissionOut"]
    assert {"id", "exercise", "status", "score", "created_at", "url", "page", "progress", "verdict"} <= set(
        submission["properties"])
    for op in (create, detail):
        for status, answer in op["responses"].items():
            ref = answer["content"]["application/json"]["schema"]["$ref"]
            expected = "SubmissionOut" if status in ("200", "201") else "ApiErrorOut"
            assert ref.endswith(f"/{expected}"), (status, ref)
            for code, _words in ERRORS.get(int(status), []):
                assert f"`{code}`" in answer["description"], (status, code)


def test_every_error_code_the_api_can_answer_is_documented():
    documented = {code for codes in ERRORS.values() for code, _words in codes}
    source_problems = {SourceProblem(code).code for code in ("too_large", "nul", "not_utf8", "empty")}
    refusals = set(services_refusal_codes())
    assert source_problems | refusals | {"bad_json", "bad_request", "unauthorized", "not_found", "unavailable",
                                         "server_error"} <= documented


def services_refusal_codes():
    import inspect
    import re

    return re.findall(r'SubmissionRefused\("([a-z_]+)"', inspect.getsource(services))


def test_real_answers_have_the_documented_shape(client, openapi, django_capture_on_commit_callbacks):
    _token, key = token_create(user=UserFactory(), name="t")
    auth = {"HTTP_AUTHORIZATION": f"Bearer {key}"}
    with django_capture_on_commit_callbacks(execute=False):
        created = client.post("/api/v1/exercises/layer-grad-norms/submissions", content_type="application/json",
                               data=json.dumps({"code": "def grad_norms(model):\n    return {}\n"}),
                               HTTP_IDEMPOTENCY_KEY="9b1f6c1e-key", **auth)
        replayed = client.post("/api/v1/exercises/layer-grad-norms/submissions", content_type="application/json",
                               data=json.dumps({"code": "def grad_norms(model):\n    return {}\n"}),
                               HTTP_IDEMPOTENCY_KEY="9b1f6c1e-key", **auth)
    assert created.status_code == 201 and replayed.status_code == 200
    assert replayed["Idempotent-Replayed"] == "true" and replayed.json()["id"] == created.json()["id"]
    schema = openapi["components"]["schemas"]["SubmissionOut"]
    for body in (created.json(), client.get(f"/api/v1/submissions/{created.json()['id']}", **auth).json()):
        assert set(schema["required"]) <= set(body) <= set(schema["properties"])
        assert "verdict" not in body and "progress" in body, "absent, not null, while waiting"
    error = client.get("/api/v1/submissions/999999", **auth).json()
    assert set(error) == set(openapi["components"]["schemas"]["ApiErrorOut"]["properties"])


@pytest.mark.parametrize("lang,unauthorized,not_found,bad_json,bad_request", [
    ("en", "A valid API token is needed", "No such submission.", "The body must be JSON",
     'string field "code"'),
    ("ja", "有効な API トークンが必要です", "その提出はありません。", "本文は JSON にしてください",
     '文字列のフィールド "code" が必要です'),
])
def test_the_apis_words_are_in_the_callers_language(client, lang, unauthorized, not_found, bad_json, bad_request):
    words = {"HTTP_ACCEPT_LANGUAGE": lang}
    answer = client.get("/api/v1/submissions/1", **words)
    assert answer.status_code == 401 and unauthorized in answer.json()["message"]
    assert answer["WWW-Authenticate"] == 'Bearer realm="kobai"'
    _token, key = token_create(user=UserFactory(), name="t")
    words["HTTP_AUTHORIZATION"] = f"Bearer {key}"
    assert not_found in client.get("/api/v1/submissions/999999", **words).json()["message"]
    missing = client.post("/api/v1/exercises/nope/submissions", data='{"code": "x = 1"}',
                          content_type="application/json", **words)
    assert missing.status_code == 404 and missing.json()["error"] == "not_found"
    assert ("nope" in missing.json()["message"]) and (lang == "en") == ("No exercise" in missing.json()["message"])
    for data, text in (("not json", bad_json), ("", bad_json), ('{"code": 3}', bad_request), ("[1]", bad_request)):
        refused = client.post("/api/v1/exercises/layer-grad-norms/submissions", data=data,
                              content_type="application/json", **words)
        assert refused.status_code == 400 and text in refused.json()["message"], data


@pytest.mark.parametrize("lang,words", [
    ("en", ["Submit code for grading", "Read a submission and its verdict", "Authentication", "Request body"]),
    ("ja", ["コードを提出して採点を受ける", "提出と採点結果を読む", "認証", "リクエスト本文", "冪等キー"]),
])
def test_the_docs_page_is_drawn_from_the_schema_in_the_readers_language(client, lang, words):
    response = client.get(f"/{lang}/api/docs/")
    assert response.status_code == 200
    assert_strict(response)
    html = response.content.decode()
    text = BeautifulSoup(html, "html.parser").get_text()
    for word in words + [CREATE, DETAIL, "Idempotency-Key", "Bearer", "SubmissionOut", "VerdictOut"]:
        assert word in text, word
    for codes in ERRORS.values():
        for code, _words in codes:
            assert code in text
    assert 'href="/api/v1/openapi.json"' in html
    assert "<script" not in html.split("</head>", 1)[1], "no script in the page's body"


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_api_v1_docs_leads_to_the_docs_page_in_the_callers_language(client, lang):
    response = client.get("/api/v1/docs", HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 302 and response["Location"] == f"/{lang}/api/docs/"


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_tokens_page_links_to_the_docs(learner_client, lang):
    html = learner_client.get(f"/{lang}/account/tokens/").content.decode()
    assert f'href="/{lang}/api/docs/"' in html and 'href="/api/v1/openapi.json"' in html


def test_every_word_of_the_document_has_a_japanese_translation(openapi):
    from django.utils.translation import gettext, override

    def texts(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("description", "summary") and isinstance(value, str):
                    yield value
                else:
                    yield from texts(value)
        elif isinstance(node, list):
            for item in node:
                yield from texts(item)

    error_lists = [text for text in texts(openapi) if text.startswith("- `")]  # the docs page draws these from ERRORS
    with override("ja"):
        untranslated = [text for text in texts(openapi) if text not in error_lists and gettext(text) == text]
        assert not untranslated
        assert all(gettext(words) != words for codes in ERRORS.values() for _code, words in codes)
