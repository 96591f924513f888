"""The learner's grading pages: the exercise page, submit, draft, check, the live submission page."""
from __future__ import annotations

import logging
import secrets
from urllib.parse import parse_qsl

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from grader import charts, selectors, services, trying
from grader.contract_check import CheckResult, contract_check
from grader.error_place import criteria_measured, error_place
from grader.exercises import UnknownExercise, load
from grader.exercises.base import Exercise
from grader.hints import hints_for
from grader.models import Submission
from grader.solutions import reference_solutions, solution_access
from grader.source_check import source_checked
from grader.try_shown import try_shown
from lessons import selectors as content
from lessons.rendering import render_cached, render_inline
from lessons.resolver import PageResolver
from lessons.selectors import exercise_get

logger = logging.getLogger(__name__)


def _lang() -> str:
    return (get_language() or "ja")[:2]


def exercise_detail(request, slug: str):
    """The exercise page: statement, hints unlocked by the criteria the learner failed (grader.hints), the
    editor, history."""
    language = _lang()
    exercise = content.exercise_get(slug=slug)
    text = content.exercise_text_get(exercise=exercise, language=language)
    statement = render_cached(text.content_hash, language, text.statement, PageResolver(language))
    lesson_text = content.lesson_text_get(slug=exercise.lesson.slug, language=language)
    resolver = PageResolver(language)
    progress = selectors.progress_of(user=request.user, exercise=exercise)
    module = load(exercise.slug).EXERCISE
    hints = [{"state": state, "html": render_inline(state.text.get(language, ""), resolver) if state.unlocked else ""}
             for state in hints_for(exercise.hints, criteria=[c.id for c in module.criteria],
                                    failures=progress.failed_criteria if progress else {})]
    draft = selectors.draft_of(user=request.user, exercise=exercise)
    shown = _history(request.user, exercise)
    code = _editor_code(request, draft, exercise)
    from_id = request.GET.get("from", "")
    if from_id.isdigit() and request.user.is_authenticated:
        chosen = next((s for s in shown["history"] if s.pk == int(from_id)), None)
        code = chosen.code if chosen else code
    return render(request, "grader/exercise.html", {
        "exercise": exercise, "contract": module.contract, "statement": statement.html,
        "lesson_text": lesson_text, "hints": hints, **shown,
        "code": code, "progress": progress,
        "solutions": solution_access(user=request.user, exercise=exercise),
        # One token per render of the form: a double click or a retried POST maps to one submission.
        "idempotency_key": secrets.token_urlsafe(18),
    })


def _history(user, exercise, limit: int = 50) -> dict:
    """The learner's submissions of the exercise, newest first, with their due date for it (None
    without a deadline) and the ids of the submissions made after it (marked late: never refused)."""
    if not user.is_authenticated:
        return {"history": [], "due": None, "late": set()}
    history = list(selectors.submissions_of(user=user, exercise=exercise, limit=limit))
    due = content.learner_due(user=user, exercise=exercise)
    return {"history": history, "due": due,
            "late": {s.pk for s in history if due is not None and due.is_late(s.created_at)}}


