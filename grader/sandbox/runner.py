"""Run one untrusted command in a fresh bubblewrap sandbox and collect what it did.

Plain Python: Django settings are read at call time for defaults when Django is configured,
and fixed fallbacks are used otherwise.

Layout inside the sandbox (everything read-only except the three tmpfs mounts):

    /usr (+ /bin /lib /lib64 /sbin as on the host)   system files
    <python prefix> (e.g. /root/.pyenv/versions/3.11.7) the interpreter the venv was made from
    /venv                                             the virtualenv (GRADER_SANDBOX_VENV)
    /etc                                              ld.so.cache, localtime, a made-up passwd/group
    /proc, /dev                                       private (new PID namespace, minimal /dev)
    /sandbox                                          private tmpfs: the `files`, cwd and HOME
    /tmp, /dev/shm                                    private tmpfs
    binds_ro destinations                             read-only binds asked for by the caller

Who runs the command:

* worker is root: bwrap runs privileged (real namespaces, no user namespace, capabilities cut
  to SETUID/SETGID/SETPCAP) and the command is started through ``setpriv`` inside the sandbox,
  which switches to uid/gid 65534, clears the supplementary groups, the inheritable and
  bounding capability sets and sets no_new_privs.  (``setpriv ... bwrap`` from outside cannot
  be used here: bwrap would then resolve the bind sources as uid 65534, and the interpreter
  lives under /root, mode 0700.)
* worker is not root: bwrap creates a user namespace and maps uid/gid 65534 inside onto the
  caller; nested user namespaces are disabled.

Limits: a cgroup per run (v1 memory/pids/cpuacct, or v2 when delegated) for memory, tasks and
total CPU; rlimits for CPU per process, file size, open files, core dumps (and memory /
processes when no cgroup can be used).  Wall clock, total CPU and output are watched here; at
any limit the outer bwrap is SIGKILLed, which kills the PID-namespace init (die-with-parent) and
with it every process in the namespace; the cgroup is then swept and removed.  When the command
itself ends, the namespace init exits and the kernel kills whatever it left (daemons included).
If the worker dies mid-run, die-with-parent does the same; its cgroup is swept by a later run.

Process chain: bash (joins the cgroups, puts the result pipe on fd 3) -> prlimit -> bwrap ->
[namespace init] -> sh stub (writes "started" on fd 4, closes it) -> [setpriv] -> argv.  The
command sees fds 0, 1, 2 and 3 only.  bwrap reports a command killed by signal N as exit status
128+N, so such statuses come back as `signal` (a command exiting 137 on purpose reads as SIGKILL).

Settings (all optional): GRADER_SANDBOX_WALL_S, _CPU_S, _MEMORY_BYTES, _PROCESSES, _OUTPUT_BYTES,
_RESULT_BYTES, _FILE_SIZE_BYTES, _OPEN_FILES, _SCRATCH_BYTES (Limits defaults), GRADER_SANDBOX_BWRAP
(path), GRADER_SANDBOX_VENV (venv to expose at /venv), GRADER_SANDBOX_USE_CGROUPS (True),
GRADER_SANDBOX_SECCOMP (True), and GRADER_ALLOW_UNSANDBOXED (False: development only, runs with
rlimits and NO isolation).

Seccomp (x86_64): a deny-list loaded by bwrap before the stub runs; keyrings (shared per uid
across runs otherwise), new namespaces, ptrace, bpf, io_uring, mount and module calls fail
with EPERM, clone3 with ENOSYS (libc falls back to clone), other ABIs are killed.
"""

from __future__ import annotations

import dataclasses
import errno
import fcntl
import logging
import math
import os
import re
import selectors
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

log = logging.getLogger(__name__)

SANDBOX_DIR = "/sandbox"
VENV_MOUNT = "/venv"
SANDBOX_UID = 65534
SANDBOX_GID = 65534
RESULT_FD = 3
STARTED_FD = 4  # only between the wrapper and the stub inside; closed before the command runs
CGROUP_PREFIX = "kobai-sb-"

MiB = 1024 * 1024
GiB = 1024 * MiB

# (setting name, default) for each Limits field.
_LIMIT_SETTINGS = {
    "wall_s": ("GRADER_SANDBOX_WALL_S", 20.0),
    "cpu_s": ("GRADER_SANDBOX_CPU_S", 20.0),
    "memory_bytes": ("GRADER_SANDBOX_MEMORY_BYTES", 2 * GiB),
    "processes": ("GRADER_SANDBOX_PROCESSES", 64),
    "output_bytes": ("GRADER_SANDBOX_OUTPUT_BYTES", 1 * MiB),
    "result_bytes": ("GRADER_SANDBOX_RESULT_BYTES", 4 * MiB),
    "file_size_bytes": ("GRADER_SANDBOX_FILE_SIZE_BYTES", 64 * MiB),
    "open_files": ("GRADER_SANDBOX_OPEN_FILES", 256),
    "scratch_bytes": ("GRADER_SANDBOX_SCRATCH_BYTES", 256 * MiB),
}

_BASE_ENV = {
    "PATH": f"{VENV_MOUNT}/bin:/usr/local/bin:/usr/bin:/bin",
    "HOME": SANDBOX_DIR,
    "TMPDIR": "/tmp",
    "LANG": "C.UTF-8",
    "PYTHONDONTWRITEBYTECODE": "1",
    "PYTHONNOUSERSITE": "1",
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "NUMEXPR_NUM_THREADS": "1",
    "TORCH_NUM_THREADS": "1",
    "MPLBACKEND": "Agg",
}
_HOST_PATH = "/usr/sbin:/usr/bin:/sbin:/bin"
_PASSWD = b"root:x:0:0:root:/nonexistent:/usr/sbin/nologin\nnobody:x:65534:65534:sandbox:/sandbox:/usr/sbin/nologin\n"
_GROUP = b"root:x:0:\nnogroup:x:65534:\n"
_RESERVED_DESTS = ("/proc", "/dev", "/usr", "/etc", "/bin", "/sbin", "/lib", "/lib64", "/lib32", "/libx32", VENV_MOUNT)


class SandboxError(RuntimeError):
    """The sandbox itself failed (bad bind, bwrap error): no verdict can come from this run."""


class SandboxUnavailable(SandboxError):
    """bubblewrap cannot create its namespaces here and unsandboxed runs are not allowed."""


def _setting(name: str, default):
    try:
        from django.conf import settings
        from django.core.exceptions import ImproperlyConfigured
    except ImportError:
        return default
    try:
        return getattr(settings, name, default)
    except ImproperlyConfigured:
        return default


