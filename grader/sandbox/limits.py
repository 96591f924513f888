"""What a run may use and what it gives back: Limits, Placement, SandboxResult, the errors and settings.

Limits: a cgroup per run (v1 memory/pids/cpuacct, or v2 when delegated; cgroups.py) for memory,
tasks and total CPU; rlimits (launch.py) for CPU per process, file size, open files, core dumps
(and memory / processes when no cgroup can be used).  Wall clock, total CPU and output are
watched by the monitor (monitor.py).

Settings (all optional): GRADER_SANDBOX_WALL_S, _CPU_S, _MEMORY_BYTES, _PROCESSES, _OUTPUT_BYTES,
_RESULT_BYTES, _FILE_SIZE_BYTES, _OPEN_FILES, _SCRATCH_BYTES (Limits defaults), GRADER_SANDBOX_BWRAP
(path), GRADER_SANDBOX_VENV (venv to expose at /venv), GRADER_SANDBOX_USE_CGROUPS (True),
GRADER_SANDBOX_SECCOMP (True), and GRADER_ALLOW_UNSANDBOXED (False: development only, runs with
rlimits and NO isolation).  They are read at call time when Django is configured; the fixed
fallbacks below are used otherwise.
"""

from __future__ import annotations

import dataclasses

SANDBOX_DIR = "/sandbox"
VENV_MOUNT = "/venv"
SANDBOX_UID = 65534
SANDBOX_GID = 65534
RESULT_FD = 3
STARTED_FD = 4  # only between the wrapper and the stub inside; closed before the command runs
HOST_PATH = "/usr/sbin:/usr/bin:/sbin:/bin"  # where host tools are looked up, and the PATH they run with

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


class SandboxError(RuntimeError):
    """The sandbox itself failed (bad bind, bwrap error): no verdict can come from this run."""


class SandboxUnavailable(SandboxError):
    """bubblewrap cannot create its namespaces here and unsandboxed runs are not allowed."""


def setting(name: str, default):
    """A Django setting, read now; `default` when Django is missing or not configured."""
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
            values[field] = setting(name, default) if value is None else value
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
    keep_root: the command stays root inside, with CAP_SETUID, CAP_SETGID and CAP_SETPCAP only,
    so that it can fork children that drop to `uid` (a template, template.py); root workers only.
    """

    uid: int = SANDBOX_UID
    gpu: bool = True
    hide: tuple[str, ...] = ()
    channels: tuple[tuple[int, int], ...] = ()
    keep_root: bool = False


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
    warm: bool = False  # started ahead and given its job later: wall, CPU and output count from the job
    enforcement: dict[str, str] = dataclasses.field(default_factory=dict)

    @property
    def truncated(self) -> bool:
        return self.stdout_truncated or self.stderr_truncated or self.result_truncated

    @property
    def ok(self) -> bool:
        return self.exit_code == 0 and self.limit_hit is None
