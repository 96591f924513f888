"""Behind a TLS-terminating proxy, with every secret from the environment."""
from .base import *  # noqa: F403
from .base import env

SECRET_KEY = env.str("DJANGO_SECRET_KEY")
DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=0)
# Login lockout per address: behind one proxy that appends the client's address to
# X-Forwarded-For, the right-most entry is the address it saw.
AXES_CLIENT_IP_CALLABLE = "courseware.client_address.forwarded_client_address"
RATELIMIT_IP_META_KEY = "courseware.client_address.forwarded_client_address"
