"""The outer command: a bash wrapper and prlimit, in front of bwrap.

Process chain: bash (joins the cgroups, puts the result pipe on fd 3) -> prlimit -> bwrap ->
[namespace init] -> sh stub (writes "started" on fd 4, closes it) -> [setpriv] -> argv.  The
command sees fds 0, 1, 2 and 3 only (and the channel fds a Placement asks for).

rlimits: CPU per process, file size, open files, core dumps, and memory (RLIMIT_DATA) and
processes (RLIMIT_NPROC) where no cgroup holds them; rlimit_args also says which mechanism
enforces each limit (SandboxResult.enforcement, /healthz).
"""

from __future__ import annotations

import math
import os
import shlex
from collections.abc import Mapping

from .bwrap import tool
from .cgroups import Cgroup
from .limits import RESULT_FD, SANDBOX_UID, STARTED_FD, Limits
from .seccomp import seccomp_filter


def rlimit_args(limits: Limits, cg: Cgroup | None) -> tuple[list[str], dict[str, str]]:
    """prlimit and its options, and the mechanism that enforces each limit."""
    prlimit = tool("prlimit") or "/usr/bin/prlimit"
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
    enforcement["seccomp"] = "deny-list" if seccomp_filter() is not None else "none"
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


def wrapper(cg: Cgroup | None, result_fd: int, started_fd: int | None = None,
            channels: Mapping[int, int] | None = None) -> list[str]:
    """bash: join the cgroups, put the result pipe on fd 3 (started pipe on 4, each channel on
    its own number), exec the rest."""
    bash = tool("bash") or "/bin/bash"
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
