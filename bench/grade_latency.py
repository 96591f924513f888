"""Grading latency per exercise, in the sandbox and without it, from one run of this script.

    .venv/bin/python bench/grade_latency.py [--runs 7] [--exercise SLUG ...]

For each exercise, grades its first reference solution (tests/grader/references/<slug>/
pass_*.py) `--runs` times through `grader.grading.grade_source` (the sandbox, exactly as
the service) and as many times with the same harness started as a plain subprocess (no
sandbox), then prints p50/p95 of the wall time and its parts: sandbox start, interpreter +
torch import, learner code, measurement. The overhead column is (sandboxed p50 - plain p50)
/ sandboxed p50.
"""
import argparse
import json
import os
import secrets
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "courseware.settings.test")

import django  # noqa: E402

django.setup()

from grader.exercises import EXERCISES  # noqa: E402
from grader.grading import grade_source  # noqa: E402

BOOTSTRAP = ("import sys, runpy; sys.path.insert(0, {root!r}); "
             "runpy.run_module('grader.harness', run_name='__main__')")


def plain_run(slug: str, source: str) -> dict:
    """The harness without the sandbox: same bootstrap, same protocol, fd 3 for results."""
    nonce = secrets.token_hex(8)
    job = {"slug": slug, "seeds": None, "device": "cpu", "nonce": nonce, "source": source}
    read_end, write_end = os.pipe()
    started = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-I", "-c", BOOTSTRAP.format(root=str(ROOT))],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        pass_fds=(3,) if write_end == 3 else (), preexec_fn=lambda: os.dup2(write_end, 3),
        close_fds=False,
    )
    os.close(write_end)
    proc.stdin.write(json.dumps(job).encode())
    proc.stdin.close()
    chunks = []
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    proc.wait()
    os.close(read_end)
    wall = time.monotonic() - started
    final = [json.loads(line) for line in b"".join(chunks).splitlines()][-1]
    return {"wall_s": wall, **final.get("timings", {}), "status": final.get("type")}


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--exercise", action="append", default=[])
    args = parser.parse_args()
    slugs = args.exercise or list(EXERCISES)
    print(f"{'exercise':26} {'status':7} {'p50 s':>6} {'p95 s':>6} {'start':>6} {'import':>7} "
          f"{'learner':>8} {'measure':>8} {'plain p50':>9} {'overhead':>8}")
    for slug in slugs:
        refs = sorted((ROOT / "tests" / "grader" / "references" / slug).glob("pass_*.py"))
        if not refs:
            print(f"{slug:26} (no reference)")
            continue
        source = refs[0].read_text()
        boxed, plain = [], []
        for _ in range(args.runs):
            verdict = grade_source(slug=slug, source=source, lang="en")
            boxed.append({**verdict.timings, "status": verdict.status})
            plain.append(plain_run(slug, source))
        walls = [t["wall_s"] for t in boxed]
        plain_p50 = statistics.median(t["wall_s"] for t in plain)
        med = {k: statistics.median(t.get(k) or 0 for t in boxed)
               for k in ("sandbox_start_s", "import_s", "learner_load_s", "procedure_s")}
        p50 = statistics.median(walls)
        print(f"{slug:26} {boxed[-1]['status']:7} {p50:6.2f} {pct(walls, 0.95):6.2f} "
              f"{med['sandbox_start_s']:6.3f} {med['import_s']:7.2f} {med['learner_load_s']:8.3f} "
              f"{med['procedure_s']:8.2f} {plain_p50:9.2f} {(p50 - plain_p50) / p50:8.1%}")


if __name__ == "__main__":
    main()