@dataclasses.dataclass(frozen=True)
class Limits:
    """Per-run limits; a field left as None takes its GRADER_SANDBOX_* setting (or default)."""

    wall_s: float | None = None
    cpu_s: float | None = None  # total CPU of the whole tree (cgroup); per process when no cgroup
    memory_bytes: int | None = None
    processes: int | None = None  # tasks (threads count) under a pids cgroup
    output_bytes: int | None = None  # kept per stream (stdout, stderr)
    result_bytes: int | None = None  # kept from the fd-3 result channel
    file_size_bytes: int | None = None
    open_files: int | None = None
    scratch_bytes: int | None = None  # size of each tmpfs (/sandbox, /tmp, /dev/shm)

    def resolved(self) -> Limits:
        values = {}
        for field, (name, default) in _LIMIT_SETTINGS.items():
            value = getattr(self, field)
            values[field] = _setting(name, default) if value is None else value
        limits = Limits(**values)
        for field in _LIMIT_SETTINGS:
            if not getattr(limits, field) or getattr(limits, field) <= 0:
                raise ValueError(f"Limits.{field} must be positive, got {getattr(limits, field)!r}")
        return limits


@dataclasses.dataclass(frozen=True)
class Placement:
    """Who runs in the sandbox and what it may reach besides the defaults.

    uid: the unprivileged uid (and gid) the command runs as; two sandboxes that must not touch
    each other get two uids. gpu: bind the GPU device nodes (when the worker grades on one).
    hide: sandbox paths covered by an empty read-only directory (e.g. a data set in the venv).
    channels: {fd number inside (5 and up): a descriptor of the caller's}, such as one end of
    a pipe to another sandbox; run() takes ownership of the caller's descriptors and closes them.
    """

    uid: int = SANDBOX_UID
    gpu: bool = True
    hide: tuple[str, ...] = ()
    channels: tuple[tuple[int, int], ...] = ()


@dataclasses.dataclass
class SandboxResult:
    exit_code: int | None  # None when the command was killed by a signal
    signal: int | None
    stdout: bytes
    stderr: bytes
    result: bytes  # what the command wrote to fd 3
    stdout_truncated: bool
    stderr_truncated: bool
    result_truncated: bool
    wall_s: float
    cpu_s: float | None
    limit_hit: str | None  # None | 'wall' | 'cpu' | 'memory' | 'output' | 'processes' | 'file_size'
    max_rss: int | None  # bytes: peak anonymous memory of the run, sampled every 50 ms (cgroup)
    memory_peak: int | None  # bytes, cgroup peak (includes page cache charged to the run)
    sandbox_start_s: float | None  # spawn until the sandbox was set up and the command about to start
    sandboxed: bool = True
    enforcement: dict[str, str] = dataclasses.field(default_factory=dict)

    @property
    def truncated(self) -> bool:
        return self.stdout_truncated or self.stderr_truncated or self.result_truncated

    @property
    def ok(self) -> bool:
        return self.exit_code == 0 and self.limit_hit is None


# --------------------------------------------------------------------------------------------
# Host tools and the interpreter layout


def _bwrap_path() -> str | None:
    configured = _setting("GRADER_SANDBOX_BWRAP", None)
    if configured:
        return configured if os.access(configured, os.X_OK) else None
    return shutil.which("bwrap", path=_HOST_PATH)


def _tool(name: str) -> str | None:
    return shutil.which(name, path=_HOST_PATH)


def _python_layout() -> tuple[str, str | None, str]:
    """(interpreter prefix on the host, venv on the host or None, python path inside)."""
    venv = _setting("GRADER_SANDBOX_VENV", None)
    if venv is None and sys.prefix != sys.base_prefix:
        venv = sys.prefix
    if venv:
        venv = os.path.realpath(venv)
        home = None
        try:
            for line in Path(venv, "pyvenv.cfg").read_text().splitlines():
                key, _, value = line.partition("=")
                if key.strip() == "home":
                    home = value.strip()
        except OSError:
            pass
        base = os.path.dirname(os.path.realpath(home)) if home else os.path.realpath(sys.base_prefix)
        return base, venv, f"{VENV_MOUNT}/bin/python"
    base = os.path.realpath(sys.base_prefix)
    exe = os.path.realpath(sys.executable)
    return base, None, exe


def sandbox_path(host_path: str) -> str | None:
    """Where a host file of the interpreter or the venv appears inside the sandbox (None: nowhere)."""
    path = os.path.realpath(host_path)
    base, venv, _ = _python_layout()
    if venv and (path == venv or path.startswith(venv + "/")):
        return VENV_MOUNT + path[len(venv):]
    for top in (base, "/usr"):
        if path == top or path.startswith(top + "/"):
            return path
    return None


def sandbox_python() -> str:
    """The Python to put in argv: inside the sandbox, or the host one when running unsandboxed."""
    if not sandbox_available()[0] and _setting("GRADER_ALLOW_UNSANDBOXED", False):
        return sys.executable
    return _python_layout()[2]


# --------------------------------------------------------------------------------------------
# Control groups


_warned: set[str] = set()


def _warn_once(msg: str, *args) -> None:
    text = msg % args
    if text not in _warned:
        _warned.add(text)
        log.warning(text)


def _read(path: str) -> str | None:
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return None


def _write(path: str, value: str) -> bool:
    try:
        with open(path, "w") as f:
            f.write(value)
        return True
    except OSError:
        return False


def _keyed(text: str | None, key: str) -> int | None:
    if not text:
        return None
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] == key:
            try:
                return int(parts[1])
            except ValueError:
                return None
    return None


def _unescape(path: str) -> str:
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), path)


def _cgroup_topology() -> tuple[dict[str, str], str | None]:
    """Our own cgroup directories: ({v1 controller: dir}, v2 dir or None)."""
    mounts_v1: dict[str, tuple[str, str]] = {}
    mount_v2: tuple[str, str] | None = None
    for line in (_read("/proc/self/mountinfo") or "").splitlines():
        left, _, right = line.partition(" - ")
        fields, rest = left.split(), right.split()
        if len(fields) < 5 or len(rest) < 3:
            continue
        root, mountpoint = _unescape(fields[3]), _unescape(fields[4])
        if rest[0] == "cgroup2":
            if mount_v2 is None or mountpoint == "/sys/fs/cgroup":
                mount_v2 = (root, mountpoint)
        elif rest[0] == "cgroup":
            for opt in rest[2].split(","):
                if opt in ("memory", "pids", "cpuacct") and opt not in mounts_v1:
                    mounts_v1[opt] = (root, mountpoint)

    def under(mount: tuple[str, str], path: str) -> str:
        root, mountpoint = mount
        rel = os.path.relpath(path, root) if path.startswith(root) else path.lstrip("/")
        return os.path.normpath(os.path.join(mountpoint, "" if rel == "." else rel))

    v1: dict[str, str] = {}
    v2 = None
    for line in (_read("/proc/self/cgroup") or "").splitlines():
        hier, _, rest = line.partition(":")
        controllers, _, path = rest.partition(":")
        if hier == "0" and controllers == "" and mount_v2:
            v2 = under(mount_v2, path)
        for ctrl in controllers.split(","):
            if ctrl in mounts_v1:
                v1[ctrl] = under(mounts_v1[ctrl], path)
    return v1, v2


