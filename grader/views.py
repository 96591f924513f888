"""The learner's grading pages: the exercise page, submit, draft, check, the live submission page."""
from __future__ import annotations

import secrets
from urllib.parse import parse_qsl

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from grader import charts, selectors, services
from grader.contract_check import CheckResult, contract_check
from grader.exercises import UnknownExercise, load
from grader.exercises.base import Exercise
from grader.models import Submission
from grader.source_check import source_checked
from lessons import selectors as content
from lessons.rendering import render_cached, render_inline
from lessons.resolver import PageResolver
from lessons.selectors import exercise_get


def _lang() -> str:
    return (get_language() or "ja")[:2]


def exercise_detail(request, slug: str):
    """The exercise page: statement, hints unlocked by failed attempts, the editor, history."""
    language = _lang()
    exercise = content.exercise_get(slug=slug)
    text = content.exercise_text_get(exercise=exercise, language=language)
    statement = render_cached(text.content_hash, language, text.statement, PageResolver(language))
    lesson_text = content.lesson_text_get(slug=exercise.lesson.slug, language=language)
    resolver = PageResolver(language)
    progress = selectors.progress_of(user=request.user, exercise=exercise)
    unlocked = progress.failed_submissions if progress else 0
    hints = [{"criterion": h.get("criterion", ""), "number": i,
              "html": render_inline(h.get(language, ""), resolver) if i <= unlocked else ""}
             for i, h in enumerate(exercise.hints, 1)]
    draft = selectors.draft_of(user=request.user, exercise=exercise)
    history = selectors.submissions_of(user=request.user, exercise=exercise) if request.user.is_authenticated else []
    code = _editor_code(request, draft, exercise)
    from_id = request.GET.get("from", "")
    if from_id.isdigit() and request.user.is_authenticated:
        chosen = next((s for s in history if s.pk == int(from_id)), None)
        code = chosen.code if chosen else code
    return render(request, "grader/exercise.html", {
        "exercise": exercise, "contract": load(exercise.slug).EXERCISE.contract, "statement": statement.html,
        "lesson_text": lesson_text, "hints": hints,
        "code": code, "history": history, "progress": progress, "unlocked": unlocked,
        # One token per render of the form: a double click or a retried POST maps to one submission.
        "idempotency_key": secrets.token_urlsafe(18),
    })



def _editor_code(request, draft, exercise) -> str:
    """The draft, unless it is empty or breaks the rules every stored code obeys (one saved before
    they held on every path): then the starter code, and the learner is told why."""
    if draft is None or not draft.code.strip():
        return exercise.starter_code
    problem, _text = source_checked(draft.code, allow_empty=True)
    if problem is not None:
        messages.warning(request, _("Your saved draft could not be loaded: %(reason)s The starter code is "
                                    "shown instead.") % {"reason": problem.message()})
        return exercise.starter_code
    return draft.code


def _posted_code(request) -> str | bytes:
    """The form's code as text; or, when the browser sent bytes that are not UTF-8 (the form parser
    would have replaced them with U+FFFD without a word), those bytes, which every path's source
    check then refuses by name."""
    code = request.POST.get("code", "")
    if "\ufffd" in code and request.content_type == "application/x-www-form-urlencoded":
        fields = dict(parse_qsl(request.body.decode("latin-1"), keep_blank_values=True, encoding="latin-1"))
        sent = fields.get("code", "").encode("latin-1")
        try:
            sent.decode("utf-8")
        except UnicodeDecodeError:
            return sent.replace(b"\r\n", b"\n")
    return code.replace("\r\n", "\n")


@login_required
@require_POST
def submit(request, slug: str):
    """Keep the code as the draft, then submit it; either refusal stores nothing and says why."""
    exercise = exercise_get(slug=slug)
    code = _posted_code(request)
    try:
        services.draft_save(user=request.user, exercise=exercise, code=code)
        submitted = services.submission_create(user=request.user, exercise=exercise, code=code,
                                               idempotency_key=request.POST.get("idempotency_key", ""))
    except services.Refused as exc:
        messages.error(request, _REFUSED_ON_THE_PAGE.get(exc.code, exc.message))
        return redirect("grader:exercise", slug=slug)
    if not submitted.created and not submitted.replayed:
        messages.info(request, _("You had already submitted exactly this code: here is that submission. "
                                 "It is not graded again and does not count as a new attempt."))
    return redirect("grader:submission", submission_id=submitted.submission.pk)


