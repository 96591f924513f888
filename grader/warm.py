"""Warm grading: each grading process keeps its next gradings' sandboxes started ahead.

On a CPU worker that runs as root (GRADER_WARM_FORK), the pool keeps templates
(grading.Templates): a judge and a learner process set up once each, in their own sandboxes,
with every exercise loaded; each grading forks its two processes from them (grader.sandbox.
template, grader.harness.zygote), so no grading imports anything, and the next grading can
start as soon as this one ends. The learner's child gets its own uid, no capability and its own
seccomp filter, and what it leaves is gone before the next one is forked.

Elsewhere (a GPU worker: a CUDA context does not survive a fork) a pair (grading.Pair) is a
judge and a learner process, each in its own fresh sandbox, started with every exercise loaded
(interpreter, torch, numpy, the exporter warmed, the data in the judge, the CUDA context on a
GPU), then waiting on stdin for a job. A grading takes one pair, gives it its job and throws it
away: one fresh pair per grading, nothing reused. Taking a pair starts the next one at a lower
CPU priority (GRADER_WARM_NICE) than the grading in progress.

A waiting pair is dropped and replaced when it has died, when it is stale (the grading code or
the settings it was started with have changed since: grading.warm_fingerprint) or when it has
waited GRADER_WARM_IDLE_S. When no pair can be had, take() gives None and the grading starts
cold, as `manage.py grade` always does.

In a Celery worker a thread looks after the pool every GRADER_WARM_CHECK_S (tasks.py starts it
in each grading process): it replaces what needs replacing, logs when the counts change and
publishes them in Redis, where /healthz and the GPU routing (services) read them.
"""
from __future__ import annotations

import json
import logging
import os
import socket
import threading
import time

from django.conf import settings

log = logging.getLogger("grader.warm")

STATUS_KEY = "kobai:warm:"  # + host:pid, a JSON object, expires unless refreshed
RETRY_START_S = 30.0  # after a pair failed to start, wait this long before the next try


class WarmPool:
    """Up to `size` pairs for this process, each given to one grading at most."""

    def __init__(self, size: int, *, starter=None, fingerprint=None, idle_s: float | None = None,
                 nice: int | None = None, clock=time.monotonic):
        from grader import grading

        self.size = size
        self.starter = starter or (lambda fp: grading.warm_starter(fp, nice=self.nice))
        self.fingerprint = fingerprint or grading.warm_fingerprint
        self.idle_s = settings.GRADER_WARM_IDLE_S if idle_s is None else idle_s
        self.nice = settings.GRADER_WARM_NICE if nice is None else nice
        self.clock = clock
        self.pid = os.getpid()
        self._pairs: list = []
        self._lock = threading.Lock()
        self._failed_at: float | None = None
        self.counts = {"warm_taken": 0, "starting_taken": 0, "forked": 0, "cold": 0, "replaced": 0,
                       "start_failed": 0}

    def take(self):
        """A waiting pair for one grading (a set-up one first, else the oldest still setting up), or
        None: grade cold. A pair leaves the pool here, so no other grading can get it; templates stay
        and are checked out (busy) until the grading forked from them has ended."""
        fingerprint = self.fingerprint()
        with self._lock:
            self._drop_unusable(fingerprint)
            ready = next((p for p in self._pairs if p.ready()), None)
            if ready is not None and _reusable(ready):
                self.counts["forked"] += 1
                return ready.checkout()  # templates stay: the grading forks its pair from them
            pair = ready or next((p for p in self._pairs if not _busy(p)), None)
            if pair is not None and _reusable(pair):
                self.counts["starting_taken"] += 1
                return pair.checkout()  # still setting up: the grading waits for them
            if pair is not None:
                self._pairs.remove(pair)
            self.counts["warm_taken" if ready else "starting_taken" if pair else "cold"] += 1
            self._start_missing(fingerprint)
        return pair

    def fill(self) -> None:
        """Replace what cannot be used and start pairs until there are `size`."""
        fingerprint = self.fingerprint()
        with self._lock:
            self._drop_unusable(fingerprint)
            self._start_missing(fingerprint)

    def _start_missing(self, fingerprint: str) -> None:
        """Start pairs until there are `size` (not again for a while after one failed to start)."""
        if self._failed_at is not None and self.clock() - self._failed_at < RETRY_START_S:
            return
        while len(self._pairs) < self.size:
            try:
                self._pairs.append(self.starter(fingerprint))
            except Exception:  # noqa: BLE001 - no sandbox, no memory...: grading goes cold
                log.exception("warm grading: a pair could not be started; gradings start cold")
                self.counts["start_failed"] += 1
                self._failed_at = self.clock()
                return
            self._failed_at = None

    def _drop_unusable(self, fingerprint: str) -> None:
        now = self.clock()
        for pair in list(self._pairs):
            if _busy(pair):
                continue  # templates running a grading: looked at once it has ended
            why = ("dead" if not pair.alive() else "stale" if pair.fingerprint != fingerprint
                   else "idle" if now - pair.created > self.idle_s else None)
            if why:
                log.info("warm grading: replacing a %s pair", why)
                self._pairs.remove(pair)
                self.counts["replaced"] += 1
                pair.discard()

    def until_warm(self, timeout: float = 120.0) -> float:
        """Wait (bounded) until a pair is set up; the seconds it took. TimeoutError when none
        can be had: a pair failed to start, or none was set up in time."""
        t0 = self.clock()
        while not self.status()["warm"]:
            if self.counts["start_failed"] or self.clock() - t0 > timeout:
                raise TimeoutError("no warm pair could be set up")
            time.sleep(0.02)
        return self.clock() - t0

    def status(self) -> dict:
        with self._lock:
            ready = sum(1 for p in self._pairs if p.ready())
            busy = sum(1 for p in self._pairs if _busy(p))
            kind = "templates" if any(_reusable(p) for p in self._pairs) else "pairs"
            return {"size": self.size, "kind": kind, "warm": ready, "busy": busy,
                    "starting": len(self._pairs) - ready - busy, **self.counts}

    def close(self) -> None:
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for pair in pairs:
            pair.discard()


