"""pytest: fast hashing, plain static storage, mail kept in memory."""
import os

from .base import *  # noqa: F403
from .base import CACHES, DATABASES, SILENCED_SYSTEM_CHECKS, VAR_DIR, env

SECRET_KEY = "test-only-not-secret"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
ALLOWED_HOSTS = ["*"]
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory: the real Celery worker process must see the same database.
    # One file per test process, so that runs side by side (or xdist workers) never share it.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test-{os.getpid()}.sqlite3")}

# Every /healthz call checks afresh (a test that wants the cache sets a window).
HEALTH_CACHE_S = 0.0

# Keep test traffic apart from a `make run` on the same Redis.
CELERY_BROKER_URL = env.str("TEST_CELERY_BROKER_URL", default="redis://127.0.0.1:6379/15")
# Try results are shared with the test worker: the test broker's Redis database, like the broker.
CACHES = {**CACHES, "try": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                            "LOCATION": CELERY_BROKER_URL, "KEY_PREFIX": "kobai-try"}}

# Serve static files straight from the apps (no collectstatic before tests).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Rate-limit counters in memory: per test process (xdist workers share user ids), cleared per test.
CACHES = {**CACHES, "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                                  "LOCATION": "kobai-ratelimit"},
          "lti": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "kobai-lti"}}
SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "django_ratelimit.E003"]