# The page's own words for a refusal whose API wording speaks of headers.
_REFUSED_ON_THE_PAGE = {
    "idempotency_conflict": gettext_lazy(
        "This page had already sent other code for grading. Your code is kept in the editor: submit "
        "it again."),
}


@login_required
@require_POST
def save_draft(request, slug: str):
    exercise = exercise_get(slug=slug)
    try:
        services.draft_save(user=request.user, exercise=exercise, code=_posted_code(request))
    except services.Refused as exc:
        return JsonResponse({"saved": False, "error": exc.code, "message": str(exc.message)}, status=400)
    return JsonResponse({"saved": True})


@login_required
@require_POST
def check(request, slug: str):
    """The contract, checked without grading: 200 with what it found, 400 when the code cannot
    be checked at all (too large, not text, nested too deeply...), 429 past the learner's limit."""
    exercise = exercise_get(slug=slug)
    htmx = bool(request.headers.get("HX-Request"))
    try:
        services.check_count(user=request.user)
    except services.Refused as exc:
        result = CheckResult(False, [str(exc.message)], refused=exc.code)
    else:
        result = contract_check(slug=exercise.slug, code=_posted_code(request))
        if not htmx:  # without JavaScript: keep the code as the draft, if it may be kept
            _keep_draft(request.user, exercise, _posted_code(request))
    status = 429 if result.refused == "check_rate" else 400 if result.refused else 200
    if htmx:
        return render(request, "grader/_check.html", {"result": result}, status=status)
    return render(request, "grader/check.html", {"result": result, "exercise": exercise}, status=status)


def _keep_draft(user, exercise, code: str) -> None:
    try:
        services.draft_save(user=user, exercise=exercise, code=code)
    except services.Refused:
        pass  # the Check's result already names the problem


def _status_context(submission: Submission, language: str) -> dict:
    verdict = submission.verdict_in(language)
    delayed = submission.status == Submission.Status.QUEUED and submission.enqueued_at is None
    return {
        "submission": submission, "verdict": verdict,
        "charts": charts.verdict_charts(verdict["series"]) if verdict else [],
        "position": selectors.queue_position(submission=submission), "delayed": delayed,
        "progress": submission.progress or {},
        "percent": _percent(submission.progress or {}),
        "grading_text": _grading_text(submission.exercise.slug, language),
    }


def _grading_text(slug: str, language: str) -> str:
    """What a grading of this exercise is doing, for the running submission's status line."""
    try:
        return load(slug).EXERCISE.grading.get(language)
    except UnknownExercise:  # an exercise no longer in the registry: the generic words
        return Exercise.grading.get(language)


def _percent(progress: dict) -> int:
    try:
        return max(0, min(100, round(100 * progress["step"] / progress["total"])))
    except (KeyError, TypeError, ValueError, OverflowError, ZeroDivisionError):
        return 0


@login_required
@require_GET
def submission_detail(request, submission_id: int):
    submission = selectors.submission_for_learner(user=request.user, submission_id=submission_id)
    context = _status_context(submission, _lang())
    context["history"] = selectors.submissions_of(user=request.user, exercise=submission.exercise, limit=20)
    return render(request, "grader/submission.html", context)


@login_required
@require_GET
def submission_status(request, submission_id: int):
    """The live part of the submission page (htmx polls it; 286 stops the polling)."""
    submission = selectors.submission_for_learner(user=request.user, submission_id=submission_id)
    context = _status_context(submission, _lang())
    if not submission.pending:  # the history below the live part changes too: swap it out of band
        context["history"] = selectors.submissions_of(user=request.user, exercise=submission.exercise, limit=20)
        context["history_oob"] = True
    response = render(request, "grader/_status.html", context)
    if not submission.pending:
        response.status_code = 286
    return response


@login_required
def tokens(request):
    """The learner's API tokens: create one (its key is shown once), revoke any."""
    from grader.models import ApiToken
    from grader.tokens import token_create, token_revoke

    new_key = None
    if request.method == "POST":
        if "revoke" in request.POST and request.POST["revoke"].isdigit():
            token_revoke(user=request.user, token_id=int(request.POST["revoke"]))
            messages.success(request, _("The token was revoked."))
            return redirect("grader:tokens")
        _token, new_key = token_create(user=request.user, name=request.POST.get("name", "").strip() or "token")
    return render(request, "grader/tokens.html", {
        "tokens": ApiToken.objects.filter(user=request.user), "new_key": new_key,
        "api_base": request.build_absolute_uri("/api/v1/"),
    })
