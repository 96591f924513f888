"""Sandboxed execution of learner code (bubblewrap + cgroups + rlimits). See runner.py for a map of the parts."""

from .runner import (
    RESULT_FD,
    SANDBOX_DIR,
    Limits,
    Placement,
    SandboxError,
    SandboxResult,
    SandboxUnavailable,
    Started,
    reset_cache,
    run,
    sandbox_available,
    sandbox_info,
    sandbox_path,
    sandbox_python,
    start,
    sweep_stale_cgroups,
)

__all__ = [
    "RESULT_FD",
    "SANDBOX_DIR",
    "Limits",
    "Placement",
    "SandboxError",
    "SandboxResult",
    "SandboxUnavailable",
    "Started",
    "reset_cache",
    "run",
    "sandbox_available",
    "sandbox_info",
    "sandbox_path",
    "sandbox_python",
    "start",
    "sweep_stale_cgroups",
]
