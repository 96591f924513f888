"""Grading latency per exercise through the real service path (two sandboxes: judge + learner).

    .venv/bin/python bench/grade_latency.py [--runs 5] [--exercise SLUG ...]

For each exercise, grades its first reference solution (grader/references/<slug>/
pass_*.py) `--runs` times through `grader.grading.grade_source`, exactly as the service does,
and prints p50/p95 of the wall time and the parts the judge reports: sandbox start, the
judge's interpreter + torch + data import, waiting for the learner process to load the file
(its interpreter start runs in parallel with the judge's), the exercise's judging (including
the learner process's answers), and the CPU of both sandboxes together.

To compare with the one-process grader before it, run this file from a checkout of that
commit (its own bench/grade_latency.py printed the same first columns).
"""
import argparse
import os
import statistics
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


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--exercise", action="append", default=[])
    args = parser.parse_args()
    slugs = args.exercise or list(EXERCISES)
    print(f"{'exercise':26} {'status':7} {'p50 s':>6} {'p95 s':>6} {'start':>6} {'import':>7} "
          f"{'learner':>8} {'judging':>8} {'cpu s':>6}")
    totals = []
    for slug in slugs:
        refs = sorted((ROOT / "grader" / "references" / slug).glob("pass_*.py"))
        if not refs:
            print(f"{slug:26} (no reference)")
            continue
        source = refs[0].read_bytes()
        runs = []
        for _ in range(args.runs):
            t0 = time.monotonic()
            verdict = grade_source(slug=slug, source=source, lang="en")
            runs.append((time.monotonic() - t0, verdict))
        walls = [w for w, _ in runs]
        totals.append(statistics.median(walls))

        def median(key, runs=runs):
            values = [v.timings.get(key) for _, v in runs if isinstance(v.timings.get(key), (int, float))]
            return f"{statistics.median(values):.2f}" if values else "-"

        statuses = {v.status for _, v in runs}
        print(f"{slug:26} {'/'.join(sorted(statuses)):7} {pct(walls, 0.5):6.2f} {pct(walls, 0.95):6.2f} "
              f"{median('sandbox_start_s'):>6} {median('import_s'):>7} {median('learner_load_s'):>8} "
              f"{median('procedure_s'):>8} {median('cpu_s'):>6}")
    if totals:
        print(f"median over exercises of the p50 wall time: {statistics.median(totals):.2f} s")


if __name__ == "__main__":
    main()
