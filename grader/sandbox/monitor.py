"""Spawn the outer command, feed its stdin, collect what it writes and stop it at a limit.

Wall clock, total CPU (the cgroup's, sampled every 50 ms with the memory peak) and output are
watched here; at any limit the outer bwrap is SIGKILLed, which kills the PID-namespace init
(die-with-parent) and with it every process in the namespace; the cgroup is then swept (and
removed by the runner).  When the command itself ends, the namespace init exits and the kernel
kills whatever it left (daemons included); the monitor waits until that init is gone.

bwrap reports a command killed by signal N as exit status 128+N, so such statuses come back as
`signal` (a command exiting 137 on purpose reads as SIGKILL).
"""

from __future__ import annotations

import logging
import os
import selectors
import signal
import subprocess
import time

from .cgroups import Cgroup
from .limits import HOST_PATH, Limits, SandboxError, SandboxResult
from .procs import children_of, wait_gone
from .streams import Stream, read_chunk

log = logging.getLogger(__name__)

STALL_S = 2.0  # a gap this long between two turns of a watch loop (each waits 50 ms at most)


def stall(previous: float, now: float) -> float:
    """Seconds the watch loop itself did not run between two turns, when it is more than a turn's
    lateness: the worker was stopped (SIGSTOP) or starved. The command's wall clock does not count
    them, so a worker resumed late does not time out a grading it was not watching."""
    gap = now - previous
    return gap if gap > STALL_S else 0.0


def monitor(cmd: list[str], pass_fds: list[int], cg: Cgroup | None, limits: Limits, stdin: bytes,
            enforcement: dict[str, str], *, reads: dict[str, int], owned: set[int], cwd: str,
            on_result_line=None, abort=None) -> SandboxResult:
    """Run cmd until it ends or hits a limit (or `abort`, a threading.Event, is set), and say what it did.

    pass_fds: handed to the child, then closed here (and dropped from `owned`).  reads: our ends
    of the pipes besides stdout and stderr: "result", and "started" when the run is sandboxed.
    Raises SandboxError when a sandboxed run ends before its command started.
    """
    watch = Watch(cmd, pass_fds, cg, limits, stdin, reads=reads, owned=owned, cwd=cwd,
                   on_result_line=on_result_line)
    watch.abort = abort
    try:
        watch.loop()
    finally:
        watch.finish()
    return watch.result(enforcement)