class _Cgroup:
    """One run's cgroup(s). Only the controllers that could be set up are in `dirs`."""

    def __init__(self, version: int, dirs: dict[str, str]):
        self.version = version
        self.dirs = dirs  # v1: controller -> dir; v2: {"unified": dir}

    @property
    def kind(self) -> str:
        return f"cgroup-v{self.version}"

    def has(self, what: str) -> bool:
        if self.version == 2:
            return what in ("memory", "pids", "cpu")
        return {"memory": "memory", "pids": "pids", "cpu": "cpuacct"}[what] in self.dirs

    def procs_files(self) -> list[str]:
        return [os.path.join(d, "cgroup.procs") for d in self.dirs.values()]

    def _file(self, ctrl_v1: str, name_v1: str, name_v2: str) -> str | None:
        if self.version == 2:
            return os.path.join(self.dirs["unified"], name_v2)
        d = self.dirs.get(ctrl_v1)
        return os.path.join(d, name_v1) if d else None

    def cpu_s(self) -> float | None:
        if self.version == 2:
            usec = _keyed(_read(os.path.join(self.dirs["unified"], "cpu.stat")), "usage_usec")
            return None if usec is None else usec / 1e6
        path = self._file("cpuacct", "cpuacct.usage", "")
        raw = _read(path) if path else None
        try:
            return int(raw) / 1e9 if raw else None
        except ValueError:
            return None

    def memory_peak(self) -> int | None:
        path = self._file("memory", "memory.max_usage_in_bytes", "memory.peak")
        raw = _read(path) if path else None
        try:
            return int(raw) if raw else None
        except ValueError:
            return None

    def anon_bytes(self) -> int | None:
        """Anonymous (RSS-like) memory now, without page cache."""
        if self.version == 2:
            return _keyed(_read(os.path.join(self.dirs["unified"], "memory.stat")), "anon")
        d = self.dirs.get("memory")
        if not d:
            return None
        stat = _read(os.path.join(d, "memory.stat"))
        value = _keyed(stat, "total_rss")
        return value if value is not None else _keyed(stat, "rss")

    def oom_killed(self) -> bool:
        if self.version == 2:
            return bool(_keyed(_read(os.path.join(self.dirs["unified"], "memory.events")), "oom_kill"))
        d = self.dirs.get("memory")
        if not d:
            return False
        if _keyed(_read(os.path.join(d, "memory.oom_control")), "oom_kill"):
            return True
        return False

    def pids_maxed(self) -> bool:
        path = self._file("pids", "pids.events", "pids.events")
        return bool(_keyed(_read(path), "max")) if path else False

    def pids(self) -> set[int]:
        found: set[int] = set()
        for f in self.procs_files():
            for tok in (_read(f) or "").split():
                if tok.isdigit():
                    found.add(int(tok))
        return found

    def kill_all(self, timeout: float = 5.0) -> bool:
        """SIGKILL everything in the cgroup; True when it is empty."""
        if self.version == 2:
            _write(os.path.join(self.dirs["unified"], "cgroup.kill"), "1")
        deadline = time.monotonic() + timeout
        while True:
            pids = self.pids()
            if not pids:
                return True
            for pid in pids:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
            if time.monotonic() > deadline:
                return False
            time.sleep(0.005)

    def remove(self) -> None:
        empty = self.kill_all()
        for d in self.dirs.values():
            for _ in range(50):
                try:
                    os.rmdir(d)
                    break
                except FileNotFoundError:
                    break
                except OSError as e:
                    if e.errno != errno.EBUSY or not empty:
                        log.warning("sandbox: cannot remove cgroup %s: %s", d, e)
                        break
                    time.sleep(0.01)


_cgroup_lock = threading.Lock()
_last_sweep = -math.inf
SWEEP_EVERY_S = 60.0


def sweep_stale_cgroups() -> list[str]:
    """Remove cgroups left by workers that died mid-run (the name carries the worker pid).

    Their processes are already dead (die-with-parent); this kills any straggler and rmdirs.
    Returns the directories removed.
    """
    v1, v2 = _cgroup_topology()
    return _sweep_stale(list(v1.values()) + ([v2] if v2 else []))


def _sweep_stale(parents: Iterable[str]) -> list[str]:
    removed = []
    for parent in parents:
        try:
            names = os.listdir(parent)
        except OSError:
            continue
        for name in names:
            m = re.fullmatch(CGROUP_PREFIX + r"(\d+)-[0-9a-f]+", name)
            if not m:
                continue
            pid = int(m.group(1))
            if pid == os.getpid() or os.path.exists(f"/proc/{pid}"):
                continue
            path = os.path.join(parent, name)
            _Cgroup(1, {"x": path}).remove()
            if not os.path.exists(path):
                removed.append(path)
    return removed


def _create_cgroup(limits: Limits) -> _Cgroup | None:
    global _last_sweep
    if not _setting("GRADER_SANDBOX_USE_CGROUPS", True):
        return None
    v1, v2 = _cgroup_topology()
    name = f"{CGROUP_PREFIX}{os.getpid()}-{uuid.uuid4().hex[:12]}"
    with _cgroup_lock:
        if time.monotonic() - _last_sweep > SWEEP_EVERY_S:
            _last_sweep = time.monotonic()
            _sweep_stale(list(v1.values()) + ([v2] if v2 else []))
    if "memory" in v1 or "pids" in v1:
        dirs: dict[str, str] = {}
        for ctrl in ("memory", "pids", "cpuacct"):
            if ctrl not in v1:
                continue
            d = os.path.join(v1[ctrl], name)
            try:
                os.mkdir(d)
            except OSError as e:
                _warn_once("sandbox: cannot create %s cgroup under %s: %s", ctrl, v1[ctrl], e.strerror)
                continue
            dirs[ctrl] = d
        cg = _Cgroup(1, dirs)
        ok = True
        if "memory" in dirs:
            d = dirs["memory"]
            ok &= _write(os.path.join(d, "memory.limit_in_bytes"), str(limits.memory_bytes))
            if os.path.exists(os.path.join(d, "memory.memsw.limit_in_bytes")):
                _write(os.path.join(d, "memory.memsw.limit_in_bytes"), str(limits.memory_bytes))
            _write(os.path.join(d, "memory.swappiness"), "0")
        if "pids" in dirs:
            # +2: the outer bwrap and the namespace init live in the cgroup too.
            ok &= _write(os.path.join(dirs["pids"], "pids.max"), str(limits.processes + 2))
        if not ok:
            log.warning("sandbox: cannot set cgroup v1 limits, falling back to rlimits")
            cg.remove()
            return None
        return cg if dirs else None
    if v2:
        enabled = (_read(os.path.join(v2, "cgroup.subtree_control")) or "").split()
        missing = [c for c in ("memory", "pids", "cpu") if c not in enabled]
        if missing:
            _write(os.path.join(v2, "cgroup.subtree_control"), " ".join("+" + c for c in missing))
        d = os.path.join(v2, name)
        try:
            os.mkdir(d)
        except OSError as e:
            _warn_once("sandbox: cannot create cgroup under %s: %s", v2, e.strerror)
            return None
        cg = _Cgroup(2, {"unified": d})
        if not (os.path.exists(os.path.join(d, "memory.max")) and os.path.exists(os.path.join(d, "pids.max"))):
            _warn_once("sandbox: memory/pids controllers not delegated to %s, falling back to rlimits", v2)
            cg.remove()
            return None
        ok = _write(os.path.join(d, "memory.max"), str(limits.memory_bytes))
        _write(os.path.join(d, "memory.swap.max"), "0")
        _write(os.path.join(d, "memory.oom.group"), "1")
        ok &= _write(os.path.join(d, "pids.max"), str(limits.processes + 2))
        if not ok:
            cg.remove()
            return None
        return cg
    return None


