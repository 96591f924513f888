"""GET /healthz: whether the service is up; the details for staff and monitoring only.

Anyone (a load balancer) gets `{"status": "ok"}` with 200 or `{"status": "degraded"}` with 503.
The details (the database, the broker, worker names, the sandbox's enforcement, the warm
grading counts) tell an attacker what runs where, so only a staff user or a request with the
monitoring token (KOBAI_MONITORING_TOKEN, sent as `Authorization: Bearer ...`) sees them.

Pinging the workers costs up to KOBAI_HEALTH_TIMEOUT seconds, so one report serves every
request for KOBAI_HEALTH_CACHE_S seconds. The cache is this process's own memory, not Django's
cache: the health of the cache backend (often the broker's Redis) must not decide whether
/healthz can answer at all.
"""
import hmac
import logging
import threading
import time

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers

log = logging.getLogger(__name__)


def check_database() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # noqa: BLE001 - any failure is "down", reported as text
        return {"ok": False, "error": str(exc)[:200]}
    return {"ok": True, "vendor": connection.vendor}


def check_broker() -> dict:
    from courseware.celery_app import app

    try:
        with app.connection_for_write(url=settings.CELERY_BROKER_URL) as conn:
            conn.ensure_connection(max_retries=0, timeout=settings.HEALTH_CHECK_TIMEOUT)
            conn.default_channel.client.ping()
    except (TimeoutError, OSError, Exception) as exc:  # noqa: BLE001
        return {"ok": False, "error": str(exc)[:200]}
    return {"ok": True}


def check_workers(broker_ok: bool, heartbeats: list[dict] | tuple = ()) -> dict:
    """The workers that answer a ping. A machine that is busy (a class submitting at once, a load
    test) may answer later than KOBAI_HEALTH_TIMEOUT; its grading processes still publish their
    state every few seconds, under a key that expires when they stop (grader.warm), so a fresh
    heartbeat keeps the report ok instead of flapping to 503 while the site is working."""
    from courseware.celery_app import app

    if not broker_ok:
        return {"ok": False, "error": "broker unreachable", "workers": []}
    try:
        replies = app.control.ping(timeout=settings.HEALTH_CHECK_TIMEOUT)
    except Exception as exc:  # noqa: BLE001
        return {"ok": False, "error": str(exc)[:200], "workers": []}
    names = sorted(name for reply in replies for name in reply)
    if names:
        return {"ok": True, "workers": names}
    if heartbeats:
        return {"ok": True, "workers": [], "busy": True,
                "note": f"no worker answered the ping in time; {len(heartbeats)} grading processes are "
                        f"publishing their state"}
    return {"ok": False, "error": "no worker answered", "workers": []}


def check_sandbox() -> dict:
    """Whether this host can grade: bubblewrap must create its namespaces (or unsafe mode is on)."""
    from grader.sandbox import sandbox_info

    try:
        info = sandbox_info()
    except Exception as exc:  # noqa: BLE001
        return {"ok": False, "error": str(exc)[:200]}
    ok = info["available"] or info["allow_unsandboxed"]
    result = {"ok": ok, **info}
    if not info["available"]:
        result["error"] = (
            "bubblewrap cannot create its namespaces: grading is refused" if not ok
            else "UNSAFE: grading runs without a sandbox (GRADER_ALLOW_UNSANDBOXED)"
        )
    return result


def check_warm(broker_ok: bool) -> dict:
    """How many judge + learner pairs (or templates, busy while a grading forks from them) the
    grading processes keep started ahead (grader.warm).

    Informational: with none warm, gradings start cold and still work."""
    if not broker_ok:
        return {"warm": None, "starting": None, "processes": []}
    from grader import warm

    try:
        processes = warm.published()
    except Exception as exc:  # noqa: BLE001
        return {"warm": None, "starting": None, "processes": [], "error": str(exc)[:200]}
    return {"warm": sum(p.get("warm", 0) for p in processes), "busy": sum(p.get("busy", 0) for p in processes),
            "starting": sum(p.get("starting", 0) for p in processes), "processes": processes}


def full_report() -> dict:
    """Every check, now (slow: the worker ping waits up to KOBAI_HEALTH_TIMEOUT)."""
    started = time.monotonic()
    database = check_database()
    broker = check_broker()
    grading = check_warm(broker["ok"])
    workers = check_workers(broker["ok"], heartbeats=grading.get("processes") or [])
    sandbox = check_sandbox()
    ok = database["ok"] and broker["ok"] and workers["ok"] and sandbox["ok"]
    return {
        "status": "ok" if ok else "degraded",
        "database": database,
        "broker": broker,
        "workers": workers,
        "sandbox": sandbox,
        "grading": grading,
        "elapsed_ms": round((time.monotonic() - started) * 1000),
    }


class ReportCache:
    """The last report and when it was made, shared by this process's threads. One thread
    makes a new report while the others wait for it, so a burst of requests pings once."""

    def __init__(self):
        self._lock = threading.Lock()
        self._report: dict | None = None
        self._made_at = 0.0

    def get(self) -> tuple[dict, float]:
        """The report and its age in seconds: a fresh one when the last is older than
        KOBAI_HEALTH_CACHE_S."""
        with self._lock:
            now = time.monotonic()
            if self._report is None or now - self._made_at >= settings.HEALTH_CACHE_S:
                self._report, self._made_at = full_report(), time.monotonic()
                now = self._made_at
            return self._report, now - self._made_at

    def clear(self) -> None:
        with self._lock:
            self._report = None


reports = ReportCache()


def has_monitoring_token(request) -> bool:
    """The request carries the monitoring token (compared in constant time); never when no
    token is configured."""
    expected = settings.MONITORING_TOKEN
    header = request.headers.get("Authorization", "")
    if not expected or not header.lower().startswith("bearer "):
        return False
    return hmac.compare_digest(header[7:].strip().encode(), expected.encode())


def is_staff(request) -> bool:
    """A logged-in staff user. The session lives in the database, so while the database is
    down nobody is staff here (and /healthz still answers: degraded)."""
    try:
        user = request.user
        return bool(user.is_authenticated and user.is_active and user.is_staff)
    except DatabaseError:
        return False


def may_see_details(request) -> bool:
    return has_monitoring_token(request) or is_staff(request)


@never_cache
@vary_on_headers("Authorization", "Cookie")
@require_safe
def healthz(request):
    report, age = reports.get()
    status = 200 if report["status"] == "ok" else 503
    if not may_see_details(request):
        return JsonResponse({"status": report["status"]}, status=status)
    return JsonResponse({**report, "age_s": round(age, 1)}, status=status)


@never_cache
@vary_on_headers("Authorization", "Cookie")
@require_safe
def metrics(request):
    """Prometheus metrics (grader.metrics) for staff and the monitoring token; 401 for others."""
    if not may_see_details(request):
        response = JsonResponse({"error": "unauthorized"}, status=401)
        response["WWW-Authenticate"] = 'Bearer realm="kobai-metrics"'
        return response
    from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest

    from grader.metrics import KobaiCollector

    registry = CollectorRegistry(auto_describe=False)
    registry.register(KobaiCollector())
    return HttpResponse(generate_latest(registry), content_type=CONTENT_TYPE_LATEST)
