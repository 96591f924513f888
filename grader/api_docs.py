"""The API's docs page, drawn on the server from the OpenAPI document ninja writes (grader.api), in
the reader's language: the schema's English words are gettext_noop msgids (grader.api_schemas),
translated here. No script and no CDN, so it lives under the site's CSP like any page."""
from __future__ import annotations

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from grader.api import api, api_language
from grader.api_schemas import ERRORS
from lessons.rendering import render_inline
from lessons.resolver import PageResolver

METHOD_ORDER = ("post", "get", "put", "patch", "delete")
SCHEMA_ORDER = ("SubmissionIn", "SubmissionOut", "VerdictOut", "CriterionOut", "ApiErrorOut")


def words(text: str | None, resolver: PageResolver) -> str:
    """One of the schema's descriptions, translated and rendered (backticks become code)."""
    return render_inline(_(text), resolver) if text else ""


def type_of(schema: dict) -> str:
    """A JSON schema's type in a few characters: "string", "integer | null", "CriterionOut[]"..."""
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in schema:
        return " | ".join(type_of(option) for option in schema["anyOf"])
    if schema.get("type") == "array":
        return f"{type_of(schema.get('items', {}))}[]"
    return schema.get("type", "any")


def fields_of(schema: dict, resolver: PageResolver) -> list[dict]:
    required = set(schema.get("required", []))
    return [{"name": name, "type": type_of(prop), "required": name in required,
             "enum": prop.get("enum", []), "description": words(prop.get("description"), resolver)}
            for name, prop in schema.get("properties", {}).items()]


def operations_of(openapi: dict, resolver: PageResolver) -> list[dict]:
    operations = []
    for path, methods in openapi["paths"].items():
        for method in sorted(methods, key=METHOD_ORDER.index):
            op = methods[method]
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            responses = []
            for status, answer in op["responses"].items():
                schema = answer.get("content", {}).get("application/json", {}).get("schema", {})
                codes = [{"code": code, "words": _(meaning)} for code, meaning in ERRORS.get(int(status), [])]
                responses.append({"status": status, "schema": type_of(schema) if schema else "",
                                  "description": "" if codes else words(answer.get("description"), resolver),
                                  "codes": codes, "headers": [
                                      {"name": name, "description": words(header.get("description"), resolver)}
                                      for name, header in answer.get("headers", {}).items()]})
            operations.append({
                "id": op["operationId"], "method": method.upper(), "path": path,
                "summary": _(op.get("summary") or ""), "description": words(op.get("description"), resolver),
                "parameters": [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                                "type": type_of(p["schema"]),
                                "description": words(p.get("description"), resolver)} for p in op["parameters"]],
                "body": type_of(body) if body else "",
                "auth": bool(op.get("security")),
                "responses": responses,
            })
    return operations


@require_GET
def api_docs(request):
    language = (get_language() or "en")[:2]
    resolver = PageResolver(language)
    openapi = api.get_openapi_schema()
    schemas = openapi["components"]["schemas"]
    scheme = next(iter(openapi["components"]["securitySchemes"].values()))
    return render(request, "grader/api_docs.html", {
        "info": {"title": openapi["info"]["title"], "version": openapi["info"]["version"],
                 "description": words(openapi["info"].get("description"), resolver)},
        "openapi_url": reverse("api:openapi-json"),
        "auth": words(scheme.get("description"), resolver),
        "operations": operations_of(openapi, resolver),
        "schemas": [{"name": name, "description": words(schema.get("description"), resolver),
                     "fields": fields_of(schema, resolver)}
                    for name, schema in sorted(schemas.items(), key=lambda item: _order(item[0]))],
        "errors": [{"status": status, "code": code, "words": _(meaning)}
                   for status, codes in ERRORS.items() for code, meaning in codes],
        "api_base": request.build_absolute_uri("/api/v1/"),
    })


def _order(name: str) -> int:
    return SCHEMA_ORDER.index(name) if name in SCHEMA_ORDER else len(SCHEMA_ORDER)


def api_docs_redirect(request):
    """/api/v1/docs: the docs page in the caller's language."""
    return redirect(f"/{api_language(request)}/api/docs/")
