"""A template: `python -I -m grader.harness.zygote` inside its own sandbox. Trusted; it never runs
learner code and never sees a job.

It sets itself up once as the judge or as the learner process would (torch, numpy, every
exercise, the tracer warmed, the judge's data), makes itself non-dumpable, says "ready" on
descriptor 3 and closes it. Then, for each message on its control socket (descriptor 7, from
the host: a small JSON object and the child's descriptors), it forks one child, says
{"forked": pid}, waits for it, cleans up after it and says {"exited": pid, "status": wait
status, "clean": bool}. End of the control socket: it exits.

The child puts the descriptors it was given on 0 (its job comes there, from the host, never
through the template), 1, 2, 3 and the two channel numbers, closes every other one, sets its
CPU limit and runs the role's job (grader.harness.judge.job or grader.harness.serve.job) in
the memory it was forked with: nothing is imported or warmed twice.

The learner's template runs as root inside its sandbox with only CAP_SETUID, CAP_SETGID and
CAP_SETPCAP (launch.py, bwrap.py). Before any learner code exists in it, its child empties the
capability bounding set, clears its supplementary groups, becomes the learner's uid (so the
template, a root process that is not dumpable, is out of its reach: no signal, no /proc/<pid>/mem,
no ptrace), checks that it holds no capability, and loads its own seccomp filter on top of the
sandbox's (no SysV IPC, no message queues: they would outlive it in the shared IPC namespace).
Once the child has exited, a helper process with the learner's uid SIGKILLs every process of
that uid that is left and removes every file under the writable places (/sandbox, /tmp,
/dev/shm); the template then checks that no such process or file is left, and exits when one
is (the host then replaces it), so the next child starts from what the first one found.
"""
from __future__ import annotations

import ctypes
import fcntl
import functools
import io
import json
import os
import resource
import signal
import socket
import stat
import sys

READY_FD = 3
CONTROL_FD = 7
CHILD_FDS = (0, 1, 2, 3, 5, 6)  # stdin (the job), stdout, stderr, the result channel, the two channels
WRITABLE = ("/sandbox", "/tmp", "/dev/shm")

PR_SET_DUMPABLE, PR_CAPBSET_DROP, PR_SET_NO_NEW_PRIVS, PR_SET_SECCOMP = 4, 24, 38, 22
SECCOMP_MODE_FILTER = 2

_libc = ctypes.CDLL(None, use_errno=True)


def main() -> int:
    config = json.loads(sys.stdin.readline() or "{}")
    role = config.get("role")
    if role == "judge":
        from grader.harness import judge

        state = judge.setup(config)
        run_job = functools.partial(judge.job, state)
    elif role in ("learner", "plain"):
        from grader.harness import serve

        serve.setup(config)
        # "plain" (the tests' probe of the learner's child, as sandbox.run's learner_argv is for a
        # cold one): the job line is a program run as it is, without the learner process's hook.
        run_job = serve.job if role == "learner" else _plain
        _empty(WRITABLE)  # whatever the set-up wrote (as root) is gone before the first child
    else:
        return 2
    child_uid = int(config["child_uid"]) if role != "judge" else None
    child_filter = bytes.fromhex(config.get("child_seccomp") or "")
    _prctl(PR_SET_DUMPABLE, 0)
    os.write(READY_FD, b'{"type": "ready"}\n')
    os.close(READY_FD)
    control = socket.socket(fileno=CONTROL_FD)
    while True:
        try:
            message, fds, _, _ = socket.recv_fds(control, 4096, len(CHILD_FDS))
        except OSError:
            return 0
        if not message:
            return 0  # the host is done with this template
        request = json.loads(message)
        if len(fds) != len(CHILD_FDS):
            return 2
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        pid = os.fork()
        if pid == 0:
            code = 70
            try:
                code = _child(fds, control, request, child_uid, child_filter, run_job)
            except BaseException:  # noqa: BLE001 - said on the child's stderr, then the child ends
                import traceback

                traceback.print_exc()
            finally:
                from grader.harness.context import exit_now

                exit_now(code)
        for fd in fds:
            os.close(fd)
        control.send(json.dumps({"forked": pid}).encode())
        _, status = os.waitpid(pid, 0)
        clean = True if child_uid is None else _clean_up(child_uid)
        control.send(json.dumps({"exited": pid, "status": status, "clean": clean}).encode())
        if not clean:
            return 3


