"""Server time of the learner pages, p50/p95 over repeated requests (Django test client).

    .venv/bin/python bench/page_latency.py [--runs 50]

Uses the configured database (run `make run` once, or set DATABASE_URL) with the course
loaded. Prints one line per page: the first (cold: renders Markdown) and the warm timings.
"""
import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "courseware.settings.local")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

PAGES = [
    "/ja/", "/en/", "/ja/lessons/vanishing-gradients/", "/en/lessons/vanishing-gradients/",
    "/ja/lessons/vanishing-gradients/quiz/", "/en/exercises/fix-vanishing-gradients/",
    "/ja/glossary/",
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    client = Client(HTTP_HOST="127.0.0.1")
    cache.clear()
    print(f"{'page':45} {'cold ms':>8} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
    for path in PAGES:
        started = time.perf_counter()
        response = client.get(path)
        cold = (time.perf_counter() - started) * 1000
        assert response.status_code == 200, (path, response.status_code)
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                client.get(path)
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        p95 = times[int(len(times) * 0.95) - 1]
        print(f"{path:45} {cold:8.1f} {statistics.median(times):8.1f} {p95:8.1f} {len(queries):8d}")


if __name__ == "__main__":
    main()
