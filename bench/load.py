"""Load: simulated learners against a running `make run`, with Locust (bench/locustfile.py).

    make run                                   # in another terminal (same DATABASE_URL, if any)
    .venv/bin/python bench/load.py [--users 200] [--minutes 5] [--host http://127.0.0.1:8000]

On loopback only, bounded in count and time. It
1. makes Locust's own virtual environment (var/bench-load-venv, from bench/requirements-load.txt:
   Locust and gevent stay out of the site's environment);
2. makes --users learner accounts (load-0000, ...; a password of its own) in the site's database;
3. runs Locust headless for --minutes: each learner reads lessons, opens exercises, saves drafts,
   checks and submits, and follows each verdict as the page does;
4. waits (bounded) until every submission of those accounts has its verdict, then prints
   p50/p95/p99 per page and API call, the errors, the refusals (429, meant), and checks that every
   accepted submission got exactly one verdict (graded once, never overwritten).
Exit status 1 when a request erred or a submission did not get exactly one verdict.
"""
import argparse
import csv
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "courseware.settings.local")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402

from grader.models import Submission  # noqa: E402
from lessons.models import Exercise, Lesson  # noqa: E402

VENV = Path(settings.VAR_DIR) / "bench-load-venv"
PASSWORD = "kobai-load-bench-1"
# Quick exercises, a passing and a failing solution each (graded as learners' would be).
EXERCISES = {
    "layer-grad-norms": ["pass_comprehension.py", "fail_max_not_l2.py"],
    "clip-gradients": ["pass_clip_grad_norm.py", "fail_clip_after_step.py"],
    "batchnorm-from-scratch": ["pass_var_mean.py", "fail_no_running_update.py"],
}


def locust_venv() -> Path:
    locust = VENV / "bin" / "locust"
    if not locust.exists():
        print(f"making {VENV} for Locust ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        requirements = ROOT / "bench" / "requirements-load.txt"
        subprocess.run([str(VENV / "bin" / "pip"), "install", "-q", "-r", str(requirements)],
                       check=True)
    return locust


def learners(count: int) -> list[str]:
    User = get_user_model()
    names = [f"load-{i:04d}" for i in range(count)]
    existing = set(User.objects.filter(username__in=names).values_list("username", flat=True))
    for name in names:
        if name not in existing:
            User.objects.create_user(name, password=PASSWORD)
    for user in User.objects.filter(username__in=names):
        if not user.check_password(PASSWORD):
            user.set_password(PASSWORD)
            user.save(update_fields=["password"])
    return names


def plan(users: list[str]) -> dict:
    refs = ROOT / "grader" / "references"
    exercises = [{"slug": slug, "codes": [(refs / slug / name).read_text() for name in files]}
                 for slug, files in EXERCISES.items() if Exercise.objects.filter(slug=slug).exists()]
    lessons = list(Lesson.objects.values_list("slug", flat=True))
    if not exercises or not lessons:
        sys.exit("The course is not loaded: run `make run` first (it migrates and loads the course).")
    return {"users": users, "password": PASSWORD, "lessons": lessons, "exercises": exercises}


def percentiles(stats_csv: Path) -> list[dict]:
    with stats_csv.open() as f:
        return [row for row in csv.DictReader(f) if row["Name"] != "Aggregated"]


def wait_for_verdicts(users: list[str], since, timeout_s: float) -> list[Submission]:
    deadline = time.monotonic() + timeout_s
    while True:
        rows = list(Submission.objects.filter(user__username__in=users, created_at__gte=since))
        pending = [s for s in rows if s.pending]
        if not pending or time.monotonic() > deadline:
            return rows
        time.sleep(1.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--spawn-rate", type=float, default=10.0, help="learners started per second")
    parser.add_argument("--host", default="http://127.0.0.1:8000")
    parser.add_argument("--out", default=str(ROOT / "var" / "bench-load"))
    args = parser.parse_args()
    if not args.host.startswith(("http://127.0.0.1", "http://localhost")):
        sys.exit("bench/load.py runs against a site on this machine only (loopback).")
    if not 1 <= args.users <= 1000 or not 0 < args.minutes <= 30:
        sys.exit("--users 1..1000 and --minutes up to 30")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    locust = locust_venv()
    users = learners(args.users)
    ids_file = out / "accepted.json"
    ids_file.unlink(missing_ok=True)
    from django.utils import timezone

    since = timezone.now()
    env = {**os.environ, "LOAD_PLAN": json.dumps(plan(users)), "LOAD_IDS": str(ids_file)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    print(f"{args.users} learners for {args.minutes:g} min against {args.host} "
          f"({connection.vendor}, settings {os.environ['DJANGO_SETTINGS_MODULE']})", flush=True)
    subprocess.run(
        [str(locust), "-f", str(ROOT / "bench" / "locustfile.py"), "--headless", "--host", args.host,
         "--users", str(args.users), "--spawn-rate", str(args.spawn_rate), "--run-time", f"{int(args.minutes * 60)}s",
         "--stop-timeout", "200", "--csv", str(out / "load"), "--only-summary", "--loglevel", "WARNING"],
        env=env, check=False)
    rows = wait_for_verdicts(users, since, timeout_s=600)
    return report(percentiles(out / "load_stats.csv"), rows, ids_file)


def report(stats: list[dict], rows: list[Submission], ids_file: Path) -> int:
    print(f"\n{'request':32} {'count':>7} {'errors':>6} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}")
    errors = 0
    for row in sorted(stats, key=lambda r: (r["Type"], r["Name"])):
        failed = int(row["Failure Count"])
        errors += failed if row["Type"] not in ("REFUSED",) else 0
        label = row["Name"] if row["Type"] in ("GET", "POST") else f"{row['Type'].lower()}: {row['Name']}"
        print(f"{label:32.32} {row['Request Count']:>7} {failed:>6} "
              f"{row['50%']:>7} {row['95%']:>7} {row['99%']:>7}")
    accepted = set(json.loads(ids_file.read_text())) if ids_file.exists() else set()
    by_id = {s.pk: s for s in rows}
    missing = accepted - by_id.keys()
    pending = [s.pk for s in rows if s.pending]
    graded_more = [s.pk for s in rows if s.attempts != 1]
    no_verdict = [s.pk for s in rows if not s.pending and not s.verdict]
    statuses: dict[str, int] = {}
    for s in rows:
        statuses[s.status] = statuses.get(s.status, 0) + 1
    print(f"\nsubmissions accepted (seen by the learners): {len(accepted)}; stored: {len(rows)}; by status: {statuses}")
    print(f"  lost: {len(missing)}; still pending after the wait: {len(pending)}; without a verdict: "
          f"{len(no_verdict)}; claimed more than once: {len(graded_more)} {graded_more[:10]}")
    ok = not errors and not missing and not pending and not no_verdict
    print("exactly one verdict per accepted submission, no errors" if ok else "NOT MET: see above")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
