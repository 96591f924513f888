"""Settings shared by every environment. Only this package reads the environment."""
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import environ
from csp.constants import NONCE, NONE, SELF
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

VAR_DIR = Path(env.str("KOBAI_VAR_DIR", default=str(BASE_DIR / "var")))

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "import_export",
    "axes",
    "django_ratelimit",
    "csp",
    "courseware",
    "lessons",
    "grader",
    "instructors",
    "lti",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # A database or broker outage in a view: 503 with Retry-After, JSON under /api/.
    "courseware.outage.OutageMiddleware",
    # Last, as django-axes asks: it turns a refused (locked-out) login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "courseware.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "courseware" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "courseware.context_processors.site",
            ],
        },
    },
]

WSGI_APPLICATION = "courseware.wsgi.application"

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'kobai.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Web threads and the worker write to the same file. A deferred transaction that reads and
    # then writes cannot wait for the lock (SQLite answers "database is locked" at once, to avoid a
    # deadlock); an IMMEDIATE one takes the write lock at BEGIN, where the busy timeout applies, so
    # concurrent requests queue for up to `timeout` seconds instead of failing. WAL lets readers go
    # on while one writes; synchronous=NORMAL is WAL's durable-enough, much faster setting.
    DATABASES["default"].setdefault("OPTIONS", {}).update({
        "transaction_mode": "IMMEDIATE",
        "timeout": env.int("KOBAI_SQLITE_TIMEOUT", default=20),
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    })
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://kobai")}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# django-axes refuses a login for a while after too many failures (site and admin alike).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "lessons:home"
LOGOUT_REDIRECT_URL = "lessons:home"

LANGUAGE_CODE = "ja"
LANGUAGES = [("ja", _("Japanese")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "courseware" / "locale"]
TIME_ZONE = env.str("TIME_ZONE", default="Asia/Tokyo")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "courseware" / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Content-Security-Policy (django-csp), the same in every profile: scripts and styles only from
# our own static files (CodeMirror and htmx are bundled there; htmx runs with eval and script tags
# off, see base.html), no inline script or eval of any kind. A page that must inline a <style>
# (the admin's highlighted code) gives it the request's nonce. Images may be data: URLs (the
# admin's icons); fetches and forms go to this site only; no page may be framed.
KOBAI_CSP_DIRECTIVES = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF, NONCE],
    "img-src": [SELF, "data:"],
    "font-src": [SELF],
    "connect-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [NONE],
}
if DEBUG:
    # Django's debug pages inline their scripts and styles: report, don't block, while debugging.
    CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": KOBAI_CSP_DIRECTIVES}
else:
    CONTENT_SECURITY_POLICY = {"DIRECTIVES": KOBAI_CSP_DIRECTIVES}

