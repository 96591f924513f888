"""API tokens: create (the key is shown once), revoke, authenticate. Only a hash is stored."""
from __future__ import annotations

import hashlib
import logging
import secrets
from datetime import timedelta

from django.db import DatabaseError, transaction
from django.db.models import Q
from django.utils import timezone

from grader.models import ApiToken

log = logging.getLogger(__name__)

PREFIX = "kob_"
# How fresh `last_used_at` is kept: a read writes it at most this often, so reads do not
# depend on a write (and a burst of reads does not queue for SQLite's write lock).
USE_RECORDED_EVERY = timedelta(minutes=1)


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
    token_use_record(token)
    return token.user


def token_use_record(token: ApiToken) -> None:
    """Note that the token was used, at most once per USE_RECORDED_EVERY. This is bookkeeping for
    the learner's token list, never worth failing the request for: a failed write (the database
    locked or read-only) is logged and the request goes on. The savepoint keeps a failure from
    spoiling a transaction the caller may be in."""
    now = timezone.now()
    if token.last_used_at is not None and now - token.last_used_at < USE_RECORDED_EVERY:
        return
    stale = Q(last_used_at__isnull=True) | Q(last_used_at__lt=now - USE_RECORDED_EVERY)
    try:
        with transaction.atomic():
            ApiToken.objects.filter(stale, pk=token.pk).update(last_used_at=now)
    except DatabaseError as exc:
        log.warning("could not record the use of API token %s (%s); the request goes on", token.prefix, exc)
