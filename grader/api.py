"""JSON API v1 for scripts and editors. Token auth: `Authorization: Bearer <key>`.

    POST /api/v1/exercises/<slug>/submissions   {"code": "..."}  → 201 {"id", "status", "url"}
         (optional header Idempotency-Key: a retry with the same key answers 200 with the same
         submission; the same key with other code is 422. Code the learner already submitted
         answers 200 with that submission, not graded again.)
    GET  /api/v1/submissions/<id>                → {"id", "status", ..., "verdict": {...}}
"""
from __future__ import annotations

import functools
import json

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import JsonResponse
from django.urls import reverse
from django.utils.translation import get_language_from_request, override
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

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


def token_required(view):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        header = request.headers.get("Authorization", "")
        key = header[7:].strip() if header.lower().startswith("bearer ") else ""
        user = token_authenticate(key)
        if user is None:
            response = api_error(401, "unauthorized", "A valid API token is needed: Authorization: Bearer <token>.")
            response["WWW-Authenticate"] = 'Bearer realm="kobai"'
            return response
        request.user = user
        request.api_language = api_language(request)
        with override(request.api_language):
            return view(request, *args, **kwargs)

    return csrf_exempt(wrapper)


def _payload(submission: Submission, request) -> dict:
    body = {
        "id": submission.pk, "exercise": submission.exercise.slug, "status": submission.status,
        "score": number(submission.score), "created_at": submission.created_at.isoformat(),
        "url": request.build_absolute_uri(reverse("api-submission", args=[submission.pk])),
        "page": request.build_absolute_uri(f"/{request.api_language}/submissions/{submission.pk}/"),
    }
    if submission.pending:
        body["progress"] = submission.progress or {}
    else:
        body["verdict"] = submission.verdict_in(request.api_language)
    return body


@token_required
@require_POST
def submissions_create(request, slug: str):
    exercise = Exercise.objects.filter(slug=slug).first()
    if exercise is None:
        return api_error(404, "not_found", f"No exercise {slug!r}.")
    try:
        data = json.loads(request.body.decode("utf-8"))
    except RequestDataTooBig:  # past DATA_UPLOAD_MAX_MEMORY_SIZE: far past the source limit too
        size = int(request.META.get("CONTENT_LENGTH") or 0)
        return api_error(400, "too_large", SourceProblem("too_large", {
            "size": size, "limit": settings.GRADER_MAX_SOURCE_BYTES}).message())
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: JSON nested too deeply
        return api_error(400, "bad_json", "The body must be JSON: {\"code\": \"...\"}.")
    code = data.get("code") if isinstance(data, dict) else None
    if not isinstance(code, str):
        return api_error(400, "bad_request", "The body must have a string field \"code\".")
    try:
        submitted = services.submission_create(user=request.user, exercise=exercise, code=code,
                                               idempotency_key=request.headers.get("Idempotency-Key", ""))
    except services.SubmissionRefused as exc:
        return api_error(REFUSAL_STATUS.get(exc.code, 400), exc.code, str(exc.message))
    response = JsonResponse(_payload(submitted.submission, request), status=201 if submitted.created else 200)
    if submitted.replayed:
        response["Idempotent-Replayed"] = "true"
    return response


REFUSAL_STATUS = {"too_many_pending": 429, "rate": 429, "idempotency_conflict": 422}


@token_required
@require_GET
def submission_detail(request, submission_id: int):
    submission = Submission.objects.select_related("exercise").filter(pk=submission_id, user=request.user).first()
    if submission is None:
        return api_error(404, "not_found", "No such submission.")
    return JsonResponse(_payload(submission, request))
