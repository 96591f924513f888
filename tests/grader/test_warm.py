"""Warm grading through the real sandboxes: pairs started ahead, used once, replaced when dead or
stale; the cold start still works. (The hostile, forgery and calibration suites grade through
this process's warm pool too: grade_record's default.)"""
import json
import os
import signal
import sys
import textwrap
import time
import uuid
from pathlib import Path

import pytest

from grader import grading, sandbox, warm
from grader.sandbox import Limits, Placement
from grader.sandbox.seccomp import child_filter
from grader.sandbox.template import Template

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
def pool(settings):
    """Pairs started per grading (what a GPU worker keeps)."""
    settings.GRADER_WARM_FORK = False
    pool = warm.WarmPool(1, nice=0)
    yield pool
    pool.close()


@pytest.fixture
def templates(settings):
    """Templates each grading forks its pair from (what a CPU worker keeps)."""
    settings.GRADER_WARM_FORK = True
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


# Templates: each grading forks its judge and learner process from two set-up ones.


def test_templates_fork_each_grading_a_fresh_pair_and_stay(templates):
    templates.fill()
    until(lambda: templates.status()["warm"] == 1, what="set-up templates")
    kept = templates._pairs[0]
    assert isinstance(kept, grading.Templates)
    passed = grading.grade_record(slug="layer-grad-norms", source=PASS, warm=templates)
    failed = grading.grade_record(slug="layer-grad-norms", source=FAIL, warm=templates)
    assert (passed["status"], failed["status"]) == ("passed", "failed")
    assert passed["timings"]["warm"] == 1 and passed["timings"]["sandbox_start_s"] == 0.0
    assert templates._pairs == [kept] and templates.counts["forked"] == 2 and kept.learner.children == 2
    pair = templates.take()
    assert templates.take() is None  # checked out: no second grading gets them meanwhile (it goes cold)
    exercise = grading.load("layer-grad-norms").EXERCISE
    jobs = (grading._line({"slug": "layer-grad-norms", "source": PASS.decode()}),
            grading._line({"slug": "layer-grad-norms", "seeds": [0], "learner_timeout_s": 30}))
    judge, learner = pair.run(*jobs, grading._limits(exercise), grading.judge_limits(exercise), None)
    assert judge.exit_code == 0 and learner.exit_code == 0 and b'"type": "result"' in judge.result
    with pytest.raises(RuntimeError):
        pair.run(*jobs, grading._limits(exercise), grading.judge_limits(exercise), None)
    assert kept.ready()


def test_killed_templates_are_replaced_and_grading_still_works(templates):
    templates.fill()
    until(lambda: templates.status()["warm"] == 1, what="set-up templates")
    victim = templates._pairs[0]
    for pid in victim.learner.cgroup.pids():
        os.kill(pid, signal.SIGKILL)
    until(lambda: not victim.learner.alive(), what="the learner's template to die")
    record = grading.grade_record(slug="layer-grad-norms", source=PASS, warm=templates)
    assert record["status"] == "passed"  # cold: the replacements are only starting
    assert templates.counts["replaced"] == 1 and victim not in templates._pairs
    until(lambda: templates.status()["warm"] == 1, what="the replacement templates")
    record = grading.grade_record(slug="layer-grad-norms", source=PASS, warm=templates)
    assert record["status"] == "passed" and record["timings"]["warm"] == 1


def probe_template() -> Template:
    """A learner's template whose children run a plain program (the job line's "program")."""
    program = child_filter()
    return Template(grading._argv("zygote"), binds_ro=grading._binds(), limits=Limits(wall_s=60, cpu_s=120),
                    setup=grading._line({"preload": [], "role": "plain", "child_uid": sandbox.runner.SANDBOX_UID,
                                         "child_seccomp": program.hex()}),
                    place=Placement(gpu=False, keep_root=True))


@pytest.fixture
def probe():
    template = probe_template()
    until(template.ready, what="the probe template")
    yield template
    template.discard()


def probe_run(template: Template, program: str, limits: Limits | None = None):
    child = template.spawn(cpu_s=10)
    result = child.run(grading._line({"program": textwrap.dedent(program)}), limits or Limits(wall_s=20, cpu_s=10))
    return result, (json.loads(result.result) if result.result.strip() else None)


