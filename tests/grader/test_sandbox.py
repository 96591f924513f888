"""The grading sandbox, with real bubblewrap: isolation, limits and clean-up.

No database. Each learner-side snippet carries a unique marker in its argv so the tests can
check, by scanning /proc, that no process of the run survives it.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import textwrap
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from grader.sandbox import (
    SANDBOX_DIR,
    Limits,
    SandboxError,
    SandboxUnavailable,
    reset_cache,
    run,
    sandbox_available,
    sandbox_python,
    sweep_stale_cgroups,
)

RUNNER = Path(__file__).resolve().parents[2] / "grader" / "sandbox" / "runner.py"
SMALL = Limits(wall_s=10, cpu_s=10, memory_bytes=512 * 2**20, processes=32, output_bytes=2**20)

pytestmark = [pytest.mark.sandbox,
              pytest.mark.skipif(shutil.which("bwrap") is None, reason="bubblewrap is not installed")]


def py(code: str, limits: Limits = SMALL, **kwargs):
    """Run Python code in the sandbox; returns (result, marker)."""
    marker = f"kobai-test-{uuid.uuid4().hex}"
    res = run([sandbox_python(), "-c", textwrap.dedent(code), marker], limits=limits, **kwargs)
    return res, marker


def processes_with(marker: str) -> list[int]:
    found = []
    needle = marker.encode()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            cmdline = Path("/proc", entry, "cmdline").read_bytes()
        except OSError:
            continue
        if needle in cmdline:
            found.append(int(entry))
    return found


def assert_clean(marker: str) -> None:
    assert processes_with(marker) == [], "a process of the run outlived it"


def wait_for(predicate, timeout: float) -> bool:
    """Poll (bounded) for a condition that another process brings about."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_sandbox_is_available():
    ok, reason = sandbox_available()
    assert ok, reason


def test_torch_and_digits_work_inside():
    res, marker = py(
        """
        import torch
        from sklearn.datasets import load_digits
        X = load_digits().data
        t = torch.tensor(X[:10], dtype=torch.float32)
        print(X.shape, torch.get_num_threads(), float(t.sum()) > 0)
        """,
        limits=Limits(wall_s=30, cpu_s=30, memory_bytes=2**30),
    )
    assert res.exit_code == 0, res.stderr.decode()
    assert res.stdout.strip() == b"(1797, 64) 1 True"
    assert res.limit_hit is None
    assert res.sandbox_start_s is not None and res.sandbox_start_s < res.wall_s
    assert_clean(marker)


def test_files_cwd_home_stdin_and_result_channel():
    res, marker = py(
        """
        import json, os, sys
        data = sys.stdin.read()
        os.write(3, json.dumps({"verdict": "pass", "stdin": data}).encode())
        print(os.getcwd(), os.environ["HOME"], open("pkg/mod.py").read(), open("top.txt").read())
        print(sorted(int(fd) for fd in os.listdir("/proc/self/fd")))
        print("to stderr", file=sys.stderr)
        """,
        files={"pkg/mod.py": b"X = 1", "top.txt": b"top"},
        stdin=b"from stdin",
    )
    assert res.exit_code == 0, res.stderr.decode()
    lines = res.stdout.decode().splitlines()
    assert lines[0] == f"{SANDBOX_DIR} {SANDBOX_DIR} X = 1 top"
    assert lines[1] == "[0, 1, 2, 3, 4]"  # 4 is listdir's own descriptor
    assert json.loads(res.result) == {"verdict": "pass", "stdin": "from stdin"}
    assert res.stderr == b"to stderr\n"
    assert not res.truncated
    assert_clean(marker)


def test_result_channel_is_capped():
    res, marker = py(
        "import os\nfor _ in range(64): os.write(3, b'r' * 65536)",
        limits=Limits(wall_s=10, cpu_s=10, memory_bytes=512 * 2**20, result_bytes=2**20),
    )
    assert res.result_truncated and len(res.result) == 2**20
    assert res.limit_hit == "output"
    assert_clean(marker)


