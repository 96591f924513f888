"""Templates: a sandboxed process set up once that forks one child per job (grader/harness/zygote.py).

    tpl = Template(argv, setup=b'{"role": ...}\\n', limits=..., place=Placement(...))
    child = tpl.spawn({5: fd, 6: fd})       # forked now, from the set-up process
    result = child.run(job, limits)         # a SandboxResult, as sandbox.run gives

The template runs in an ordinary sandbox (runner.start: namespaces, seccomp, rlimits, its own
cgroup), so its children are in that sandbox too: the same filesystem, the same limits on
memory and tasks (the cgroup holds the template and its one child), the same seccomp filter.
What is a child's own: its stdin (the job, written by the host straight into the child, so
the template never holds learner code or anything of an earlier job), stdout, stderr and result
channel, its CPU limit (RLIMIT_CPU, and the cgroup's CPU from the job on), its wall clock, and,
for the learner's template, its uid, its capabilities (none) and its own seccomp filter
(zygote.py). One child at a time: spawn() refuses while one runs.

A child that hits a limit is stopped by killing the whole template (it is replaced by the
caller): nothing of a stopped child can outlive it that way. The control socket carries the
template's word on each child ({"forked"}, then {"exited", "status", "clean"}); a template
that says a child left something behind, or says anything else, is discarded.
"""
from __future__ import annotations

import json
import math
import os
import selectors
import signal
import socket
import threading
import time

from .cgroups import Cgroup
from .limits import Limits, Placement, SandboxError, SandboxResult, SandboxUnavailable
from .monitor import limit_hit, stall
from .runner import start
from .started import Started, raise_priority
from .streams import Stream, read_chunk

CONTROL_FD = 7  # inside the template
CHILD_FDS = (0, 1, 2, 3, 5, 6)


class Template:
    """A set-up sandboxed process that forks children; see the module's docstring."""

    def __init__(self, argv, *, setup: bytes, binds_ro=(), limits: Limits | None = None,
                 place: Placement | None = None, env=None, nice: int = 0):
        place = place or Placement()
        if place.keep_root and os.geteuid() != 0:
            raise SandboxUnavailable("a template whose children change uid needs a root worker")
        host, inner = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        inner_fd = inner.detach()  # start() owns it from here and closes it
        try:
            self.started: Started = start(
                argv, binds_ro=binds_ro, limits=limits, stdin=setup, env=env, nice=nice,
                place=Placement(uid=place.uid, gpu=place.gpu, hide=place.hide, keep_root=place.keep_root,
                                channels=(*place.channels, (CONTROL_FD, inner_fd))))
        except BaseException:
            host.close()
            raise
        self.sock = host
        self._lock = threading.Lock()
        self._busy = False
        self._dead = False
        self.children = 0

    @property
    def cgroup(self) -> Cgroup | None:
        return self.started._cg

    def ready(self) -> bool:
        """Set up, alive and not running a child."""
        with self._lock:
            return not self._busy and not self._dead and self.started.ready()

    def alive(self) -> bool:
        with self._lock:
            return not self._dead and self.started.alive()

    def spawn(self, channels: dict[int, int] | None = None, cpu_s: float | None = None) -> Child:
        """Fork one child (its descriptors made here); the template must be ready. The caller's
        channel descriptors are sent, not taken: the caller still closes its own."""
        with self._lock:
            if self._busy or self._dead:
                raise RuntimeError("a template runs one child at a time")
            self._busy = True
        made: list[int] = []
        try:
            stdin_r, stdin_w = os.pipe2(os.O_CLOEXEC)
            stdout_r, stdout_w = os.pipe2(os.O_CLOEXEC)
            stderr_r, stderr_w = os.pipe2(os.O_CLOEXEC)
            result_r, result_w = os.pipe2(os.O_CLOEXEC)
            made += [stdin_r, stdin_w, stdout_r, stdout_w, stderr_r, stderr_w, result_r, result_w]
            channels = channels or {}
            theirs = [stdin_r, stdout_w, stderr_w, result_w, channels.get(5, stdin_r), channels.get(6, stdin_r)]
            request = {"cpu_s": math.ceil(cpu_s) if cpu_s else 0}
            socket.send_fds(self.sock, [json.dumps(request).encode()], theirs)
            for fd in (stdin_r, stdout_w, stderr_w, result_w):
                os.close(fd)
                made.remove(fd)
            reply = self._reply(timeout=10.0)
            if "forked" not in reply:
                raise SandboxError(f"the template did not fork: {reply!r}")
            raise_priority(self.cgroup)  # started at a lower priority: the job runs at the normal one
            return Child(self, reply["forked"], stdin_w, stdout_r, stderr_r, result_r)
        except BaseException:
            for fd in made:
                os.close(fd)
            self.discard()
            raise

    def _reply(self, timeout: float) -> dict:
        self.sock.settimeout(timeout)
        try:
            raw = self.sock.recv(4096)
        except (TimeoutError, OSError) as exc:
            raise SandboxError(f"no word from the template: {exc}") from exc
        finally:
            self.sock.settimeout(None)
        if not raw:
            raise SandboxError("the template is gone")
        try:
            reply = json.loads(raw)
        except ValueError as exc:
            raise SandboxError("the template said something unreadable") from exc
        if not isinstance(reply, dict):
            raise SandboxError("the template said something unreadable")
        return reply

    def _child_done(self, clean: bool) -> None:
        with self._lock:
            self._busy = False
            self.children += 1
        if not clean:
            self.discard()

    def discard(self) -> None:
        """Kill the template (and its child, if one runs); safe to call twice."""
        with self._lock:
            self._dead = True
        self.started.discard()  # kills what runs in it (die-with-parent, the cgroup)
        try:
            self.sock.close()
        except OSError:
            pass


