"""The API's request and response bodies, as pydantic schemas: django-ninja validates with them and
writes them into the OpenAPI description (/api/v1/openapi.json).

Every description is English in the schema and marked with gettext_noop, so that the docs page
(grader.api_docs) can show it in the reader's language from the same words."""
from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_noop as _
from ninja import Field, Schema
from pydantic import BaseModel, ConfigDict

STATUSES = ["queued", "running", "passed", "failed", "error", "timeout", "memory_limit", "output_limit",
            "rejected", "system_error"]


class SubmissionIn(Schema):
    code: str = Field(..., description=_("The Python source to grade (UTF-8, at most 65536 bytes)."),
                      examples=["def grad_norms(model):\n    return {}\n"])


class ApiErrorOut(Schema):
    error: str = Field(..., description=_("A stable code for the error, for scripts to test."),
                       examples=["unauthorized"])
    message: str = Field(..., description=_("What went wrong, in the caller's language (Accept-Language: "
                                            "ja or en)."))


class CriterionOut(BaseModel):  # pydantic's own: ninja's Schema drops fields it does not declare
    model_config = ConfigDict(extra="allow")

    id: str = Field(..., description=_("The criterion's id, as the exercise page lists it."))
    passed: bool = Field(..., description=_("Whether the criterion was met."))
    measured: Any = Field(None, description=_("The measured value: a number, a boolean, \"nan\", \"inf\" or "
                                              "\"-inf\", or null when it could not be measured."))
    threshold: str = Field("", description=_("What the measured value had to reach, in words."))
    message: str = Field("", description=_("What the criterion checks, in words."))
    hint: str = Field("", description=_("A hint when it was not met."))
    measured_text: str = Field("", description=_("The measured value as the page shows it."))


class VerdictOut(BaseModel):  # the same: a verdict field added later passes through
    model_config = ConfigDict(extra="allow", json_schema_extra={"description": _(
        "The verdict in the caller's language: the same shape as `manage.py grade --json`.")})

    status: str = Field(..., json_schema_extra={"enum": STATUSES})
    status_label: str = Field("", description=_("The status in words, in the caller's language."))
    score: float | None = Field(None, description=_("From 0 to 1: the share of the criteria met."))
    message: str = Field("", description=_("The verdict in one sentence."))
    criteria: list[CriterionOut] = Field([], description=_("Every criterion of the exercise, met or not."))
    series: dict[str, Any] = Field({}, description=_("The measurements behind the plots (loss per step, "
                                                     "gradient norm per layer...)."))
    error: dict[str, Any] | None = Field(None, description=_("Where and why the code failed, when it did."))
    stdout: str = Field("", description=_("What your code printed (the first 64 KiB)."))
    stderr: str = Field("", description=_("What your code wrote to stderr (the first 64 KiB)."))
    output_truncated: bool = Field(False, description=_("Whether the output was cut."))
    device: str = Field("", description=_("\"cpu\" or \"cuda\": where it was graded."))
    torch_version: str = Field("", description=_("The PyTorch version it was graded with."))
    timings: dict[str, Any] = Field({}, description=_("Seconds spent, by phase."))
    grader_version: str = Field("", description=_("The version of the grader and the exercise's criteria."))
    language: str = Field("", description=_("The language of the words: \"ja\" or \"en\"."))
    exercise: str = Field("", description=_("The exercise's slug."))
    queued_at: str | None = Field(None, description=_("When it was queued (ISO 8601)."),
                                      json_schema_extra={"format": "date-time"})
    started_at: str | None = Field(None, description=_("When the grading started (ISO 8601)."),
                                       json_schema_extra={"format": "date-time"})
    finished_at: str | None = Field(None, description=_("When the grading finished (ISO 8601)."),
                                        json_schema_extra={"format": "date-time"})


class SubmissionOut(Schema):
    id: int = Field(..., description=_("The submission's id."))
    exercise: str = Field(..., description=_("The exercise's slug."), examples=["layer-grad-norms"])
    status: str = Field(..., json_schema_extra={"enum": STATUSES})
    score: float | None = Field(None, description=_("From 0 to 1; null until graded."))
    created_at: str = Field(..., description=_("When it was submitted (ISO 8601)."),
                            json_schema_extra={"format": "date-time"})
    url: str = Field(..., description=_("This submission in the API: poll it until a verdict is there."))
    page: str = Field(..., description=_("This submission on the site."))
    progress: dict[str, Any] | None = Field(
        None, description=_("While queued or running: how far the grading is ({\"step\", \"total\", ...}). "
                            "Absent once graded."))
    verdict: VerdictOut | None = Field(None, description=_("Once graded. Absent while queued or running."))


