"""Early feedback inside the learner process (a tripwire, not a boundary).

An audit hook (PEP 578; it cannot be removed once added) that, once armed, refuses what no
solution needs: processes, sockets, ctypes, new code objects and marshal, walking the gc,
getting frames (sys._getframe, tracebacks' and generators' frames, settrace), reading /proc.
A refused event raises `Refused`, which the learner process reports and the verdict shows as
`rejected: your code tried to open a socket`. The learner owns this process and could get
around the hook; nothing would follow from it: no verdict depends on the hook (the judge, in
another sandbox, measures), and the sandbox is what contains the process.
"""
from __future__ import annotations

import contextlib
import sys

REFUSED_PREFIXES = ("subprocess.", "os.exec", "os.posix_spawn", "os.spawn", "socket.", "ctypes.",
                    "_posixsubprocess.", "pty.", "winreg.", "msvcrt.")
REFUSED_EVENTS = {
    "os.system", "os.fork", "os.forkpty", "os.kill", "os.killpg", "signal.pthread_kill",
    "os.setuid", "os.setgid", "resource.setrlimit", "resource.prlimit",
    "gc.get_objects", "gc.get_referrers", "gc.get_referents",
    # marshal.loads is refused unless the import system itself calls it (see the hook).
    "sys._current_frames", "sys._current_exceptions", "sys.settrace",
    "sys.setprofile", "code.__new__", "function.__new__",
    "mmap.__new__", "_thread.start_new_thread", "cpython.remote_debugger_script",
    "sys.remote_exec",
}
# sys._getframe is used inside torch itself; it is refused when the frame it returns belongs
# to the learner, the harness, or a stdlib module whose job is walking stacks.
STACK_WALKERS = ("/traceback.py", "/inspect.py", "/pdb.py", "/bdb.py", "/logging/__init__.py", "/warnings.py")
FRAME_ATTRIBUTES = {"tb_frame", "gi_frame", "cr_frame", "ag_frame", "gi_code", "cr_code", "ag_code"}
WHAT = {
    "subprocess.": "starting processes", "os.exec": "starting processes", "os.posix_spawn": "starting processes",
    "os.spawn": "starting processes", "os.system": "starting processes", "os.fork": "starting processes",
    "os.forkpty": "starting processes", "socket.": "network sockets", "ctypes.": "ctypes",
    "os.kill": "sending signals", "os.killpg": "sending signals", "gc.": "walking the garbage collector",
    "sys._getframe": "inspecting stack frames", "sys._current_frames": "inspecting stack frames",
    "object.__getattr__": "inspecting stack frames", "sys.settrace": "tracing", "sys.setprofile": "tracing",
    "code.__new__": "creating code objects", "marshal.": "loading marshalled code",
    "function.__new__": "creating code objects", "_thread.start_new_thread": "starting threads",
    "open": "reading /proc", "os.listdir": "reading /proc", "os.scandir": "reading /proc",
    "resource.": "changing limits",
}


# CUDA loads its libraries lazily; torch does so through ctypes (dlopen, then dlsym). Allowed
# only for these libraries, and only when the code asking is not the learner's or the harness's.
CUDA_LIBRARIES = ("libcuda.", "libcudart", "libcublas", "libcublasLt", "libcudnn", "libcusolver",
                  "libcusparse", "libcufft", "libcurand", "libnvrtc", "libnvJitLink", "libnvidia-ml",
                  "libnccl", "libcupti")


class Refused(Exception):
    """Learner code tried something the harness refuses. `what` says what, in English keys."""

    def __init__(self, event: str):
        self.event = event
        self.what = next((label for key, label in WHAT.items() if event.startswith(key)), event)
        super().__init__(f"refused: {event}")


