"""Grading latency per exercise, warm and cold, beside a bare `python -c "import torch"`.

    .venv/bin/python bench/grade_latency.py [--runs 5] [--exercise SLUG ...]

For each exercise, grades its first reference solution (grader/references/<slug>/pass_*.py)
`--runs` times cold (both sandboxes started for the grading, as `manage.py grade`) and `--runs`
times warm (on a pair started ahead and set up, as a worker between submissions), exactly as the
service does, and prints p50/p95 of each, the exercise's own measurement (the judge's procedure,
the learner process's answers included), and the goal: warm p50 <= own measurement + 0.3 s.
A bare interpreter + `import torch` is timed in the same run so that the figures read as ratios
on a noisy machine.
"""
import argparse
import os
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
from grader.grading import grade_record  # noqa: E402
from grader.warm import WarmPool  # noqa: E402


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def bare_import_torch(runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t0 = time.monotonic()
        subprocess.run([sys.executable, "-c", "import torch"], check=True)
        times.append(time.monotonic() - t0)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--exercise", action="append", default=[])
    args = parser.parse_args()
    slugs = args.exercise or list(EXERCISES)
    bare = bare_import_torch(args.runs)
    bare_p50 = statistics.median(bare)
    print(f"bare python -c 'import torch': p50 {bare_p50:.2f} s  p95 {pct(bare, .95):.2f} s")
    print(f"{'exercise':26} {'status':7} {'cold p50':>8} {'p95':>6} {'warm p50':>8} {'p95':>6} {'own':>6} "
          f"{'warm-own':>8} {'warm/import':>11}  goal (warm p50 <= own + 0.3 s)")
    pool = WarmPool(1, nice=0)
    try:
        for slug in slugs:
            refs = sorted((ROOT / "grader" / "references" / slug).glob("pass_*.py"))
            if not refs:
                print(f"{slug:26} (no reference)")
                continue
            source = refs[0].read_bytes()
            cold, warm, own, statuses = [], [], [], set()
            for _ in range(args.runs):
                t0 = time.monotonic()
                record = grade_record(slug=slug, source=source, warm=False)
                cold.append(time.monotonic() - t0)
                statuses.add(record["status"])
            for _ in range(args.runs):
                pool.fill()
                pool.until_warm()
                t0 = time.monotonic()
                record = grade_record(slug=slug, source=source, warm=pool)
                warm.append(time.monotonic() - t0)
                statuses.add(record["status"])
                timings = record["timings"]
                own.append(timings.get("procedure_s", 0) + timings.get("learner_load_s", 0))
                assert timings.get("warm") == 1, "the grading did not run warm"
            w50, o50 = statistics.median(warm), statistics.median(own)
            print(f"{slug:26} {'/'.join(sorted(statuses)):7} {statistics.median(cold):8.2f} {pct(cold, .95):6.2f} "
                  f"{w50:8.3f} {pct(warm, .95):6.3f} {o50:6.3f} {w50 - o50:8.3f} {w50 / bare_p50:11.2f}  "
                  f"{'met' if w50 <= o50 + 0.3 else 'NOT met'}")
    finally:
        pool.close()


if __name__ == "__main__":
    main()
