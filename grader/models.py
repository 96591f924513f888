"""Submissions and what follows from them: drafts, per-exercise progress, API tokens.

The database is the source of truth: the broker only carries submission ids, and a
submission that a lost message or a dead worker left behind is found here again.
"""
from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from grader.stored_verdict import verdict_read
from grader.verdict import PENDING, Status


class Submission(models.Model):
    Status = Status  # one set of statuses and labels: the verdict's, and the two while pending
    PENDING = PENDING

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="submissions",
                             verbose_name=_("learner"))
    exercise = models.ForeignKey("lessons.Exercise", on_delete=models.CASCADE, related_name="submissions",
                                 verbose_name=_("exercise"))
    code = models.TextField(_("code"))
    code_sha256 = models.CharField(_("code hash"), max_length=64, db_index=True)
    grader_version = models.CharField(_("grader version"), max_length=20)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.QUEUED,
                              db_index=True)
    score = models.FloatField(_("score"), null=True, blank=True)
    verdict = models.JSONField(_("verdict"), null=True, blank=True)  # the record: grader.verdict, no words
    progress = models.JSONField(_("progress"), default=dict, blank=True)
    # Ids of the criteria a judged grading measured and found not met (none for an error, a limit or a
    # crash, which measure nothing): for the hints and the cohort statistics, without reading verdicts.
    failed_criteria = models.JSONField(_("criteria not met"), default=list, blank=True)
    attempts = models.PositiveSmallIntegerField(_("grading attempts"), default=0)
    queue = models.CharField(_("queue"), max_length=30, default="grade-cpu")
    worker = models.CharField(_("worker"), max_length=200, blank=True)
    device = models.CharField(_("device"), max_length=30, blank=True)
    torch_version = models.CharField(_("torch version"), max_length=40, blank=True)
    reused_from = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+", verbose_name=_("verdict reused from"))
    created_at = models.DateTimeField(_("submitted"), auto_now_add=True, db_index=True)
    enqueued_at = models.DateTimeField(_("sent to the queue"), null=True, blank=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    lease_until = models.DateTimeField(_("claimed until"), null=True, blank=True)
    # The client's key for the request that created this row (the API's Idempotency-Key header, the
    # exercise form's per-render token): a retried request with it answers with this row.
    idempotency_key = models.CharField(_("idempotency key"), max_length=100, blank=True, default="")
    # The fencing token of the current claim: a fresh random value written by each claiming UPDATE,
    # so a later claim always changes it (a regrade, or two workers with one name, included). Every
    # write of a grading is conditional on it (grader.services.Claim).
    claim_token = models.CharField(_("claim token"), max_length=32, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["user", "exercise", "-created_at"], name="sub_user_exercise"),
            models.Index(fields=["status", "created_at"], name="sub_status_created"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["user", "idempotency_key"], condition=~models.Q(idempotency_key=""),
                                    name="uniq_submission_idempotency_key"),
        ]
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        permissions = [("regrade_submission", _("Can regrade submissions"))]

    def __str__(self):
        # The admin's title for the row: in the reader's language (the status's label, not its value).
        return gettext("Submission #%(id)s (%(exercise)s, %(status)s)") % {
            "id": self.pk, "exercise": self.exercise.slug, "status": self.get_status_display()}

    @property
    def pending(self) -> bool:
        return self.status in self.PENDING

    @property
    def passed(self) -> bool:
        return self.status == self.Status.PASSED

    def verdict_in(self, language: str, *, for_staff: bool = False) -> dict | None:
        """The verdict worded in `language`, checked: an old row may hold anything.
        None only while waiting with nothing stored; a finished row always shows its status.
        A learner's reading names the device, never the worker (`for_staff`: the admin's)."""
        return verdict_read(self.verdict, language=language, status=self.status, score=self.score,
                            for_staff=for_staff)


class ExerciseProgress(models.Model):
    """A learner's standing on one exercise: best score kept, when it was first passed."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="exercise_progress")
    exercise = models.ForeignKey("lessons.Exercise", on_delete=models.CASCADE, related_name="progress")
    submissions = models.PositiveIntegerField(_("graded submissions"), default=0)
    failed_submissions = models.PositiveIntegerField(_("submissions not passed"), default=0)
    best_score = models.FloatField(_("best score"), null=True, blank=True)
    passed_at = models.DateTimeField(_("first passed"), null=True, blank=True)
    attempts_to_pass = models.PositiveIntegerField(_("attempts to pass"), null=True, blank=True)
    # {criterion id: how many attempts measured it and found it not met}: it opens the learner's hints
    # (grader.hints) and gives the cohort statistics.
    failed_criteria = models.JSONField(_("criteria not met"), default=dict, blank=True)
    last_submission = models.ForeignKey(Submission, null=True, blank=True, on_delete=models.SET_NULL,
                                        related_name="+")
    updated_at = models.DateTimeField(_("last activity"), auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "exercise"], name="uniq_exercise_progress")]
        verbose_name = _("exercise progress")
        verbose_name_plural = _("exercise progress")

    def __str__(self):
        return f"{self.user} {self.exercise_id}"


class Draft(models.Model):
    """The code in a learner's editor, saved as they type, restored on any device."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="drafts")
    exercise = models.ForeignKey("lessons.Exercise", on_delete=models.CASCADE, related_name="drafts")
    code = models.TextField(_("code"), blank=True)
    updated_at = models.DateTimeField(_("saved"), auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "exercise"], name="uniq_draft")]
        verbose_name = _("draft")
        verbose_name_plural = _("drafts")

    def __str__(self):
        return f"{self.user} {self.exercise_id}"


class ApiToken(models.Model):
    """A learner's token for the JSON API. Only a hash of the key is stored."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("name"), max_length=80)
    prefix = models.CharField(_("prefix"), max_length=12)
    key_sha256 = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self):
        return f"{self.prefix}… ({self.name})"


class ActionWindow(models.Model):
    """How often a learner did a limited action (the Check) in the current one-minute window.

    In the database, like the submission limits, so the limit holds across web processes and
    hosts whatever cache is configured."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    action = models.CharField(_("action"), max_length=20)
    started_at = models.DateTimeField(_("window started"))
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "action"], name="uniq_action_window")]
        verbose_name = _("action window")
        verbose_name_plural = _("action windows")

    def __str__(self):
        return f"{self.user_id} {self.action} {self.count}"
