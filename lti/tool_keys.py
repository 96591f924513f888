"""Writes for Kōbai's own signing keys (apart from services.py, which the launch code imports)."""
from django.db import transaction
from django.utils import timezone

from lti import selectors
from lti.keys import key_pair_new
from lti.models import ToolKey


@transaction.atomic
def tool_key_rotate() -> ToolKey:
    """A new signing key; the one it replaces is retired (still published for LTI_KEY_GRACE)."""
    pair = key_pair_new()
    ToolKey.objects.filter(retired_at__isnull=True).update(retired_at=timezone.now())
    key = ToolKey(kid=pair.kid, public_key_pem=pair.public_pem, private_key_pem=pair.private_pem)
    key.full_clean()
    key.save()
    return key


def tool_key_ensure() -> ToolKey:
    """The signing key, made the first time one is needed."""
    return selectors.tool_key_signing() or tool_key_rotate()
