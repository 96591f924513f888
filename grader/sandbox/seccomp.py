"""Seccomp: a deny-list on top of the namespaces (x86_64 only).

A classic BPF program that bwrap loads (--seccomp) before the stub runs: keyrings (shared per
uid across runs otherwise), new namespaces, ptrace, bpf, io_uring, mount and module calls fail
with EPERM, clone3 with ENOSYS (libc falls back to clone), other ABIs are killed.
"""

from __future__ import annotations

import errno

from .limits import setting

_AUDIT_ARCH_X86_64 = 0xC000003E
_SECCOMP_RET_KILL_PROCESS = 0x80000000
_SECCOMP_RET_ERRNO = 0x00050000
_SECCOMP_RET_ALLOW = 0x7FFF0000
# Kernel keyrings are per uid, not per namespace: without this, one run can leave data in
# uid 65534's user keyring for the next. The rest is kernel attack surface no grader needs.
_X86_64_DENIED = {
    "add_key": 248, "request_key": 249, "keyctl": 250,
    "ptrace": 101, "process_vm_readv": 310, "process_vm_writev": 311,
    "bpf": 321, "perf_event_open": 298, "userfaultfd": 323,
    "io_uring_setup": 425, "io_uring_enter": 426, "io_uring_register": 427,
    "unshare": 272, "setns": 308, "mount": 165, "umount2": 166, "pivot_root": 155,
    "open_tree": 428, "move_mount": 429, "fsopen": 430, "fsconfig": 431, "fsmount": 432, "fspick": 433,
    "mount_setattr": 442, "name_to_handle_at": 303, "open_by_handle_at": 304,
    "kexec_load": 246, "kexec_file_load": 320, "init_module": 175, "finit_module": 313,
    "delete_module": 176, "reboot": 169, "swapon": 167, "swapoff": 168, "acct": 163,
    "settimeofday": 164, "clock_settime": 227, "adjtimex": 159, "clock_adjtime": 305,
    "quotactl": 179, "vhangup": 153, "lookup_dcookie": 212,
}
# A child forked from a template (template.py) shares its template's IPC namespace with the
# children before and after it, and SysV IPC objects and POSIX message queues outlive their
# process there: the child's own filter, stacked on the one above, refuses them.
_X86_64_CHILD_DENIED = {
    "shmget": 29, "shmat": 30, "shmctl": 31, "shmdt": 67, "semget": 64, "semop": 65, "semctl": 66,
    "semtimedop": 220, "msgget": 68, "msgsnd": 69, "msgrcv": 70, "msgctl": 71,
    "mq_open": 240, "mq_unlink": 241, "mq_timedsend": 242, "mq_timedreceive": 243, "mq_notify": 244,
    "mq_getsetattr": 245,
}
_X86_64_CLONE, _X86_64_CLONE3 = 56, 435
_CLONE_NAMESPACE_FLAGS = 0x7E020000  # NEWNS|NEWCGROUP|NEWUTS|NEWIPC|NEWUSER|NEWPID|NEWNET


def seccomp_filter() -> bytes | None:
    """The program bwrap loads for a run; None when GRADER_SANDBOX_SECCOMP is off or none fits here."""
    if not setting("GRADER_SANDBOX_SECCOMP", True):
        return None
    return _seccomp_program()


def child_filter() -> bytes | None:
    """The filter a template's child loads for itself (SysV IPC, message queues); None as above."""
    if not setting("GRADER_SANDBOX_SECCOMP", True):
        return None
    return _seccomp_program(_X86_64_CHILD_DENIED, namespaces=False)


def _seccomp_program(denied: dict[str, int] | None = None, namespaces: bool = True) -> bytes | None:
    """Classic BPF for bwrap --seccomp (or prctl), or None where no filter is defined for this machine."""
    import platform
    import struct

    if platform.machine() != "x86_64":
        return None
    denied = _X86_64_DENIED if denied is None else denied

    def ins(code: int, k: int, jt: int = 0, jf: int = 0) -> bytes:
        return struct.pack("<HBBI", code, jt, jf, k)

    ld_abs, jeq, jge, jset, ret = 0x20, 0x15, 0x35, 0x45, 0x06
    eperm = _SECCOMP_RET_ERRNO | errno.EPERM
    prog = [
        ins(ld_abs, 4),  # arch
        ins(jeq, _AUDIT_ARCH_X86_64, 1, 0),
        ins(ret, _SECCOMP_RET_KILL_PROCESS),  # i386 / other ABIs
        ins(ld_abs, 0),  # syscall number
        ins(jge, 0x40000000, 0, 1),  # x32 ABI
        ins(ret, eperm),
    ]
    for nr in sorted(denied.values()):
        prog += [ins(jeq, nr, 0, 1), ins(ret, eperm)]
    if not namespaces:
        return b"".join(prog + [ins(ret, _SECCOMP_RET_ALLOW)])
    prog += [ins(jeq, _X86_64_CLONE3, 0, 1), ins(ret, _SECCOMP_RET_ERRNO | errno.ENOSYS)]  # libc falls back
    prog += [
        ins(jeq, _X86_64_CLONE, 0, 3),
        ins(ld_abs, 16),  # clone flags (low 32 bits of args[0])
        ins(jset, _CLONE_NAMESPACE_FLAGS, 0, 1),
        ins(ret, eperm),
        ins(ret, _SECCOMP_RET_ALLOW),
    ]
    return b"".join(prog)
