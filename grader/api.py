"""JSON API v1 for scripts and editors, on django-ninja: token auth (`Authorization: Bearer <key>`),
bodies and answers as pydantic schemas (grader.api_schemas), described by the OpenAPI document
ninja writes at /api/v1/openapi.json (the docs page: grader.api_docs).

    POST /api/v1/exercises/<slug>/submissions   {"code": "..."}  → 201 {"id", "status", "url", ...}
         (optional header Idempotency-Key: a retry with the same key answers 200 with the same
         submission; the same key with other code is 422. Code the learner already submitted
         answers 200 with that submission, not graded again.)
    GET  /api/v1/submissions/<id>                → {"id", "status", ..., "verdict": {...}}

Every error is {"error": <code>, "message": <words in the caller's language>} (api_error). An
outage or a bug is not answered here: the exception goes on to courseware.outage, which answers
503 or 500 in the same shape.
"""
from __future__ import annotations

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils.translation import get_language_from_request, gettext_lazy, override
from django.utils.translation import gettext as _
from ninja import Header, NinjaAPI, Path, Status
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.security import HttpBearer

from grader import api_schemas as schemas
from grader import services
from grader.models import Submission
from grader.source_check import SourceProblem
from grader.stored_verdict import number
from grader.tokens import token_authenticate
from lessons.models import Exercise


def api_error(status: int, code: str, message: str) -> JsonResponse:
    """The API's one error shape: {"error": <code>, "message": <words in the caller's language>}."""
    return JsonResponse({"error": code, "message": message}, status=status)


def api_language(request) -> str:
    """The caller's language for the API's words: Accept-Language, "ja" or "en" (the default)."""
    lang = get_language_from_request(request, check_path=False)[:2]
    return lang if lang in ("ja", "en") else "en"


class ApiRefusal(Exception):
    """Raised in an operation: answered as api_error(status, code, message)."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class BearerToken(HttpBearer):
    """A learner's API token (grader.tokens); the request then speaks the caller's language."""

    openapi_bearerFormat = "kob_…"
    openapi_description = schemas.TOKEN

    def authenticate(self, request, token: str):
        user = token_authenticate(token.strip())
        if user is None:
            return None
        request.user = user
        request.api_language = api_language(request)
        return user


api = NinjaAPI(
    title="Kōbai API", version="1", description=schemas.API_DESCRIPTION, urls_namespace="api",
    auth=BearerToken(), docs_url=None, openapi_url="/openapi.json",
)


NOT_JSON = gettext_lazy("The body must be JSON: {\"code\": \"...\"}.")


def _in_language(request, status: int, code: str, message) -> JsonResponse:
    with override(api_language(request)):
        return api_error(status, code, str(message))


@api.exception_handler(ApiRefusal)
def _refused(request, exc: ApiRefusal):
    return api_error(exc.status, exc.code, exc.message)


@api.exception_handler(AuthenticationError)
def _unauthorized(request, exc):
    response = _in_language(request, 401, "unauthorized",
                            gettext_lazy("A valid API token is needed: Authorization: Bearer <token>."))
    response["WWW-Authenticate"] = 'Bearer realm="kobai"'
    return response


@api.exception_handler(RequestDataTooBig)
def _too_big(request, exc):
    """Past DATA_UPLOAD_MAX_MEMORY_SIZE: far past the source limit too."""
    size = int(request.META.get("CONTENT_LENGTH") or 0)
    with override(api_language(request)):
        message = SourceProblem("too_large", {"size": size, "limit": settings.GRADER_MAX_SOURCE_BYTES}).message()
        return api_error(400, "too_large", str(message))


@api.exception_handler(HttpError)
def _unreadable(request, exc: HttpError):
    """ninja raises HttpError(400) for a body it cannot parse as JSON (one nested too deeply included)."""
    if exc.status_code == 400:
        return _in_language(request, 400, "bad_json", NOT_JSON)
    return api_error(exc.status_code, "http_error", str(exc))


@api.exception_handler(ValidationError)
def _invalid(request, exc):
    if not request.body:  # ninja reads an empty body as no body, which is not JSON either
        return _in_language(request, 400, "bad_json", NOT_JSON)
    return _in_language(request, 400, "bad_request", gettext_lazy("The body must have a string field \"code\"."))


@api.exception_handler(Exception)
def _not_ours(request, exc):
    """An outage or a bug: courseware.outage answers it (503 or 500, in the API's shape)."""
    raise exc


def _payload(submission: Submission, request) -> dict:
    body = {
        "id": submission.pk, "exercise": submission.exercise.slug, "status": submission.status,
        "score": number(submission.score), "created_at": submission.created_at.isoformat(),
        "url": request.build_absolute_uri(reverse("api:api-submission", args=[submission.pk])),
        "page": request.build_absolute_uri(f"/{request.api_language}/submissions/{submission.pk}/"),
    }
    if submission.pending:
        progress = submission.progress
        body["progress"] = progress if isinstance(progress, dict) else {}  # an old row may hold anything
    else:
        body["verdict"] = submission.verdict_in(request.api_language)
    return body


REFUSAL_STATUS = {"too_many_pending": 429, "rate": 429, "idempotency_conflict": 422}


@api.post(
    "/exercises/{slug}/submissions", url_name="api-submissions", operation_id="submission_create",
    summary=schemas.CREATE_SUMMARY, description=schemas.CREATE_DESCRIPTION, exclude_unset=True,
    response={201: schemas.SubmissionOut, 200: schemas.SubmissionOut,
              **schemas.error_responses(schemas.CREATE_ERRORS)},
    openapi_extra=schemas.create_responses(),
)
def submissions_create(request, response: HttpResponse, payload: schemas.SubmissionIn,
                       slug: str = Path(..., description=schemas.SLUG),
                       idempotency_key: str = Header("", alias="Idempotency-Key",
                                                     description=schemas.IDEMPOTENCY_KEY)):
    with override(request.api_language):
        exercise = Exercise.objects.filter(slug=slug).first()
        if exercise is None:
            raise ApiRefusal(404, "not_found", _("No exercise %(slug)r.") % {"slug": slug})
        try:
            submitted = services.submission_create(user=request.user, exercise=exercise, code=payload.code,
                                                   idempotency_key=idempotency_key)
        except services.SubmissionRefused as exc:
            raise ApiRefusal(REFUSAL_STATUS.get(exc.code, 400), exc.code, str(exc.message)) from exc
        if submitted.replayed:
            response["Idempotent-Replayed"] = "true"
        return Status(201 if submitted.created else 200, _payload(submitted.submission, request))


@api.get(
    "/submissions/{int:submission_id}", url_name="api-submission", operation_id="submission_detail",
    summary=schemas.DETAIL_SUMMARY, description=schemas.DETAIL_DESCRIPTION, exclude_unset=True,
    response={200: schemas.SubmissionOut, **schemas.error_responses(schemas.DETAIL_ERRORS)},
    openapi_extra=schemas.detail_responses(),
)
def submission_detail(request, submission_id: int = Path(..., description=schemas.SUBMISSION_ID)):
    with override(request.api_language):
        submission = (Submission.objects.select_related("exercise")
                      .filter(pk=submission_id, user=request.user).first())
        if submission is None:
            raise ApiRefusal(404, "not_found", _("No such submission."))
        return _payload(submission, request)
