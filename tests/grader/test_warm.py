"""Warm grading through the real sandboxes: pairs started ahead, used once, replaced when dead or
stale; the cold start still works. (The hostile, forgery and calibration suites grade through
this process's warm pool too: grade_record's default.)"""
import os
import signal
import sys
import textwrap
import time
import uuid
from pathlib import Path

import pytest

from grader import grading, sandbox, warm
from grader.sandbox import Limits

pytestmark = pytest.mark.sandbox

REFS = Path(grading.__file__).resolve().parent / "references" / "layer-grad-norms"
PASS = (REFS / "pass_comprehension.py").read_bytes()
FAIL = (REFS / "fail_max_not_l2.py").read_bytes()


def until(predicate, timeout=120.0, what="the condition"):
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


@pytest.fixture
def pool():
    pool = warm.WarmPool(1, nice=0)
    yield pool
    pool.close()


def waiting(code: str, limits: Limits | None = None) -> sandbox.Started:
    """A plain program in a fresh sandbox, started ahead: `code` runs after its first stdin line."""
    program = textwrap.dedent("""
        import os, sys
        setup = sys.stdin.readline()
        os.write(3, b"ready\\n")
        job = sys.stdin.readline()
    """) + textwrap.dedent(code)
    return sandbox.start([sandbox.sandbox_python(), "-I", "-c", program], stdin=b"setup\n",
                         limits=limits or Limits(wall_s=30, cpu_s=30))


def test_a_started_sandbox_waits_for_its_job_and_runs_it_once():
    started = waiting("print('got', job.strip())")
    until(started.ready, what="the sandbox to be set up")
    res = started.run(b"the job\n", Limits(wall_s=10, cpu_s=10))
    assert res.exit_code == 0 and res.stdout == b"got the job\n" and res.warm
    with pytest.raises(RuntimeError):
        started.run(b"a second job\n", Limits(wall_s=10, cpu_s=10))


def test_the_wall_clock_counts_from_the_job():
    started = waiting("print('done')")
    until(started.ready, what="the sandbox to be set up")
    spawned = started.spawned_at
    until(lambda: time.monotonic() - spawned > 1.5, what="1.5 s of waiting")  # longer than the job's wall
    res = started.run(b"job\n", Limits(wall_s=1, cpu_s=10))
    assert res.limit_hit is None and res.stdout == b"done\n"


def test_a_job_that_runs_too_long_is_stopped_at_its_own_wall_limit():
    started = waiting("import time\nwhile True: time.sleep(0.01)")
    until(started.ready, what="the sandbox to be set up")
    t0 = time.monotonic()
    res = started.run(b"job\n", Limits(wall_s=1, cpu_s=10))
    assert res.limit_hit == "wall" and time.monotonic() - t0 < 5


def test_a_discarded_sandbox_is_gone_and_takes_no_job():
    started = waiting("print('never')")
    until(started.ready, what="the sandbox to be set up")
    pids = started._cg.pids() if started._cg else set()
    started.discard()
    started.discard()
    assert not started.alive()
    with pytest.raises(RuntimeError):
        started.run(b"job\n", Limits(wall_s=5, cpu_s=5))
    until(lambda: not [p for p in pids if running(p)], timeout=5, what="the sandbox's processes to end")


def running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def test_a_warm_grading_passes_and_a_pair_takes_one_job(pool):
    pool.fill()
    until(lambda: pool.status()["warm"] == 1, what="a warm pair")
    pair = pool._pairs[0]
    record = grading.grade_record(slug="layer-grad-norms", source=PASS, warm=pool)
    assert record["status"] == "passed" and record["timings"]["warm"] == 1
    assert pair not in pool._pairs  # used once and thrown away; the next one is starting
    with pytest.raises(RuntimeError):
        pair.run(b"{}\n", b"{}\n", Limits(), Limits(), None)
    assert pool.status()["warm"] + pool.status()["starting"] == 1
    until(lambda: pool.status()["warm"] == 1, what="the next pair")
    record = grading.grade_record(slug="layer-grad-norms", source=FAIL, warm=pool)
    assert record["status"] == "failed" and record["timings"]["warm"] == 1


def test_a_pair_killed_while_waiting_is_replaced_and_grading_still_works(pool):
    pool.fill()
    until(lambda: pool.status()["warm"] == 1, what="a warm pair")
    victim = pool._pairs[0]
    for pid in victim.judge._cg.pids():
        os.kill(pid, signal.SIGKILL)
    until(lambda: not victim.judge.alive(), what="the judge to die")
    record = grading.grade_record(slug="layer-grad-norms", source=PASS, warm=pool)
    assert record["status"] == "passed"
    assert pool.counts["replaced"] == 1
    assert victim not in pool._pairs and pool._pairs  # a new one is starting
    until(lambda: pool.status()["warm"] == 1, what="the replacement pair")
    record = grading.grade_record(slug="layer-grad-norms", source=PASS, warm=pool)
    assert record["status"] == "passed" and record["timings"]["warm"] == 1


def test_a_code_change_makes_waiting_pairs_stale(pool):
    pool.fill()
    until(lambda: pool.status()["warm"] == 1, what="a warm pair")
    old = pool._pairs[0]
    probe = Path(grading.__file__).resolve().parent / "harness" / f"_stale_probe_{uuid.uuid4().hex}.py"
    probe.write_text("# a change to the grading code\n")
    try:
        record = grading.grade_record(slug="layer-grad-norms", source=PASS, warm=pool)
        assert pool.counts["replaced"] == 1 and old not in pool._pairs
        assert record["status"] == "passed"
        assert pool._pairs[0].fingerprint == grading.warm_fingerprint() != old.fingerprint
    finally:
        probe.unlink()


def test_a_settings_change_makes_waiting_pairs_stale(pool, settings):
    pool.fill()
    until(lambda: pool.status()["warm"] == 1, what="a warm pair")
    settings.GRADER_SANDBOX_OUTPUT_BYTES = settings.GRADER_SANDBOX_OUTPUT_BYTES + 1
    assert pool.take() is None and pool.counts["replaced"] == 1


def test_cold_smoke_one_off_gradings_start_both_processes():
    passed = grading.grade_record(slug="layer-grad-norms", source=PASS, warm=False)
    failed = grading.grade_record(slug="layer-grad-norms", source=FAIL, warm=False)
    assert (passed["status"], failed["status"]) == ("passed", "failed")
    assert passed["timings"]["warm"] == 0 and passed["timings"]["sandbox_start_s"] > 0


def test_the_suite_grades_warm():
    """grade_record's default takes this process's pool (GRADER_WARM_PAIRS=1): after a first
    grading has started a pair, the next one runs on it."""
    current = warm.pool()
    current.fill()
    until(lambda: current.status()["warm"] >= 1, what="this process's warm pair")
    record = grading.grade_record(slug="layer-grad-norms", source=PASS)
    assert record["status"] == "passed" and record["timings"]["warm"] == 1
    print(f"this process's warm pool: {current.status()}", file=sys.stderr)