@login_required
@require_GET
def solutions(request, slug: str):
    """The reference solutions and why they work: 403 (and not a word of them) until they are open."""
    language = _lang()
    exercise = content.exercise_get(slug=slug)
    access = solution_access(user=request.user, exercise=exercise)
    context = {"exercise": exercise, "access": access,
               "lesson_text": content.lesson_text_get(slug=exercise.lesson.slug, language=language)}
    if not access.open:
        return render(request, "grader/solutions_locked.html", context, status=403)
    text = content.exercise_text_get(exercise=exercise, language=language)
    walkthrough = render_cached(text.walkthrough_hash, language, text.walkthrough, PageResolver(language))
    return render(request, "grader/solutions.html", {
        **context, "references": reference_solutions(exercise=exercise, language=language),
        "walkthrough": walkthrough.html,
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


def _try_usage(request) -> dict | None:
    """Count this Try against the learner's budget (GRADER_TRY_RATE, django-ratelimit in the shared
    "ratelimit" cache); None when the counters cannot be reached (then nothing runs)."""
    from django_ratelimit.core import get_usage

    try:
        return get_usage(request, group="grader.try", key="user", rate=settings.GRADER_TRY_RATE, method="POST",
                         increment=True)
    except Exception:  # noqa: BLE001 - the shared cache (Redis) is down or refuses: fail closed
        logger.exception("try rate limit: the %r cache cannot be reached", settings.RATELIMIT_USE_CACHE)
        return None


def _try_refused(request, message, status: int, retry_after: int | None = None):
    response = render(request, "grader/_try.html", {"refused": message}, status=status)
    if retry_after:
        response["Retry-After"] = str(retry_after)
    return response


@login_required
@require_POST
def try_code(request, slug: str):
    """The Try button: run the editor's code in the sandbox (no attempt, nothing stored as a
    submission); the panel that polls for its result. 400 for code that may not run, 429 past the
    learner's limit, 503 when the queue or the counters cannot be reached: each with its reason."""
    exercise = exercise_get(slug=slug)
    usage = _try_usage(request)
    if usage is None:
        return _try_refused(request, _("Trying is unavailable for a moment. Try again in a minute."), 503, 60)
    if usage["should_limit"]:
        return _try_refused(request, _("You have tried your code many times in a short while. Wait a moment, "
                                       "then try again."), 429, max(1, int(usage["time_left"])))
    try:
        token = trying.try_start(user=request.user, exercise=exercise, code=_posted_code(request))
    except services.Refused as exc:
        return _try_refused(request, exc.message, 503 if exc.code == "try_unavailable" else 400)
    return render(request, "grader/_try.html", {"state": trying.QUEUED, "exercise": exercise, "token": token})


@login_required
@require_GET
def try_result(request, slug: str, token: str):
    """The Try panel while it runs and once done (htmx polls it; 286 stops the polling). 404 for a
    token that is not this learner's Try of this exercise, or has expired."""
    entry = trying.try_get(user=request.user, token=token, slug=slug)
    if entry is None:
        raise Http404("no such try")
    context = {"state": entry["state"], "exercise": {"slug": slug}, "token": token}
    if entry["state"] == trying.DONE:
        context.update(try_shown(entry.get("record") or {}, _lang()))
    response = render(request, "grader/_try.html", context)
    if entry["state"] in (trying.DONE, trying.LOST):
        response.status_code = 286
    return response


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
        "error_place": error_place(verdict, submission.code),
        "criteria_shown": criteria_measured(verdict),
        "position": selectors.queue_position(submission=submission), "delayed": delayed,
        "progress": submission.progress or {},
        "percent": _percent(submission.progress or {}),
        "poll_ms": _poll_ms(submission),
        "grading_text": _grading_text(submission.exercise.slug, language),
    }


def _poll_ms(submission: Submission) -> int:
    """How soon the page asks again: every 250 ms in the first seconds after submitting (most
    gradings end within them, and a 1 s poll was most of the wait), then less often."""
    age = (timezone.now() - submission.created_at).total_seconds()
    return 250 if age < 5 else 500 if age < 20 else 1000


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
    context.update(_history(request.user, submission.exercise, limit=20))
    context["submitted_late"] = context["due"] is not None and context["due"].is_late(submission.created_at)
    return render(request, "grader/submission.html", context)


@login_required
@require_GET
def submission_status(request, submission_id: int):
    """The live part of the submission page (htmx polls it; 286 stops the polling)."""
    submission = selectors.submission_for_learner(user=request.user, submission_id=submission_id)
    context = _status_context(submission, _lang())
    if not submission.pending:  # the history below the live part changes too: swap it out of band
        context.update(_history(request.user, submission.exercise, limit=20))
        context["history_oob"] = True
    response = render(request, "grader/_live.html", context)
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
