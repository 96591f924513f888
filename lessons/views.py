"""Learner-facing pages. Each view parses, authorizes, calls a selector or service, renders."""
from __future__ import annotations

import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from django_ratelimit.core import get_usage

from lessons import selectors, services
from lessons.forms import QuizForm, SignupForm
from lessons.quiz_feedback import choice_mark, picked_orders
from lessons.rendering import render_cached, render_inline
from lessons.resolver import PageResolver

logger = logging.getLogger(__name__)


def _lang() -> str:
    return (get_language() or "ja")[:2]


def _lesson_rows(request, language: str) -> list[dict]:
    lessons = selectors.lessons_with_text(language=language)
    progress = selectors.progress_by_lesson(user=request.user)
    exercise_progress = selectors.exercise_progress_by_exercise(user=request.user)
    return [
        {"lesson": lesson, "text": lesson.localized[0] if lesson.localized else None,
         "progress": progress.get(lesson.pk),
         "exercises": [{"exercise": ex, "progress": exercise_progress.get(ex.pk)} for ex in lesson.exercises.all()],
         "exercises_passed": sum(1 for ex in lesson.exercises.all()
                                 if exercise_progress.get(ex.pk) and exercise_progress[ex.pk].passed_at)}
        for lesson in lessons
    ]


def home(request):
    language = _lang()
    rows = _lesson_rows(request, language)
    return render(request, "lessons/home.html", {
        "course": selectors.course_get(), "rows": rows,
    })


def lesson_detail(request, slug: str):
    language = _lang()
    text = selectors.lesson_text_get(slug=slug, language=language)
    lesson = text.lesson
    body = render_cached(text.content_hash, language, text.body, PageResolver(language))
    previous, following = selectors.lesson_neighbours(lesson=lesson, language=language)
    progress = None
    if request.user.is_authenticated:
        progress = services.lesson_visit(user=request.user, lesson=lesson)
    return render(request, "lessons/lesson.html", {
        "lesson": lesson, "text": text, "body": body.html,
        "toc": [h for h in body.toc if h["level"] in (2, 3)],
        "exercises": lesson.exercises.order_by("order"),
        "has_quiz": hasattr(lesson, "quiz"), "previous": previous, "next": following,
        "progress": progress,
    })


@login_required
@require_POST
def lesson_read(request, slug: str):
    """The learner reached the lesson's end: lesson-read.js posts here when its last part scrolls into
    view (JSON back), or the learner presses the button there (without JavaScript: back to the end)."""
    lesson = selectors.lesson_text_get(slug=slug, language=_lang()).lesson
    services.lesson_finish(user=request.user, lesson=lesson)
    if "application/json" in request.headers.get("Accept", ""):
        return JsonResponse({"read": True})
    messages.success(request, _("The lesson is marked as read."))
    return redirect(reverse("lessons:lesson", args=[slug]) + "#lesson-end")


@require_http_methods(["GET", "POST"])
def quiz(request, slug: str):
    language = _lang()
    quiz = selectors.quiz_for_lesson(slug=slug)
    resolver = PageResolver(language)
    text = selectors.lesson_text_get(slug=slug, language=language)

    def inline(source: str) -> str:
        return render_inline(source, resolver)

    form = QuizForm(request.POST or None, quiz=quiz, render_inline=inline)
    context = {"quiz": quiz, "text": text, "form": form, "results": None}
    if request.method == "POST" and form.is_valid():
        answers = form.answers()
        if request.user.is_authenticated:
            _attempt, results = services.quiz_answer_submit(
                user=request.user, quiz=quiz, answers=answers
            )
        else:
            _score, results = services.quiz_grade(quiz=quiz, answers=answers)
        context["results"] = [
            {
                "question": r.question, "correct": r.correct,
                "prompt": inline(r.question.prompt),
                "explanation": inline(r.question.explanation) if r.question.explanation else "",
                "given": r.given,
                "choices": [
                    {"text": inline(c.text), "explanation": inline(c.explanation),
                     "mark": choice_mark(correct=c.correct, picked=c.order in picked_orders(r.given))}
                    for c in r.question.choices.all()
                ],
            }
            for r in results
        ]
        context["score"] = sum(r.correct for r in results) / len(results)
    elif request.method == "POST":
        messages.error(request, _("Some answers need fixing; nothing was saved."))
    if request.user.is_authenticated:
        context["attempts"] = selectors.quiz_attempts(user=request.user, quiz=quiz)[:5]
    status = 400 if request.method == "POST" and not form.is_valid() else 200
    return render(request, "lessons/quiz.html", context, status=status)