def _reusable(pair) -> bool:
    """Templates (grading.Templates) stay in the pool and give each grading a pair forked from them."""
    return getattr(pair, "reusable", False)


def _busy(pair) -> bool:
    return _reusable(pair) and pair.busy()


_pool: WarmPool | None = None
_pool_lock = threading.Lock()


def pool() -> WarmPool | None:
    """This process's pool (None when GRADER_WARM_PAIRS is 0). A forked child gets its own."""
    global _pool
    size = settings.GRADER_WARM_PAIRS
    with _pool_lock:
        if _pool is not None and (_pool.pid != os.getpid() or _pool.size != size):
            if _pool.pid == os.getpid():
                _pool.close()
            _pool = None  # a parent's pairs are the parent's: never touched in a child
        if _pool is None and size > 0:
            _pool = WarmPool(size)
        return _pool


def take():
    """A warm pair for one grading, or None (grade cold)."""
    current = pool()
    return current.take() if current is not None else None


def close() -> None:
    global _pool
    with _pool_lock:
        if _pool is not None and _pool.pid == os.getpid():
            _pool.close()
        _pool = None


def worker_device() -> str:
    """Where this worker's judge trains: "cuda" when it may use a GPU and has one, else "cpu"."""
    from grader.sandbox.runner import gpu_device_nodes

    return "cuda" if str(settings.GRADER_DEVICE) != "cpu" and gpu_device_nodes() else "cpu"


# The grading process's watcher, and the counts it publishes.


def look_after(interval: float | None = None) -> threading.Thread:
    """Start the thread that keeps this process's pool full and publishes its counts."""
    interval = settings.GRADER_WARM_CHECK_S if interval is None else interval
    thread = threading.Thread(target=_look_after, args=(interval,), name="warm-pool", daemon=True)
    thread.start()
    return thread


def _look_after(interval: float) -> None:
    last = None
    while True:
        try:
            current = pool()
            if current is not None:
                current.fill()
                status = current.status()
                shown = (status["warm"], status.get("busy", 0), status["starting"])
                if shown != last:
                    log.info("warm grading: %s warm, %s busy, %s starting (of %s %s)", *shown, status["size"],
                             status.get("kind", "pairs"))
                    last = shown
            else:
                status = {"size": 0, "warm": 0, "starting": 0}
            publish(status, ttl=max(3 * interval, 10))
        except Exception:  # noqa: BLE001 - the watcher never stops
            log.exception("warm grading: looking after the pool failed")
        time.sleep(interval)


def _redis():
    import redis

    return redis.Redis.from_url(settings.CELERY_BROKER_URL, socket_timeout=0.5, socket_connect_timeout=0.5)


def publish(status: dict, ttl: float) -> None:
    body = {**status, "host": socket.gethostname(), "pid": os.getpid(), "device": worker_device(),
            "at": round(time.time(), 1)}
    _redis().set(f"{STATUS_KEY}{socket.gethostname()}:{os.getpid()}", json.dumps(body), ex=max(1, int(ttl)))


def published() -> list[dict]:
    """Every grading process's last published counts (those that stopped publishing have expired)."""
    client = _redis()
    found = []
    for key in client.scan_iter(match=STATUS_KEY + "*", count=100):
        raw = client.get(key)
        try:
            found.append(json.loads(raw))
        except (TypeError, ValueError):
            continue
    return sorted(found, key=lambda s: (str(s.get("host")), s.get("pid", 0)))


_gpu_cache: tuple[float, bool] = (-1e9, False)


def gpu_worker_up(max_age_s: float = 5.0) -> bool:
    """Whether a grading process on a GPU has published its counts lately (cached a few seconds;
    False when Redis does not answer)."""
    global _gpu_cache
    at, up = _gpu_cache
    if time.monotonic() - at < max_age_s:
        return up
    try:
        up = any(s.get("device") == "cuda" for s in published())
    except Exception:  # noqa: BLE001 - no broker: the CPU queue, which the caller can reach or not
        up = False
    _gpu_cache = (time.monotonic(), up)
    return up
