"""Courses, lessons, quizzes, exercises, progress, cohorts.

Texts that exist per language are rows keyed by `language` (lesson and exercise bodies) or
paired `_ja`/`_en` fields (short texts such as quiz prompts); `Translated` picks the one for
the active language.
"""
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

LANGUAGE_CHOICES = [("ja", "日本語"), ("en", "English")]
QUIZ_PASS_SCORE = 0.8  # the share of questions right that counts as passing a quiz


def pick(obj, field: str, language: str | None = None) -> str:
    """`obj.<field>_<lang>` for the active language, falling back to the other one."""
    lang = (language or get_language() or "ja")[:2]
    other = "en" if lang == "ja" else "ja"
    return getattr(obj, f"{field}_{lang}", "") or getattr(obj, f"{field}_{other}", "")


class Course(models.Model):
    slug = models.SlugField(_("slug"), unique=True)
    title_ja = models.CharField(_("title (Japanese)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200)
    summary_ja = models.TextField(_("summary (Japanese)"), blank=True)
    summary_en = models.TextField(_("summary (English)"), blank=True)

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def __str__(self):
        return self.title

    @property
    def title(self):
        return pick(self, "title")

    @property
    def summary(self):
        return pick(self, "summary")


class Lesson(models.Model):
    class Status(models.TextChoices):
        PUBLISHED = "published", _("published")
        IN_PREPARATION = "in-preparation", _("in preparation")

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="lessons")
    slug = models.SlugField(_("slug"), unique=True)
    order = models.PositiveIntegerField(_("order"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)

    class Meta:
        ordering = ["order"]
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def __str__(self):
        return f"{self.order}. {self.slug}"

    @property
    def in_preparation(self) -> bool:
        return self.status == self.Status.IN_PREPARATION


class LessonText(models.Model):
    """A lesson in one language: its front matter and Markdown body."""

    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="texts")
    language = models.CharField(_("language"), max_length=5, choices=LANGUAGE_CHOICES)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"))
    objectives = models.JSONField(_("objectives"), default=list)
    body = models.TextField(_("body (Markdown)"))
    source_path = models.CharField(_("source file"), max_length=300)
    content_hash = models.CharField(_("content hash"), max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["lesson", "language"], name="uniq_lesson_text")
        ]
        verbose_name = _("lesson text")
        verbose_name_plural = _("lesson texts")

    def __str__(self):
        return f"{self.lesson.slug} [{self.language}]"