# --------------------------------------------------------------------------------------------
# Seccomp: a deny-list on top of the namespaces (x86_64 only)

_AUDIT_ARCH_X86_64 = 0xC000003E
_SECCOMP_RET_KILL_PROCESS = 0x80000000
_SECCOMP_RET_ERRNO = 0x00050000
_SECCOMP_RET_ALLOW = 0x7FFF0000
# Kernel keyrings are per uid, not per namespace: without this, one run can leave data in
# uid 65534's user keyring for the next. The rest is kernel attack surface no grader needs.
_X86_64_DENIED = {
    "add_key": 248, "request_key": 249, "keyctl": 250,
    "ptrace": 101, "process_vm_readv": 310, "process_vm_writev": 311,
    "bpf": 321, "perf_event_open": 298, "userfaultfd": 323,
    "io_uring_setup": 425, "io_uring_enter": 426, "io_uring_register": 427,
    "unshare": 272, "setns": 308, "mount": 165, "umount2": 166, "pivot_root": 155,
    "open_tree": 428, "move_mount": 429, "fsopen": 430, "fsconfig": 431, "fsmount": 432, "fspick": 433,
    "mount_setattr": 442, "name_to_handle_at": 303, "open_by_handle_at": 304,
    "kexec_load": 246, "kexec_file_load": 320, "init_module": 175, "finit_module": 313,
    "delete_module": 176, "reboot": 169, "swapon": 167, "swapoff": 168, "acct": 163,
    "settimeofday": 164, "clock_settime": 227, "adjtimex": 159, "clock_adjtime": 305,
    "quotactl": 179, "vhangup": 153, "lookup_dcookie": 212,
}
_X86_64_CLONE, _X86_64_CLONE3 = 56, 435
_CLONE_NAMESPACE_FLAGS = 0x7E020000  # NEWNS|NEWCGROUP|NEWUTS|NEWIPC|NEWUSER|NEWPID|NEWNET


def _seccomp_program() -> bytes | None:
    """Classic BPF for bwrap --seccomp, or None where no filter is defined for this machine."""
    import platform
    import struct

    if platform.machine() != "x86_64":
        return None

    def ins(code: int, k: int, jt: int = 0, jf: int = 0) -> bytes:
        return struct.pack("<HBBI", code, jt, jf, k)

    ld_abs, jeq, jge, jset, ret = 0x20, 0x15, 0x35, 0x45, 0x06
    eperm = _SECCOMP_RET_ERRNO | errno.EPERM
    prog = [
        ins(ld_abs, 4),  # arch
        ins(jeq, _AUDIT_ARCH_X86_64, 1, 0),
        ins(ret, _SECCOMP_RET_KILL_PROCESS),  # i386 / other ABIs
        ins(ld_abs, 0),  # syscall number
        ins(jge, 0x40000000, 0, 1),  # x32 ABI
        ins(ret, eperm),
    ]
    for nr in sorted(_X86_64_DENIED.values()):
        prog += [ins(jeq, nr, 0, 1), ins(ret, eperm)]
    prog += [ins(jeq, _X86_64_CLONE3, 0, 1), ins(ret, _SECCOMP_RET_ERRNO | errno.ENOSYS)]  # libc falls back
    prog += [
        ins(jeq, _X86_64_CLONE, 0, 3),
        ins(ld_abs, 16),  # clone flags (low 32 bits of args[0])
        ins(jset, _CLONE_NAMESPACE_FLAGS, 0, 1),
        ins(ret, eperm),
        ins(ret, _SECCOMP_RET_ALLOW),
    ]
    return b"".join(prog)


# --------------------------------------------------------------------------------------------
# Building the command line


def _memfd(name: str, data: bytes) -> int:
    fd = os.memfd_create(name, os.MFD_CLOEXEC)
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]
    os.lseek(fd, 0, os.SEEK_SET)
    return _high_fd(fd)


def _high_fd(fd: int) -> int:
    """Move fd to >= 10 so the wrapper's `exec 3>&N` can never clobber it."""
    if fd >= 10:
        return fd
    new = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return new


def _check_rel(path: str) -> str:
    parts = path.split("/")
    if not path or "\0" in path or path.startswith("/") or any(p in ("", ".", "..") for p in parts):
        raise ValueError(f"sandbox file name must be a plain relative path, got {path!r}")
    return path


def _check_dest(path: str) -> str:
    if not path.startswith("/") or "\0" in path or any(p in (".", "..") for p in path.split("/")[1:]):
        raise ValueError(f"sandbox bind destination must be an absolute normalised path, got {path!r}")
    norm = os.path.normpath(path)
    reserved = (*_RESERVED_DESTS, _python_layout()[0])
    if norm in ("/", SANDBOX_DIR, "/tmp") or any(norm == r or norm.startswith(r + "/") for r in reserved):
        raise ValueError(f"sandbox bind destination {path!r} is reserved")
    return norm


class _Dirs:
    """Creates missing parents (mode 0755, or 0777 under /sandbox) before a mount or file."""

    def __init__(self, args: list[str]):
        self.args = args
        self.known = {"/"}

    def ensure(self, path: str, mode: str = "0755") -> None:
        if path in self.known:
            return
        self.ensure(os.path.dirname(path), mode)
        self.args += ["--perms", mode, "--dir", path]
        self.known.add(path)

    def parents(self, path: str, mode: str = "0755") -> None:
        self.ensure(os.path.dirname(path), mode)