def _child(fds, control, request: dict, uid: int | None, child_filter: bytes, run_job) -> int:
    control.close()
    high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 11) for fd in fds]  # above every target: no dup2 clobbers another
    for fd in fds:
        os.close(fd)
    for target, fd in zip(CHILD_FDS, high, strict=True):
        os.dup2(fd, target, inheritable=True)
    os.closerange(4, 5)
    os.closerange(7, os.sysconf("SC_OPEN_MAX"))
    cpu = int(request.get("cpu_s") or 0)
    if cpu > 0:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    if uid is not None:
        _become(uid)
        if child_filter:
            _load_filter(child_filter)
    os.chdir("/sandbox")
    sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False), encoding="utf-8")  # nothing buffered
    return run_job(sys.stdin.readline())


def _plain(line: str) -> int:
    if line:
        exec(compile(json.loads(line)["program"], "probe.py", "exec"), {"__name__": "__probe__"})
    return 0


def _become(uid: int) -> None:
    """Drop to uid for good: no bounding set, no groups, no capability left (checked)."""
    for cap in range(64):
        if _libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0 and ctypes.get_errno() != 22:  # EINVAL: no such cap
            raise OSError(ctypes.get_errno(), "PR_CAPBSET_DROP")
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)  # the permitted and effective sets go with root
    _clear_capabilities()  # and the inheritable set here
    _prctl(PR_SET_NO_NEW_PRIVS, 1)
    status = _status()
    for key in ("CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb"):
        if int(status.get(key, "1"), 16) != 0:
            raise PermissionError(f"{key} is not empty after dropping to {uid}")
    if status.get("Uid", "").split() != [str(uid)] * 4 or status.get("Groups", "").split():
        raise PermissionError("the child did not become its uid")


def _clear_capabilities() -> None:
    header = (ctypes.c_uint32 * 2)(0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3, this thread
    data = (ctypes.c_uint32 * 6)()  # effective, permitted, inheritable (two 32-bit words each): none
    if _libc.capset(header, data) != 0:
        raise OSError(ctypes.get_errno(), "capset")


def _status() -> dict[str, str]:
    with open("/proc/self/status") as f:
        return dict(line.rstrip("\n").split(":\t", 1) for line in f if ":\t" in line)


def _load_filter(program: bytes) -> None:
    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    buffer = ctypes.create_string_buffer(program, len(program))
    prog = SockFprog(len(program) // 8, ctypes.cast(buffer, ctypes.c_void_p))
    if _libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(prog), 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "PR_SET_SECCOMP")


def _prctl(option: int, value: int) -> None:
    if _libc.prctl(option, value, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), f"prctl {option}")


def _clean_up(uid: int) -> bool:
    """Kill what the child left running and remove what it left in the writable places; True when
    nothing of it is left."""
    helper = os.fork()
    if helper == 0:
        code = 1
        try:
            os.setgroups([])
            os.setresgid(uid, uid, uid)
            os.setresuid(uid, uid, uid)
            for _ in range(1000):
                try:
                    os.kill(-1, signal.SIGKILL)  # every process of this uid but this one
                except ProcessLookupError:
                    break
            _empty(WRITABLE)
            code = 0
        finally:
            os._exit(code)
    _, status = os.waitpid(helper, 0)
    _reap()
    return status == 0 and not _processes_of(uid) and not any(os.listdir(top) for top in WRITABLE)


def _reap() -> None:
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _processes_of(uid: int) -> list[int]:
    """Processes of uid that still run (a zombie waiting for the namespace's init runs nothing)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.stat(f"/proc/{entry}").st_uid != uid:
                    continue
                with open(f"/proc/{entry}/stat") as f:
                    state = f.read().rpartition(")")[2].split()[0]
            except (OSError, IndexError):
                continue
            if state not in ("Z", "X"):
                found.append(int(entry))
    return found


def _empty(tops) -> None:
    """Remove everything under each directory (made writable first where this uid owns it)."""
    for top in tops:
        for name in os.listdir(top):
            _remove(os.path.join(top, name))


def _remove(path: str) -> None:
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISDIR(mode):
        try:
            os.chmod(path, 0o700)
        except OSError:
            pass
        for name in os.listdir(path):
            _remove(os.path.join(path, name))
        os.rmdir(path)
    else:
        os.unlink(path)


if __name__ == "__main__":
    from grader.harness.context import exit_now

    exit_now(main())
