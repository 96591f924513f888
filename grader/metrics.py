"""Metrics an operator can scrape (Prometheus text format, prometheus_client), read at scrape
time from the places that hold the truth, so that every web process answers the same and
nothing is lost when a process restarts:

- the database: gradings by status and exercise, submissions waiting, and two cumulative
  histograms, submit → verdict and the grading itself (started → finished), over every
  finished submission;
- Redis: the depth of each grading queue (the broker's list length) and the grading processes
  that publish their warm counts (grader.warm), by host and device, as the workers that are up;
- sandbox failures: system errors by kind (the sandbox could not be set up, or was unavailable,
  or the judge produced no verdict...).

Served at /metrics to staff and to the monitoring token only (courseware.health).
"""
from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.db.models import Count, DurationField, ExpressionWrapper, F, Q, Sum
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily

from grader.models import Submission

log = logging.getLogger(__name__)

# Seconds: a warm grading is a fraction of a second, a cold one a few, a queued one longer.
BUCKETS = (0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 900.0)


class KobaiCollector:
    """prometheus_client's custom-collector protocol: collect() yields metric families."""

    def collect(self):
        yield from self._gradings()
        yield self._histogram("kobai_submit_to_verdict_seconds", "Submitted until the verdict was stored.",
                              "created_at")
        yield self._histogram("kobai_grading_seconds", "A grading, from its claim by a worker to its verdict.",
                              "started_at")
        yield from self._queues_and_workers()

    def _gradings(self):
        done = CounterMetricFamily("kobai_gradings", "Gradings finished, by status and exercise.",
                                   labels=["status", "exercise"])
        waiting = GaugeMetricFamily("kobai_submissions_waiting", "Submissions queued or being graded.",
                                    labels=["status"])
        failures = CounterMetricFamily("kobai_sandbox_failures", "System errors of gradings, by kind.",
                                       labels=["kind"])
        rows = Submission.objects.values("status", "exercise__slug").annotate(n=Count("id"))
        waiting_counts = dict.fromkeys(Submission.PENDING, 0)
        for row in rows:
            if row["status"] in Submission.PENDING:
                waiting_counts[row["status"]] += row["n"]
            else:
                done.add_metric([row["status"], row["exercise__slug"]], row["n"])
        for status, n in waiting_counts.items():
            waiting.add_metric([status], n)
        kinds: dict[str, int] = {}
        for verdict in Submission.objects.filter(status=Submission.Status.SYSTEM_ERROR).values_list("verdict",
                                                                                                   flat=True):
            kind = ((verdict or {}).get("outcome") or {}).get("error", {}).get("kind") or "unknown"
            kinds[str(kind)] = kinds.get(str(kind), 0) + 1
        for kind, n in sorted(kinds.items()):
            failures.add_metric([kind], n)
        yield from (done, waiting, failures)

    def _histogram(self, name: str, documentation: str, since: str) -> HistogramMetricFamily:
        """A cumulative histogram of finished_at − `since` over every finished submission."""
        duration = ExpressionWrapper(F("finished_at") - F(since), output_field=DurationField())
        finished = Submission.objects.filter(finished_at__isnull=False, **{f"{since}__isnull": False})
        counts = finished.annotate(d=duration).aggregate(
            **{f"le{i}": Count("id", filter=Q(d__lte=timedelta(seconds=b))) for i, b in enumerate(BUCKETS)},
            total=Count("id"), sum=Sum("d"))
        buckets = [(str(b), counts[f"le{i}"]) for i, b in enumerate(BUCKETS)] + [("+Inf", counts["total"])]
        total = counts["sum"] or timedelta(0)
        return HistogramMetricFamily(name, documentation, buckets=buckets, sum_value=total.total_seconds())

    def _queues_and_workers(self):
        depth = GaugeMetricFamily("kobai_queue_depth", "Messages waiting in each grading queue.", labels=["queue"])
        workers = GaugeMetricFamily("kobai_grading_processes_up",
                                    "Grading processes that published their warm counts lately.",
                                    labels=["host", "device"])
        up = GaugeMetricFamily("kobai_broker_up", "Whether Redis answered this scrape.")
        try:
            from grader import warm

            client = warm._redis()
            for queue in _queues():
                depth.add_metric([queue], client.llen(queue))
            seen: dict[tuple[str, str], int] = {}
            for process in warm.published():
                key = (str(process.get("host")), str(process.get("device")))
                seen[key] = seen.get(key, 0) + 1
            for (host, device), n in sorted(seen.items()):
                workers.add_metric([host, device], n)
            up.add_metric([], 1)
        except Exception as exc:  # noqa: BLE001 - a scrape reports the broker down, it does not fail
            log.warning("metrics: Redis did not answer: %s", exc)
            up.add_metric([], 0)
        yield from (depth, workers, up)


def _queues() -> list[str]:
    names = [settings.GRADER_CPU_QUEUE, settings.GRADER_GPU_QUEUE, getattr(settings, "GRADER_SWEEP_QUEUE", None)]
    return sorted({n for n in names if n})