def _system_args(dirs: _Dirs, fds: list[int], gpu: bool = True) -> None:
    """bwrap arguments for the read-only system and the interpreter; fds used go in `fds`."""
    a = dirs.args
    a += ["--ro-bind", "/usr", "/usr"]
    dirs.known.add("/usr")
    for top in ("/bin", "/sbin", "/lib", "/lib64", "/lib32", "/libx32"):
        if os.path.islink(top):
            a += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            a += ["--ro-bind", top, top]
        else:
            continue
        dirs.known.add(top)
    dirs.ensure("/etc")
    if os.path.exists("/etc/ld.so.cache"):
        a += ["--ro-bind", "/etc/ld.so.cache", "/etc/ld.so.cache"]
    if os.path.islink("/etc/localtime"):
        a += ["--symlink", os.readlink("/etc/localtime"), "/etc/localtime"]
    elif os.path.isfile("/etc/localtime"):
        a += ["--ro-bind", "/etc/localtime", "/etc/localtime"]
    for name, data in (("passwd", _PASSWD), ("group", _GROUP)):
        fd = _memfd(name, data)
        fds.append(fd)
        a += ["--perms", "0644", "--ro-bind-data", str(fd), f"/etc/{name}"]
    base, venv, _ = _python_layout()
    if not any(base == p or base.startswith(p + "/") for p in ("/usr", "/bin", "/lib", "/lib64")):
        dirs.parents(base)
        a += ["--ro-bind", base, base]
        dirs.known.add(base)
    if venv:
        a += ["--ro-bind", venv, VENV_MOUNT]
        dirs.known.add(VENV_MOUNT)
    a += ["--proc", "/proc", "--dev", "/dev"]
    dirs.known.update({"/proc", "/dev"})
    for node in gpu_device_nodes() if gpu else ():
        a += ["--dev-bind", node, node]


def gpu_device_nodes() -> list[str]:
    """The NVIDIA device nodes to bind in when this worker grades on its GPU (none otherwise).

    Only the nodes the CUDA runtime opens: the control devices and the GPUs themselves.
    """
    if str(_setting("GRADER_DEVICE", "auto")) == "cpu":
        return []
    import glob

    return sorted(p for p in glob.glob("/dev/nvidia*") if not os.path.isdir(p))


def _bwrap_argv(
    bwrap: str,
    argv: Sequence[str],
    files: Mapping[str, bytes],
    binds_ro: Iterable[tuple[str, str]],
    limits: Limits,
    env: Mapping[str, str],
    fds: list[int],
    place: Placement = None,
) -> tuple[list[str], list[str]]:
    """bwrap's options and the command after them; fds needed are appended to `fds` as made."""
    place = place or Placement()
    root_mode = os.geteuid() == 0
    args: list[str] = []
    args += ["--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try"]
    if root_mode:
        # Privileged bwrap: no user namespace; setpriv (below) drops to 65534 inside.
        args += ["--cap-drop", "ALL"]
        for cap in ("CAP_SETUID", "CAP_SETGID", "CAP_SETPCAP"):
            args += ["--cap-add", cap]
    else:
        args += ["--unshare-user", "--uid", str(place.uid), "--gid", str(place.uid), "--disable-userns"]
    args += ["--die-with-parent", "--new-session", "--hostname", "sandbox"]
    args += ["--clearenv"]
    for key, value in {**_BASE_ENV, **env}.items():
        args += ["--setenv", key, value]
    if _setting("GRADER_SANDBOX_SECCOMP", True):
        program = _seccomp_program()
        if program is not None:
            fd = _memfd("seccomp", program)
            fds.append(fd)
            args += ["--seccomp", str(fd)]
    dirs = _Dirs(args)
    _system_args(dirs, fds, gpu=place.gpu)
    size = str(limits.scratch_bytes)
    args += ["--perms", "01777", "--size", size, "--tmpfs", "/dev/shm"]
    args += ["--perms", "0777", "--size", size, "--tmpfs", SANDBOX_DIR]
    args += ["--perms", "01777", "--size", size, "--tmpfs", "/tmp"]
    dirs.known.update({"/dev/shm", SANDBOX_DIR, "/tmp"})
    for rel, data in files.items():
        dest = f"{SANDBOX_DIR}/{rel}"
        dirs.parents(dest, "0777")
        fd = _memfd("file", data)
        fds.append(fd)
        args += ["--perms", "0666", "--file", str(fd), dest]
    for host, dest in binds_ro:
        dest = _check_dest(dest)
        dirs.parents(dest, "0755")
        args += ["--ro-bind", os.fspath(host), dest]
        dirs.known.add(dest)
    for hidden in place.hide:  # an empty read-only directory over what this sandbox may not see
        args += ["--perms", "0555", "--size", "4096", "--tmpfs", hidden, "--remount-ro", hidden]
    args += ["--remount-ro", "/", "--chdir", SANDBOX_DIR]
    # Trusted stub: says "set up" on fd 4 (then closes it) just before the command runs.
    command = ["/bin/sh", "-c", f'printf 1 >&{STARTED_FD}; exec {STARTED_FD}>&-; exec "$@"', "kobai-start"]
    if root_mode:
        setpriv = _tool("setpriv")
        command += [
            setpriv or "/usr/bin/setpriv",
            f"--reuid={place.uid}",
            f"--regid={place.uid}",
            "--clear-groups",
            "--inh-caps=-all",
            "--bounding-set=-all",
            "--no-new-privs",
            "--",
        ]
    command += list(argv)
    return args, command


def _rlimit_args(limits: Limits, cg: _Cgroup | None) -> tuple[list[str], dict[str, str]]:
    prlimit = _tool("prlimit") or "/usr/bin/prlimit"
    cpu = max(1, math.ceil(limits.cpu_s))
    fsize = limits.file_size_bytes
    enforcement = {}
    args = [
        prlimit,
        f"--cpu={cpu}:{cpu + 1}",
        f"--fsize={fsize}:{fsize}",
        f"--nofile={limits.open_files}:{limits.open_files}",
        "--core=0:0",
    ]
    if cg and cg.has("memory"):
        # Backstop only: torch maps far more than it touches, so keep this generous.
        data = limits.memory_bytes * 4
        enforcement["memory"] = cg.kind
    else:
        data = limits.memory_bytes
        enforcement["memory"] = "rlimit-data"
    args.append(f"--data={data}:{data}")
    if cg and cg.has("pids"):
        enforcement["processes"] = cg.kind
    else:
        # RLIMIT_NPROC counts every task of the uid on the host (the sandbox uid when root, else
        # the caller's), so allow for those already running; concurrent runs still share it.
        charged = SANDBOX_UID if os.geteuid() == 0 else os.geteuid()
        nproc = limits.processes + _tasks_of(charged)
        args.append(f"--nproc={nproc}:{nproc}")
        enforcement["processes"] = "rlimit-nproc"
    enforcement["cpu"] = f"{cg.kind}+rlimit-cpu" if cg and cg.has("cpu") else "rlimit-cpu"
    enforcement["file_size"] = "rlimit-fsize"
    seccomp = _setting("GRADER_SANDBOX_SECCOMP", True) and _seccomp_program() is not None
    enforcement["seccomp"] = "deny-list" if seccomp else "none"
    enforcement["wall"] = "monitor"
    enforcement["output"] = "monitor"
    return args + ["--"], enforcement


def _tasks_of(uid: int) -> int:
    """Tasks (threads included) now owned by uid, as RLIMIT_NPROC counts them."""
    count = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            if os.stat(f"/proc/{entry}").st_uid == uid:
                count += len(os.listdir(f"/proc/{entry}/task"))
        except OSError:
            continue
    return count


