"""Cost of the grading sandbox: `python -c "import torch"` run directly vs inside the sandbox.

    .venv/bin/python bench/sandbox_overhead.py [--runs 10]

Prints p50/p95 wall time of each (interleaved, after one warm-up run each so the page cache is
warm), the overhead ratio, the sandbox's own set-up time (spawn until the command starts) and
the cost of an empty command (`/bin/true`) in the sandbox. No database needed; needs bubblewrap.
Interleaving keeps drifting machine load from favouring one side; on a busy host (check
`uptime`) the p95 figures are noisy.
"""
import argparse
import math
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from grader.sandbox import Limits, run, sandbox_available, sandbox_python  # noqa: E402

CODE = "import torch"


def pct(values, p):
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def direct() -> float:
    env = {"PATH": "/usr/bin:/bin", "OMP_NUM_THREADS": "1", "PYTHONDONTWRITEBYTECODE": "1", "HOME": "/tmp"}
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", CODE], check=True, env=env)
    return time.perf_counter() - t


def sandboxed(argv, limits) -> tuple[float, float | None]:
    t = time.perf_counter()
    res = run(argv, limits=limits)
    elapsed = time.perf_counter() - t
    if res.exit_code != 0:
        raise SystemExit(f"sandboxed run failed: {res}")
    return elapsed, res.sandbox_start_s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    ok, reason = sandbox_available()
    if not ok:
        raise SystemExit(f"sandbox unavailable: {reason}")
    limits = Limits(wall_s=60, cpu_s=60)
    torch_argv = [sandbox_python(), "-c", CODE]

    direct()
    sandboxed(torch_argv, limits)
    plain, boxed, starts, empty = [], [], [], []
    for _ in range(args.runs):  # interleaved, so drift in machine load hits both sides alike
        plain.append(direct())
        elapsed, start = sandboxed(torch_argv, limits)
        boxed.append(elapsed)
        starts.append(start)
        empty.append(sandboxed(["/bin/true"], limits)[0])

    print(f"sandbox: {reason}; {os.cpu_count()} CPUs; {args.runs} runs each")
    print(f"{'':28} {'p50':>9} {'p95':>9}")
    print(f"{'import torch, direct':28} {pct(plain, 50):8.3f}s {pct(plain, 95):8.3f}s")
    print(f"{'import torch, sandboxed':28} {pct(boxed, 50):8.3f}s {pct(boxed, 95):8.3f}s")
    print(f"{'sandbox set-up (start_s)':28} {pct(starts, 50):8.3f}s {pct(starts, 95):8.3f}s")
    print(f"{'/bin/true, sandboxed':28} {pct(empty, 50):8.3f}s {pct(empty, 95):8.3f}s")
    print(f"overhead ratio (p50 sandboxed / p50 direct): {pct(boxed, 50) / pct(plain, 50):.2f}x "
          f"(+{pct(boxed, 50) - pct(plain, 50):.3f}s)")


if __name__ == "__main__":
    main()