def glossary(request):
    language = _lang()
    resolver = PageResolver(language)
    terms = [
        {"term": term, "definition": render_inline(term.definition, resolver),
         "link": resolver.link("lesson", term.lesson.slug, term.anchor) if term.lesson else None}
        for term in selectors.glossary_terms()
    ]
    return render(request, "lessons/glossary.html", {"terms": terms})


@login_required
def my_progress(request):
    rows = _lesson_rows(request, _lang())
    cohorts = [e.cohort for e in request.user.enrollments.select_related("cohort").order_by("joined_at")]
    return render(request, "lessons/progress.html", {"rows": rows, "cohorts": cohorts})


# Join tries are counted per learner and per address (many accounts on one machine), each with
# its rate setting: django-ratelimit's key and the setting's name.
JOIN_LIMITS = (("user", "KOBAI_JOIN_RATE"), ("ip", "KOBAI_JOIN_RATE_PER_ADDRESS"))


def _join_attempt_usage(request) -> dict | None:
    """Counts this try against the learner's and the address's join budgets, so that codes cannot
    be guessed: whether to refuse it and for how long; None when the counters cannot be reached
    (then nobody joins: no guess goes uncounted)."""
    try:
        usages = [get_usage(request, group=f"lessons.join.{key}", key=key, rate=getattr(settings, name),
                            method="POST", increment=True) for key, name in JOIN_LIMITS]
    except Exception:  # the shared cache (Redis) is down or refuses: fail closed, and say so
        logger.exception("join-code rate limit: the %r cache cannot be reached", settings.RATELIMIT_USE_CACHE)
        return None
    limited = [usage for usage in usages if usage["should_limit"]]
    return {"should_limit": bool(limited), "time_left": max((u["time_left"] for u in limited), default=0)}


@login_required
@require_http_methods(["GET", "POST"])
def join_cohort(request):
    """A learner enters the join code their instructor gave them."""
    code = request.POST.get("code", "") if request.method == "POST" else request.GET.get("code", "")
    if request.method == "POST":
        usage = _join_attempt_usage(request)
        if usage is None:
            return _join_refused(request, code, _("Joining is unavailable for a moment. Try again in a minute."),
                                 status=503, retry_after=60)
        if usage["should_limit"]:
            return _join_refused(request, code, _("Too many join codes tried. Wait a few minutes, then enter "
                                                  "the code your instructor gave you."),
                                 status=429, retry_after=usage["time_left"])
        try:
            enrollment = services.cohort_join(user=request.user, code=code)
        except services.JoinRefused as exc:
            return _join_refused(request, code, exc.message, status=400)
        if enrollment.created:
            messages.success(request, _("You joined the cohort “%(name)s”.") % {"name": enrollment.cohort.name})
        else:
            messages.info(request, _("You are already in the cohort “%(name)s”.") % {"name": enrollment.cohort.name})
        return redirect("lessons:progress")
    return render(request, "lessons/join.html", {"code": code, "error": None})


def _join_refused(request, code: str, error: str, *, status: int, retry_after: int | None = None):
    response = render(request, "lessons/join.html", {"code": code, "error": error}, status=status)
    if retry_after is not None:
        response["Retry-After"] = str(max(int(retry_after), 1))
    return response


def login_locked_out(request, original_response=None, credentials=None):
    """django-axes's lockout answer (AXES_LOCKOUT_CALLABLE), for the site's and the admin's login:
    a page in the visitor's language that says how long to wait, with status 429."""
    minutes = max(int(settings.AXES_COOLOFF_TIME.total_seconds() // 60), 1)
    return render(request, "registration/locked_out.html", {"minutes": minutes}, status=429)


@require_http_methods(["GET", "POST"])
def signup(request):
    if request.user.is_authenticated:
        return redirect("lessons:home")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome to Kōbai! Your account is ready."))
        return redirect("lessons:home")
    return render(request, "registration/signup.html", {"form": form},
                  status=400 if request.method == "POST" else 200)


def bad_request(request, exception=None):
    """A request Django refused before any view ran (a body past DATA_UPLOAD_MAX_MEMORY_SIZE, too
    many fields): the reason in the page's language; for htmx only the message, which it swaps
    in where the answer would have gone."""
    template = "400_message.html" if request.headers.get("HX-Request") else "400.html"
    return render(request, template, status=400)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)
