"""Submit-to-verdict latency through the real service (web's services, Redis, a Celery worker),
warm and cold, for every exercise; a burst; the worker's memory.

    .venv/bin/python bench/service_latency.py [--single 3] [--burst 100] [--learners 20]
                                              [--exercise SLUG ...] [--skip-cold-burst]

Uses the configured database (run `make run` once first, or set DATABASE_URL) and Redis; starts
its own Celery worker (concurrency 1) on a private queue, first warm (GRADER_WARM_PAIRS=1), then
cold (GRADER_WARM_PAIRS=0). Prints, beside a bare `python -c "import torch"` timed in the same run:
- per exercise, submit → verdict stored, p50/p95, one submission at a time, each sent once the
  worker's next pair is set up (warm) or straight away (cold);
- a burst of --burst submissions from --learners learners on one worker: all verdicts, none lost,
  none graded twice, the time to drain, and the worker's RSS (main + children, sandboxes apart)
  before and after.
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

from grader import services, warm  # noqa: E402
from grader.exercises import EXERCISES  # noqa: E402
from grader.models import Submission  # noqa: E402
from lessons.models import Exercise  # noqa: E402


def reference(slug: str) -> str:
    return sorted((ROOT / "grader" / "references" / slug).glob("pass_*.py"))[0].read_text()


def children(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    return [int(p) for p in out]


def rss_kib(pid: int) -> int:
    """The worker's own processes (main + pool children), not the sandboxes they start."""
    total = 0
    for p in [pid, *children(pid)]:
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
        time.sleep(0.01)
    raise SystemExit("timed out waiting for verdicts")


def wait_warm(worker_pid: int, timeout=120):
    """Until the worker's grading process publishes a set-up pair."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        mine = set(children(worker_pid))
        if any(s.get("pid") in mine and s.get("warm", 0) >= 1 for s in warm.published()):
            return
        time.sleep(0.02)
    raise SystemExit("the worker never had a warm pair")


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def start_worker(pairs: int) -> subprocess.Popen:
    env = {**os.environ, "GRADER_CPU_QUEUE": QUEUE, "GRADER_WARM_PAIRS": str(pairs), "GRADER_WARM_CHECK_S": "0.1"}
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "courseware", "worker", "--queues", QUEUE, "--concurrency", "1",
         "--hostname", f"bench-{os.getpid()}-{pairs}@%h", "--loglevel", "WARNING"], cwd=ROOT, env=env)


def stop(worker: subprocess.Popen) -> None:
    worker.terminate()
    worker.wait(timeout=60)


def one_at_a_time(worker, users, slugs, runs, warm_path) -> dict:
    figures = {}
    for slug in slugs:
        exercise, code = Exercise.objects.get(slug=slug), reference(slug)
        times, statuses = [], set()
        for i in range(runs):
            if warm_path:
                wait_warm(worker.pid)
            t0 = time.monotonic()
            s = services.submission_create(user=users[i % len(users)], exercise=exercise,
                                           code=f"# {slug} {i} {time.time()}\n{code}").submission
            wait_done([s.pk])
            times.append(time.monotonic() - t0)
            s.refresh_from_db()
            statuses.add(s.status)
        figures[slug] = (times, statuses)
    return figures


def burst(worker, users, n) -> str:
    exercise, code = Exercise.objects.get(slug="layer-grad-norms"), reference("layer-grad-norms")
    rss_start = rss_kib(worker.pid)
    t0 = time.monotonic()
    ids = [services.submission_create(user=users[i % len(users)], exercise=exercise,
                                      code=f"# burst {i} {time.time()}\n{code}").submission.pk
           for i in range(n)]
    wait_done(ids)
    drained = time.monotonic() - t0
    rows = Submission.objects.filter(pk__in=ids)
    statuses = sorted({r.status for r in rows})
    twice = rows.filter(attempts__gt=1).count()
    return (f"{rows.count()} verdicts {statuses}, graded twice: {twice}, drained in {drained:.1f} s "
            f"({drained / n:.2f} s each); worker RSS {rss_start / 1024:.0f} MiB before, "
            f"{rss_kib(worker.pid) / 1024:.0f} MiB after")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--single", type=int, default=3)
    parser.add_argument("--burst", type=int, default=100)
    parser.add_argument("--learners", type=int, default=20)
    parser.add_argument("--exercise", action="append", default=[])
    parser.add_argument("--skip-cold-burst", action="store_true")
    args = parser.parse_args()
    slugs = args.exercise or list(EXERCISES)
    users = [get_user_model().objects.get_or_create(username=f"bench-{i}")[0] for i in range(args.learners)]
    bare = []
    for _ in range(5):
        t0 = time.monotonic()
        subprocess.run([sys.executable, "-c", "import torch"], check=True)
        bare.append(time.monotonic() - t0)
    bare_p50 = statistics.median(bare)
    print(f"bare python -c 'import torch': p50 {bare_p50:.2f} s")
    results, bursts = {}, {}
    with override_settings(GRADER_MAX_PENDING_PER_LEARNER=10**6, GRADER_MAX_SUBMISSIONS_PER_MINUTE=10**6,
                           GRADER_ROUTE_TO_GPU=False, GRADER_DEVICE="cpu"):
        for name, pairs in (("warm", 1), ("cold", 0)):
            worker = start_worker(pairs)
            try:
                first = services.submission_create(user=users[0], exercise=Exercise.objects.get(slug=slugs[0]),
                                                   code=f"# first {time.time()}\n{reference(slugs[0])}").submission
                wait_done([first.pk])  # the worker is up
                results[name] = one_at_a_time(worker, users, slugs, args.single, name == "warm")
                if name == "warm" or not args.skip_cold_burst:
                    bursts[name] = burst(worker, users, args.burst)
            finally:
                stop(worker)
    print(f"{'exercise':26} {'warm p50':>8} {'p95':>6} {'cold p50':>8} {'p95':>6} {'warm/import':>11}  statuses")
    for slug in slugs:
        (w, ws), (c, cs) = results["warm"][slug], results["cold"][slug]
        print(f"{slug:26} {statistics.median(w):8.3f} {pct(w, .95):6.3f} {statistics.median(c):8.2f} "
              f"{pct(c, .95):6.2f} {statistics.median(w) / bare_p50:11.2f}  {sorted(ws | cs)}")
    for name, line in bursts.items():
        print(f"burst of {args.burst} from {args.learners} learners, {name}: {line}")


if __name__ == "__main__":
    main()