class Exercise(models.Model):
    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="exercises")
    slug = models.SlugField(_("slug"), unique=True)
    order = models.PositiveIntegerField(_("order"))
    title_ja = models.CharField(_("title (Japanese)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200)
    starter_code = models.TextField(_("starter code"))
    hints = models.JSONField(_("hints"), default=list)
    # [{"file": "pass_....py", "ja": title, "en": title}]: the reference solutions (files in the
    # grader's references/<slug>/) a learner is shown once the exercise is open to them.
    solutions = models.JSONField(_("reference solutions shown"), default=list, blank=True)

    class Meta:
        ordering = ["lesson__order", "order"]
        verbose_name = _("exercise")
        verbose_name_plural = _("exercises")

    def __str__(self):
        return self.slug

    @property
    def title(self):
        return pick(self, "title")


class ExerciseText(models.Model):
    exercise = models.ForeignKey(Exercise, on_delete=models.CASCADE, related_name="texts")
    language = models.CharField(_("language"), max_length=5, choices=LANGUAGE_CHOICES)
    statement = models.TextField(_("statement (Markdown)"))
    source_path = models.CharField(_("source file"), max_length=300)
    content_hash = models.CharField(_("content hash"), max_length=64)
    walkthrough = models.TextField(_("walkthrough of the solutions (Markdown)"), blank=True)
    walkthrough_hash = models.CharField(_("walkthrough hash"), max_length=64, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["exercise", "language"], name="uniq_exercise_text")
        ]
        verbose_name = _("exercise text")
        verbose_name_plural = _("exercise texts")

    def __str__(self):
        return f"{self.exercise.slug} [{self.language}]"


class Quiz(models.Model):
    lesson = models.OneToOneField(Lesson, on_delete=models.CASCADE, related_name="quiz")

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def __str__(self):
        return f"quiz: {self.lesson.slug}"


class Question(models.Model):
    class Kind(models.TextChoices):
        SINGLE = "single", _("single choice")
        MULTIPLE = "multiple", _("multiple choice")
        NUMERIC = "numeric", _("numeric")

    quiz = models.ForeignKey(Quiz, on_delete=models.CASCADE, related_name="questions")
    key = models.SlugField(_("id"), max_length=80)
    order = models.PositiveIntegerField(_("order"))
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    prompt_ja = models.TextField(_("prompt (Japanese)"))
    prompt_en = models.TextField(_("prompt (English)"))
    explanation_ja = models.TextField(_("explanation (Japanese)"), blank=True)
    explanation_en = models.TextField(_("explanation (English)"), blank=True)
    answer = models.FloatField(_("numeric answer"), null=True, blank=True)
    tolerance = models.FloatField(_("tolerance"), null=True, blank=True)

    class Meta:
        ordering = ["order"]
        constraints = [models.UniqueConstraint(fields=["quiz", "key"], name="uniq_question")]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.key

    @property
    def prompt(self):
        return pick(self, "prompt")

    @property
    def explanation(self):
        return pick(self, "explanation")


class Choice(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="choices")
    order = models.PositiveIntegerField(_("order"))
    text_ja = models.TextField(_("text (Japanese)"))
    text_en = models.TextField(_("text (English)"))
    correct = models.BooleanField(_("correct"), default=False)
    explanation_ja = models.TextField(_("explanation (Japanese)"))
    explanation_en = models.TextField(_("explanation (English)"))

    class Meta:
        ordering = ["order"]
        constraints = [
            models.UniqueConstraint(fields=["question", "order"], name="uniq_choice")
        ]
        verbose_name = _("choice")
        verbose_name_plural = _("choices")

    def __str__(self):
        return self.text_en[:60]

    @property
    def text(self):
        return pick(self, "text")

    @property
    def explanation(self):
        return pick(self, "explanation")


class GlossaryTerm(models.Model):
    key = models.SlugField(_("id"), unique=True, max_length=80)
    term_ja = models.CharField(_("term (Japanese)"), max_length=120)
    term_en = models.CharField(_("term (English)"), max_length=120)
    reading = models.CharField(_("reading"), max_length=120, blank=True)
    definition_ja = models.TextField(_("definition (Japanese)"))
    definition_en = models.TextField(_("definition (English)"))
    lesson = models.ForeignKey(
        Lesson, on_delete=models.CASCADE, related_name="glossary_terms", null=True, blank=True
    )
    anchor = models.CharField(_("anchor"), max_length=80, blank=True)

    class Meta:
        ordering = ["key"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def __str__(self):
        return f"{self.term_ja} / {self.term_en}"

    @property
    def definition(self):
        return pick(self, "definition")


class QuizAttempt(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    quiz = models.ForeignKey(Quiz, on_delete=models.CASCADE, related_name="attempts")
    answers = models.JSONField(_("answers"))
    results = models.JSONField(_("results"))
    score = models.FloatField(_("score"))
    created_at = models.DateTimeField(_("answered at"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")

    def __str__(self):
        return f"{self.user} {self.quiz} {self.score:.0%}"


class LessonProgress(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress"
    )
    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="progress")
    first_read_at = models.DateTimeField(_("first read"), auto_now_add=True)
    last_read_at = models.DateTimeField(_("last read"), auto_now=True)
    # When the learner first reached the lesson's end: only then is the lesson read (opening it is a visit).
    finished_at = models.DateTimeField(_("read to the end"), null=True, blank=True)
    quiz_attempts = models.PositiveIntegerField(_("quiz attempts"), default=0)
    quiz_best_score = models.FloatField(_("best quiz score"), null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="uniq_lesson_progress")
        ]
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")

    def __str__(self):
        return f"{self.user} {self.lesson.slug}"

    @property
    def read(self) -> bool:
        return self.finished_at is not None

    @property
    def quiz_passed(self) -> bool:
        return self.quiz_best_score is not None and self.quiz_best_score >= QUIZ_PASS_SCORE



# Upper case (joining ignores case) without the look-alikes 0/O, 1/I/L, 5/S, 8/B, 2/Z.
JOIN_CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
JOIN_CODE_GROUPS = 3
JOIN_CODE_GROUP_LENGTH = 4


def new_join_code() -> str:
    """A join code nobody guesses: 12 random characters (about 56 bits) from `secrets`, in
    groups of four (XXXX-XXXX-XXXX) so that it reads aloud and copies by hand."""
    return "-".join(
        "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_GROUP_LENGTH))
        for _ in range(JOIN_CODE_GROUPS)
    )


class Cohort(models.Model):
    name = models.CharField(_("name"), max_length=120)
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="cohorts", verbose_name=_("course"))
    instructors = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="teaching_cohorts", blank=True,
        verbose_name=_("instructors"),
    )
    join_code = models.CharField(
        _("join code"), max_length=20, unique=True, default=new_join_code,
        help_text=_("Learners enter it to join. The one filled in is random and hard to guess; a code "
                    "you choose yourself should be long and unpredictable too."),
    )
    is_open = models.BooleanField(_("open for joining"), default=True)
    solutions_after_failures = models.PositiveIntegerField(
        _("solutions after failed attempts"), null=True, blank=True,
        help_text=_("Show an exercise's reference solutions to a learner of this cohort after this many "
                    "graded submissions that did not pass. Leave empty to show them only after a pass."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")

    def __str__(self):
        return self.name


def _local(when) -> str:
    """A due date as the admin's fields show it: in the site's time zone, not the database's UTC."""
    return f"{timezone.localtime(when):%Y-%m-%d %H:%M}" if when else ""


class CohortDeadline(models.Model):
    """An optional due date for one exercise in one cohort."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="deadlines")
    exercise = models.ForeignKey("Exercise", on_delete=models.CASCADE, related_name="+",
                                 verbose_name=_("exercise"))
    due_at = models.DateTimeField(_("due"))

    class Meta:
        ordering = ["due_at"]
        constraints = [models.UniqueConstraint(fields=["cohort", "exercise"], name="uniq_cohort_deadline")]
        verbose_name = _("deadline")
        verbose_name_plural = _("deadlines")

    def __str__(self):
        return f"{self.exercise} {_local(self.due_at)}"


class DeadlineExtension(models.Model):
    """A later due date for one learner: for one exercise, or (no exercise) for every deadline of
    the cohort. It only ever postpones: a date before the cohort's deadline changes nothing."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="extensions",
                               verbose_name=_("cohort"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+",
                             verbose_name=_("learner"))
    exercise = models.ForeignKey("Exercise", on_delete=models.CASCADE, related_name="+", null=True, blank=True,
                                 verbose_name=_("exercise"),
                                 help_text=_("Empty: every deadline of the cohort."))
    due_at = models.DateTimeField(_("due for this learner"))

    class Meta:
        ordering = ["due_at"]
        constraints = [
            models.UniqueConstraint(fields=["cohort", "user", "exercise"], name="uniq_extension_per_exercise"),
            models.UniqueConstraint(fields=["cohort", "user"], condition=models.Q(exercise__isnull=True),
                                    name="uniq_extension_for_all"),
        ]
        verbose_name = _("extension")
        verbose_name_plural = _("extensions")

    def __str__(self):
        return f"{self.user} {self.exercise or '*'} {_local(self.due_at)}"

    def clean(self):
        if self.cohort_id and self.user_id and not Enrollment.objects.filter(
                cohort_id=self.cohort_id, user_id=self.user_id).exists():
            raise ValidationError({"user": ValidationError(
                _("Only a learner of this cohort can be given an extension."), code="not_enrolled")})


class Enrollment(models.Model):
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="enrollments",
                               verbose_name=_("cohort"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrollments", verbose_name=_("learner")
    )
    joined_at = models.DateTimeField(_("joined"), auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["cohort", "user"], name="uniq_enrollment")
        ]
        verbose_name = _("enrollment")
        verbose_name_plural = _("enrollments")

    def __str__(self):
        return f"{self.user} in {self.cohort}"