def test_no_network():
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    try:
        res, marker = py(
            f"""
            import socket
            for port in (6379, 5432, {port}):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=2)
                    print("connected", port)
                except OSError:
                    print("refused", port)
            names = [line.split(":")[0].strip() for line in open("/proc/net/dev").read().splitlines()[2:]]
            print(names)
            """
        )
    finally:
        listener.close()
    assert res.exit_code == 0, res.stderr.decode()
    assert res.stdout.decode().splitlines() == ["refused 6379", "refused 5432", f"refused {port}", "['lo']"]
    assert_clean(marker)


def test_host_files_are_invisible():
    res, marker = py(
        f"""
        import os
        for path in ("/work", "/work/main", "/var/lib/postgresql", "/run", "/var", "/home",
                     "/etc/shadow", "/etc/hostname", "/sys", {__file__!r}):
            print(path, os.path.exists(path))
        print(sorted(os.listdir("/root")), sorted(os.listdir("/root/.pyenv")))
        print(sorted(os.listdir("/")))
        """
    )
    assert res.exit_code == 0, res.stderr.decode()
    lines = res.stdout.decode().splitlines()
    assert all(line.endswith(" False") for line in lines[:-2]), lines
    assert lines[-2] == "['.pyenv'] ['versions']" or not sys.base_prefix.startswith("/root/")
    top = set(eval(lines[-1]))  # noqa: S307 - our own output
    assert top <= {"bin", "dev", "etc", "lib", "lib32", "lib64", "libx32", "proc", "root", "sandbox", "sbin",
                   "tmp", "usr", "venv"}
    assert_clean(marker)


