"""bwrap's command line: what the sandbox contains and who runs the command in it.

Layout inside the sandbox (everything read-only except the three tmpfs mounts):

    /usr (+ /bin /lib /lib64 /sbin as on the host)   system files
    <python prefix> (e.g. /root/.pyenv/versions/3.11.7) the interpreter the venv was made from
    /venv                                             the virtualenv (GRADER_SANDBOX_VENV)
    /etc                                              ld.so.cache, localtime, a made-up passwd/group
    /proc, /dev                                       private (new PID namespace, minimal /dev)
    /sandbox                                          private tmpfs: the `files`, cwd and HOME
    /tmp, /dev/shm                                    private tmpfs
    binds_ro destinations                             read-only binds asked for by the caller

Who runs the command:

* worker is root: bwrap runs privileged (real namespaces, no user namespace, capabilities cut
  to SETUID/SETGID/SETPCAP) and the command is started through ``setpriv`` inside the sandbox,
  which switches to uid/gid 65534, clears the supplementary groups, the inheritable and
  bounding capability sets and sets no_new_privs.  (``setpriv ... bwrap`` from outside cannot
  be used here: bwrap would then resolve the bind sources as uid 65534, and the interpreter
  lives under /root, mode 0700.)
* a template (Placement.keep_root, template.py) skips setpriv: it stays root inside with those
  three capabilities, and each child it forks drops to the uid itself (grader/harness/zygote.py).
* worker is not root: bwrap creates a user namespace and maps uid/gid 65534 inside onto the
  caller; nested user namespaces are disabled.

bwrap runs with --die-with-parent in a new PID namespace, so killing the outer bwrap (or the
worker dying) kills the namespace init and with it every process of the run.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from .limits import HOST_PATH, SANDBOX_DIR, STARTED_FD, VENV_MOUNT, Limits, Placement, setting
from .seccomp import seccomp_filter

BASE_ENV = {
    "PATH": f"{VENV_MOUNT}/bin:/usr/local/bin:/usr/bin:/bin",
    "HOME": SANDBOX_DIR,
    "TMPDIR": "/tmp",
    "LANG": "C.UTF-8",
    "PYTHONDONTWRITEBYTECODE": "1",
    "PYTHONNOUSERSITE": "1",
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "NUMEXPR_NUM_THREADS": "1",
    "TORCH_NUM_THREADS": "1",
    "MPLBACKEND": "Agg",
}
_PASSWD = b"root:x:0:0:root:/nonexistent:/usr/sbin/nologin\nnobody:x:65534:65534:sandbox:/sandbox:/usr/sbin/nologin\n"
_GROUP = b"root:x:0:\nnogroup:x:65534:\n"
_RESERVED_DESTS = ("/proc", "/dev", "/usr", "/etc", "/bin", "/sbin", "/lib", "/lib64", "/lib32", "/libx32", VENV_MOUNT)


def bwrap_path() -> str | None:
    """GRADER_SANDBOX_BWRAP when executable, else bwrap on the host PATH; None when there is none."""
    configured = setting("GRADER_SANDBOX_BWRAP", None)
    if configured:
        return configured if os.access(configured, os.X_OK) else None
    return shutil.which("bwrap", path=HOST_PATH)


def tool(name: str) -> str | None:
    """A host tool (bash, prlimit, setpriv) on the host PATH."""
    return shutil.which(name, path=HOST_PATH)


def python_layout() -> tuple[str, str | None, str]:
    """(interpreter prefix on the host, venv on the host or None, python path inside)."""
    venv = setting("GRADER_SANDBOX_VENV", None)
    if venv is None and sys.prefix != sys.base_prefix:
        venv = sys.prefix
    if venv:
        venv = os.path.realpath(venv)
        home = None
        try:
            for line in Path(venv, "pyvenv.cfg").read_text().splitlines():
                key, _, value = line.partition("=")
                if key.strip() == "home":
                    home = value.strip()
        except OSError:
            pass
        base = os.path.dirname(os.path.realpath(home)) if home else os.path.realpath(sys.base_prefix)
        return base, venv, f"{VENV_MOUNT}/bin/python"
    base = os.path.realpath(sys.base_prefix)
    exe = os.path.realpath(sys.executable)
    return base, None, exe


def sandbox_path(host_path: str) -> str | None:
    """Where a host file of the interpreter or the venv appears inside the sandbox (None: nowhere)."""
    path = os.path.realpath(host_path)
    base, venv, _ = python_layout()
    if venv and (path == venv or path.startswith(venv + "/")):
        return VENV_MOUNT + path[len(venv):]
    for top in (base, "/usr"):
        if path == top or path.startswith(top + "/"):
            return path
    return None


def memfd(name: str, data: bytes) -> int:
    """An anonymous file holding `data`, rewound, on a descriptor >= 10 (for bwrap to read)."""
    fd = os.memfd_create(name, os.MFD_CLOEXEC)
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]
    os.lseek(fd, 0, os.SEEK_SET)
    return high_fd(fd)


def high_fd(fd: int) -> int:
    """Move fd to >= 10 so the wrapper's `exec 3>&N` can never clobber it."""
    if fd >= 10:
        return fd
    new = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return new