class Child:
    """One forked child, waiting for its job on stdin until run() gives it (once)."""

    def __init__(self, template: Template, pid: int, stdin_w: int, stdout_r: int, stderr_r: int, result_r: int):
        self.template, self.pid = template, pid
        self.fds = {"stdin": stdin_w, "stdout": stdout_r, "stderr": stderr_r, "result": result_r}
        self._state = "waiting"
        self._lock = threading.Lock()

    def discard(self) -> None:
        """An unused child: its stdin is closed unread, so it ends; the template is kept when it
        says the child ended clean."""
        with self._lock:
            if self._state != "waiting":
                return
            self._state = "discarded"
        self._close()
        try:
            reply = self.template._reply(timeout=10.0)
            clean = bool(reply.get("clean")) and "exited" in reply
        except SandboxError:
            clean = False
        self.template._child_done(clean)

    def _close(self) -> None:
        for fd in self.fds.values():
            if fd >= 0:
                try:
                    os.close(fd)
                except OSError:
                    pass
        self.fds = {k: -1 for k in self.fds}

    def run(self, job: bytes, limits: Limits | None = None, on_result_line=None, abort=None) -> SandboxResult:
        """Give the child its job and watch it to its end; what it did. `abort`: a threading.Event
        that, once set, kills the child (and so its template) at once."""
        with self._lock:
            if self._state != "waiting":
                raise RuntimeError(f"a child runs one job (this one is {self._state})")
            self._state = "running"
        watch = _ChildWatch(self, (limits or Limits()).resolved(), on_result_line)
        watch.abort = abort
        clean = False
        try:
            watch.loop(job)
            clean = watch.clean
        finally:
            self._close()
            result = watch.result()
            self.template._child_done(clean and watch.kill_reason is None)
        return result