# Words of the description the schema cannot hold in its types (gettext_noop: see the docstring).
API_DESCRIPTION = _(
    "Submit code for grading and read verdicts from a script or an editor. Every request carries an API "
    "token (create one on the API tokens page) as `Authorization: Bearer <token>`. Errors answer "
    "`{\"error\": <code>, \"message\": <words>}`; the message is in the language Accept-Language asks for "
    "(ja or en).")
CREATE_SUMMARY = _("Submit code for grading")
CREATE_DESCRIPTION = _(
    "Stores a submission and queues it for grading (201). Poll its `url` for the verdict. Code you already "
    "submitted to this exercise answers 200 with that submission: it is not graded again and is no new "
    "attempt. With an `Idempotency-Key` header, a retry with the same key answers 200 with the submission "
    "the first request made (header `Idempotent-Replayed: true`); the same key with other code is a 422.")
DETAIL_SUMMARY = _("Read a submission and its verdict")
DETAIL_DESCRIPTION = _(
    "Your own submission: its status; while it waits, how far the grading is; once graded, the verdict in "
    "the language Accept-Language asks for. Another learner's submission is a 404, as is one that does not "
    "exist.")
IDEMPOTENCY_KEY = _(
    "Optional. 1 to 100 printable ASCII characters without spaces (a UUID fits): a retry with the same key "
    "never makes a second submission.")
TOKEN = _("An API token from the API tokens page, sent as `Authorization: Bearer <token>`.")
SLUG = _("The exercise's slug, as in its page's address.")
SUBMISSION_ID = _("The submission's id, as the submit answer gives it.")
REPLAYED = _("\"true\" when this answers a retry with an idempotency key already used.")
CREATED = _("Stored and queued for grading.")
ANSWERED_BEFORE = _("An earlier submission answers: the same code, or a retry with the same idempotency key.")
READ = _("The submission.")

# Each error code the API answers, by status; the docs list them and the schema's responses name them.
ERRORS = {
    400: [("bad_json", _("The body is not JSON.")),
          ("bad_request", _("The body has no string field \"code\".")),
          ("empty", _("The code is empty.")),
          ("too_large", _("The code (or the body) is larger than the limit.")),
          ("nul", _("The code contains NUL characters.")),
          ("not_utf8", _("The code is not valid UTF-8.")),
          ("bad_idempotency_key", _("The Idempotency-Key header is not 1 to 100 printable characters."))],
    401: [("unauthorized", _("No API token, or one that is unknown or revoked."))],
    404: [("not_found", _("No such exercise, or no such submission of yours."))],
    422: [("idempotency_conflict", _("The idempotency key was already used for other code."))],
    429: [("rate", _("Too many submissions in the last minute.")),
          ("too_many_pending", _("Too many of your submissions are waiting to be graded."))],
    500: [("server_error", _("Our fault: try again later."))],
    503: [("unavailable", _("The service is briefly unavailable (the response has Retry-After)."))],
}
CREATE_ERRORS = (400, 401, 404, 422, 429, 500, 503)
DETAIL_ERRORS = (401, 404, 500, 503)


def error_responses(statuses) -> dict:
    """The error statuses of an operation, for ninja's `response=`: each answers ApiErrorOut."""
    return {status: ApiErrorOut for status in statuses}


def error_descriptions(statuses) -> dict:
    """openapi_extra for an operation: each error status described by the codes it carries."""
    return {"responses": {status: {"description": "\n".join(f"- `{code}`: {words}" for code, words in ERRORS[status])}
                          for status in statuses}}


def create_responses() -> dict:
    """openapi_extra for the create operation: its two successes and its errors, described."""
    extra = error_descriptions(CREATE_ERRORS)
    extra["responses"][201] = {"description": CREATED}
    extra["responses"][200] = {"description": ANSWERED_BEFORE, "headers": {
        "Idempotent-Replayed": {"schema": {"type": "string", "enum": ["true"]}, "description": REPLAYED}}}
    return extra


def detail_responses() -> dict:
    extra = error_descriptions(DETAIL_ERRORS)
    extra["responses"][200] = {"description": READ}
    return extra