def test_environment_is_clean(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://worker:secret@db/kobai")
    monkeypatch.setenv("CELERY_BROKER_URL", "redis://127.0.0.1:6379/0")
    monkeypatch.setenv("DJANGO_SECRET_KEY", "top-secret")
    res, marker = py("import os, socket, json\nprint(json.dumps(dict(os.environ)))\nprint(socket.gethostname())")
    assert res.exit_code == 0, res.stderr.decode()
    env_line, hostname = res.stdout.decode().splitlines()
    env = json.loads(env_line)
    assert "DATABASE_URL" not in env and "CELERY_BROKER_URL" not in env and "DJANGO_SECRET_KEY" not in env
    assert "secret" not in env_line
    assert env["HOME"] == SANDBOX_DIR and env["OMP_NUM_THREADS"] == "1" and env["PYTHONDONTWRITEBYTECODE"] == "1"
    assert hostname == "sandbox"
    assert_clean(marker)


def test_runs_unprivileged():
    res, marker = py(
        """
        import os
        status = dict(line.split(":", 1) for line in open("/proc/self/status").read().splitlines())
        print(os.getuid(), os.geteuid(), os.getgid(), os.getegid())
        print(status["CapEff"].strip(), status["CapBnd"].strip(), status["NoNewPrivs"].strip())
        try:
            os.setuid(0)
            print("setuid worked")
        except PermissionError:
            print("setuid refused")
        """
    )
    assert res.exit_code == 0, res.stderr.decode()
    ids, caps, setuid = res.stdout.decode().splitlines()
    assert ids == "65534 65534 65534 65534"
    assert caps.split()[0] == "0000000000000000"
    assert caps.split()[2] == "1"
    assert setuid == "setuid refused"
    assert_clean(marker)


@pytest.mark.skipif(platform.machine() != "x86_64", reason="syscall numbers below are x86_64")
def test_no_channel_between_runs_through_keyrings_and_no_new_namespaces():
    # The user keyring belongs to the uid, not to a namespace: run A must not leave data in it.
    name = f"kobai-{uuid.uuid4().hex}".encode()
    prelude = "import ctypes, os\nlibc = ctypes.CDLL(None, use_errno=True)\n"
    res_a, marker_a = py(
        prelude
        + f"print(libc.syscall(248, b'user', {name!r}, b'from-run-a', 10, -4), ctypes.get_errno())\n"
        + "print(libc.syscall(272, 0x10000000), ctypes.get_errno())\n"  # unshare(CLONE_NEWUSER)
        + "print(libc.syscall(101, 16, os.getppid(), 0, 0), ctypes.get_errno())\n"  # ptrace attach
    )
    res_b, marker_b = py(prelude + f"print(libc.syscall(249, b'user', {name!r}, None, 0))")
    assert res_a.stdout.decode().split() == ["-1", "1"] * 3, res_a.stderr.decode()
    assert res_b.stdout.strip() == b"-1"
    # Threads and processes still work with clone3 refused.
    res_c, marker_c = py("import os, threading\nt = threading.Thread(target=print, args=('t',)); t.start(); t.join()\n"
                         "pid = os.fork()\nos._exit(0) if pid == 0 else print(os.waitpid(pid, 0)[1])")
    assert res_c.stdout == b"t\n0\n", res_c.stderr.decode()
    for marker in (marker_a, marker_b, marker_c):
        assert_clean(marker)


def test_filesystem_is_read_only_except_scratch():
    name = f"kobai-{uuid.uuid4().hex}"
    res, marker = py(
        f"""
        import os, sys
        for path in ("/usr/{name}", "/venv/{name}", "/etc/{name}", "/{name}", "/root/{name}",
                     os.path.join(sys.base_prefix, "{name}"), "/proc/{name}"):
            try:
                open(path, "w").write("x")
                print("wrote", path)
            except OSError:
                pass
        for path in ("/sandbox/{name}", "/tmp/{name}", "/dev/shm/{name}"):
            open(path, "w").write("x")
        print("done")
        """
    )
    assert res.exit_code == 0, res.stderr.decode()
    assert res.stdout == b"done\n"
    assert not Path("/tmp", name).exists()  # /tmp inside is private
    assert_clean(marker)


def test_infinite_loop_is_stopped():
    res, marker = py("while True: pass", limits=Limits(wall_s=4, cpu_s=1.5, memory_bytes=256 * 2**20))
    assert res.limit_hit in ("cpu", "wall")
    assert res.exit_code is None and res.signal is not None
    assert res.wall_s < 5
    assert_clean(marker)


def test_wall_clock_limit():
    res, marker = py("import time\ntime.sleep(60)", limits=Limits(wall_s=1.5, cpu_s=10, memory_bytes=256 * 2**20))
    assert res.limit_hit == "wall"
    assert 1.4 < res.wall_s < 3
    assert_clean(marker)


def test_fork_bomb_is_contained():
    res, marker = py(
        """
        import os
        while True:
            try:
                os.fork()
            except OSError:
                pass
        """,
        limits=Limits(wall_s=3, cpu_s=2, processes=16, memory_bytes=512 * 2**20),
    )
    assert res.limit_hit in ("processes", "cpu", "wall")
    assert res.wall_s < 4
    assert_clean(marker)
    assert subprocess.run(["true"], check=False).returncode == 0


def test_memory_bomb_is_killed():
    res, marker = py(
        """
        chunks = []
        while True:
            chunks.append(b"\\x01" * (16 * 2**20))
        """,
        limits=Limits(wall_s=10, cpu_s=10, memory_bytes=256 * 2**20),
    )
    assert res.exit_code != 0
    assert res.limit_hit == "memory" or res.enforcement["memory"] == "rlimit-data"
    assert_clean(marker)


@pytest.mark.parametrize("stream", ["stdout", "stderr"])
def test_output_flood_is_cut(stream):
    res, marker = py(
        f"import sys\nwhile True: sys.{stream}.buffer.write(b'y' * 65536)",
        limits=Limits(wall_s=10, cpu_s=10, memory_bytes=256 * 2**20, output_bytes=64 * 1024),
    )
    out = getattr(res, stream)
    assert res.limit_hit == "output"
    assert len(out) == 64 * 1024 and getattr(res, f"{stream}_truncated")
    assert res.wall_s < 5
    assert_clean(marker)


def test_file_size_limit():
    limits = Limits(wall_s=10, cpu_s=10, memory_bytes=256 * 2**20, file_size_bytes=2**20)
    res, marker = py("open('/sandbox/big', 'wb').write(b'z' * (4 * 2**20))", limits=limits)
    assert res.exit_code != 0
    assert res.limit_hit == "file_size" or b"File too large" in res.stderr
    assert_clean(marker)
    # A program that does not ignore SIGXFSZ is killed by it.
    res = run(["/bin/sh", "-c", "head -c 4000000 /dev/zero > /sandbox/big"], limits=limits)
    assert res.limit_hit == "file_size"


def test_killing_parent_and_everything_has_no_effect_outside():
    victim = None
    if os.geteuid() == 0:
        # A host process of the sandbox uid: the sandbox must not be able to reach it.
        victim = subprocess.Popen(
            ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "sleep", "120"]
        )
    try:
        res, marker = py(
            """
            import os, signal
            for target in (os.getppid(), 1, -1):
                try:
                    os.kill(target, signal.SIGKILL)
                except OSError as e:
                    print("refused", target, e.errno)
            print("survived")
            """
        )
        assert res.exit_code == 0, res.stderr.decode()
        assert res.stdout.decode().splitlines()[-1] == "survived"
        if victim is not None:
            assert victim.poll() is None, "a host process of uid 65534 was killed from inside"
        assert_clean(marker)
    finally:
        if victim is not None:
            victim.kill()
            victim.wait()


