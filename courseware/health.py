"""GET /healthz: the state of the database, the broker and the workers, as JSON."""
import time

from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


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


def check_workers(broker_ok: bool) -> dict:
    from courseware.celery_app import app

    if not broker_ok:
        return {"ok": False, "error": "broker unreachable", "workers": []}
    try:
        replies = app.control.ping(timeout=settings.HEALTH_CHECK_TIMEOUT)
    except Exception as exc:  # noqa: BLE001
        return {"ok": False, "error": str(exc)[:200], "workers": []}
    names = sorted(name for reply in replies for name in reply)
    if not names:
        return {"ok": False, "error": "no worker answered", "workers": []}
    return {"ok": True, "workers": names}


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


@never_cache
@require_GET
def healthz(request):
    started = time.monotonic()
    database = check_database()
    broker = check_broker()
    workers = check_workers(broker["ok"])
    sandbox = check_sandbox()
    grading = check_warm(broker["ok"])
    ok = database["ok"] and broker["ok"] and workers["ok"] and sandbox["ok"]
    body = {
        "status": "ok" if ok else "degraded",
        "database": database,
        "broker": broker,
        "workers": workers,
        "sandbox": sandbox,
        "grading": grading,
        "elapsed_ms": round((time.monotonic() - started) * 1000),
    }
    return JsonResponse(body, status=200 if ok else 503)
