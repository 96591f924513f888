"""Run a command, and start it again when it dies: `make run`'s worker and beat under honcho.

    python -m courseware.scripts.keep_running --name worker -- celery -A courseware worker ...

Why: honcho notices that a process ended only when its output pipe closes, and a Celery worker's
children (its pool, a beat child) keep that pipe open after its main process was killed, so a dead
worker went unnoticed while the site took submissions nobody graded. This wrapper waits on the
main process itself. When it ends unasked, whatever is left of it (its process group) is killed,
the death is logged, and it is started again after a short, growing delay; after `--max-restarts`
deaths within `--window` seconds it gives up and exits non-zero, so that honcho stops everything
loudly instead of running a site without a worker.

SIGTERM and SIGINT (honcho's stop, Ctrl-C) are passed on to the command, which is waited for
`--stop-grace` seconds (4 by default), then its process group is killed: honcho itself kills
after 5 s, and a wrapper killed by it would leave a worker in the middle of a grading holding the
pipe (a grading cut off so is given back to the queue: acks_late, and the sweeper). Should this
wrapper itself be killed, the command gets SIGTERM (PR_SET_PDEATHSIG). On a real host, systemd
does all of this instead (docs/operations.md).
"""
from __future__ import annotations

import argparse
import ctypes
import os
import signal
import subprocess
import sys
import time

PR_SET_PDEATHSIG = 1


def _say(name: str, message: str) -> None:
    print(f"keep_running[{name}]: {message}", file=sys.stderr, flush=True)


def _die_with_parent() -> None:
    """In the child, before exec: SIGTERM when the wrapper dies, however it dies."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)


def _describe(status: int) -> str:
    code = os.waitstatus_to_exitcode(status)
    return f"was killed by {signal.Signals(-code).name}" if code < 0 else f"exited with status {code}"


def _kill_group(pgid: int) -> None:
    """Kill what the command left behind (its pool, a beat child): they are in its process group."""
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


class Keeper:
    """One command, started again after each unasked death, within a budget of restarts."""

    def __init__(self, name: str, argv: list[str], max_restarts: int, window_s: float, stop_grace_s: float = 4.0):
        self.name, self.argv = name, argv
        self.max_restarts, self.window_s, self.stop_grace_s = max_restarts, window_s, stop_grace_s
        self.deaths: list[float] = []
        self.stopping = False
        self.stop_asked_at: float | None = None
        self.child: subprocess.Popen | None = None

    def on_signal(self, signum, _frame) -> None:
        """Stop: pass the signal on to the command (its own process group is not honcho's)."""
        self.stopping = True
        if self.stop_asked_at is None:
            self.stop_asked_at = time.monotonic()
        if self.child is not None and self.child.returncode is None:
            try:
                self.child.send_signal(signal.SIGTERM if signum == signal.SIGINT else signum)
            except ProcessLookupError:
                pass

    def run(self) -> int:
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, self.on_signal)
        while True:
            self.child = subprocess.Popen(self.argv, start_new_session=True, preexec_fn=_die_with_parent)
            _say(self.name, f"started (pid {self.child.pid})")
            status = self._wait()
            _kill_group(self.child.pid)
            if self.stopping:
                _say(self.name, f"stopped ({_describe(status)})")
                return 0
            if not self._may_restart(status):
                return 0 if self.stopping else 1

    def _wait(self) -> int:
        """The wait status of the command's main process (not of its pipe), once it has ended; a
        command asked to stop that is still running after the grace is killed, group and all."""
        forced = False
        while True:
            pid, status = os.waitpid(self.child.pid, os.WNOHANG)
            if pid:
                self.child.returncode = os.waitstatus_to_exitcode(status)
                return status
            asked = self.stop_asked_at
            if not forced and asked is not None and time.monotonic() - asked > self.stop_grace_s:
                _say(self.name, f"still running {self.stop_grace_s:g} s after it was asked to stop: killing it")
                _kill_group(self.child.pid)
                forced = True
            time.sleep(0.1)

    def _may_restart(self, status: int) -> bool:
        now = time.monotonic()
        self.deaths = [t for t in self.deaths if now - t < self.window_s] + [now]
        if len(self.deaths) > self.max_restarts:
            _say(self.name, f"{_describe(status)}: {len(self.deaths)} deaths within {self.window_s:.0f} s, "
                            "GIVING UP (everything stops; see the lines above for why)")
            return False
        delay = min(30.0, 2.0 ** (len(self.deaths) - 1))
        _say(self.name, f"DIED: {_describe(status)}; starting it again in {delay:.0f} s "
                        f"(restart {len(self.deaths)} of at most {self.max_restarts} within {self.window_s:.0f} s)")
        deadline = time.monotonic() + delay
        while not self.stopping and time.monotonic() < deadline:
            time.sleep(0.1)  # a signal meanwhile stops the wrapper instead
        return not self.stopping


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--name", default="command", help="the name in the log lines")
    parser.add_argument("--max-restarts", type=int, default=5, help="restarts allowed within the window")
    parser.add_argument("--window", type=float, default=300.0, help="seconds over which restarts are counted")
    parser.add_argument("--stop-grace", type=float, default=4.0,
                        help="seconds a command asked to stop may take before it is killed")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- then the command and its arguments")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command given (put it after --)")
    return Keeper(args.name, command, args.max_restarts, args.window, args.stop_grace).run()


if __name__ == "__main__":
    sys.exit(main())
