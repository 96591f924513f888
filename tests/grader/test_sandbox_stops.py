"""The sandbox's watch, with real bubblewrap: a callback that stops the run kills the sandbox, and
time the watch itself did not run (the worker was stopped) is not the command's wall time."""
from __future__ import annotations

import shutil
import textwrap
import threading
import time
import uuid

import pytest
from celery.exceptions import SoftTimeLimitExceeded

from grader.sandbox import Limits, run, sandbox_python
from grader.sandbox.streams import StopRun
from tests.grader.test_sandbox import assert_clean, py
from tests.grader.test_warm import probe  # noqa: F401 - a fixture: a template that forks plain programs

pytestmark = [pytest.mark.sandbox,
              pytest.mark.skipif(shutil.which("bwrap") is None, reason="bubblewrap is not installed")]

EMITS_THEN_SLEEPS = """
import os, time
os.write(3, b'{"type": "progress", "step": 1}\\n')
time.sleep(30)
"""


def test_a_soft_time_limit_raised_in_the_line_callback_kills_the_sandbox_and_propagates():
    lines = []

    def callback(line: bytes) -> None:
        lines.append(line)
        raise SoftTimeLimitExceeded()

    marker = f"kobai-test-{uuid.uuid4().hex}"
    started = time.monotonic()
    with pytest.raises(SoftTimeLimitExceeded):
        run([sandbox_python(), "-c", textwrap.dedent(EMITS_THEN_SLEEPS), marker],
            limits=Limits(wall_s=20, cpu_s=10, memory_bytes=256 * 2**20), on_result_line=callback)
    assert lines and time.monotonic() - started < 10, "the run went on after the time limit"
    assert_clean(marker)


def test_time_the_watch_did_not_run_is_not_counted_against_the_wall_clock():
    """The callback holds the watch for 3 s (as a SIGSTOP of the worker would): a command that ends
    after 2 s, under a wall limit of 2.5 s, is not timed out although 5 s pass on the host's clock."""
    held = []

    def callback(line: bytes) -> None:
        if not held:
            held.append(line)
            time.sleep(3.0)  # the worker is not running its watch loop: what a SIGSTOP does

    res, marker = py("import os, time\nos.write(3, b'go\\n')\ntime.sleep(2)\nprint('done')",
                     limits=Limits(wall_s=2.5, cpu_s=10, memory_bytes=256 * 2**20), on_result_line=callback)
    assert res.limit_hit is None and res.exit_code == 0, (res.limit_hit, res.stderr)
    assert res.stdout == b"done\n" and res.wall_s < 2.5
    assert_clean(marker)


# The same for a child forked from a template (grader.sandbox.template), the warm grading's path.

def forked_run(template, program: str, limits: Limits, on_result_line):
    from grader import grading

    child = template.spawn(cpu_s=10)
    return child.run(grading._line({"program": textwrap.dedent(program)}), limits, on_result_line=on_result_line)


def test_a_forked_child_is_not_timed_out_for_time_its_watch_did_not_run(probe):  # noqa: F811
    held = []

    def callback(line: bytes) -> None:
        if not held:
            held.append(line)
            time.sleep(3.0)  # the worker is not running its watch loop: what a SIGSTOP does

    result = forked_run(probe, "import os, time\nos.write(3, b'go\\n')\ntime.sleep(2)\n",
                        Limits(wall_s=2.5, cpu_s=10), callback)
    assert result.limit_hit is None and result.exit_code == 0, (result.limit_hit, result.stderr)
    assert result.wall_s < 2.5 and probe.alive()


def test_a_stop_raised_in_a_forked_child_s_callback_kills_it_with_its_template(probe):  # noqa: F811
    def callback(line: bytes) -> None:
        raise StopRun("claim lost")

    started = time.monotonic()
    with pytest.raises(StopRun):
        forked_run(probe, EMITS_THEN_SLEEPS, Limits(wall_s=20, cpu_s=10), callback)
    assert time.monotonic() - started < 10 and not probe.alive()


# The learner process's run is aborted from another thread when the judge beside it failed
# (grading._side_by_side): the sandbox is killed at once, in both kinds of run.

def set_soon(event: threading.Event, after_s: float = 0.5) -> threading.Timer:
    timer = threading.Timer(after_s, event.set)
    timer.start()
    return timer


def test_an_aborted_run_is_killed_at_once_and_leaves_nothing():
    marker = f"kobai-test-{uuid.uuid4().hex}"
    abort = threading.Event()
    set_soon(abort)
    started = time.monotonic()
    result = run([sandbox_python(), "-c", "import time; time.sleep(30)", marker],
                 limits=Limits(wall_s=20, cpu_s=10, memory_bytes=256 * 2**20), abort=abort)
    assert result.limit_hit == "aborted" and time.monotonic() - started < 10
    assert_clean(marker)


def test_an_aborted_forked_child_is_killed_with_its_template(probe):  # noqa: F811
    from grader import grading

    abort = threading.Event()
    child = probe.spawn(cpu_s=10)
    set_soon(abort)
    started = time.monotonic()
    result = child.run(grading._line({"program": "import time\ntime.sleep(30)\n"}), Limits(wall_s=20, cpu_s=10),
                       abort=abort)
    assert result.limit_hit == "aborted" and time.monotonic() - started < 10 and not probe.alive()
