"""The production SECRET_KEY must be strong: refused at start-up, not merely warned about.

`manage.py check --deploy` warns about a weak key (security.W009), but a warning does not stop
gunicorn from serving with a key an attacker could guess, which signs sessions, password-reset
links and CSRF tokens. Production settings call `strong_secret_key` so a weak key never runs.
The thresholds are Django's own (django.core.checks.security.base).
"""
from django.core.exceptions import ImproperlyConfigured

MIN_LENGTH = 50
MIN_DISTINCT_CHARACTERS = 5
INSECURE_PREFIX = "django-insecure-"
HOW_TO_MAKE_ONE = "Make one with: python -c 'import secrets; print(secrets.token_urlsafe(50))'"


def secret_key_problem(key: str) -> str | None:
    """Why `key` is too weak to sign a production site's sessions and tokens, or None."""
    if len(key) < MIN_LENGTH:
        return f"DJANGO_SECRET_KEY has {len(key)} characters; production needs at least {MIN_LENGTH}."
    if len(set(key)) < MIN_DISTINCT_CHARACTERS:
        return (f"DJANGO_SECRET_KEY uses only {len(set(key))} distinct characters; production needs at "
                f"least {MIN_DISTINCT_CHARACTERS} (it looks like a placeholder, not a random key).")
    if key.startswith(INSECURE_PREFIX):
        return f"DJANGO_SECRET_KEY starts with {INSECURE_PREFIX!r}: it is a development key made by startproject."
    return None


def strong_secret_key(key: str) -> str:
    """`key` itself when it is strong enough; ImproperlyConfigured, saying why and what to do, if not."""
    problem = secret_key_problem(key)
    if problem is not None:
        raise ImproperlyConfigured(f"{problem} {HOW_TO_MAKE_ONE}")
    return key
