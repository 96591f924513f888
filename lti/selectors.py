"""Reads for LTI: keys to publish and sign with, platforms and deployments a launch names."""
from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils import timezone

from lessons.models import Lesson, pick
from lti.models import CourseLink, Deployment, LtiIdentity, Platform, ToolKey


def tool_keys_published() -> QuerySet[ToolKey]:
    """The signing key and the keys retired less than LTI_KEY_GRACE ago."""
    since = timezone.now() - settings.LTI_KEY_GRACE
    return ToolKey.objects.filter(Q(retired_at__isnull=True) | Q(retired_at__gt=since))


def tool_key_signing() -> ToolKey | None:
    return ToolKey.objects.filter(retired_at__isnull=True).order_by("-created_at", "-id").first()


def platforms_active(issuer: str) -> QuerySet[Platform]:
    return Platform.objects.filter(issuer=issuer, is_active=True)


def deployment_find(*, issuer: str, client_id: str | None, deployment_id: str) -> Deployment | None:
    found = Deployment.objects.filter(platform__issuer=issuer, platform__is_active=True,
                                      deployment_id=deployment_id)
    if client_id is not None:
        found = found.filter(platform__client_id=client_id)
    return found.select_related("platform").first()


def course_links_roster_stale() -> list[int]:
    """The LMS courses with a roster service whose roster is older than LTI_ROSTER_EVERY."""
    since = timezone.now() - settings.LTI_ROSTER_EVERY
    return list(CourseLink.objects.exclude(memberships_url="")
                .filter(Q(roster_synced_at__isnull=True) | Q(roster_synced_at__lt=since))
                .values_list("pk", flat=True))


def lti_identity_find(*, issuer: str, subject: str) -> LtiIdentity | None:
    return LtiIdentity.objects.filter(issuer=issuer, subject=subject).select_related("user").first()


def deep_link_choices(language: str) -> list[dict]:
    """The published lessons, each with its exercises, titled in `language`: what an instructor
    may place in the LMS."""
    lessons = (Lesson.objects.filter(status=Lesson.Status.PUBLISHED)
               .prefetch_related("texts", "exercises").order_by("order"))
    choices = []
    for lesson in lessons:
        texts = {text.language: text.title for text in lesson.texts.all()}
        choices.append({"value": f"lesson:{lesson.slug}",
                        "title": texts.get(language) or next(iter(texts.values()), lesson.slug),
                        "exercises": [{"value": f"exercise:{e.slug}", "title": pick(e, "title", language)}
                                      for e in lesson.exercises.all()]})
    return choices
