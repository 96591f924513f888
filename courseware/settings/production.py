"""Behind a TLS-terminating proxy, with every secret from the environment.

`DJANGO_SETTINGS_MODULE=courseware.settings.production manage.py check --deploy` prints no
warning with the environment the README documents (tests/courseware/test_production_profile.py).
"""
from .base import *  # noqa: F403
from .base import KOBAI_CSP_DIRECTIVES, env
from .secret_key import strong_secret_key

# Required, and refused at start-up when weak: it signs sessions, CSRF and password-reset tokens.
SECRET_KEY = strong_secret_key(env.str("DJANGO_SECRET_KEY"))
DEBUG = False
# Required: the public host name(s); the defaults of base (loopback only) never serve a real site.
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")

# HTTPS only. The proxy terminates TLS and must SET (overwrite, never pass through) the header
# named here, e.g. nginx `proxy_set_header X-Forwarded-Proto $scheme;`; empty when there is none.
_proxy_header = env.str("DJANGO_SECURE_PROXY_SSL_HEADER", default="HTTP_X_FORWARDED_PROTO")
SECURE_PROXY_SSL_HEADER = (_proxy_header, "https") if _proxy_header else None
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
# A health probe on the internal port speaks plain HTTP: answer it rather than redirect it.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

# HSTS: one year, subdomains included, preload-ready. Preloading itself is a separate, slow to
# undo step (hstspreload.org); lower DJANGO_HSTS_SECONDS while first trying a new domain.
SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=365 * 24 * 3600)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("DJANGO_HSTS_PRELOAD", default=True)

# Cookies only over HTTPS. The session cookie is never readable from scripts (Django's default,
# stated); the CSRF cookie stays readable, as the editor's draft saving may fall back to it.
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True

# The policy is enforced here whatever DJANGO_DEBUG said to base (which would make it report-only).
CONTENT_SECURITY_POLICY = {"DIRECTIVES": KOBAI_CSP_DIRECTIVES}
CONTENT_SECURITY_POLICY_REPORT_ONLY = None

# Login lockout per address: behind one proxy that appends the client's address to
# X-Forwarded-For, the right-most entry is the address it saw.
AXES_CLIENT_IP_CALLABLE = "courseware.client_address.forwarded_client_address"
RATELIMIT_IP_META_KEY = "courseware.client_address.forwarded_client_address"