EMAIL_BACKEND = env.str(
    "DJANGO_EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = env.str("DJANGO_DEFAULT_FROM_EMAIL", default="kobai@localhost")

# Celery: the broker carries submission ids only; the database is the source of truth.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="redis://127.0.0.1:6379/0")
# Rate-limit counters must be shared by every web process (gunicorn runs several) and incremented
# atomically: they live in Redis, by default the broker's server, database 1.
_broker = urlsplit(CELERY_BROKER_URL)
CACHES["ratelimit"] = env.cache("KOBAI_RATELIMIT_CACHE_URL", default=urlunsplit(
    ("rediscache", _broker.netloc if _broker.scheme == "redis" else "127.0.0.1:6379", "/1", "", "")))
# Try results (grader.trying): written by the grading worker, read by the web processes, so
# shared: Redis, by default the broker's server and database, under their own key prefix.
CACHES["try"] = env.cache("KOBAI_TRY_CACHE_URL", default=urlunsplit(
    ("rediscache", _broker.netloc if _broker.scheme == "redis" else "127.0.0.1:6379",
     _broker.path if _broker.scheme == "redis" and _broker.path not in ("", "/") else "/0", "", "")))
CACHES["try"].setdefault("KEY_PREFIX", "kobai-try")
# LTI 1.3 (lti/): the OIDC state, nonce and launch data live in a cache that every web process
# shares (Redis, by default the broker's server, database 1; the LMS's POST may reach another
# gunicorn worker than its login step did).
LTI_CACHE_ALIAS = "lti"
CACHES[LTI_CACHE_ALIAS] = env.cache("KOBAI_LTI_CACHE_URL", default=urlunsplit(
    ("rediscache", _broker.netloc if _broker.scheme == "redis" else "127.0.0.1:6379", "/1", "", "")))
# A retired tool key stays in the published key set this long (platforms cache key sets), then
# it is deleted; the signing key is replaced when it is LTI_KEY_ROTATE_AFTER old (0: only by hand).
LTI_KEY_GRACE = timedelta(days=env.int("KOBAI_LTI_KEY_GRACE_DAYS", default=7))
LTI_KEY_ROTATE_AFTER = timedelta(days=env.int("KOBAI_LTI_KEY_ROTATE_DAYS", default=90))
# The roster (Names and Role Provisioning) is synced when an instructor launches, unless it was
# synced less than LTI_ROSTER_FRESH ago, and by the beat when it is LTI_ROSTER_EVERY old.
LTI_ROSTER_FRESH = timedelta(minutes=env.int("KOBAI_LTI_ROSTER_FRESH_MINUTES", default=10))
LTI_ROSTER_EVERY = timedelta(hours=env.int("KOBAI_LTI_ROSTER_EVERY_HOURS", default=24))
# Seconds Kōbai waits for a platform (its key set, its token endpoint).
LTI_HTTP_TIMEOUT_S = env.float("KOBAI_LTI_HTTP_TIMEOUT_S", default=10.0)
# Login initiations and launches per address (a lecture hall behind one NAT launches together;
# each launch makes Kōbai fetch the platform's key set), in django-ratelimit's "count/period".
KOBAI_LTI_RATE_PER_ADDRESS = env.str("KOBAI_LTI_RATE_PER_ADDRESS", default="2000/10m")
# Spent launch nonces are kept this long (longer than PyLTI1p3 keeps the nonces it issued), then purged.
LTI_NONCE_KEEP = timedelta(days=env.int("KOBAI_LTI_NONCE_KEEP_DAYS", default=3))
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_WORKER_HIJACK_ROOT_LOGGER = False

# Guessing. A login is refused for KOBAI_LOGIN_COOLOFF_MINUTES after KOBAI_LOGIN_FAILURE_LIMIT
# failures for one account (whoever tries it) or from one address (whatever account); a success
# clears that count. KOBAI_LOGIN_LOCKOUT lists what is counted: "username", "ip_address", or
# "username+ip_address" (one count per pair: for a classroom behind one shared address).
AXES_FAILURE_LIMIT = env.int("KOBAI_LOGIN_FAILURE_LIMIT", default=10)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("KOBAI_LOGIN_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [
    item.split("+") if "+" in item else item
    for item in env.list("KOBAI_LOGIN_LOCKOUT", default=["username", "ip_address"])
]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "lessons.views.login_locked_out"
AXES_COOLOFF_MESSAGE = _("Too many failed log-in attempts. Wait a few minutes, then try again.")
# The address is the connection's own (REMOTE_ADDR): a client-sent X-Forwarded-For is not
# believed; production believes the entry its proxy appends (courseware.client_address).
# Joining a cohort: tries per learner, and per address (a whole classroom may share one), in
# django-ratelimit's "count/period" (e.g. 10/10m).
KOBAI_JOIN_RATE = env.str("KOBAI_JOIN_RATE", default="10/10m")
KOBAI_JOIN_RATE_PER_ADDRESS = env.str("KOBAI_JOIN_RATE_PER_ADDRESS", default="100/10m")
RATELIMIT_USE_CACHE = "ratelimit"
# django-ratelimit knows django-redis by name only; Django's own Redis cache increments atomically.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]

# Exports: every cell that a spreadsheet would read as a formula gets a leading ' in
# instructors.spreadsheet (FormulaSafeResource, the progress export). django-import-export's own
# switch stays off on purpose: it only strips a leading "=" (-2+3, @A1 and a leading tab pass;
# "=1+1" loses its "="), and it turns every cell into text, so XLSX scores stop being numbers.
IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT = False
# A control character in a name would make openpyxl refuse the whole XLSX: replace it instead.
IMPORT_EXPORT_ESCAPE_ILLEGAL_CHARS_ON_EXPORT = True

# Health checks answer quickly even when a dependency hangs.
HEALTH_CHECK_TIMEOUT = env.float("KOBAI_HEALTH_TIMEOUT", default=1.0)
# Retry-After (seconds) on the 503 answered while the database or the broker is down.
OUTAGE_RETRY_AFTER_S = env.int("KOBAI_RETRY_AFTER_S", default=30)
# One /healthz report (it pings the workers) serves every request for this many seconds.
HEALTH_CACHE_S = env.float("KOBAI_HEALTH_CACHE_S", default=5.0)
# Sent as `Authorization: Bearer <token>`, it shows /healthz's details (as a staff login does).
# Empty: only staff see them.
MONITORING_TOKEN = env.str("KOBAI_MONITORING_TOKEN", default="")

# The grader. Sandbox limits per run (an exercise may override some); see grader/sandbox.
GRADER_DEVICE = env.str("GRADER_DEVICE", default="auto")  # auto: the GPU when the worker has one
GRADER_GPU_MEMORY_FRACTION = env.float("GRADER_GPU_MEMORY_FRACTION", default=0.25)  # per grading
GRADER_MAX_SOURCE_BYTES = env.int("GRADER_MAX_SOURCE_BYTES", default=64 * 1024)
GRADER_OUTPUT_SHOWN_BYTES = env.int("GRADER_OUTPUT_SHOWN_BYTES", default=64 * 1024)
GRADER_SANDBOX_WALL_S = env.float("GRADER_SANDBOX_WALL_S", default=20.0)
GRADER_SANDBOX_CPU_S = env.float("GRADER_SANDBOX_CPU_S", default=20.0)
GRADER_SANDBOX_MEMORY_BYTES = env.int("GRADER_SANDBOX_MEMORY_BYTES", default=2 * 1024**3)
GRADER_SANDBOX_PROCESSES = env.int("GRADER_SANDBOX_PROCESSES", default=64)
GRADER_SANDBOX_OUTPUT_BYTES = env.int("GRADER_SANDBOX_OUTPUT_BYTES", default=1024**2)
# Each grading is two sandboxes: the learner process and the judge, as two unprivileged uids.
GRADER_LEARNER_UID = env.int("GRADER_LEARNER_UID", default=65534)
GRADER_JUDGE_UID = env.int("GRADER_JUDGE_UID", default=65533)
GRADER_JUDGE_MEMORY_BYTES = env.int("GRADER_JUDGE_MEMORY_BYTES", default=3 * 1024**3)
# Warm grading: each grading process keeps this many judge + learner pairs started ahead (0: every
# grading starts cold). A pair starts at a lower CPU priority, may spend GRADER_WARM_STARTUP_CPU_S
# of CPU setting up (outside the job's CPU limit), and is replaced after GRADER_WARM_IDLE_S unused.
GRADER_WARM_PAIRS = env.int("GRADER_WARM_PAIRS", default=1)
GRADER_WARM_STARTUP_CPU_S = env.float("GRADER_WARM_STARTUP_CPU_S", default=30.0)
GRADER_WARM_IDLE_S = env.float("GRADER_WARM_IDLE_S", default=1800.0)
GRADER_WARM_NICE = env.int("GRADER_WARM_NICE", default=10)
GRADER_WARM_CHECK_S = env.float("GRADER_WARM_CHECK_S", default=5.0)  # the worker's look at its pairs
# On a CPU worker that runs as root, a pair is two templates set up once, from which every grading
# forks its judge and learner process (grader.grading.Templates): no import per grading.
GRADER_WARM_FORK = env.bool("GRADER_WARM_FORK", default=True)
# Development only: run learner code WITHOUT a sandbox when bubblewrap cannot work here.
GRADER_ALLOW_UNSANDBOXED = env.bool("GRADER_ALLOW_UNSANDBOXED", default=False)
# The queue: two queues, the routing decided here; limits per learner; retries of our faults.
GRADER_CPU_QUEUE = env.str("GRADER_CPU_QUEUE", default="grade-cpu")
GRADER_GPU_QUEUE = env.str("GRADER_GPU_QUEUE", default="grade-gpu")
GRADER_ROUTE_TO_GPU = env.bool("GRADER_ROUTE_TO_GPU", default=False)
GRADER_MAX_PENDING_PER_LEARNER = env.int("GRADER_MAX_PENDING_PER_LEARNER", default=3)
GRADER_MAX_SUBMISSIONS_PER_MINUTE = env.int("GRADER_MAX_SUBMISSIONS_PER_MINUTE", default=10)
# The Check button parses the code on the web process: limited on its own, per learner.
GRADER_MAX_CHECKS_PER_MINUTE = env.int("GRADER_MAX_CHECKS_PER_MINUTE", default=30)
# The Try button (grader.trying): its own queue, which every grading worker also consumes, so that a
# Try waits for the grading in progress at most, never behind a batch; tries per learner in
# django-ratelimit's "count/period"; how long a result is kept and a queued Try may wait.
GRADER_TRY_QUEUE = env.str("GRADER_TRY_QUEUE", default="grade-try")
GRADER_TRY_RATE = env.str("GRADER_TRY_RATE", default="10/m")
GRADER_TRY_KEEP_S = env.int("GRADER_TRY_KEEP_S", default=600)
GRADER_TRY_WAIT_S = env.int("GRADER_TRY_WAIT_S", default=120)
GRADER_SYSTEM_ERROR_RETRIES = 3
GRADER_RETRY_BACKOFF_S = env.float("GRADER_RETRY_BACKOFF_S", default=5.0)
GRADER_PROGRESS_INTERVAL_S = 0.25
# Above the sandbox's limits: the harness gets its wall time, the task a margin on top.
# (Settable for the tests that fire a worker's soft time limit for real.)
GRADER_TASK_SOFT_TIME_LIMIT = env.int("GRADER_TASK_SOFT_TIME_LIMIT", default=int(GRADER_SANDBOX_WALL_S * 2 + 30))
GRADER_TASK_TIME_LIMIT = GRADER_TASK_SOFT_TIME_LIMIT + 30
# A claim lasts GRADER_LEASE_S and the grading worker renews it every heartbeat: a worker that
# dies mid-run leaves a claim that runs out quickly, and the sweeper sends the submission again.
GRADER_LEASE_S = env.int("GRADER_LEASE_S", default=30)
GRADER_LEASE_HEARTBEAT_S = env.float("GRADER_LEASE_HEARTBEAT_S", default=5.0)
GRADER_MAX_ATTEMPTS = 3
CELERY_BROKER_CONNECTION_TIMEOUT = env.float("CELERY_BROKER_CONNECTION_TIMEOUT", default=3.0)
# While the database is unreachable a grading message is sent again with a growing delay (from
# GRADER_RETRY_BACKOFF_S up to GRADER_DB_RETRY_MAX_S, jittered), this many times, then left to the sweeper.
GRADER_DB_RETRIES = env.int("GRADER_DB_RETRIES", default=20)
GRADER_DB_RETRY_MAX_S = env.int("GRADER_DB_RETRY_MAX_S", default=60)
# The sweeper has its own queue (the worker consumes it too), so it never waits behind a backlog of
# gradings; a queued row is sent again after GRADER_QUEUED_STALE_S (a duplicate costs one UPDATE
# that matches nothing, a lost message costs a learner's wait).
GRADER_SWEEP_QUEUE = env.str("GRADER_SWEEP_QUEUE", default="grade-sweep")
GRADER_QUEUED_STALE_S = env.int("GRADER_QUEUED_STALE_S", default=60)
GRADER_SWEEP_EVERY_S = env.float("GRADER_SWEEP_EVERY_S", default=30.0)
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": GRADER_TASK_TIME_LIMIT * 4}
CELERY_TASK_DEFAULT_QUEUE = GRADER_CPU_QUEUE
CELERY_TASK_ROUTES = {"grader.sweep_submissions": {"queue": GRADER_SWEEP_QUEUE},
                      "grader.try_code": {"queue": GRADER_TRY_QUEUE}}
# LTI grade passback: scores are collected after each grading and every LTI_SCORES_EVERY_S; a
# failed send is retried LTI_SCORE_RETRIES times with backoff (LTI_SCORE_BACKOFF_S doubling up to
# LTI_SCORE_BACKOFF_MAX_S), then left pending for the next collection: nothing is dropped.
LTI_SCORES_EVERY_S = env.float("KOBAI_LTI_SCORES_EVERY_S", default=30.0)
LTI_SCORE_RETRIES = env.int("KOBAI_LTI_SCORE_RETRIES", default=5)
LTI_SCORE_BACKOFF_S = env.float("KOBAI_LTI_SCORE_BACKOFF_S", default=10.0)
LTI_SCORE_BACKOFF_MAX_S = env.float("KOBAI_LTI_SCORE_BACKOFF_MAX_S", default=600.0)
LTI_SCORE_LEASE_S = env.float("KOBAI_LTI_SCORE_LEASE_S", default=120.0)
CELERY_BEAT_SCHEDULE = {
    "sweep-submissions": {"task": "grader.sweep_submissions", "schedule": GRADER_SWEEP_EVERY_S},
    "lti-collect-scores": {"task": "lti.collect_scores", "schedule": LTI_SCORES_EVERY_S},
    "lti-purge-nonces": {"task": "lti.purge_nonces", "schedule": 3600.0},
    "lti-sync-rosters": {"task": "lti.sync_rosters", "schedule": 3600.0},
    "lti-rotate-keys": {"task": "lti.rotate_keys", "schedule": 3600.0},
}

# make run's demo accounts (local installs only; see README).
DEMO_PASSWORD = env.str("KOBAI_DEMO_PASSWORD", default="kobai-demo")
# Learners in the demo cohort; their submissions are graded for real by the worker at first start.
DEMO_COHORT_LEARNERS = env.int("KOBAI_DEMO_LEARNERS", default=30)

# Course content lives in files; sync_content loads it.
CONTENT_DIR = env.path("KOBAI_CONTENT_DIR", default=BASE_DIR / "lessons" / "content")
FIGURES_STATIC_DIR = BASE_DIR / "lessons" / "static" / "lessons" / "figures"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}