IDENTITY = r"""
    import ctypes, errno, json, os
    status = dict(l.split(":\t", 1) for l in open("/proc/self/status").read().splitlines() if ":\t" in l)
    out = {k: status.get(k, "").split() for k in ("Uid", "Gid", "Groups", "NoNewPrivs", "Seccomp",
                                                  "Seccomp_filters")}
    out.update({k: int(status[k], 16) for k in ("CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb")})
    parent = os.getppid()

    def attempt(f):
        try:
            f()
            return "ok"
        except OSError as e:
            return errno.errorcode.get(e.errno, str(e.errno))

    out["signal_template"] = attempt(lambda: os.kill(parent, 0))
    out["template_mem"] = attempt(lambda: open(f"/proc/{parent}/mem", "rb").read(1))
    out["template_environ"] = attempt(lambda: open(f"/proc/{parent}/environ", "rb").read(1))
    out["setuid_root"] = attempt(lambda: os.setuid(0))
    libc = ctypes.CDLL(None, use_errno=True)
    out["shmget"] = "ok" if libc.shmget(0, 4096, 0o1600) >= 0 else errno.errorcode[ctypes.get_errno()]
    out["msgget"] = "ok" if libc.msgget(0, 0o1600) >= 0 else errno.errorcode[ctypes.get_errno()]
    fds = []
    for fd in range(256):
        try:
            os.fstat(fd)
            fds.append(fd)
        except OSError:
            pass
    out["fds"] = fds
    os.write(3, (json.dumps(out) + "\n").encode())
"""


def test_a_learner_child_has_its_uid_no_capability_its_own_filter_and_cannot_reach_its_template(probe):
    result, seen = probe_run(probe, IDENTITY)
    assert result.exit_code == 0, result.stderr
    uid = str(sandbox.runner.SANDBOX_UID)
    assert seen["Uid"] == [uid] * 4 and seen["Gid"] == [uid] * 4 and seen["Groups"] == []
    assert all(seen[k] == 0 for k in ("CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb"))
    assert seen["NoNewPrivs"] == ["1"] and seen["Seccomp"] == ["2"]
    assert seen["Seccomp_filters"] in ([], ["2"])  # the sandbox's and its own (older kernels do not say)
    assert seen["signal_template"] == "EPERM" and seen["setuid_root"] == "EPERM"
    assert seen["template_mem"] in ("EACCES", "EPERM") and seen["template_environ"] in ("EACCES", "EPERM")
    assert seen["shmget"] == "EPERM" and seen["msgget"] == "EPERM"
    assert seen["fds"] == [0, 1, 2, 3, 5, 6]


LEAVE_BEHIND = r"""
    import json, os, time
    for place in ("/tmp", "/sandbox", "/dev/shm"):
        with open(f"{place}/left-behind", "w") as f:
            f.write("another learner's secret")
    os.makedirs("/tmp/deep/er")
    os.chmod("/tmp/deep", 0)
    if os.fork() == 0:
        os.setsid()
        while True:
            time.sleep(1)
    os.write(3, b'{"left": true}\n')
"""

LOOK_AROUND = r"""
    import json, os
    found = {place: os.listdir(place) for place in ("/tmp", "/sandbox", "/dev/shm")}
    others = []
    for entry in os.listdir("/proc"):
        if entry.isdigit() and int(entry) != os.getpid() and os.stat(f"/proc/{entry}").st_uid == os.getuid():
            if open(f"/proc/{entry}/stat").read().rpartition(")")[2].split()[0] not in "ZX":
                others.append(int(entry))
    os.write(3, (json.dumps({"found": found, "others": others}) + "\n").encode())
"""


def test_what_a_child_leaves_is_gone_before_the_next_one_is_forked(probe):
    result, seen = probe_run(probe, LEAVE_BEHIND)
    assert result.exit_code == 0 and seen == {"left": True}, result.stderr
    assert probe.ready()  # the template cleaned up and said so
    result, seen = probe_run(probe, LOOK_AROUND)
    assert result.exit_code == 0, result.stderr
    assert seen == {"found": {"/tmp": [], "/sandbox": [], "/dev/shm": []}, "others": []}


def test_a_child_past_its_wall_limit_is_stopped_with_its_template(probe):
    result, _ = probe_run(probe, "while True:\n    pass\n", Limits(wall_s=1, cpu_s=10))
    assert result.limit_hit == "wall" and result.signal == signal.SIGKILL
    assert 1 <= result.wall_s < 5
    assert not probe.alive()