def _wrapper(cg: _Cgroup | None, result_fd: int, started_fd: int | None = None,
             channels: Mapping[int, int] | None = None) -> list[str]:
    """bash: join the cgroups, put the result pipe on fd 3 (started pipe on 4, each channel on
    its own number), exec the rest."""
    bash = _tool("bash") or "/bin/bash"
    lines = ["set -e"]
    for f in cg.procs_files() if cg else []:
        lines.append(f"echo 0 > {shlex.quote(f)}")
    lines.append(f"exec {RESULT_FD}>&{result_fd} {result_fd}>&-")
    if started_fd is not None:
        lines.append(f"exec {STARTED_FD}>&{started_fd} {started_fd}>&-")
    for target, host in (channels or {}).items():
        lines.append(f"exec {int(target)}>&{int(host)} {int(host)}>&-")  # dup2, either direction
    lines.append('exec "$@"')
    return [bash, "--norc", "--noprofile", "-c", "\n".join(lines), "kobai-sandbox"]


# --------------------------------------------------------------------------------------------
# Availability


_avail_lock = threading.Lock()
_avail_cache: dict[tuple, tuple[bool, str]] = {}


def reset_cache() -> None:
    with _avail_lock:
        _avail_cache.clear()


def sandbox_available() -> tuple[bool, str]:
    """(True, description) when bwrap can create the namespaces here, else (False, reason). Cached."""
    bwrap = _bwrap_path()
    key = (bwrap, os.geteuid(), _python_layout())
    with _avail_lock:
        if key in _avail_cache:
            return _avail_cache[key]
        _avail_cache[key] = result = _probe(bwrap)
        return result


def _probe(bwrap: str | None) -> tuple[bool, str]:
    if not bwrap:
        return False, "bubblewrap (bwrap) not found"
    for tool in ("bash", "prlimit") + (("setpriv",) if os.geteuid() == 0 else ()):
        if not _tool(tool):
            return False, f"{tool} not found"
    try:
        res = _execute(["/bin/true"], files={}, binds_ro=(), limits=Limits(wall_s=10, cpu_s=5).resolved(),
                       stdin=b"", env={}, bwrap=bwrap, use_cgroup=False)
    except (SandboxError, OSError) as e:
        return False, f"bwrap cannot create the sandbox: {e}"
    if res.exit_code != 0:
        err = res.stderr.decode(errors="replace").strip()
        return False, f"bwrap cannot create the sandbox (exit {res.exit_code}, signal {res.signal}): {err}"
    mode = "privileged bwrap + setpriv to 65534" if os.geteuid() == 0 else "user namespace, uid 65534"
    return True, f"bwrap {bwrap} ({mode})"


def sandbox_info() -> dict:
    """For /healthz: availability and which mechanism enforces each limit."""
    ok, reason = sandbox_available()
    limits = Limits().resolved()
    cg = _create_cgroup(limits) if ok else None
    try:
        _, enforcement = _rlimit_args(limits, cg)
    finally:
        if cg:
            cg.remove()
    warnings = []
    if not ok:
        warnings.append("sandbox unavailable: " + reason)
    if enforcement["memory"].startswith("rlimit"):
        warnings.append("memory limited by RLIMIT_DATA (no writable cgroup)")
    if enforcement["seccomp"] == "none":
        warnings.append("no seccomp filter (not x86_64, or GRADER_SANDBOX_SECCOMP off)")
    if enforcement["processes"].startswith("rlimit"):
        warnings.append("processes limited by RLIMIT_NPROC, shared by all runs of the uid (no writable cgroup)")
    return {
        "available": ok,
        "reason": reason,
        "allow_unsandboxed": bool(_setting("GRADER_ALLOW_UNSANDBOXED", False)),
        "enforcement": enforcement,
        "warnings": warnings,
    }


# --------------------------------------------------------------------------------------------
# Running


def run(
    argv: Sequence[str],
    *,
    files: Mapping[str, bytes] | None = None,
    binds_ro: Iterable[tuple[str, str]] = (),
    limits: Limits | None = None,
    stdin: bytes = b"",
    env: Mapping[str, str] | None = None,
    on_result_line=None,
    place: Placement | None = None,
) -> SandboxResult:
    """Run argv in a fresh sandbox; `files` appear under /sandbox (cwd, HOME).

    `on_result_line(bytes)`, when given, is called with each complete line the command
    writes to fd 3 as it arrives (live progress); the whole channel is still returned.

    Whatever the command writes to fd 3 comes back as `result`.  Raises SandboxUnavailable when
    bwrap cannot work here (unless GRADER_ALLOW_UNSANDBOXED), SandboxError when the sandbox could
    not be set up for this call (e.g. a missing bind source), ValueError for bad arguments.
    """
    if not argv:
        raise ValueError("argv is empty")
    limits = (limits or Limits()).resolved()
    files = dict(files or {})
    for rel, data in files.items():
        _check_rel(rel)
        if not isinstance(data, bytes | bytearray | memoryview):
            raise TypeError(f"files[{rel!r}] must be bytes")
        if len(data) > limits.file_size_bytes:
            raise ValueError(f"files[{rel!r}] is larger than the file size limit")
    if sum(len(d) for d in files.values()) > limits.scratch_bytes:
        raise ValueError("files do not fit in the scratch directory")
    if len(files) + 16 > limits.open_files:
        raise ValueError("too many files for the open-files limit")
    binds_ro = [(os.fspath(h), d) for h, d in binds_ro]
    for host, dest in binds_ro:
        _check_dest(dest)
        if not os.path.exists(host):
            raise ValueError(f"bind source {host!r} does not exist")
    env = dict(env or {})
    for key in env:
        if not key or "=" in key or "\0" in key:
            raise ValueError(f"bad environment variable name {key!r}")

    place = place or Placement()
    channel_fds = {int(target): fd for target, fd in place.channels}
    try:
        for target in channel_fds:
            if target <= STARTED_FD or target >= 10:
                raise ValueError(f"channel descriptor numbers inside are 5 to 9, got {target}")
        ok, reason = sandbox_available()
        if not ok:
            if not _setting("GRADER_ALLOW_UNSANDBOXED", False):
                raise SandboxUnavailable(reason)
            log.warning("sandbox unavailable (%s): running UNSANDBOXED (GRADER_ALLOW_UNSANDBOXED)", reason)
            return _run_unsandboxed(argv, files, binds_ro, limits, stdin, env, on_result_line, channel_fds)
        return _execute(argv, files=files, binds_ro=binds_ro, limits=limits, stdin=stdin, env=env,
                        bwrap=_bwrap_path(), use_cgroup=True, on_result_line=on_result_line, place=place,
                        channel_fds=channel_fds)
    finally:
        _close_all(set(channel_fds.values()))  # after the spawn (or a refusal): the child holds its own


