"""Names and Role Provisioning: the LMS course's roster fills its cohort (the same accounts and
roles a launch gives; members who are not active in the LMS are left out)."""
import logging

from django.db import transaction
from django.utils import timezone
from pylti1p3.names_roles import NamesRolesProvisioningService
from pylti1p3.service_connector import ServiceConnector

from lti.launch import TimeoutSession
from lti.models import CourseLink
from lti.roles import teaches
from lti.services import cohort_role_grant, lti_user_ensure
from lti.tool_config import registration_for

logger = logging.getLogger(__name__)


def roster_sync(*, course_link_id: int) -> int:
    """Every active member an account and a place in the cohort; the number of members synced.
    Raises pylti1p3's LtiException (or a requests error) when the platform does not answer."""
    link = CourseLink.objects.select_related("platform", "cohort").get(pk=course_link_id)
    if not link.memberships_url:
        return 0
    nrps = NamesRolesProvisioningService(ServiceConnector(registration_for(link.platform), TimeoutSession()),
                                         {"context_memberships_url": link.memberships_url})
    members = [m for m in nrps.get_members() if m.get("status", "Active") == "Active" and m.get("user_id")]
    with transaction.atomic():
        for member in members:
            user = lti_user_ensure(issuer=link.platform.issuer, subject=str(member["user_id"]),
                                   given_name=str(member.get("given_name") or ""),
                                   family_name=str(member.get("family_name") or ""),
                                   email=str(member.get("email") or ""))
            cohort_role_grant(cohort=link.cohort, user=user, instructor=teaches(list(member.get("roles") or [])))
        CourseLink.objects.filter(pk=link.pk).update(roster_synced_at=timezone.now())
    logger.info("lti roster of %s: %d members", link, len(members))
    return len(members)
