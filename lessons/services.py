"""Operations that change lesson state: syncing content, answering quizzes, progress."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.db.models import Model
from django.utils import timezone
from django.utils.translation import gettext as _

from lessons.content_files import Course as CourseDoc
from lessons.content_files import load_course
from lessons.models import (
    Choice,
    Cohort,
    Course,
    Enrollment,
    Exercise,
    ExerciseText,
    GlossaryTerm,
    Lesson,
    LessonProgress,
    LessonText,
    Question,
    Quiz,
    QuizAttempt,
)

log = logging.getLogger(__name__)


@dataclass
class SyncReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    unchanged: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.deleted)


def _upsert(report: SyncReport, model: type[Model], lookup: dict, values: dict) -> Model:
    """Create or update one row, saving only when something differs."""
    obj = model.objects.filter(**lookup).first()
    label = f"{model.__name__} {' '.join(str(v.pk if isinstance(v, Model) else v) for v in lookup.values())}"
    if obj is None:
        obj = model(**lookup, **values)
        obj.full_clean(validate_unique=False, validate_constraints=False)
        obj.save()
        report.created.append(label)
        return obj
    differs = [k for k, v in values.items() if getattr(obj, k) != v]
    if differs:
        for key in differs:
            setattr(obj, key, values[key])
        obj.full_clean(validate_unique=False, validate_constraints=False)
        obj.save(update_fields=differs)
        report.updated.append(f"{label} ({', '.join(differs)})")
    else:
        report.unchanged += 1
    return obj


def _delete_missing(report: SyncReport, queryset, keep_ids: set) -> None:
    for obj in queryset.exclude(pk__in=keep_ids):
        report.deleted.append(f"{type(obj).__name__} {obj}")
        obj.delete()


def content_check(*, root: Path | None = None) -> CourseDoc:
    """Validate the content files; raise ContentInvalid listing every problem."""
    return load_course(root)


@transaction.atomic
def content_sync(*, root: Path | None = None) -> SyncReport:
    """Load the course files into the database: all of it or, on any problem, nothing."""
    doc = load_course(root)
    report = SyncReport()
    course = _upsert(report, Course, {"slug": doc.slug}, {
        "title_ja": doc.title["ja"], "title_en": doc.title["en"],
        "summary_ja": doc.summary["ja"].strip(), "summary_en": doc.summary["en"].strip(),
    })
    lessons: dict[str, Lesson] = {}
    text_ids = set()
    for slug, docs in sorted(doc.lessons.items(), key=lambda item: item[1]["ja"].order):
        ja = docs["ja"]
        lesson = _upsert(report, Lesson, {"slug": slug}, {
            "course": course, "order": ja.order, "status": ja.status,
        })
        lessons[slug] = lesson
        for lang, text in docs.items():
            row = _upsert(report, LessonText, {"lesson": lesson, "language": lang}, {
                "title": text.title, "summary": text.summary, "objectives": text.objectives,
                "body": text.body, "source_path": text.path, "content_hash": text.content_hash,
            })
            text_ids.add(row.pk)
    _delete_missing(report, LessonText.objects.all(), text_ids)

    exercise_ids, ex_text_ids = set(), set()
    for slug, ex in doc.exercises.items():
        exercise = _upsert(report, Exercise, {"slug": slug}, {
            "lesson": lessons[ex.lesson], "order": ex.order, "title_ja": ex.title["ja"],
            "title_en": ex.title["en"], "starter_code": ex.starter_code,
            "hints": ex.hints, "solutions": ex.solutions,
        })
        exercise_ids.add(exercise.pk)
        for lang, statement in ex.statements.items():
            row = _upsert(report, ExerciseText, {"exercise": exercise, "language": lang}, {
                "statement": statement, "content_hash": ex.statement_hashes[lang],
                "source_path": ex.path.replace("exercise.yaml", f"statement.{lang}.md"),
                "walkthrough": ex.walkthroughs.get(lang, ""), "walkthrough_hash": ex.walkthrough_hashes.get(lang, ""),
            })
            ex_text_ids.add(row.pk)
    _delete_missing(report, ExerciseText.objects.all(), ex_text_ids)
    _delete_missing(report, Exercise.objects.all(), exercise_ids)

    quiz_ids, question_ids, choice_ids = set(), set(), set()
    for lesson_slug, quiz_doc in doc.quizzes.items():
        quiz = _upsert(report, Quiz, {"lesson": lessons[lesson_slug]}, {})
        quiz_ids.add(quiz.pk)
        for order, q in enumerate(quiz_doc.questions, 1):
            explanation = q.get("explanation") or {}
            question = _upsert(report, Question, {"quiz": quiz, "key": q["id"]}, {
                "order": order, "kind": q["kind"],
                "prompt_ja": q["prompt"]["ja"].strip(), "prompt_en": q["prompt"]["en"].strip(),
                "explanation_ja": (explanation.get("ja") or "").strip(),
                "explanation_en": (explanation.get("en") or "").strip(),
                "answer": float(q["answer"]) if q["kind"] == "numeric" else None,
                "tolerance": float(q["tolerance"]) if q["kind"] == "numeric" else None,
            })
            question_ids.add(question.pk)
            for c_order, c in enumerate(q.get("choices") or [], 1):
                choice = _upsert(report, Choice, {"question": question, "order": c_order}, {
                    "text_ja": c["text"]["ja"].strip(), "text_en": c["text"]["en"].strip(),
                    "correct": bool(c.get("correct")),
                    "explanation_ja": c["explanation"]["ja"].strip(),
                    "explanation_en": c["explanation"]["en"].strip(),
                })
                choice_ids.add(choice.pk)
    _delete_missing(report, Choice.objects.all(), choice_ids)
    _delete_missing(report, Question.objects.all(), question_ids)
    _delete_missing(report, Quiz.objects.all(), quiz_ids)

    term_ids = set()
    for term in doc.glossary:
        row = _upsert(report, GlossaryTerm, {"key": term["id"]}, {
            "term_ja": term["ja"], "term_en": term["en"], "reading": term.get("reading", ""),
            "definition_ja": term["definition"]["ja"].strip(),
            "definition_en": term["definition"]["en"].strip(),
            "lesson": lessons.get(term.get("lesson")), "anchor": term.get("anchor") or "",
        })
        term_ids.add(row.pk)
    _delete_missing(report, GlossaryTerm.objects.all(), term_ids)
    _delete_missing(report, Lesson.objects.filter(course=course), {lesson.pk for lesson in lessons.values()})
    log.info("content synced: %d created, %d updated, %d deleted, %d unchanged",
             len(report.created), len(report.updated), len(report.deleted), report.unchanged)
    return report


# --- quizzes and progress -------------------------------------------------------------


@dataclass
class QuestionResult:
    question: Question
    correct: bool
    given: object


def quiz_grade(*, quiz: Quiz, answers: dict) -> tuple[float, list[QuestionResult]]:
    """Score cleaned answers ({question key: choice order | [orders] | float})."""
    results = []
    for question in quiz.questions.all():
        given = answers.get(question.key)
        if question.kind == Question.Kind.NUMERIC:
            ok = given is not None and abs(float(given) - question.answer) <= question.tolerance
        else:
            correct = {c.order for c in question.choices.all() if c.correct}
            picked = set(given) if isinstance(given, list) else {given}
            ok = picked == correct
        results.append(QuestionResult(question=question, correct=ok, given=given))
    score = sum(r.correct for r in results) / len(results) if results else 0.0
    return score, results


@transaction.atomic
def quiz_answer_submit(*, user, quiz: Quiz, answers: dict) -> tuple[QuizAttempt, list[QuestionResult]]:
    score, results = quiz_grade(quiz=quiz, answers=answers)
    attempt = QuizAttempt(
        user=user, quiz=quiz, answers=answers, score=score,
        results={r.question.key: r.correct for r in results},
    )
    attempt.full_clean()
    attempt.save()
    progress, _ = LessonProgress.objects.select_for_update().get_or_create(
        user=user, lesson=quiz.lesson
    )
    progress.quiz_attempts += 1
    if progress.quiz_best_score is None or score > progress.quiz_best_score:
        progress.quiz_best_score = score
    progress.save()
    return attempt, results


def lesson_visit(*, user, lesson: Lesson) -> LessonProgress:
    """The learner opened the lesson: a visit (the last one is kept), not a reading."""
    progress, created = LessonProgress.objects.get_or_create(user=user, lesson=lesson)
    if not created:
        progress.save(update_fields=["last_read_at"])
    return progress


def lesson_finish(*, user, lesson: Lesson) -> LessonProgress:
    """The learner reached the lesson's end: the lesson is read (from the first time on)."""
    with transaction.atomic():
        progress, _created = LessonProgress.objects.select_for_update().get_or_create(user=user, lesson=lesson)
        if progress.finished_at is None:
            progress.finished_at = timezone.now()
        progress.save()
    return progress


class JoinRefused(Exception):
    """The join code was not accepted; `message` says why in the active language."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def cohort_join(*, user, code: str) -> Enrollment:
    """Enroll `user` in the cohort whose join code is `code` (case and spaces ignored)."""
    normalized = "".join(code.split()).upper()
    if not normalized:
        raise JoinRefused(_("Enter the join code your instructor gave you."))
    cohort = Cohort.objects.filter(join_code__iexact=normalized, is_open=True).first()
    if cohort is None:
        # A closed cohort is refused in the same words as an unknown code: a guess must not
        # learn that a code exists, nor a cohort's name.
        raise JoinRefused(_("No cohort open for joining has the join code “%(code)s”. "
                            "Check it with your instructor.") % {"code": normalized[:20]})
    enrollment, created = Enrollment.objects.get_or_create(cohort=cohort, user=user)
    enrollment.created = created
    return enrollment
