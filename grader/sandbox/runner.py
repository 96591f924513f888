"""Run one untrusted command in a fresh bubblewrap sandbox and collect what it did.

The entry points are here: run, sandbox_available, sandbox_info, sandbox_python, reset_cache
(and, from the parts, Limits, Placement, SandboxResult, the errors, sandbox_path and
sweep_stale_cgroups).  Plain Python: Django settings are read at call time for defaults when
Django is configured, and fixed fallbacks are used otherwise.  The parts, in the order a run
uses them:

    limits.py    Limits, Placement, SandboxResult, the errors, the GRADER_SANDBOX_* settings
    cgroups.py   a cgroup per run (memory, tasks, total CPU), its figures, the sweep of stale ones
    seccomp.py   the seccomp deny-list bwrap loads
    bwrap.py     bwrap's command line: the layout inside, who runs the command, the interpreter
    launch.py    the outer command: a bash wrapper (cgroups, descriptors) and prlimit before bwrap
    monitor.py   spawn, stdin, output, wall/CPU/output limits, kill, and how the run ended
                 (streams.py: the capped output; procs.py: the namespace init through /proc)
    started.py   Started: a spawned command's handle (cold runs, and warm ones given a job later)
    template.py  Template: a set-up sandboxed process that forks one child per job (warm grading)

A sandboxed run (_execute): cgroup, pipes, bwrap options (through a memfd), wrapper + prlimit +
bwrap, then the monitor; the cgroup is removed at the end.  When bwrap cannot work here and
GRADER_ALLOW_UNSANDBOXED is set (development only), _run_unsandboxed keeps the limits but NOT
the isolation.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from .bwrap import (
    BASE_ENV,
    bwrap_argv,
    bwrap_path,
    check_dest,
    check_rel,
    gpu_device_nodes,
    high_fd,
    memfd,
    python_layout,
    sandbox_path,
    tool,
)
from .cgroups import CGROUP_PREFIX, SWEEP_EVERY_S, create_cgroup, sweep_stale_cgroups
from .launch import rlimit_args, wrapper
from .limits import (
    HOST_PATH,
    RESULT_FD,
    SANDBOX_DIR,
    SANDBOX_GID,
    SANDBOX_UID,
    STARTED_FD,
    VENV_MOUNT,
    GiB,
    Limits,
    MiB,
    Placement,
    SandboxError,
    SandboxResult,
    SandboxUnavailable,
    setting,
)
from .monitor import Watch, monitor
from .started import Started, close_all

# The package's public names stay importable from here.  bwrap_path is looked up in this module
# when a run starts, so patching runner.bwrap_path takes effect (tests do).
__all__ = [
    "CGROUP_PREFIX", "GiB", "MiB", "RESULT_FD", "SANDBOX_DIR", "SANDBOX_GID", "SANDBOX_UID", "STARTED_FD",
    "SWEEP_EVERY_S", "VENV_MOUNT", "Limits", "Placement", "SandboxError", "SandboxResult", "SandboxUnavailable",
    "Started", "gpu_device_nodes", "reset_cache", "run", "sandbox_available", "sandbox_info", "sandbox_path",
    "sandbox_python", "start", "sweep_stale_cgroups",
]

log = logging.getLogger(__name__)


def sandbox_python() -> str:
    """The Python to put in argv: inside the sandbox, or the host one when running unsandboxed."""
    if not sandbox_available()[0] and setting("GRADER_ALLOW_UNSANDBOXED", False):
        return sys.executable
    return python_layout()[2]


# --------------------------------------------------------------------------------------------
# Availability


_avail_lock = threading.Lock()
_avail_cache: dict[tuple, tuple[bool, str]] = {}


def reset_cache() -> None:
    with _avail_lock:
        _avail_cache.clear()


def sandbox_available() -> tuple[bool, str]:
    """(True, description) when bwrap can create the namespaces here, else (False, reason). Cached."""
    bwrap = bwrap_path()
    key = (bwrap, os.geteuid(), python_layout())
    with _avail_lock:
        if key in _avail_cache:
            return _avail_cache[key]
        _avail_cache[key] = result = _probe(bwrap)
        return result


def _probe(bwrap: str | None) -> tuple[bool, str]:
    if not bwrap:
        return False, "bubblewrap (bwrap) not found"
    for name in ("bash", "prlimit") + (("setpriv",) if os.geteuid() == 0 else ()):
        if not tool(name):
            return False, f"{name} not found"
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
    cg = create_cgroup(limits) if ok else None
    try:
        _, enforcement = rlimit_args(limits, cg)
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
        "allow_unsandboxed": bool(setting("GRADER_ALLOW_UNSANDBOXED", False)),
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
    abort=None,
) -> SandboxResult:
    """Run argv in a fresh sandbox; `files` appear under /sandbox (cwd, HOME).

    `abort` (a threading.Event), when set from another thread, kills the run at once (its kill
    reason is "aborted"): the caller no longer wants its result.

    `on_result_line(bytes)`, when given, is called with each complete line the command
    writes to fd 3 as it arrives (live progress); the whole channel is still returned.

    Whatever the command writes to fd 3 comes back as `result`.  Raises SandboxUnavailable when
    bwrap cannot work here (unless GRADER_ALLOW_UNSANDBOXED), SandboxError when the sandbox could
    not be set up for this call (e.g. a missing bind source), ValueError for bad arguments.
    """
    limits, files, binds_ro, env = _checked_call(argv, files, binds_ro, limits, env)
    place = place or Placement()
    channel_fds = {int(target): fd for target, fd in place.channels}
    try:
        _check_channels(channel_fds)
        ok, reason = sandbox_available()
        if not ok:
            if not setting("GRADER_ALLOW_UNSANDBOXED", False):
                raise SandboxUnavailable(reason)
            log.warning("sandbox unavailable (%s): running UNSANDBOXED (GRADER_ALLOW_UNSANDBOXED)", reason)
            return _run_unsandboxed(argv, files, binds_ro, limits, stdin, env, on_result_line, channel_fds,
                                    abort=abort)
        return _execute(argv, files=files, binds_ro=binds_ro, limits=limits, stdin=stdin, env=env,
                        bwrap=bwrap_path(), use_cgroup=True, on_result_line=on_result_line, place=place,
                        channel_fds=channel_fds, abort=abort)
    finally:
        close_all(set(channel_fds.values()))  # after the spawn (or a refusal): the child holds its own


def _checked_call(argv, files, binds_ro, limits, env):
    """run()'s and start()'s arguments checked: (limits resolved, files, binds, env); ValueError."""
    if not argv:
        raise ValueError("argv is empty")
    limits = (limits or Limits()).resolved()
    files = _checked_files(dict(files or {}), limits)
    binds_ro = [(os.fspath(h), d) for h, d in binds_ro]
    for host, dest in binds_ro:
        check_dest(dest)
        if not os.path.exists(host):
            raise ValueError(f"bind source {host!r} does not exist")
    env = dict(env or {})
    for key in env:
        if not key or "=" in key or "\0" in key:
            raise ValueError(f"bad environment variable name {key!r}")
    return limits, files, binds_ro, env


def _check_channels(channel_fds: dict[int, int]) -> None:
    for target in channel_fds:
        if target <= STARTED_FD or target >= 10:
            raise ValueError(f"channel descriptor numbers inside are 5 to 9, got {target}")


def _checked_files(files: dict[str, bytes], limits: Limits) -> dict[str, bytes]:
    for rel, data in files.items():
        check_rel(rel)
        if not isinstance(data, bytes | bytearray | memoryview):
            raise TypeError(f"files[{rel!r}] must be bytes")
        if len(data) > limits.file_size_bytes:
            raise ValueError(f"files[{rel!r}] is larger than the file size limit")
    if sum(len(d) for d in files.values()) > limits.scratch_bytes:
        raise ValueError("files do not fit in the scratch directory")
    if len(files) + 16 > limits.open_files:
        raise ValueError("too many files for the open-files limit")
    return files


def _execute(argv, *, files, binds_ro, limits, stdin, env, bwrap, use_cgroup, on_result_line=None,
             place: Placement | None = None, channel_fds: dict[int, int] | None = None,
             abort=None) -> SandboxResult:
    started = _launch(argv, files=files, binds_ro=binds_ro, limits=limits, stdin=stdin, env=env, bwrap=bwrap,
                      use_cgroup=use_cgroup, on_result_line=on_result_line, place=place, channel_fds=channel_fds)
    return started.run(abort=abort)


def _launch(argv, *, files, binds_ro, limits, stdin, env, bwrap, use_cgroup, on_result_line=None,
            place: Placement | None = None, channel_fds: dict[int, int] | None = None,
            more_stdin: bool = False, nice: int = 0) -> Started:
    """Spawn the sandboxed command (cgroup, pipes, bwrap options through a memfd); not yet watched."""
    cg = create_cgroup(limits) if use_cgroup else None
    owned: set[int] = set()  # closed exactly once: after spawn (passed fds) or at the end
    channels = _own_channels(channel_fds or {}, owned)
    try:
        started_r, started_w = os.pipe2(os.O_CLOEXEC)
        owned.add(started_r)
        started_w = high_fd(started_w)
        owned.add(started_w)
        result_r, result_w = os.pipe2(os.O_CLOEXEC)
        owned.add(result_r)
        result_w = high_fd(result_w)
        owned.add(result_w)
        file_fds: list[int] = []
        try:
            options, command = bwrap_argv(bwrap, argv, files, binds_ro, limits, env, file_fds, place)
        finally:
            owned.update(file_fds)
        # The options travel through a memfd (--args) so that /proc/1/cmdline, readable inside,
        # shows no host paths.
        args_fd = memfd("bwrap-args", b"".join(a.encode() + b"\0" for a in options))
        owned.add(args_fd)
        file_fds.append(args_fd)
        rl_args, enforcement = rlimit_args(limits, cg)
        cmd = wrapper(cg, result_w, started_w, channels) + rl_args + [bwrap, "--args", str(args_fd), "--", *command]
        if nice:
            cmd = [tool("nice") or "/usr/bin/nice", "-n", str(int(nice)), *cmd]
        pass_fds = [started_w, result_w, *file_fds, *channels.values()]
        watch = Watch(cmd, pass_fds, cg, limits, stdin, reads={"started": started_r, "result": result_r},
                      owned=owned, cwd="/", on_result_line=on_result_line, more_stdin=more_stdin)
    except BaseException:
        close_all(owned)
        if cg:
            cg.remove()
        raise
    return Started(watch, cg, owned, enforcement)


def start(
    argv: Sequence[str],
    *,
    files: Mapping[str, bytes] | None = None,
    binds_ro: Iterable[tuple[str, str]] = (),
    limits: Limits | None = None,
    stdin: bytes = b"",
    env: Mapping[str, str] | None = None,
    place: Placement | None = None,
    nice: int = 0,
) -> Started:
    """Start argv in a fresh sandbox ahead of its job (a warm run): it gets `stdin` now and keeps
    stdin open; Started.run(job, limits) gives it the rest and watches it, once.

    `limits` here are those fixed at the start (memory, tasks, rlimits: CPU per process included,
    so leave room for the set-up); wall, total CPU and output are the job's.  Runs at `nice` until
    the job (when the worker is root).  Raises SandboxUnavailable where bwrap cannot work: warm
    runs are never unsandboxed.
    """
    limits, files, binds_ro, env = _checked_call(argv, files, binds_ro, limits, env)
    place = place or Placement()
    channel_fds = {int(target): fd for target, fd in place.channels}
    try:
        _check_channels(channel_fds)
        ok, reason = sandbox_available()
        if not ok:
            raise SandboxUnavailable(reason)
        return _launch(argv, files=files, binds_ro=binds_ro, limits=limits, stdin=stdin, env=env,
                       bwrap=bwrap_path(), use_cgroup=True, place=place, channel_fds=channel_fds,
                       more_stdin=True, nice=nice)
    finally:
        close_all(set(channel_fds.values()))


def _run_unsandboxed(argv, files, binds_ro, limits, stdin, env, on_result_line=None,
                     channel_fds: dict[int, int] | None = None, abort=None) -> SandboxResult:
    """Development fallback: same limits where rlimits/cgroups can do it, NO isolation."""
    scratch = tempfile.mkdtemp(prefix="kobai-unsandboxed-")
    cg = create_cgroup(limits)
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
            if arg == python_layout()[2]:
                return sys.executable
            if arg == SANDBOX_DIR or arg.startswith(SANDBOX_DIR + "/"):
                return scratch + arg[len(SANDBOX_DIR):]
            return arg

        result_r, result_w = os.pipe2(os.O_CLOEXEC)
        owned.add(result_r)
        result_w = high_fd(result_w)
        owned.add(result_w)
        rl_args, enforcement = rlimit_args(limits, cg)
        full_env = {**BASE_ENV, **env, "HOME": scratch, "TMPDIR": scratch}
        full_env["PATH"] = os.path.dirname(sys.executable) + ":" + HOST_PATH
        cmd = wrapper(cg, result_w, channels=channels) + rl_args + ["/usr/bin/env", "-i"]
        cmd += [f"{k}={v}" for k, v in full_env.items()] + [host(a) for a in argv]
        res = monitor(cmd, [result_w, *channels.values()], cg, limits, stdin, enforcement, reads={"result": result_r},
                      owned=owned, cwd=scratch, on_result_line=on_result_line, abort=abort)
        res.sandboxed = False
        return res
    finally:
        close_all(owned)
        if cg:
            cg.remove()
        shutil.rmtree(scratch, ignore_errors=True)


def _own_channels(channel_fds: dict[int, int], owned: set[int]) -> dict[int, int]:
    """Take the caller's channel descriptors: each moved to >= 10 (so the wrapper's dup2s cannot
    clobber one another) and owned here from now on."""
    channels = {}
    for target, fd in channel_fds.items():
        moved = high_fd(os.dup(fd))  # the caller's descriptor itself is closed by run()
        owned.add(moved)
        channels[target] = moved
    return channels
