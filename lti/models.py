"""LTI 1.3: the platforms (LMSs) Kōbai trusts, its own signing keys, and what launches mapped.

A platform's registration holds only public facts (its URLs, the client id it gave Kōbai);
the tool's private keys live in `ToolKey.private_key_pem`, which no admin page renders.
"""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from lessons.models import Cohort, Exercise


class Platform(models.Model):
    name = models.CharField(_("name"), max_length=120)
    issuer = models.CharField(_("issuer"), max_length=255,
                              help_text=_("The platform's issuer (iss), e.g. https://moodle.example.ac.jp"))
    client_id = models.CharField(_("client ID"), max_length=255,
                                 help_text=_("The client ID the platform gave Kōbai."))
    auth_url = models.URLField(_("authentication request URL"), max_length=500)
    token_url = models.URLField(_("access token URL"), max_length=500)
    keyset_url = models.URLField(_("public keyset URL"), max_length=500)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["issuer", "client_id"], name="uniq_lti_platform")]
        verbose_name = _("LTI platform")
        verbose_name_plural = _("LTI platforms")

    def __str__(self):
        return self.name


class Deployment(models.Model):
    platform = models.ForeignKey(Platform, on_delete=models.CASCADE, related_name="deployments",
                                 verbose_name=_("platform"))
    deployment_id = models.CharField(_("deployment ID"), max_length=255)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["platform", "deployment_id"],
                                               name="uniq_lti_deployment")]
        verbose_name = _("deployment")
        verbose_name_plural = _("deployments")

    def __str__(self):
        return self.deployment_id


class ToolKey(models.Model):
    """One of Kōbai's RSA signing keys. The newest unretired key signs; a retired key stays in
    the published key set for a grace period so that platforms holding a cached copy still
    verify what it signed."""

    kid = models.CharField(_("key ID"), max_length=100, unique=True)
    public_key_pem = models.TextField(_("public key"))
    private_key_pem = models.TextField(_("private key"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    retired_at = models.DateTimeField(_("retired"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("tool key")
        verbose_name_plural = _("tool keys")

    def __str__(self):
        return self.kid


class LtiIdentity(models.Model):
    """An LMS user (issuer + subject) and the one Kōbai account that stands for them."""

    issuer = models.CharField(_("issuer"), max_length=255)
    subject = models.CharField(_("subject"), max_length=255)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                related_name="lti_identity", verbose_name=_("user"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["issuer", "subject"], name="uniq_lti_identity")]
        verbose_name = _("LMS identity")
        verbose_name_plural = _("LMS identities")

    def __str__(self):
        return f"{self.subject} @ {self.issuer}"


class CourseLink(models.Model):
    """An LMS course (context) and the cohort that holds its learners and instructors."""

    platform = models.ForeignKey(Platform, on_delete=models.CASCADE, related_name="course_links",
                                 verbose_name=_("platform"))
    context_id = models.CharField(_("LMS course ID"), max_length=255)
    title = models.CharField(_("LMS course title"), max_length=255, blank=True)
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="lti_links",
                               verbose_name=_("cohort"))
    # From the latest launch: where the gradebook's line items live (Assignment and Grade
    # Services) and what the platform lets Kōbai do there.
    lineitems_url = models.URLField(_("line items URL"), max_length=500, blank=True)
    ags_scopes = models.JSONField(_("grade service scopes"), default=list, blank=True)
    # Names and Role Provisioning Services: the course's roster, when the platform offers it.
    memberships_url = models.URLField(_("roster URL"), max_length=500, blank=True)
    roster_synced_at = models.DateTimeField(_("roster synced"), null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["platform", "context_id"], name="uniq_lti_course")]
        verbose_name = _("LMS course")
        verbose_name_plural = _("LMS courses")

    def __str__(self):
        return self.title or self.context_id


class RosterEntry(models.Model):
    """A user seen in an LMS course (by a launch or in its roster), and as what. It is what lets a
    roster sync take back exactly what LTI gave: a member who left the LMS course, or no longer
    teaches there, loses their place in the cohort; accounts added by hand are never touched."""

    course_link = models.ForeignKey(CourseLink, on_delete=models.CASCADE, related_name="roster",
                                    verbose_name=_("LMS course"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+",
                             verbose_name=_("user"))
    instructor = models.BooleanField(_("teaches"), default=False)
    seen_at = models.DateTimeField(_("last seen"), auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["course_link", "user"], name="uniq_lti_roster_entry")]
        verbose_name = _("LMS course member")
        verbose_name_plural = _("LMS course members")

    def __str__(self):
        return f"{self.user} @ {self.course_link}"


class ResourceLink(models.Model):
    """A link placed in the LMS and the lesson or exercise it opens ("lesson:<slug>" or
    "exercise:<slug>"; empty: the course's home page)."""

    platform = models.ForeignKey(Platform, on_delete=models.CASCADE, related_name="resource_links",
                                 verbose_name=_("platform"))
    resource_link_id = models.CharField(_("LMS link ID"), max_length=255)
    title = models.CharField(_("title"), max_length=255, blank=True)
    target = models.CharField(_("opens"), max_length=120, blank=True,
                              help_text=_('"lesson:SLUG" or "exercise:SLUG"; empty for the course page.'))

    class Meta:
        constraints = [models.UniqueConstraint(fields=["platform", "resource_link_id"],
                                               name="uniq_lti_resource_link")]
        verbose_name = _("LMS link")
        verbose_name_plural = _("LMS links")

    def __str__(self):
        return self.title or self.resource_link_id


class UsedNonce(models.Model):
    """Each accepted launch's nonce, once: a replayed id_token collides here."""

    issuer = models.CharField(max_length=255)
    nonce = models.CharField(max_length=255)
    used_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["issuer", "nonce"], name="uniq_lti_nonce")]

    def __str__(self):
        return self.nonce


class LineItem(models.Model):
    """The gradebook column an exercise has in an LMS course (one per exercise)."""

    course_link = models.ForeignKey(CourseLink, on_delete=models.CASCADE, related_name="line_items")
    exercise = models.ForeignKey(Exercise, on_delete=models.CASCADE, related_name="+")
    url = models.URLField(max_length=500)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["course_link", "exercise"], name="uniq_lti_line_item")]

    def __str__(self):
        return self.url


class ScoreDelivery(models.Model):
    """A learner's best score on an exercise, owed to an LMS course's gradebook. It stays pending
    until the platform accepted it: a platform that is down gets it when it is back."""

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        SENT = "sent", _("sent")

    course_link = models.ForeignKey(CourseLink, on_delete=models.CASCADE, related_name="score_deliveries",
                                    verbose_name=_("LMS course"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+",
                             verbose_name=_("user"))
    exercise = models.ForeignKey(Exercise, on_delete=models.CASCADE, related_name="+", verbose_name=_("exercise"))
    score = models.FloatField(_("score"))
    graded_at = models.DateTimeField(_("graded"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveIntegerField(_("failed attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        ordering = ["status", "next_attempt_at"]
        constraints = [models.UniqueConstraint(fields=["course_link", "user", "exercise"],
                                               name="uniq_lti_score_delivery")]
        verbose_name = _("score for the LMS")
        verbose_name_plural = _("scores for the LMS")

    def __str__(self):
        return f"{self.user} {self.exercise} {self.score}"
