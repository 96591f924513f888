"""The warm pool's bookkeeping, with fake pairs (the real ones: test_warm.py)."""
import threading

import pytest

from grader import services, warm


class FakePair:
    made = 0

    def __init__(self, fingerprint, created=0.0):
        FakePair.made += 1
        self.id = FakePair.made
        self.fingerprint = fingerprint
        self.created = created
        self.is_alive = True
        self.is_ready = True
        self.discarded = False

    def alive(self):
        return self.is_alive

    def ready(self):
        return self.is_alive and self.is_ready

    def discard(self):
        self.discarded = True


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def make_pool(size=1, fingerprint="v1", idle_s=100.0, starter=None):
    clock = Clock()
    state = {"fingerprint": fingerprint}
    pool = warm.WarmPool(size, starter=starter or (lambda fp: FakePair(fp, clock.now)),
                         fingerprint=lambda: state["fingerprint"], idle_s=idle_s, nice=0, clock=clock)
    return pool, clock, state


def test_a_pair_is_given_to_one_grading_only():
    pool, _, _ = make_pool(size=3)
    pool.fill()
    taken, lock = [], threading.Lock()

    def grab():
        for _ in range(20):
            pair = pool.take()
            with lock:
                taken.append(pair)

    threads = [threading.Thread(target=grab) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ids = [p.id for p in taken if p is not None]
    assert len(ids) == 160 and len(set(ids)) == len(ids)
    assert pool.status()["warm"] == 3  # refilled after every take


def test_taking_starts_the_next_pair():
    pool, _, _ = make_pool()
    assert pool.take() is None  # nothing started yet: this grading goes cold...
    assert pool.counts["cold"] == 1
    pair = pool.take()  # ...and the next one finds the pair started meanwhile
    assert pair is not None and pool.counts["warm_taken"] == 1
    assert pool.status()["warm"] == 1


def test_a_set_up_pair_is_taken_before_one_still_starting():
    pool, _, _ = make_pool(size=2)
    pool.fill()
    first, second = pool._pairs
    first.is_ready = False
    assert pool.take() is second
    assert pool.counts["warm_taken"] == 1


def test_a_pair_still_starting_is_taken_rather_than_a_cold_start():
    pool, _, _ = make_pool()
    pool.fill()
    starting = pool._pairs[0]
    starting.is_ready = False
    assert pool.take() is starting
    assert pool.counts["starting_taken"] == 1


def test_a_dead_pair_is_replaced():
    pool, _, _ = make_pool()
    pool.fill()
    dead = pool._pairs[0]
    dead.is_alive = False
    pair = pool.take()
    assert pair is None and dead.discarded  # this grading goes cold, the pool is refilled
    assert pool.counts["replaced"] == 1
    assert pool.take().alive()


def test_a_code_or_settings_change_makes_waiting_pairs_stale():
    pool, _, state = make_pool()
    pool.fill()
    old = pool._pairs[0]
    state["fingerprint"] = "v2"
    assert pool.take() is None and old.discarded
    pair = pool.take()
    assert pair.fingerprint == "v2"


def test_an_idle_pair_is_replaced():
    pool, clock, _ = make_pool(idle_s=60)
    pool.fill()
    old = pool._pairs[0]
    clock.now = 61
    pool.fill()
    assert old.discarded and pool._pairs[0] is not old


def test_a_pair_that_cannot_start_means_cold_gradings_and_a_later_retry():
    calls = []

    def failing(fp):
        calls.append(fp)
        raise OSError("no bubblewrap")

    pool, clock, _ = make_pool(starter=failing)
    assert pool.take() is None and pool.take() is None
    assert len(calls) == 1 and pool.counts["start_failed"] == 1  # not retried at every grading
    clock.now = warm.RETRY_START_S + 1
    pool.fill()
    assert len(calls) == 2


def test_close_discards_the_waiting_pairs():
    pool, _, _ = make_pool(size=2)
    pool.fill()
    pairs = list(pool._pairs)
    pool.close()
    assert all(p.discarded for p in pairs) and pool.status()["warm"] == 0


def test_the_process_pool_follows_the_setting(settings):
    settings.GRADER_WARM_PAIRS = 0
    assert warm.pool() is None and warm.take() is None
    settings.GRADER_WARM_PAIRS = 2
    try:
        assert warm.pool().size == 2
    finally:
        warm.close()


@pytest.fixture
def no_gpu_cache(monkeypatch):
    monkeypatch.setattr(warm, "_gpu_cache", (-1e9, False))


def test_auto_routes_to_the_gpu_queue_while_a_gpu_worker_is_up(settings, monkeypatch, no_gpu_cache):
    settings.GRADER_DEVICE = "auto"
    settings.GRADER_ROUTE_TO_GPU = False
    monkeypatch.setattr(warm, "published", lambda: [{"device": "cpu", "warm": 1}, {"device": "cuda", "warm": 1}])
    assert services.grading_queue() == settings.GRADER_GPU_QUEUE
    settings.GRADER_DEVICE = "cpu"
    assert services.grading_queue() == settings.GRADER_CPU_QUEUE


def test_auto_stays_on_the_cpu_queue_without_a_gpu_worker(settings, monkeypatch, no_gpu_cache):
    settings.GRADER_DEVICE = "auto"
    settings.GRADER_ROUTE_TO_GPU = False
    monkeypatch.setattr(warm, "published", lambda: [{"device": "cpu", "warm": 1}])
    assert services.grading_queue() == settings.GRADER_CPU_QUEUE


def test_no_broker_means_the_cpu_queue(settings, monkeypatch, no_gpu_cache):
    settings.GRADER_DEVICE = "auto"

    def down():
        raise ConnectionError("no redis")

    monkeypatch.setattr(warm, "published", down)
    assert services.grading_queue() == settings.GRADER_CPU_QUEUE


def test_published_counts_reach_healthz(client, settings, monkeypatch):
    settings.CELERY_BROKER_URL = settings.CELERY_BROKER_URL  # the test Redis (db 15)
    settings.MONITORING_TOKEN = "monitoring-test-token"  # the counts are among the details
    warm.publish({"size": 1, "warm": 1, "starting": 0}, ttl=30)
    try:
        body = client.get("/healthz", HTTP_AUTHORIZATION="Bearer monitoring-test-token").json()
    finally:
        warm._redis().delete(*warm._redis().keys(warm.STATUS_KEY + "*"))
    assert body["grading"]["warm"] >= 1
    assert any(p["pid"] for p in body["grading"]["processes"])