def _execute(argv, *, files, binds_ro, limits, stdin, env, bwrap, use_cgroup, on_result_line=None,
             place: Placement | None = None, channel_fds: dict[int, int] | None = None) -> SandboxResult:
    cg = _create_cgroup(limits) if use_cgroup else None
    owned: set[int] = set()  # closed exactly once: after spawn (passed fds) or at the end
    channels = _own_channels(channel_fds or {}, owned)
    try:
        started_r, started_w = os.pipe2(os.O_CLOEXEC)
        owned.add(started_r)
        started_w = _high_fd(started_w)
        owned.add(started_w)
        result_r, result_w = os.pipe2(os.O_CLOEXEC)
        owned.add(result_r)
        result_w = _high_fd(result_w)
        owned.add(result_w)
        file_fds: list[int] = []
        try:
            options, command = _bwrap_argv(bwrap, argv, files, binds_ro, limits, env, file_fds, place)
        finally:
            owned.update(file_fds)
        # The options travel through a memfd (--args) so that /proc/1/cmdline, readable inside,
        # shows no host paths.
        args_fd = _memfd("bwrap-args", b"".join(a.encode() + b"\0" for a in options))
        owned.add(args_fd)
        file_fds.append(args_fd)
        rl_args, enforcement = _rlimit_args(limits, cg)
        cmd = _wrapper(cg, result_w, started_w, channels) + rl_args + [bwrap, "--args", str(args_fd), "--", *command]
        pass_fds = [started_w, result_w, *file_fds, *channels.values()]
        return _monitor(cmd, pass_fds, cg, limits, stdin, enforcement,
                        reads={"started": started_r, "result": result_r}, owned=owned, cwd="/",
                        on_result_line=on_result_line)
    finally:
        _close_all(owned)
        if cg:
            cg.remove()


def _run_unsandboxed(argv, files, binds_ro, limits, stdin, env, on_result_line=None,
                     channel_fds: dict[int, int] | None = None) -> SandboxResult:
    """Development fallback: same limits where rlimits/cgroups can do it, NO isolation."""
    scratch = tempfile.mkdtemp(prefix="kobai-unsandboxed-")
    cg = _create_cgroup(limits)
    owned: set[int] = set()
    channels = _own_channels(channel_fds or {}, owned)
    try:
        for rel, data in files.items():
            path = Path(scratch, rel)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(bytes(data))
        for host, dest in binds_ro:
            if dest.startswith(SANDBOX_DIR + "/"):
                link = Path(scratch, dest[len(SANDBOX_DIR) + 1:])
                link.parent.mkdir(parents=True, exist_ok=True)
                link.symlink_to(os.path.abspath(host))
            else:
                log.warning("unsandboxed run: bind %s -> %s not available", host, dest)

        def host(arg: str) -> str:
            if arg == _python_layout()[2]:
                return sys.executable
            if arg == SANDBOX_DIR or arg.startswith(SANDBOX_DIR + "/"):
                return scratch + arg[len(SANDBOX_DIR):]
            return arg

        result_r, result_w = os.pipe2(os.O_CLOEXEC)
        owned.add(result_r)
        result_w = _high_fd(result_w)
        owned.add(result_w)
        rl_args, enforcement = _rlimit_args(limits, cg)
        full_env = {**_BASE_ENV, **env, "HOME": scratch, "TMPDIR": scratch}
        full_env["PATH"] = os.path.dirname(sys.executable) + ":" + _HOST_PATH
        cmd = _wrapper(cg, result_w, channels=channels) + rl_args + ["/usr/bin/env", "-i"]
        cmd += [f"{k}={v}" for k, v in full_env.items()] + [host(a) for a in argv]
        res = _monitor(cmd, [result_w, *channels.values()], cg, limits, stdin, enforcement, reads={"result": result_r},
                       owned=owned, cwd=scratch, on_result_line=on_result_line)
        res.sandboxed = False
        return res
    finally:
        _close_all(owned)
        if cg:
            cg.remove()
        shutil.rmtree(scratch, ignore_errors=True)


