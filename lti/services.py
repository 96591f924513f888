"""Writes for LTI: what an accepted launch creates (account, cohort, roles). Keys: tool_keys.py."""
import hashlib
import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone

from instructors.demo import INSTRUCTOR_GROUP, instructor_group_ensure
from lessons.models import Cohort, Course, Enrollment, Exercise, Lesson
from lti import selectors
from lti.launch import DEEP_LINKING_REQUEST, LaunchClaims, LaunchRefused
from lti.models import CourseLink, LineItem, LtiIdentity, Platform, ResourceLink, RosterEntry, UsedNonce
from lti.roles import teaches

logger = logging.getLogger(__name__)
TARGET_KINDS = {"lesson": Lesson, "exercise": Exercise}


@dataclass(frozen=True)
class AcceptedLaunch:
    user_id: int
    cohort_id: int
    instructor: bool
    target: str  # "lesson:<slug>", "exercise:<slug>" or ""
    course_link_id: int = 0
    roster: bool = False  # an instructor launched, the platform offers the roster and it is not fresh


def nonce_use(*, issuer: str, nonce: str) -> None:
    try:
        with transaction.atomic():
            UsedNonce.objects.create(issuer=issuer, nonce=nonce)
    except IntegrityError as exc:
        raise LaunchRefused("replayed", nonce) from exc


def nonces_purge() -> int:
    """Forget nonces older than LTI_NONCE_KEEP: their tokens expired long ago, and PyLTI1p3's own
    record of the nonces Kōbai issued (the LTI cache) is gone by then, so a replay still fails."""
    deleted, _ = UsedNonce.objects.filter(used_at__lt=timezone.now() - settings.LTI_NONCE_KEEP).delete()
    return deleted


def lti_username(issuer: str, subject: str) -> str:
    return "lti-" + hashlib.sha256(f"{issuer}\n{subject}".encode()).hexdigest()[:24]


def lti_user_ensure(*, issuer: str, subject: str, given_name: str = "", family_name: str = "", email: str = ""):
    """The one account for (issuer, subject), with the name and e-mail the LMS gives now (what it
    stops sharing is kept). Two launches at once: the loser's insert hits the unique
    username/identity, and it reads the winner's row."""
    try:
        validate_email(email)
    except ValidationError:
        email = ""
    found = selectors.lti_identity_find(issuer=issuer, subject=subject)
    if found is not None:
        user = found.user
        given = {"first_name": given_name[:150], "last_name": family_name[:150], "email": email}
        changed = [field for field, value in given.items() if value and getattr(user, field) != value]
        for field in changed:
            setattr(user, field, given[field])
        if changed:
            user.save(update_fields=changed)
        return user
    User = get_user_model()
    try:
        with transaction.atomic():
            user = User(username=lti_username(issuer, subject), email=email,
                        first_name=given_name[:150], last_name=family_name[:150])
            user.set_unusable_password()
            user.save()
            LtiIdentity.objects.create(issuer=issuer, subject=subject, user=user)
    except IntegrityError:
        return LtiIdentity.objects.select_related("user").get(issuer=issuer, subject=subject).user
    return user


def course_link_ensure(*, platform: Platform, claims: LaunchClaims) -> CourseLink:
    """The LMS course and the cohort it maps to (a new, closed cohort the first time the course
    launches), with the service URLs of this launch."""
    link = CourseLink.objects.filter(platform=platform, context_id=claims.context_id).select_related("cohort").first()
    if link is not None:
        services_now = (claims.lineitems_url, claims.ags_scopes, claims.memberships_url)
        if (link.lineitems_url, link.ags_scopes, link.memberships_url) != services_now:
            link.lineitems_url, link.ags_scopes, link.memberships_url = services_now
            link.save(update_fields=["lineitems_url", "ags_scopes", "memberships_url"])
        return link
    course = Course.objects.order_by("pk").first()
    if course is None:
        raise LaunchRefused("unsupported", "no course loaded")
    try:
        with transaction.atomic():
            cohort = Cohort(name=(claims.context_title or claims.context_id)[:120], course=course, is_open=False)
            cohort.full_clean()
            cohort.save()
            return CourseLink.objects.create(platform=platform, context_id=claims.context_id,
                                             title=claims.context_title[:255], cohort=cohort,
                                             lineitems_url=claims.lineitems_url, ags_scopes=claims.ags_scopes,
                                             memberships_url=claims.memberships_url)
    except IntegrityError:  # another launch of the same new course committed first
        return CourseLink.objects.select_related("cohort").get(platform=platform, context_id=claims.context_id)


def target_parse(target: str) -> tuple[str, str] | None:
    kind, _, slug = target.partition(":")
    if kind in TARGET_KINDS and slug and TARGET_KINDS[kind].objects.filter(slug=slug).exists():
        return kind, slug
    return None


