"""Submit-to-verdict latency of the service against `grade` on the same code, and worker memory.

    .venv/bin/python bench/service_latency.py [--single 10] [--burst 100] [--learners 20]

Uses the configured database (run `make run` once first, or set DATABASE_URL) and Redis;
starts its own Celery worker on a private queue (concurrency 1). Prints:
- the grading alone (`grade_source`, as `manage.py grade`), p50/p95;
- one submission at a time: submit → verdict stored, p50/p95, and the overhead beyond grading;
- a burst of --burst submissions from --learners learners: all verdicts, none lost, none
  graded twice, time to drain;
- the worker's RSS (main + child) at the start and at the end.
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
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "courseware.settings.local")
QUEUE = f"grade-bench-{os.getpid()}"
os.environ["GRADER_CPU_QUEUE"] = QUEUE

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.test.utils import override_settings  # noqa: E402

from grader import services  # noqa: E402
from grader.grading import grade_source  # noqa: E402
from grader.models import Submission  # noqa: E402
from lessons.models import Exercise  # noqa: E402

CODE = (ROOT / "grader" / "references" / "layer-grad-norms" / "pass_comprehension.py").read_text()


def rss_kib(pid: int) -> int:
    total = 0
    children = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    for p in [str(pid), *children]:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except FileNotFoundError:
            pass
    return total


def wait_done(ids, timeout=3600):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not Submission.objects.filter(pk__in=ids, status__in=Submission.PENDING).exists():
            return
        time.sleep(0.05)
    raise SystemExit("timed out waiting for verdicts")


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--single", type=int, default=10)
    parser.add_argument("--burst", type=int, default=100)
    parser.add_argument("--learners", type=int, default=20)
    args = parser.parse_args()
    exercise = Exercise.objects.get(slug="layer-grad-norms")
    users = [get_user_model().objects.get_or_create(username=f"bench-{i}")[0] for i in range(args.learners)]
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "courseware", "worker", "--queues", QUEUE, "--concurrency", "1",
         "--hostname", f"bench-{os.getpid()}@%h", "--loglevel", "WARNING"],
        cwd=ROOT, env={**os.environ, "GRADER_CPU_QUEUE": QUEUE})
    try:
        time.sleep(0)  # the first submission waits for the worker; it is measured apart
        with override_settings(GRADER_MAX_PENDING_PER_LEARNER=10**6, GRADER_MAX_SUBMISSIONS_PER_MINUTE=10**6):
            warm = services.submission_create(user=users[0], exercise=exercise, code=f"# warm {time.time()}\n{CODE}")
            wait_done([warm.pk])
            rss_start = rss_kib(worker.pid)
            grading = []
            for _ in range(args.single):
                t0 = time.monotonic()
                grade_source(slug="layer-grad-norms", source=CODE)
                grading.append(time.monotonic() - t0)
            single = []
            for i in range(args.single):
                t0 = time.monotonic()
                s = services.submission_create(user=users[i % len(users)], exercise=exercise,
                                               code=f"# single {i} {time.time()}\n{CODE}")
                wait_done([s.pk])
                single.append(time.monotonic() - t0)
            t0 = time.monotonic()
            burst = [services.submission_create(user=users[i % len(users)], exercise=exercise,
                                                code=f"# burst {i} {time.time()}\n{CODE}").pk
                     for i in range(args.burst)]
            wait_done(burst)
            drained = time.monotonic() - t0
        rows = Submission.objects.filter(pk__in=burst)
        statuses = sorted({r.status for r in rows})
        twice = rows.filter(attempts__gt=1).count()
        rss_end = rss_kib(worker.pid)
        total = Submission.objects.filter(user__in=users).count()
        print(f"grading alone (grade_source)   p50 {statistics.median(grading):.2f} s  p95 {pct(grading, .95):.2f} s")
        print(f"one at a time (submit→verdict) p50 {statistics.median(single):.2f} s  p95 {pct(single, .95):.2f} s"
              f"  overhead p50 {1000 * (statistics.median(single) - statistics.median(grading)):.0f} ms")
        print(f"burst of {args.burst} from {len(users)} learners: {rows.count()} verdicts {statuses}, "
              f"graded twice: {twice}, drained in {drained:.1f} s ({drained / args.burst:.2f} s each)")
        print(f"worker RSS: {rss_start / 1024:.0f} MiB at the start, {rss_end / 1024:.0f} MiB after "
              f"{total} gradings")
    finally:
        worker.terminate()
        worker.wait(timeout=30)


if __name__ == "__main__":
    main()