def _proc_identity(pid: int) -> tuple[str, str] | None:
    """(state, start time) of a process, None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rpartition(")")[2].split()
    except OSError:
        return None
    return fields[0], fields[19]


def _children_of(pid: int) -> list[tuple[int, str]]:
    found = []
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for tid in tids:
        for child in (_read(f"/proc/{pid}/task/{tid}/children") or "").split():
            ident = _proc_identity(int(child))
            if ident:
                found.append((int(child), ident[1]))
    return found


def _wait_gone(procs: list[tuple[int, str]], timeout: float) -> None:
    """Wait until the namespace init(s) are dead (a zombie init means its namespace is empty)."""
    deadline = time.monotonic() + timeout
    killed = False
    while True:
        alive = []
        for pid, started in procs:
            ident = _proc_identity(pid)
            if ident and ident[1] == started and ident[0] not in ("Z", "X"):
                alive.append((pid, started))
        if not alive:
            return
        now = time.monotonic()
        if now > deadline:
            _warn_once("sandbox: namespace init %s still alive after the run", alive)
            return
        if not killed and now > deadline - timeout / 2:
            killed = True
            for pid, _ in alive:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
        time.sleep(0.005)


class _Stream:
    def __init__(self, cap: int, on_line=None):
        self.cap = cap
        self.buf = bytearray()
        self.truncated = False
        self.on_line = on_line
        self._scanned = 0

    def _lines(self) -> None:
        """Hand every complete line stored so far to `on_line` (progress streaming)."""
        while True:
            end = self.buf.find(b"\n", self._scanned)
            if end < 0:
                return
            line = bytes(self.buf[self._scanned:end])
            self._scanned = end + 1
            try:
                self.on_line(line)
            except Exception:  # noqa: BLE001 - a progress callback never breaks a run
                log.exception("result line callback failed")

    def feed(self, chunk: bytes) -> bool:
        """Store up to the cap; True when this chunk overflowed it."""
        try:
            return self._feed(chunk)
        finally:
            if self.on_line is not None:
                self._lines()

    def _feed(self, chunk: bytes) -> bool:
        room = self.cap - len(self.buf)
        if len(chunk) > room:
            self.buf += chunk[: max(room, 0)]
            overflow = not self.truncated
            self.truncated = True
            return overflow
        self.buf += chunk
        return False


def _own_channels(channel_fds: dict[int, int], owned: set[int]) -> dict[int, int]:
    """Take the caller's channel descriptors: each moved to >= 10 (so the wrapper's dup2s cannot
    clobber one another) and owned here from now on."""
    channels = {}
    for target, fd in channel_fds.items():
        moved = _high_fd(os.dup(fd))  # the caller's descriptor itself is closed by run()
        owned.add(moved)
        channels[target] = moved
    return channels


def _close_all(owned: set[int]) -> None:
    while owned:
        try:
            os.close(owned.pop())
        except OSError:
            pass


def _monitor(cmd, pass_fds, cg, limits: Limits, stdin: bytes, enforcement, *, reads, owned: set[int], cwd,
             on_result_line=None):
    t0 = time.monotonic()
    proc = subprocess.Popen(
        cmd,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        pass_fds=pass_fds,
        close_fds=True,
        start_new_session=True,
        env={"PATH": _HOST_PATH, "LC_ALL": "C"},
        cwd=cwd,
        bufsize=0,
    )
    # Our copies of what the child inherited: closed now (EOF on the result pipe needs it).
    for fd in pass_fds:
        owned.discard(fd)
        try:
            os.close(fd)
        except OSError:
            pass
    try:
        pidfd = os.pidfd_open(proc.pid)
    except (AttributeError, OSError):
        pidfd = None

    streams = {
        "stdout": _Stream(limits.output_bytes),
        "stderr": _Stream(limits.output_bytes),
        "result": _Stream(limits.result_bytes, on_line=on_result_line),
        "started": _Stream(16),
    }
    sel = selectors.DefaultSelector()
    fd_names = {proc.stdout.fileno(): "stdout", proc.stderr.fileno(): "stderr"}
    fd_names.update({fd: name for name, fd in reads.items()})
    for fd in fd_names:
        os.set_blocking(fd, False)
        sel.register(fd, selectors.EVENT_READ)
    stdin_fd = proc.stdin.fileno()
    pending = memoryview(bytes(stdin))
    if pending:
        os.set_blocking(stdin_fd, False)
        sel.register(stdin_fd, selectors.EVENT_WRITE)
    else:
        proc.stdin.close()
    if pidfd is not None:
        sel.register(pidfd, selectors.EVENT_READ)

    kill_reason: str | None = None
    start_at: float | None = None
    status_word: int | None = None
    rusage = None
    exited_at: float | None = None
    deadline = t0 + limits.wall_s
    next_sample = t0
    rss_peak: int | None = None
    drain_deadline: float | None = None
    inits: list[tuple[int, str]] | None = None  # the outer bwrap's children: the namespace init

    def kill(reason: str | None) -> None:
        nonlocal kill_reason
        if kill_reason is None and status_word is None:
            kill_reason = reason
        if status_word is None:
            try:
                if pidfd is not None:
                    signal.pidfd_send_signal(pidfd, signal.SIGKILL)
                else:
                    os.killpg(proc.pid, signal.SIGKILL)
            except OSError:
                pass
        if cg:
            for pid in cg.pids():
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass

    try:
        while True:
            now = time.monotonic()
            if status_word is None:
                pid, status, ru = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    status_word, rusage, exited_at = status, ru, now
                    proc.returncode = os.waitstatus_to_exitcode(status)
                    if pidfd is not None:
                        sel.unregister(pidfd)
                        os.close(pidfd)
                        pidfd = None
                    if cg:
                        cg.kill_all(timeout=2.0)
                    drain_deadline = now + 2.0
            if status_word is None:
                if inits is None and start_at is not None:
                    inits = _children_of(proc.pid)
                if now >= deadline:
                    kill("wall")
                elif cg and now >= next_sample:
                    next_sample = now + 0.05
                    used = cg.cpu_s() if cg.has("cpu") else None
                    if used is not None and used >= limits.cpu_s:
                        kill("cpu")
                    anon = cg.anon_bytes() if cg.has("memory") else None
                    if anon is not None and (rss_peak is None or anon > rss_peak):
                        rss_peak = anon
            registered = len(sel.get_map())
            if status_word is not None and (registered == 0 or now >= drain_deadline):
                break
            wait = 0.05
            if status_word is None:
                wait = min(wait, max(0.0, deadline - now)) if pidfd is not None else 0.01
            else:
                wait = max(0.0, min(wait, drain_deadline - now))
            for key, _ in sel.select(timeout=wait):
                fd = key.fd
                if fd == pidfd:
                    continue  # reaped at the top of the loop
                if fd == stdin_fd:
                    try:
                        n = os.write(fd, pending[:65536])
                        pending = pending[n:]
                    except BlockingIOError:
                        continue
                    except OSError:
                        pending = pending[:0]
                    if not pending:
                        sel.unregister(fd)
                        proc.stdin.close()
                    continue
                name = fd_names[fd]
                try:
                    chunk = os.read(fd, 65536)
                except BlockingIOError:
                    continue
                except OSError:
                    chunk = b""
                if not chunk:
                    sel.unregister(fd)
                    continue
                if name == "started":
                    start_at = start_at or time.monotonic()
                elif streams[name].feed(chunk):
                    kill("output")
    finally:
        if status_word is None:
            kill(kill_reason or "wall")
            _, status_word, rusage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status_word)
            exited_at = time.monotonic()
        sel.close()
        for f in (proc.stdin, proc.stdout, proc.stderr):
            try:
                f.close()
            except OSError:
                pass
        if pidfd is not None:
            os.close(pidfd)
        if inits:
            _wait_gone(inits, timeout=2.0)

    wall = exited_at - t0
    rc = proc.returncode
    exit_code: int | None
    sig: int | None
    if rc < 0:
        exit_code, sig = None, -rc
    elif 128 < rc <= 128 + 64 and "started" in reads:
        # bwrap reports a command killed by signal N as exit status 128+N.
        exit_code, sig = None, rc - 128
    else:
        exit_code, sig = rc, None
    if "started" in reads and start_at is None and kill_reason is None:
        err = bytes(streams["stderr"].buf).decode(errors="replace").strip()
        raise SandboxError(f"sandbox setup failed (exit {rc}): {err[-2000:]}")

    # Inside bwrap the outer process does not reap the namespace init, so its rusage says
    # nothing about the command: only cgroup figures count there.
    sandboxed = "started" in reads
    cpu_s = cg.cpu_s() if cg and cg.has("cpu") else None
    if cpu_s is None and rusage is not None and not sandboxed:
        cpu_s = rusage.ru_utime + rusage.ru_stime
    max_rss = rss_peak
    if max_rss is None and rusage is not None and not sandboxed:
        max_rss = rusage.ru_maxrss * 1024
    limit_hit = kill_reason
    if cg and cg.oom_killed():
        limit_hit = "memory"
    elif limit_hit == "output":
        pass
    elif cg and cg.pids_maxed():
        limit_hit = "processes"
    elif limit_hit is None and sig == signal.SIGXCPU:
        limit_hit = "cpu"
    elif limit_hit is None and sig == signal.SIGKILL and cpu_s is not None and cpu_s >= limits.cpu_s:
        limit_hit = "cpu"  # RLIMIT_CPU hard limit
    elif limit_hit is None and sig == signal.SIGXFSZ:
        limit_hit = "file_size"
    return SandboxResult(
        exit_code=exit_code,
        signal=sig,
        stdout=bytes(streams["stdout"].buf),
        stderr=bytes(streams["stderr"].buf),
        result=bytes(streams["result"].buf),
        stdout_truncated=streams["stdout"].truncated,
        stderr_truncated=streams["stderr"].truncated,
        result_truncated=streams["result"].truncated,
        wall_s=wall,
        cpu_s=cpu_s,
        limit_hit=limit_hit,
        max_rss=max_rss,
        memory_peak=cg.memory_peak() if cg and cg.has("memory") else None,
        sandbox_start_s=(start_at - t0) if start_at is not None else None,
        enforcement=enforcement,
    )