def check_rel(path: str) -> str:
    """A name for one of the caller's files under /sandbox: relative, no `.` or `..`."""
    parts = path.split("/")
    if not path or "\0" in path or path.startswith("/") or any(p in ("", ".", "..") for p in parts):
        raise ValueError(f"sandbox file name must be a plain relative path, got {path!r}")
    return path


def check_dest(path: str) -> str:
    """A read-only bind destination: absolute, normalised, and not over the system or scratch."""
    if not path.startswith("/") or "\0" in path or any(p in (".", "..") for p in path.split("/")[1:]):
        raise ValueError(f"sandbox bind destination must be an absolute normalised path, got {path!r}")
    norm = os.path.normpath(path)
    reserved = (*_RESERVED_DESTS, python_layout()[0])
    if norm in ("/", SANDBOX_DIR, "/tmp") or any(norm == r or norm.startswith(r + "/") for r in reserved):
        raise ValueError(f"sandbox bind destination {path!r} is reserved")
    return norm


class _Dirs:
    """Creates missing parents (mode 0755, or 0777 under /sandbox) before a mount or file."""

    def __init__(self, args: list[str]):
        self.args = args
        self.known = {"/"}

    def ensure(self, path: str, mode: str = "0755") -> None:
        if path in self.known:
            return
        self.ensure(os.path.dirname(path), mode)
        self.args += ["--perms", mode, "--dir", path]
        self.known.add(path)

    def parents(self, path: str, mode: str = "0755") -> None:
        self.ensure(os.path.dirname(path), mode)


def _system_args(dirs: _Dirs, fds: list[int], gpu: bool = True) -> None:
    """bwrap arguments for the read-only system and the interpreter; fds used go in `fds`."""
    a = dirs.args
    a += ["--ro-bind", "/usr", "/usr"]
    dirs.known.add("/usr")
    for top in ("/bin", "/sbin", "/lib", "/lib64", "/lib32", "/libx32"):
        if os.path.islink(top):
            a += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            a += ["--ro-bind", top, top]
        else:
            continue
        dirs.known.add(top)
    _etc_args(dirs, fds)
    base, venv, _ = python_layout()
    if not any(base == p or base.startswith(p + "/") for p in ("/usr", "/bin", "/lib", "/lib64")):
        dirs.parents(base)
        a += ["--ro-bind", base, base]
        dirs.known.add(base)
    if venv:
        a += ["--ro-bind", venv, VENV_MOUNT]
        dirs.known.add(VENV_MOUNT)
    a += ["--proc", "/proc", "--dev", "/dev"]
    dirs.known.update({"/proc", "/dev"})
    for node in gpu_device_nodes() if gpu else ():
        a += ["--dev-bind", node, node]


def _etc_args(dirs: _Dirs, fds: list[int]) -> None:
    """/etc: the host's ld.so.cache and localtime, and a passwd and group of our own."""
    a = dirs.args
    dirs.ensure("/etc")
    if os.path.exists("/etc/ld.so.cache"):
        a += ["--ro-bind", "/etc/ld.so.cache", "/etc/ld.so.cache"]
    if os.path.islink("/etc/localtime"):
        a += ["--symlink", os.readlink("/etc/localtime"), "/etc/localtime"]
    elif os.path.isfile("/etc/localtime"):
        a += ["--ro-bind", "/etc/localtime", "/etc/localtime"]
    for name, data in (("passwd", _PASSWD), ("group", _GROUP)):
        fd = memfd(name, data)
        fds.append(fd)
        a += ["--perms", "0644", "--ro-bind-data", str(fd), f"/etc/{name}"]


