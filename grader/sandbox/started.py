"""A sandboxed command that has been spawned (runner._launch), watched to its end once: the cold
run's and the warm run's handle."""

from __future__ import annotations

import os
import threading

from .limits import Limits, SandboxResult
from .monitor import Watch


class Started:
    """A sandboxed command that has been spawned: run() watches it to its end, once.

    A warm run (start()) sets itself up and waits on stdin; run(job, limits) then gives it its
    job, and the wall clock, the CPU limit (the cgroup's CPU at that moment is subtracted) and
    the output caps count from there.  A started command that is not wanted is discard()ed.
    """

    def __init__(self, watch: Watch, cg, owned: set[int], enforcement: dict[str, str]):
        self._watch, self._cg, self._owned, self._enforcement = watch, cg, owned, enforcement
        self._lock = threading.Lock()
        self._state = "waiting"
        self.spawned_at = watch.spawned_at

    def alive(self) -> bool:
        """Still running and waiting (reads what it wrote meanwhile)."""
        with self._lock:
            return self._state == "waiting" and self._watch.alive()

    def ready(self) -> bool:
        """Alive and has written its first line on the result channel (a warm command: set up)."""
        with self._lock:
            return self._state == "waiting" and self._watch.alive() and b"\n" in self._watch.streams["result"].buf

    def _take(self) -> None:
        with self._lock:
            if self._state != "waiting":
                raise RuntimeError(f"a started sandbox runs one job (this one is {self._state})")
            self._state = "running"

    def run(self, job: bytes | None = None, limits: Limits | None = None, on_result_line=None,
            abort=None) -> SandboxResult:
        """Watch the command to its end and say what it did; a warm one gets `job` on stdin first.
        `abort`: a threading.Event that, once set, kills the command (the result is not wanted)."""
        self._take()
        watch = self._watch
        watch.abort = abort
        try:
            try:
                if job is not None:
                    raise_priority(self._cg)
                    watch.feed(job, (limits or Limits()).resolved(), on_result_line)
                watch.loop()
            finally:
                watch.finish()
            return watch.result(self._enforcement)  # reads the cgroup's figures: before it goes
        finally:
            self._end()

    def discard(self) -> None:
        """Kill an unused (or dead) started command and free what it held; safe to call twice."""
        with self._lock:
            if self._state != "waiting":
                return
            self._state = "discarded"
        self._watch.kill(None)
        self._end()

    def _end(self) -> None:
        try:
            self._watch.finish()  # a second call does nothing
        finally:
            close_all(self._owned)
            if self._cg:
                self._cg.remove()


def raise_priority(cg) -> None:
    """A warm command was started at a lower CPU priority; its job runs at the normal one (root only)."""
    if cg is None or os.geteuid() != 0:
        return
    for pid in cg.pids():
        try:
            tids = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for tid in tids:
            try:
                os.setpriority(os.PRIO_PROCESS, int(tid), 0)
            except OSError:
                pass


def close_all(owned: set[int]) -> None:
    while owned:
        try:
            os.close(owned.pop())
        except OSError:
            pass

