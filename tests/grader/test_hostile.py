"""Hostile submissions through the real sandboxes (the judge and the learner process): each ends
with the right status, nothing happens outside the sandbox, and a correct solution still grades
right afterwards. Tampering with torch, the harness or the channels in the learner process only
changes what that process answers: the judge measures, so such code simply fails."""
import os
import subprocess
from pathlib import Path

import pytest
import redis
from django.test import override_settings

from grader.grading import grade_source

pytestmark = pytest.mark.sandbox

HERE = Path(__file__).parent / "hostile"
SECRET = "kobai-test-secret-do-not-leak"

EXPECTED = {
    "fork_bomb": ("rejected", "os.fork"),
    "multiprocessing_bomb": ("rejected", None),
    "memory_bomb": ("memory_limit", None),
    "infinite_loop": ("timeout", None),
    "sleep_forever": ("timeout", None),
    "output_flood": ("output_limit", None),
    "disk_fill": (("error", "output_limit"), None),
    "network_socket": ("rejected", "socket"),
    "broker_access": ("rejected", "socket"),
    "read_environment": ("passed", None),
    "read_project_files": ("error", "FileNotFoundError"),
    "read_database": ("error", "FileNotFoundError"),
    "write_outside_scratch": ("error", None),
    "write_system": ("error", None),
    "kill_parent": ("rejected", "os.kill"),
    "ignore_sigterm": ("timeout", None),
    "daemonize": ("rejected", "subprocess"),
    "threads": ("rejected", "_thread.start_new_thread"),
    "segfault": ("error", "SIGSEGV"),
    "ctypes_segfault": ("rejected", "ctypes"),
    "ctypes_cuda_library": ("rejected", "ctypes.dlopen libcublas"),
    "recursion": ("error", "RecursionError"),
    "shell_out": ("rejected", "os.system"),
    "forge_stdout": ("failed", None),
    "forge_exit_code": ("failed", None),
    "forge_result_channel": (("error", "failed"), None),
    "patch_torch": ("failed", None),
    "patch_harness": ("failed", None),
    "walk_gc": ("rejected", "gc.get_objects"),
    "walk_frames": ("rejected", "sys._getframe"),
    "walk_frames_traceback": ("rejected", "sys._getframe"),
    "proc_mem": ("rejected", "open"),
    "swallow_refusal": ("rejected", "socket"),
}

FAST = {"GRADER_SANDBOX_WALL_S": 12.0, "GRADER_SANDBOX_CPU_S": 12.0,
        "GRADER_SANDBOX_MEMORY_BYTES": 1024**3, "GRADER_SANDBOX_OUTPUT_BYTES": 256 * 1024}


def sandbox_processes() -> list[str]:
    out = subprocess.run(["ps", "-eo", "uid=,pid=,args="], capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if line.split()[0] == "65534" and "/opt/kobai" in line]


def test_there_are_at_least_25_hostile_scripts():
    assert len(list(HERE.glob("*.py"))) >= 25
    assert {p.stem for p in HERE.glob("*.py")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_submission(name, monkeypatch, tmp_path):
    monkeypatch.setenv("DJANGO_SECRET_KEY", SECRET)
    monkeypatch.setenv("DATABASE_URL", f"postgres://kobai:{SECRET}@127.0.0.1/kobai")
    canary = tmp_path / "canary.txt"
    canary.write_text("untouched")
    client = redis.Redis(host="127.0.0.1", port=6379, socket_timeout=2)
    client.delete("kobai-hostile")
    with override_settings(**FAST):
        verdict = grade_source(slug="layer-grad-norms", source=(HERE / f"{name}.py").read_bytes(), lang="en")
    status, needle = EXPECTED[name]
    statuses = status if isinstance(status, tuple) else (status,)
    detail = (verdict.status, verdict.message, verdict.error, verdict.stderr[-800:])
    assert verdict.status in statuses, detail
    if needle:
        assert needle in f"{verdict.message} {verdict.error}", detail
    # Nothing outside: no secret seen, no process left, host files and the broker untouched.
    assert SECRET not in verdict.stdout + verdict.stderr
    assert not sandbox_processes(), sandbox_processes()
    assert canary.read_text() == "untouched"
    assert client.get("kobai-hostile") is None
    assert "# owned" not in Path("grader/harness/measure.py").read_text()
    assert not os.path.exists("/usr/lib/kobai-owned")


def test_a_correct_solution_grades_right_after_the_hostile_ones():
    references = Path(__file__).resolve().parents[2] / "grader" / "references"
    source = (references / "layer-grad-norms" / "pass_comprehension.py").read_bytes()
    verdict = grade_source(slug="layer-grad-norms", source=source, lang="en")
    assert verdict.status == "passed", (verdict.message, verdict.stderr[-500:])
