"""Process bookkeeping for the monitor: the namespace init, followed through /proc."""

from __future__ import annotations

import os
import signal
import time

from .cgroups import read_file, warn_once


def proc_identity(pid: int) -> tuple[str, str] | None:
    """(state, start time) of a process, None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rpartition(")")[2].split()
    except OSError:
        return None
    return fields[0], fields[19]


def children_of(pid: int) -> list[tuple[int, str]]:
    found = []
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for tid in tids:
        for child in (read_file(f"/proc/{pid}/task/{tid}/children") or "").split():
            ident = proc_identity(int(child))
            if ident:
                found.append((int(child), ident[1]))
    return found


def wait_gone(procs: list[tuple[int, str]], timeout: float) -> None:
    """Wait until the namespace init(s) are dead (a zombie init means its namespace is empty)."""
    deadline = time.monotonic() + timeout
    killed = False
    while True:
        alive = []
        for pid, started in procs:
            ident = proc_identity(pid)
            if ident and ident[1] == started and ident[0] not in ("Z", "X"):
                alive.append((pid, started))
        if not alive:
            return
        now = time.monotonic()
        if now > deadline:
            warn_once("sandbox: namespace init %s still alive after the run", alive)
            return
        if not killed and now > deadline - timeout / 2:
            killed = True
            for pid, _ in alive:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
        time.sleep(0.005)
