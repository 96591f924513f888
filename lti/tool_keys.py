"""Writes for Kōbai's own signing keys (apart from services.py, which the launch code imports)."""
from django.conf import settings
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
    """The signing key, made the first time one is needed (a platform registered, a launch)."""
    return selectors.tool_key_signing() or tool_key_rotate()


def tool_keys_maintain() -> ToolKey | None:
    """The beat's turn: a signing key older than LTI_KEY_ROTATE_AFTER is replaced (the new key, or
    None), and keys withdrawn from the key set are deleted, private halves and all: nothing
    verifies against them any more, so nothing needs them kept."""
    ToolKey.objects.filter(retired_at__lt=timezone.now() - settings.LTI_KEY_GRACE).delete()
    signing = selectors.tool_key_signing()
    after = settings.LTI_KEY_ROTATE_AFTER
    if signing is not None and after and signing.created_at < timezone.now() - after:
        return tool_key_rotate()
    return None