def _spawn(cmd: list[str], pass_fds: list[int], owned: set[int], cwd: str) -> subprocess.Popen:
    proc = subprocess.Popen(
        cmd,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        pass_fds=pass_fds,
        close_fds=True,
        start_new_session=True,
        env={"PATH": HOST_PATH, "LC_ALL": "C"},
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
    return proc


class Watch:
    """One run of the outer command, from the spawn to the exit status, and what was seen of it."""

    def __init__(self, cmd, pass_fds, cg: Cgroup | None, limits: Limits, stdin: bytes, *, reads, owned, cwd,
                 on_result_line, more_stdin: bool = False):
        self.cg, self.limits, self.reads = cg, limits, reads
        self.t0 = self.spawned_at = time.monotonic()
        self.more_stdin = more_stdin  # stdin stays open for the job, written by feed()
        self.cpu_base = 0.0  # the cgroup's CPU when the job was given (warm runs): not the job's
        self.warm = False
        self.finished = False
        self.proc = _spawn(cmd, pass_fds, owned, cwd)
        try:
            self.pidfd = os.pidfd_open(self.proc.pid)
        except (AttributeError, OSError):
            self.pidfd = None
        self.kill_reason: str | None = None
        # Set from another thread when the run's result is no longer wanted (the judge beside it
        # failed): the loop kills the command within one turn.
        self.abort = None
        self.start_at: float | None = None  # when the stub said the sandbox was set up
        self.status_word: int | None = None
        self.rusage = None
        self.exited_at: float | None = None
        self.deadline = self.t0 + limits.wall_s
        self.stalled_s = 0.0  # time the loop did not run (stall()): not counted on the wall clock
        self.next_sample = self.t0
        self.rss_peak: int | None = None
        self.drain_deadline: float | None = None  # after the exit: the last output is read until then
        self.inits: list[tuple[int, str]] | None = None  # the outer bwrap's children: the namespace init
        self.streams = {
            "stdout": Stream(limits.output_bytes),
            "stderr": Stream(limits.output_bytes),
            "result": Stream(limits.result_bytes, on_line=on_result_line),
            "started": Stream(16),
        }
        self.sel = selectors.DefaultSelector()
        self._register(stdin)

    def _register(self, stdin: bytes) -> None:
        proc = self.proc
        self.fd_names = {proc.stdout.fileno(): "stdout", proc.stderr.fileno(): "stderr"}
        self.fd_names.update({fd: name for name, fd in self.reads.items()})
        for fd in self.fd_names:
            os.set_blocking(fd, False)
            self.sel.register(fd, selectors.EVENT_READ)
        self.stdin_fd = proc.stdin.fileno()
        os.set_blocking(self.stdin_fd, False)
        self.pending = memoryview(b"")
        self._queue_stdin(bytes(stdin))
        if self.pidfd is not None:
            self.sel.register(self.pidfd, selectors.EVENT_READ)

    def _queue_stdin(self, data: bytes) -> None:
        """Write data to the command's stdin as it reads it; close stdin after it unless more is due."""
        if self.proc.stdin.closed:
            return
        was_empty = not self.pending
        self.pending = memoryview(bytes(self.pending) + data)
        if self.pending and was_empty:
            self.sel.register(self.stdin_fd, selectors.EVENT_WRITE)
        elif not self.pending and not self.more_stdin:
            self.proc.stdin.close()

    # A warm run: started ahead (the command sets itself up and waits on stdin), then given its job.

    def alive(self) -> bool:
        """Whether the command still runs (not reaped, no limit hit); reads what it wrote meanwhile."""
        self.pump()
        return self.status_word is None and self.kill_reason is None

    def pump(self) -> None:
        """Read whatever is waiting on the command's descriptors without blocking; reap it if it ended."""
        if self.status_word is None:
            self._reap(time.monotonic())
        for key, _ in self.sel.select(timeout=0):
            self._handle(key.fd)

    def feed(self, job: bytes, limits: Limits, on_result_line=None) -> None:
        """Give the waiting command its job: the limits from now on are the job's, and its clock starts."""
        now = time.monotonic()
        self.streams["result"].on_line = on_result_line
        self.warm = True
        self.limits = limits
        self.t0, self.deadline, self.next_sample = now, now + limits.wall_s, now
        self.cpu_base = (self.cg.cpu_s() or 0.0) if self.cg and self.cg.has("cpu") else 0.0
        self.rss_peak = None
        for name, cap in (("stdout", limits.output_bytes), ("stderr", limits.output_bytes),
                          ("result", limits.result_bytes)):
            self.streams[name].cap = cap
        self.more_stdin = False
        self._queue_stdin(job)

    def loop(self) -> None:
        """Until the command has exited and its output is drained (or the drain time is up)."""
        last = time.monotonic()
        while True:
            now = time.monotonic()
            self._forgive(stall(last, now))
            last = now
            if self.status_word is None:
                self._reap(now)
            if self.status_word is None:
                self._check_limits(now)
                if self.abort is not None and self.abort.is_set():
                    self.kill("aborted")
            elif len(self.sel.get_map()) == 0 or now >= self.drain_deadline:
                return
            for key, _ in self.sel.select(timeout=self._wait(now)):
                self._handle(key.fd)

    def _forgive(self, stalled: float) -> None:
        if stalled and self.status_word is None:
            log.warning("the sandbox's watch did not run for %.1f s (the worker was stopped?): its wall "
                        "clock is extended by that", stalled)
            self.deadline += stalled
            self.stalled_s += stalled

    def _reap(self, now: float) -> None:
        pid, status, ru = os.wait4(self.proc.pid, os.WNOHANG)
        if not pid:
            return
        self.status_word, self.rusage, self.exited_at = status, ru, now
        self.proc.returncode = os.waitstatus_to_exitcode(status)
        if self.pidfd is not None:
            self.sel.unregister(self.pidfd)
            os.close(self.pidfd)
            self.pidfd = None
        if self.cg:
            self.cg.kill_all(timeout=2.0)
        self.drain_deadline = now + 2.0

    def _check_limits(self, now: float) -> None:
        if self.inits is None and self.start_at is not None:
            self.inits = children_of(self.proc.pid)
        if now >= self.deadline:
            self.kill("wall")
        elif self.cg and now >= self.next_sample:
            self.next_sample = now + 0.05
            self._sample(self.cg)

    def _sample(self, cg: Cgroup) -> None:
        used = cg.cpu_s() if cg.has("cpu") else None
        if used is not None and used - self.cpu_base >= self.limits.cpu_s:
            self.kill("cpu")
        anon = cg.anon_bytes() if cg.has("memory") else None
        if anon is not None and (self.rss_peak is None or anon > self.rss_peak):
            self.rss_peak = anon

    def _wait(self, now: float) -> float:
        if self.status_word is None:
            return min(0.05, max(0.0, self.deadline - now)) if self.pidfd is not None else 0.01
        return max(0.0, min(0.05, self.drain_deadline - now))

    def kill(self, reason: str | None) -> None:
        """SIGKILL the outer command and everything in the cgroup; the first reason is kept."""
        if self.kill_reason is None and self.status_word is None:
            self.kill_reason = reason
        if self.status_word is None:
            try:
                if self.pidfd is not None:
                    signal.pidfd_send_signal(self.pidfd, signal.SIGKILL)
                else:
                    os.killpg(self.proc.pid, signal.SIGKILL)
            except OSError:
                pass
        if self.cg:
            for pid in self.cg.pids():
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass

    def _handle(self, fd: int) -> None:
        if fd == self.pidfd:
            return  # reaped at the top of the loop
        if fd == self.stdin_fd:
            self._write_stdin()
        else:
            self._read(fd)

    def _write_stdin(self) -> None:
        try:
            n = os.write(self.stdin_fd, self.pending[:65536])
            self.pending = self.pending[n:]
        except BlockingIOError:
            return
        except OSError:
            self.pending = self.pending[:0]
        if not self.pending:
            self.sel.unregister(self.stdin_fd)
            if not self.more_stdin:
                self.proc.stdin.close()

    def _read(self, fd: int) -> None:
        name = self.fd_names[fd]
        chunk = read_chunk(fd)
        if chunk is None:
            return
        if not chunk:
            self.sel.unregister(fd)
        elif name == "started":
            self.start_at = self.start_at or time.monotonic()
        elif self.streams[name].feed(chunk):
            self.kill("output")

    def finish(self) -> None:
        """Kill and reap the command if still running, close our ends, wait for the namespace init.
        Once: a second call does nothing."""
        if self.finished:
            return
        self.finished = True
        if self.status_word is None:
            self.kill(self.kill_reason or "wall")
            _, self.status_word, self.rusage = os.wait4(self.proc.pid, 0)
            self.proc.returncode = os.waitstatus_to_exitcode(self.status_word)
            self.exited_at = time.monotonic()
        self.sel.close()
        for f in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            try:
                f.close()
            except OSError:
                pass
        if self.pidfd is not None:
            os.close(self.pidfd)
        if self.inits:
            wait_gone(self.inits, timeout=2.0)

    def result(self, enforcement: dict[str, str]) -> SandboxResult:
        sandboxed = "started" in self.reads
        exit_code, sig = self._exit_status(sandboxed)
        if sandboxed and self.start_at is None and self.kill_reason is None:
            err = bytes(self.streams["stderr"].buf).decode(errors="replace").strip()
            raise SandboxError(f"sandbox setup failed (exit {self.proc.returncode}): {err[-2000:]}")
        cpu_s, max_rss = self._usage(sandboxed)
        streams, cg = self.streams, self.cg
        return SandboxResult(
            exit_code=exit_code,
            signal=sig,
            stdout=bytes(streams["stdout"].buf),
            stderr=bytes(streams["stderr"].buf),
            result=bytes(streams["result"].buf),
            stdout_truncated=streams["stdout"].truncated,
            stderr_truncated=streams["stderr"].truncated,
            result_truncated=streams["result"].truncated,
            wall_s=self.exited_at - self.t0 - self.stalled_s,
            cpu_s=cpu_s,
            warm=self.warm,
            limit_hit=self._limit_hit(sig, cpu_s),
            max_rss=max_rss,
            memory_peak=cg.memory_peak() if cg and cg.has("memory") else None,
            sandbox_start_s=(0.0 if self.warm else self.start_at - self.t0) if self.start_at is not None else None,
            enforcement=enforcement,
        )

    def _exit_status(self, sandboxed: bool) -> tuple[int | None, int | None]:
        """(exit code, signal): one of them is None."""
        rc = self.proc.returncode
        if rc < 0:
            return None, -rc
        if 128 < rc <= 128 + 64 and sandboxed:
            # bwrap reports a command killed by signal N as exit status 128+N.
            return None, rc - 128
        return rc, None

    def _usage(self, sandboxed: bool) -> tuple[float | None, int | None]:
        """(CPU seconds, peak anonymous memory in bytes) of the run, where known."""
        # Inside bwrap the outer process does not reap the namespace init, so its rusage says
        # nothing about the command: only cgroup figures count there.
        cg, rusage = self.cg, self.rusage
        cpu_s = cg.cpu_s() if cg and cg.has("cpu") else None
        if cpu_s is not None:
            cpu_s = max(0.0, cpu_s - self.cpu_base)  # a warm run: its start-up is not the job's
        if cpu_s is None and rusage is not None and not sandboxed:
            cpu_s = rusage.ru_utime + rusage.ru_stime
        max_rss = self.rss_peak
        if max_rss is None and rusage is not None and not sandboxed:
            max_rss = rusage.ru_maxrss * 1024
        return cpu_s, max_rss

    def _limit_hit(self, sig: int | None, cpu_s: float | None) -> str | None:
        cg = self.cg
        return limit_hit(oom=bool(cg and cg.oom_killed()), pids_maxed=bool(cg and cg.pids_maxed()),
                         kill_reason=self.kill_reason, sig=sig, cpu_s=cpu_s, cpu_limit=self.limits.cpu_s)


def limit_hit(*, oom: bool, pids_maxed: bool, kill_reason: str | None, sig: int | None, cpu_s: float | None,
              cpu_limit: float) -> str | None:
    """Which limit ended a run (None: none), from what the cgroup, the watch and the exit say; the
    monitor's runs and a template's children (template.py) read it alike."""
    if oom:
        return "memory"
    if kill_reason == "output":
        return kill_reason
    if pids_maxed:
        return "processes"
    if kill_reason is None and sig == signal.SIGXCPU:
        return "cpu"
    if kill_reason is None and sig == signal.SIGKILL and cpu_s is not None and cpu_s >= cpu_limit:
        return "cpu"  # RLIMIT_CPU hard limit
    if kill_reason is None and sig == signal.SIGXFSZ:
        return "file_size"
    return kill_reason