def resource_link_target(*, platform: Platform, claims: LaunchClaims) -> str:
    """What the link opens: its custom parameter (exercise=<slug> or lesson=<slug>, recorded for
    the link), else what the link was mapped to before or in the admin, else the course page."""
    from_custom = next((f"{kind}:{claims.custom[kind]}" for kind in TARGET_KINDS if claims.custom.get(kind)), "")
    if from_custom and target_parse(from_custom) is None:
        logger.warning("lti launch: custom target %r names no lesson or exercise", from_custom)
        from_custom = ""
    link, _ = ResourceLink.objects.get_or_create(
        platform=platform, resource_link_id=claims.resource_link_id,
        defaults={"title": claims.resource_link_title[:255], "target": from_custom})
    if from_custom and link.target != from_custom:
        link.target = from_custom
        link.save(update_fields=["target"])
    return link.target if target_parse(link.target) else ""


def cohort_role_grant(*, cohort: Cohort, user, instructor: bool) -> None:
    if instructor:
        if not user.is_staff:
            user.is_staff = True
            user.save(update_fields=["is_staff"])
        if not user.groups.filter(name=INSTRUCTOR_GROUP).exists():  # the group's permissions set once, not per launch
            user.groups.add(instructor_group_ensure())
        cohort.instructors.add(user)
    else:
        Enrollment.objects.get_or_create(cohort=cohort, user=user)


def cohort_places_withdraw(*, cohort: Cohort, user_ids, learner: bool = True, instructor: bool = True) -> None:
    """Take back the places LTI gave these users in the cohort (as learner, as instructor) that no
    LMS course linked to the cohort still gives them. Call it only with users LTI placed there."""
    user_ids = set(user_ids)
    entries = RosterEntry.objects.filter(course_link__cohort=cohort, user_id__in=user_ids)
    if learner:
        kept = set(entries.filter(instructor=False).values_list("user_id", flat=True))
        Enrollment.objects.filter(cohort=cohort, user_id__in=user_ids - kept).delete()
    if instructor:
        kept = set(entries.filter(instructor=True).values_list("user_id", flat=True))
        cohort.instructors.remove(*(user_ids - kept))


def course_member_place(*, link: CourseLink, user, instructor: bool) -> None:
    """The user's place in the cohort of an LMS course, as the LMS now says (a launch or the
    roster), recorded so that a later roster can take it back. A changed role replaces the old:
    an instructor the LMS now calls a learner no longer sees the cohort's work."""
    cohort_role_grant(cohort=link.cohort, user=user, instructor=instructor)
    entry, created = RosterEntry.objects.get_or_create(course_link=link, user=user,
                                                       defaults={"instructor": instructor})
    if created:
        return
    RosterEntry.objects.filter(pk=entry.pk).update(instructor=instructor, seen_at=timezone.now())
    if entry.instructor != instructor:
        cohort_places_withdraw(cohort=link.cohort, user_ids=[user.pk], learner=instructor, instructor=not instructor)


def roster_due(link: CourseLink) -> bool:
    """Whether an instructor's launch should refresh the roster: not synced within LTI_ROSTER_FRESH."""
    return bool(link.memberships_url) and (
        link.roster_synced_at is None or link.roster_synced_at < timezone.now() - settings.LTI_ROSTER_FRESH)


def exercise_column_adopt(*, link: CourseLink, slug: str, url: str) -> None:
    """The gradebook column the LMS made for a link that opens an exercise (an activity, an
    assignment) is that exercise's column in the course: scores go there, not to a second column
    Kōbai would create. The first column known for the exercise stays its column."""
    LineItem.objects.get_or_create(course_link=link, exercise=Exercise.objects.get(slug=slug), defaults={"url": url})


@transaction.atomic
def launch_accept(*, platform: Platform, claims: LaunchClaims) -> AcceptedLaunch:
    """A validated launch: its nonce spent, its user's account, cohort and role; all or nothing.
    Only instructors may pick content (deep linking)."""
    deep_link = claims.message_type == DEEP_LINKING_REQUEST
    if deep_link and not teaches(claims.roles):
        raise LaunchRefused("not_instructor", claims.subject)
    nonce_use(issuer=claims.issuer, nonce=claims.nonce)
    user = lti_user_ensure(issuer=claims.issuer, subject=claims.subject, given_name=claims.given_name,
                           family_name=claims.family_name, email=claims.email)
    if not user.is_active:  # an administrator closed the account: the LMS does not reopen it
        raise LaunchRefused("disabled", claims.subject)
    link = course_link_ensure(platform=platform, claims=claims)
    instructor = teaches(claims.roles)
    course_member_place(link=link, user=user, instructor=instructor)
    target = "" if deep_link else resource_link_target(platform=platform, claims=claims)
    kind, _, slug = target.partition(":")
    if kind == "exercise" and claims.lineitem_url:
        exercise_column_adopt(link=link, slug=slug, url=claims.lineitem_url)
    return AcceptedLaunch(user_id=user.pk, cohort_id=link.cohort_id, instructor=instructor, target=target,
                          course_link_id=link.pk, roster=instructor and roster_due(link))
