"""Names and Role Provisioning: the LMS course's roster fills its cohort (the same accounts and
roles a launch gives) and takes back what it gave to members who left or no longer teach there.
Only places LTI gave are taken back (`RosterEntry`); accounts added by hand are never touched."""
import logging
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from pylti1p3.names_roles import NamesRolesProvisioningService
from pylti1p3.service_connector import ServiceConnector

from lti.launch import TimeoutSession
from lti.models import CourseLink, RosterEntry
from lti.roles import teaches
from lti.services import cohort_places_withdraw, course_member_place, lti_user_ensure
from lti.tool_config import registration_for

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RosterSynced:
    members: int  # active members, each with an account and their place in the cohort
    left: int  # members LTI had placed who are no longer active in the LMS course


def roster_sync(*, course_link_id: int) -> RosterSynced:
    """Raises pylti1p3's LtiException (or a requests error) when the platform does not answer
    (every page of the roster is read before anything is written)."""
    link = CourseLink.objects.select_related("platform", "cohort").get(pk=course_link_id)
    if not link.memberships_url:
        return RosterSynced(0, 0)
    nrps = NamesRolesProvisioningService(ServiceConnector(registration_for(link.platform), TimeoutSession()),
                                         {"context_memberships_url": link.memberships_url})
    members = [m for m in nrps.get_members() if m.get("status", "Active") == "Active" and m.get("user_id")]
    with transaction.atomic():
        placed = set()
        for member in members:
            user = lti_user_ensure(issuer=link.platform.issuer, subject=str(member["user_id"]),
                                   given_name=str(member.get("given_name") or ""),
                                   family_name=str(member.get("family_name") or ""),
                                   email=str(member.get("email") or ""))
            course_member_place(link=link, user=user, instructor=teaches(list(member.get("roles") or [])))
            placed.add(user.pk)
        left = []
        if placed:
            gone = RosterEntry.objects.filter(course_link=link).exclude(user_id__in=placed)
            left = list(gone.values_list("user_id", flat=True))
            gone.delete()
            cohort_places_withdraw(cohort=link.cohort, user_ids=left)
        else:  # an LMS course always lists at least the instructor who launched: a glitch, not a roster
            logger.warning("lti roster of %s: the platform listed no active member; nobody removed", link)
        CourseLink.objects.filter(pk=link.pk).update(roster_synced_at=timezone.now())
    logger.info("lti roster of %s: %d members, %d left", link, len(members), len(left))
    return RosterSynced(len(members), len(left))