class Guard:
    """Owns the audit hook's state. Keep the instance out of learner reach (locals only)."""

    def __init__(self, learner_file: str, harness_dir: str):
        state = {"armed": False, "suspended": 0, "hits": []}
        protected = (learner_file, harness_dir)

        def hook(event, args):
            if not state["armed"] or state["suspended"] or state.get("inside"):
                return
            refused = event in REFUSED_EVENTS or event.startswith(REFUSED_PREFIXES)
            if event in ("marshal.loads", "marshal.load"):
                state["inside"] = True
                try:
                    caller = sys._getframe(1).f_code.co_filename
                finally:
                    state["inside"] = False
                refused = not caller.startswith("<frozen importlib")
            elif (event == "ctypes.dlopen" and args and _cuda_library(args[0])) or event == "ctypes.dlsym":
                state["inside"] = True
                try:
                    refused = _called_from(sys._getframe(1), protected)
                finally:
                    state["inside"] = False
            elif event == "sys._getframe":
                refused = _frame_for_learner(args[0] if args else None, protected)
            elif event == "object.__getattr__" and len(args) > 1 and args[1] in FRAME_ATTRIBUTES:
                refused = True
            elif event in ("open", "os.listdir", "os.scandir") and args:
                path = args[0]
                if isinstance(path, bytes):
                    path = path.decode(errors="replace")
                if isinstance(path, str):
                    path = _normal(path)
                refused = isinstance(path, str) and (path.startswith("/proc") or path.startswith("/dev/mem"))
            if refused:
                if event == "ctypes.dlopen" and args and isinstance(args[0], (str, bytes)):
                    name = args[0].decode(errors="replace") if isinstance(args[0], bytes) else args[0]
                    event = f"ctypes.dlopen {name.rsplit('/', 1)[-1][:60]}"
                state["hits"].append(event)
                raise Refused(event)

        sys.addaudithook(hook)
        self._state = state

    def arm(self) -> None:
        """Refuse from now on; Python threads too (3.11 has no audit event for them)."""
        import _thread
        import threading

        state = self._state

        def no_threads(*args, **kwargs):
            state["hits"].append("_thread.start_new_thread")
            raise Refused("_thread.start_new_thread")

        _thread.start_new_thread = no_threads
        _thread.start_new = no_threads  # the old alias
        threading._start_new_thread = no_threads
        state["armed"] = True

    @contextlib.contextmanager
    def suspended(self):
        """For the harness's own needs (formatting a learner traceback): never around learner code."""
        self._state["suspended"] += 1
        try:
            yield
        finally:
            self._state["suspended"] -= 1

    @property
    def hits(self) -> list[str]:
        return list(self._state["hits"])


def _normal(path: str) -> str:
    """The absolute, normalised path ("//proc/./self" and "../proc" are /proc)."""
    import os
    import posixpath

    try:
        path = posixpath.join(os.getcwd(), path)
    except OSError:
        pass
    return "/" + posixpath.normpath(path).lstrip("/")


def _cuda_library(name) -> bool:
    if isinstance(name, bytes):
        name = name.decode(errors="replace")
    return isinstance(name, str) and name.rsplit("/", 1)[-1].startswith(CUDA_LIBRARIES)


def _called_from(frame, protected: tuple[str, str]) -> bool:
    """Whether the first frame outside ctypes itself is learner or harness code."""
    while frame is not None and "/ctypes/" in frame.f_code.co_filename:
        frame = frame.f_back
    return frame is None or frame.f_code.co_filename.startswith(protected)


def _frame_for_learner(frame, protected: tuple[str, str]) -> bool:
    """Whether sys._getframe is about to hand learner code a frame it could walk.

    Refused: a frame of the learner's or the harness's own code; a frame inside a stdlib
    stack walker (traceback, inspect, ...) when the code that called the walker is the
    learner's. Allowed: torch's internal uses (it formats stacks for its own messages).
    """
    if frame is None:
        return False
    filename = frame.f_code.co_filename
    if filename.startswith(protected):
        return True
    if not filename.endswith(STACK_WALKERS):
        return False
    caller = frame
    while caller is not None and caller.f_code.co_filename.endswith(STACK_WALKERS):
        caller = caller.f_back
    return caller is not None and caller.f_code.co_filename.startswith(protected)