def gpu_device_nodes() -> list[str]:
    """The NVIDIA device nodes to bind in when this worker grades on its GPU (none otherwise).

    Only the nodes the CUDA runtime opens: the control devices and the GPUs themselves.
    """
    if str(setting("GRADER_DEVICE", "auto")) == "cpu":
        return []
    import glob

    return sorted(p for p in glob.glob("/dev/nvidia*") if not os.path.isdir(p))


def bwrap_argv(
    bwrap: str,
    argv: Sequence[str],
    files: Mapping[str, bytes],
    binds_ro: Iterable[tuple[str, str]],
    limits: Limits,
    env: Mapping[str, str],
    fds: list[int],
    place: Placement = None,
) -> tuple[list[str], list[str]]:
    """bwrap's options and the command after them; fds needed are appended to `fds` as made."""
    place = place or Placement()
    root_mode = os.geteuid() == 0
    args = _namespace_args(place.uid, root_mode, env, fds)
    dirs = _Dirs(args)
    _system_args(dirs, fds, gpu=place.gpu)
    _scratch_args(dirs, fds, limits, files, binds_ro, place.hide)
    args += ["--remount-ro", "/", "--chdir", SANDBOX_DIR]
    return args, _command(argv, place.uid, root_mode and not place.keep_root)


def _namespace_args(uid: int, root_mode: bool, env: Mapping[str, str], fds: list[int]) -> list[str]:
    """New namespaces, who runs inside, a clean environment and the seccomp filter."""
    args: list[str] = []
    args += ["--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try"]
    if root_mode:
        # Privileged bwrap: no user namespace; setpriv (see _command) drops to 65534 inside.
        args += ["--cap-drop", "ALL"]
        for cap in ("CAP_SETUID", "CAP_SETGID", "CAP_SETPCAP"):
            args += ["--cap-add", cap]
    else:
        args += ["--unshare-user", "--uid", str(uid), "--gid", str(uid), "--disable-userns"]
    args += ["--die-with-parent", "--new-session", "--hostname", "sandbox"]
    args += ["--clearenv"]
    for key, value in {**BASE_ENV, **env}.items():
        args += ["--setenv", key, value]
    program = seccomp_filter()
    if program is not None:
        fd = memfd("seccomp", program)
        fds.append(fd)
        args += ["--seccomp", str(fd)]
    return args


def _scratch_args(dirs: _Dirs, fds: list[int], limits: Limits, files: Mapping[str, bytes],
                  binds_ro: Iterable[tuple[str, str]], hide: Iterable[str]) -> None:
    """The tmpfs mounts with the caller's files, the caller's read-only binds and the hidden paths."""
    args = dirs.args
    size = str(limits.scratch_bytes)
    args += ["--perms", "01777", "--size", size, "--tmpfs", "/dev/shm"]
    args += ["--perms", "0777", "--size", size, "--tmpfs", SANDBOX_DIR]
    args += ["--perms", "01777", "--size", size, "--tmpfs", "/tmp"]
    dirs.known.update({"/dev/shm", SANDBOX_DIR, "/tmp"})
    for rel, data in files.items():
        dest = f"{SANDBOX_DIR}/{rel}"
        dirs.parents(dest, "0777")
        fd = memfd("file", data)
        fds.append(fd)
        args += ["--perms", "0666", "--file", str(fd), dest]
    for host, dest in binds_ro:
        dest = check_dest(dest)
        dirs.parents(dest, "0755")
        args += ["--ro-bind", os.fspath(host), dest]
        dirs.known.add(dest)
    for hidden in hide:  # an empty read-only directory over what this sandbox may not see
        args += ["--perms", "0555", "--size", "4096", "--tmpfs", hidden, "--remount-ro", hidden]


def _command(argv: Sequence[str], uid: int, drop_to_uid: bool) -> list[str]:
    """What bwrap starts: the stub, setpriv when bwrap runs privileged (unless the command keeps
    root to fork children that drop to uid themselves), then argv."""
    # Trusted stub: says "set up" on fd 4 (then closes it) just before the command runs.
    command = ["/bin/sh", "-c", f'printf 1 >&{STARTED_FD}; exec {STARTED_FD}>&-; exec "$@"', "kobai-start"]
    if drop_to_uid:
        setpriv = tool("setpriv")
        command += [
            setpriv or "/usr/bin/setpriv",
            f"--reuid={uid}",
            f"--regid={uid}",
            "--clear-groups",
            "--inh-caps=-all",
            "--bounding-set=-all",
            "--no-new-privs",
            "--",
        ]
    return command + list(argv)