def test_daemonised_grandchild_is_killed_at_the_end():
    res, marker = py(
        """
        import os, sys, time
        if os.fork() == 0:
            os.setsid()
            if os.fork() == 0:
                while True:
                    time.sleep(1)
            os._exit(0)
        print("parent done")
        """,
        limits=Limits(wall_s=8, cpu_s=8, memory_bytes=256 * 2**20),
    )
    assert res.exit_code == 0 and res.stdout == b"parent done\n"
    assert res.limit_hit is None and res.wall_s < 4
    assert_clean(marker)


def test_worker_killed_mid_run_leaves_nothing_behind():
    marker = f"kobai-test-{uuid.uuid4().hex}"
    root = str(RUNNER.parents[2])
    worker_code = (
        f"import sys; sys.path.insert(0, {root!r})\n"
        "from grader.sandbox import run, sandbox_python, Limits\n"
        f"run([sandbox_python(), '-c', 'while True: pass', {marker!r}], limits=Limits(wall_s=30, cpu_s=30))\n"
    )
    env = {"PATH": os.environ["PATH"]}
    worker = subprocess.Popen([sys.executable, "-c", worker_code], env=env)
    try:
        assert wait_for(lambda: set(processes_with(marker)) - {worker.pid}, 15), "sandbox did not start"
    finally:
        worker.kill()
        worker.wait()
    assert wait_for(lambda: not processes_with(marker), 5), "sandbox outlived its worker"
    # Its cgroup (if any) is left behind, and swept on a later run.
    sweep_stale_cgroups()
    leftovers = [p for p in Path("/sys/fs/cgroup").glob(f"*/**/kobai-sb-{worker.pid}-*") if p.is_dir()]
    assert leftovers == []


def test_concurrent_runs_do_not_disturb_each_other():
    bomb = "import os\nwhile True:\n    try: os.fork()\n    except OSError: pass"
    bomb_limits = Limits(wall_s=3, cpu_s=2, processes=16, memory_bytes=256 * 2**20)

    def job(i):
        if i == 0:
            return py(bomb, limits=bomb_limits)
        return py(f"import os, time\ntime.sleep(0.3)\nos.write(3, b'{i}')\nprint({i})")

    with ThreadPoolExecutor(4) as pool:
        outcomes = list(pool.map(job, range(4)))
    assert outcomes[0][0].limit_hit in ("processes", "cpu", "wall")
    for i, (res, _) in enumerate(outcomes[1:], start=1):
        assert res.exit_code == 0 and res.limit_hit is None, res.stderr.decode()
        assert res.stdout == f"{i}\n".encode() and res.result == str(i).encode()
    for _, marker in outcomes:
        assert_clean(marker)


def test_setup_failure_is_an_error_not_a_verdict():
    with pytest.raises(SandboxError):
        run(["/bin/true"], files={"x": b""}, binds_ro=[("/usr/share", "/sandbox/x/y")])