class _ChildWatch:
    """The wall clock, the cgroup's CPU and memory, the output caps and the template's word, for one child."""

    def __init__(self, child: Child, limits: Limits, on_result_line):
        self.child, self.limits = child, limits
        self.cg = child.template.cgroup
        self.streams = {
            "stdout": Stream(limits.output_bytes),
            "stderr": Stream(limits.output_bytes),
            "result": Stream(limits.result_bytes, on_line=on_result_line),
        }
        self.cpu_base = self._cpu() or 0.0
        self.oom_base = self._oom()
        self.pids_base = self._pids_events()
        self.anon_base = self._anon() or 0
        self.rss_peak: int | None = None
        self.kill_reason: str | None = None
        self.status: int | None = None
        self.clean = False
        self.t0, self.stalled_s = time.monotonic(), 0.0  # stalled: monitor.stall, not the child's time
        self.ended_at: float | None = None
        self.oom = self.pids_maxed = False
        self.abort = None  # see Child.run

    def _cpu(self):
        return self.cg.cpu_s() if self.cg and self.cg.has("cpu") else None

    def _anon(self):
        return self.cg.anon_bytes() if self.cg and self.cg.has("memory") else None

    def _oom(self) -> int:
        return self.cg.oom_kills() if self.cg else 0

    def _pids_events(self) -> int:
        return self.cg.pids_max_events() if self.cg else 0

    def loop(self, job: bytes) -> None:
        fds, sock = self.child.fds, self.child.template.sock
        sel = selectors.DefaultSelector()
        names = {fds["stdout"]: "stdout", fds["stderr"]: "stderr", fds["result"]: "result"}
        for fd in names:
            os.set_blocking(fd, False)
            sel.register(fd, selectors.EVENT_READ)
        sel.register(sock, selectors.EVENT_READ)
        os.set_blocking(fds["stdin"], False)
        pending = memoryview(bytes(job))
        sel.register(fds["stdin"], selectors.EVENT_WRITE)
        deadline = self.t0 + self.limits.wall_s
        drain_until, last, next_sample = None, self.t0, self.t0
        try:
            while True:
                now = time.monotonic()
                stalled, last = (stall(last, now) if self.status is None else 0.0), now
                deadline, self.stalled_s = deadline + stalled, self.stalled_s + stalled  # a stopped worker
                if self.status is None and self.kill_reason is None:
                    if now >= deadline:
                        return self._kill("wall")
                    if self.abort is not None and self.abort.is_set():
                        return self._kill("aborted")
                    if now >= next_sample:
                        next_sample = now + 0.05
                        if self._sample():
                            return None
                elif drain_until is None:
                    drain_until = now + 2.0
                if drain_until is not None and (now >= drain_until or not any(n in names for n in sel.get_map())):
                    return None
                wait = max(0.0, min(0.05, deadline - now)) if drain_until is None else max(0.0, drain_until - now)
                for key, _ in sel.select(timeout=wait):
                    fd = key.fd
                    if fd == fds["stdin"]:
                        pending = self._write(fd, pending, sel)
                    elif key.fileobj is sock:
                        if self._word(sel):
                            return None
                    else:
                        self._read(fd, names, sel)
        finally:
            sel.close()

    def _write(self, fd: int, pending: memoryview, sel) -> memoryview:
        try:
            pending = pending[os.write(fd, pending[:65536]):]
        except BlockingIOError:
            return pending
        except OSError:
            pending = pending[:0]
        if not pending:
            sel.unregister(fd)
            os.close(fd)
            self.child.fds["stdin"] = -1
        return pending

    def _read(self, fd: int, names: dict, sel) -> None:
        chunk = read_chunk(fd)
        if chunk is None:
            return
        if not chunk:
            sel.unregister(fd)
            del names[fd]
        elif self.streams[names[fd]].feed(chunk):
            self._kill("output")

    def _word(self, sel) -> bool:
        """The template's word on the child: True when the template is gone (stop watching)."""
        try:
            raw = self.child.template.sock.recv(4096)
        except OSError:
            raw = b""
        try:
            reply = json.loads(raw) if raw else None
        except ValueError:
            reply = None
        sel.unregister(self.child.template.sock)
        if not isinstance(reply, dict) or reply.get("exited") != self.child.pid:
            self._gone()
            return True
        self.status, self.clean = int(reply.get("status", 0)), bool(reply.get("clean"))
        self.ended_at = time.monotonic()
        self._sample()
        return False

    def _sample(self) -> bool:
        used = self._cpu()
        if used is not None and used - self.cpu_base >= self.limits.cpu_s and self.status is None:
            self._kill("cpu")
            return True
        anon = self._anon()
        if anon is not None:
            anon = max(0, anon - self.anon_base)
            self.rss_peak = anon if self.rss_peak is None else max(self.rss_peak, anon)
        return False

    def _gone(self) -> None:
        """The template ended (a memory limit or a crash): what killed it, before its cgroup goes."""
        self.oom = self._oom() > self.oom_base
        self.pids_maxed = self._pids_events() > self.pids_base
        self.ended_at = self.ended_at or time.monotonic()
        if self.status is None:
            self.status = signal.SIGKILL  # a wait status: killed by SIGKILL
        self.child.template.discard()

    def _kill(self, reason: str) -> None:
        self.kill_reason = self.kill_reason or reason
        self._gone()

    def result(self) -> SandboxResult:
        if self.status is None:  # stopped from outside the loop (an exception): killed
            self._kill("wall")
        if not self.oom and not self.pids_maxed:
            self.oom = self._oom() > self.oom_base
            self.pids_maxed = self._pids_events() > self.pids_base
        code = os.waitstatus_to_exitcode(self.status)
        exit_code, sig = (None, -code) if code < 0 else (code, None)
        cpu = self._cpu()
        cpu_s = max(0.0, cpu - self.cpu_base) if cpu is not None else None
        s = self.streams
        return SandboxResult(
            exit_code=exit_code, signal=sig,
            stdout=bytes(s["stdout"].buf), stderr=bytes(s["stderr"].buf), result=bytes(s["result"].buf),
            stdout_truncated=s["stdout"].truncated, stderr_truncated=s["stderr"].truncated,
            result_truncated=s["result"].truncated,
            wall_s=(self.ended_at or time.monotonic()) - self.t0 - self.stalled_s, cpu_s=cpu_s, warm=True,
            limit_hit=self._limit_hit(sig, cpu_s), max_rss=self.rss_peak, memory_peak=None,
            sandbox_start_s=0.0, enforcement={**self.child.template.started._enforcement, "forked": "template"})

    def _limit_hit(self, sig: int | None, cpu_s: float | None) -> str | None:
        return limit_hit(oom=self.oom, pids_maxed=self.pids_maxed, kill_reason=self.kill_reason, sig=sig,
                         cpu_s=cpu_s, cpu_limit=self.limits.cpu_s)
