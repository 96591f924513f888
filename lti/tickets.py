"""Tickets: what a validated launch hands to the page it renders, for the one next step that page
takes (a deep linking answer, the learner's own window), signed with the site's key and good
once. They let a launch that arrives in the LMS's frame go on without cookies: browsers withhold
a site's cookies inside another site's frame, so neither the session nor the CSRF cookie can be
relied on there. The signature stands in for both: only a page rendered for a validated launch
holds a ticket."""
import uuid

from django.conf import settings
from django.core import signing
from django.core.cache import caches

SALT = "kobai.lti.ticket"


def ticket_issue(kind: str, **data) -> str:
    return signing.dumps({**data, "kind": kind, "id": uuid.uuid4().hex}, salt=SALT, compress=True)


def ticket_redeem(value: str, *, kind: str, max_age_s: float) -> dict | None:
    """The ticket's data, the first time it is presented within max_age_s; None when it is forged,
    of another kind, expired or already used."""
    try:
        data = signing.loads(value, salt=SALT, max_age=max_age_s)
    except signing.BadSignature:  # SignatureExpired included
        return None
    if not isinstance(data, dict) or data.get("kind") != kind:
        return None
    first = caches[settings.LTI_CACHE_ALIAS].add(f"lti-ticket-used-{data['id']}", 1, timeout=int(max_age_s) + 60)
    return data if first else None