def test_read_only_binds_and_argument_checks(tmp_path):
    (tmp_path / "data.txt").write_text("dataset")
    tmp_path.chmod(0o755)  # binds must be readable by the sandbox uid
    (tmp_path / "data.txt").chmod(0o644)
    res, marker = py(
        """
        print(open("/data/data.txt").read())
        try:
            open("/data/new", "w")
        except OSError:
            print("read-only")
        """,
        binds_ro=[(str(tmp_path), "/data")],
    )
    assert res.exit_code == 0, res.stderr.decode()
    assert res.stdout == b"dataset\nread-only\n"
    assert_clean(marker)
    for bad in ("../escape", "/abs", "a/../b", ""):
        with pytest.raises(ValueError):
            run(["/bin/true"], files={bad: b""})
    with pytest.raises(ValueError):
        run(["/bin/true"], binds_ro=[(str(tmp_path), "/usr/lib")])
    with pytest.raises(ValueError):
        run(["/bin/true"], binds_ro=[(str(tmp_path / "missing"), "/data")])


def test_refuses_when_bwrap_is_unusable(settings):
    settings.GRADER_SANDBOX_BWRAP = "/nonexistent/bwrap"
    reset_cache()
    try:
        assert sandbox_available()[0] is False
        with pytest.raises(SandboxUnavailable):
            run(["/bin/true"])
        settings.GRADER_ALLOW_UNSANDBOXED = True
        res = run([sys.executable, "-c", "import os; os.write(3, b'r'); print(os.getcwd())"], limits=SMALL)
        assert res.sandboxed is False and res.exit_code == 0 and res.result == b"r"
    finally:
        reset_cache()


@pytest.mark.skipif(os.geteuid() != 0 or not os.path.exists("/usr/bin/python3"), reason="needs root to switch uid")
def test_non_root_caller_uses_a_user_namespace():
    script = textwrap.dedent(
        f"""
        import importlib.util, json, os, sys
        spec = importlib.util.spec_from_file_location("sandbox", {str(RUNNER.parent / "__init__.py")!r},
                                                      submodule_search_locations=[{str(RUNNER.parent)!r}])
        sys.modules["sandbox"] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules["sandbox"])
        runner = sys.modules["sandbox.runner"]
        cmd = "id -u; cat /proc/self/uid_map; grep NoNewPrivs /proc/self/status; echo ok >&3"
        res = runner.run(["/bin/sh", "-c", cmd], limits=runner.Limits(wall_s=10, memory_bytes=2**30))
        bomb = "import os\\nwhile True:\\n    try: os.fork()\\n    except OSError: pass"
        runner.run(["/bin/sh", "-c", "sh -c 'sleep 60' & exec python3 -c \\"$0\\"", bomb],
                   limits=runner.Limits(wall_s=1.5, cpu_s=1, processes=16, memory_bytes=2**30))
        def live_and_mine(p):  # zombies are dead: reaping them is the host init's job
            try:
                state = open(f"/proc/{{p}}/stat").read().rpartition(")")[2].split()[0]
                return os.stat("/proc/" + p).st_uid == os.getuid() and state not in "ZX"
            except OSError:
                return False
        mine = [p for p in os.listdir("/proc") if p.isdigit() and int(p) != os.getpid() and live_and_mine(p)]
        print(json.dumps({{"stdout": res.stdout.decode(), "result": res.result.decode(), "left": mine,
                          "stderr": res.stderr.decode(), "enforcement": res.enforcement}}))
        """
    )
    out = subprocess.run(
        ["setpriv", "--reuid=12345", "--regid=12345", "--clear-groups", "/usr/bin/python3", "-I", "-c", script],
        capture_output=True, env={"PATH": "/usr/bin:/bin"}, cwd="/", timeout=30, check=False,
    )
    assert out.returncode == 0, out.stderr.decode()
    data = json.loads(out.stdout)
    uid, mapping, nnp = data["stdout"].splitlines()
    assert uid == "65534"
    # Only the sandbox uid is mapped (onto the caller, through bwrap's intermediate namespace).
    assert mapping.split()[0] == "65534" and mapping.split()[2] == "1"
    assert nnp.split() == ["NoNewPrivs:", "1"]
    assert data["result"] == "ok\n"
    assert data["enforcement"]["memory"] == "rlimit-data"
    assert data["left"] == [], "processes of a run outlived it"
