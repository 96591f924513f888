"""A cgroup per run: memory, tasks and total CPU, and the figures read back after it.

v1 (memory, pids, cpuacct), or v2 when the memory and pids controllers are delegated; when
neither can be set up, the limits fall back to rlimits (launch.py).  When a run ends its cgroup
is swept (everything in it SIGKILLed) and removed.  If the worker dies mid-run, die-with-parent
kills the sandbox; its cgroup, named after the worker's pid, is swept by a later run.
"""

from __future__ import annotations

import errno
import logging
import math
import os
import re
import signal
import threading
import time
import uuid
from collections.abc import Iterable

from .limits import Limits, setting

log = logging.getLogger(__name__)

CGROUP_PREFIX = "kobai-sb-"
SWEEP_EVERY_S = 60.0

_warned: set[str] = set()


def warn_once(msg: str, *args) -> None:
    """Log a warning the first time this text comes up in this process."""
    text = msg % args
    if text not in _warned:
        _warned.add(text)
        log.warning(text)


def read_file(path: str) -> str | None:
    """A small kernel file (cgroup, /proc) as text; None when it cannot be read."""
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
    mounts_v1, mount_v2 = _cgroup_mounts()
    v1: dict[str, str] = {}
    v2 = None
    for line in (read_file("/proc/self/cgroup") or "").splitlines():
        hier, _, rest = line.partition(":")
        controllers, _, path = rest.partition(":")
        if hier == "0" and controllers == "" and mount_v2:
            v2 = _under(mount_v2, path)
        for ctrl in controllers.split(","):
            if ctrl in mounts_v1:
                v1[ctrl] = _under(mounts_v1[ctrl], path)
    return v1, v2


def _cgroup_mounts() -> tuple[dict[str, tuple[str, str]], tuple[str, str] | None]:
    """The cgroup mounts, each as (root, mountpoint): ({v1 controller: mount}, v2 mount or None)."""
    mounts_v1: dict[str, tuple[str, str]] = {}
    mount_v2: tuple[str, str] | None = None
    for line in (read_file("/proc/self/mountinfo") or "").splitlines():
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
    return mounts_v1, mount_v2


def _under(mount: tuple[str, str], path: str) -> str:
    """Where a cgroup path of /proc/self/cgroup lies under a (root, mountpoint) mount."""
    root, mountpoint = mount
    rel = os.path.relpath(path, root) if path.startswith(root) else path.lstrip("/")
    return os.path.normpath(os.path.join(mountpoint, "" if rel == "." else rel))


class Cgroup:
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
            usec = _keyed(read_file(os.path.join(self.dirs["unified"], "cpu.stat")), "usage_usec")
            return None if usec is None else usec / 1e6
        path = self._file("cpuacct", "cpuacct.usage", "")
        raw = read_file(path) if path else None
        try:
            return int(raw) / 1e9 if raw else None
        except ValueError:
            return None

    def memory_peak(self) -> int | None:
        path = self._file("memory", "memory.max_usage_in_bytes", "memory.peak")
        raw = read_file(path) if path else None
        try:
            return int(raw) if raw else None
        except ValueError:
            return None

    def anon_bytes(self) -> int | None:
        """Anonymous (RSS-like) memory now, without page cache."""
        if self.version == 2:
            return _keyed(read_file(os.path.join(self.dirs["unified"], "memory.stat")), "anon")
        d = self.dirs.get("memory")
        if not d:
            return None
        stat = read_file(os.path.join(d, "memory.stat"))
        value = _keyed(stat, "total_rss")
        return value if value is not None else _keyed(stat, "rss")

    def oom_kills(self) -> int:
        """How many times the kernel's OOM killer has killed in this cgroup (0 without memory)."""
        if self.version == 2:
            return _keyed(read_file(os.path.join(self.dirs["unified"], "memory.events")), "oom_kill") or 0
        d = self.dirs.get("memory")
        return (_keyed(read_file(os.path.join(d, "memory.oom_control")), "oom_kill") or 0) if d else 0

    def oom_killed(self) -> bool:
        return self.oom_kills() > 0

    def pids_max_events(self) -> int:
        """How many times a fork was refused at pids.max (0 without a pids controller)."""
        path = self._file("pids", "pids.events", "pids.events")
        return (_keyed(read_file(path), "max") or 0) if path else 0

    def pids_maxed(self) -> bool:
        return self.pids_max_events() > 0

    def pids(self) -> set[int]:
        found: set[int] = set()
        for f in self.procs_files():
            for tok in (read_file(f) or "").split():
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
            Cgroup(1, {"x": path}).remove()
            if not os.path.exists(path):
                removed.append(path)
    return removed


def create_cgroup(limits: Limits) -> Cgroup | None:
    """A fresh cgroup with the run's memory and task limits, or None (rlimits take over)."""
    global _last_sweep
    if not setting("GRADER_SANDBOX_USE_CGROUPS", True):
        return None
    v1, v2 = _cgroup_topology()
    name = f"{CGROUP_PREFIX}{os.getpid()}-{uuid.uuid4().hex[:12]}"
    with _cgroup_lock:
        if time.monotonic() - _last_sweep > SWEEP_EVERY_S:
            _last_sweep = time.monotonic()
            _sweep_stale(list(v1.values()) + ([v2] if v2 else []))
    if "memory" in v1 or "pids" in v1:
        return _create_v1(v1, name, limits)
    if v2:
        return _create_v2(v2, name, limits)
    return None


def _create_v1(parents: dict[str, str], name: str, limits: Limits) -> Cgroup | None:
    dirs: dict[str, str] = {}
    for ctrl in ("memory", "pids", "cpuacct"):
        if ctrl not in parents:
            continue
        d = os.path.join(parents[ctrl], name)
        try:
            os.mkdir(d)
        except OSError as e:
            warn_once("sandbox: cannot create %s cgroup under %s: %s", ctrl, parents[ctrl], e.strerror)
            continue
        dirs[ctrl] = d
    cg = Cgroup(1, dirs)
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


def _create_v2(parent: str, name: str, limits: Limits) -> Cgroup | None:
    enabled = (read_file(os.path.join(parent, "cgroup.subtree_control")) or "").split()
    missing = [c for c in ("memory", "pids", "cpu") if c not in enabled]
    if missing:
        _write(os.path.join(parent, "cgroup.subtree_control"), " ".join("+" + c for c in missing))
    d = os.path.join(parent, name)
    try:
        os.mkdir(d)
    except OSError as e:
        warn_once("sandbox: cannot create cgroup under %s: %s", parent, e.strerror)
        return None
    cg = Cgroup(2, {"unified": d})
    if not (os.path.exists(os.path.join(d, "memory.max")) and os.path.exists(os.path.join(d, "pids.max"))):
        warn_once("sandbox: memory/pids controllers not delegated to %s, falling back to rlimits", parent)
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
