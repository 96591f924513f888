"""API tokens: create (the key is shown once), revoke, authenticate. Only a hash is stored."""
from __future__ import annotations

import hashlib
import secrets

from django.db import transaction
from django.utils import timezone

from grader.models import ApiToken

PREFIX = "kob_"


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


@transaction.atomic
def token_create(*, user, name: str) -> tuple[ApiToken, str]:
    key = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(user=user, name=(name or "token")[:80], prefix=key[:12], key_sha256=_hash(key))
    token.full_clean()
    token.save()
    return token, key


def token_revoke(*, user, token_id: int) -> bool:
    return bool(ApiToken.objects.filter(pk=token_id, user=user, revoked_at__isnull=True)
                .update(revoked_at=timezone.now()))


def token_authenticate(key: str):
    """The user a key belongs to, or None (unknown or revoked)."""
    if not key or not key.startswith(PREFIX):
        return None
    token = ApiToken.objects.select_related("user").filter(key_sha256=_hash(key), revoked_at__isnull=True).first()
    if token is None or not token.user.is_active:
        return None
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return token.user
