import json
import statistics
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import override

from grader.exercises import EXERCISES
from grader.grading import UnknownExercise, grade_source
from grader.warm import WarmPool
from lessons.display import seconds_text


class Command(BaseCommand):
    help = "Grade a file for an exercise exactly as the service does (same sandbox, harness, criteria)."

    def add_arguments(self, parser):
        parser.add_argument("slug", help=f"one of: {', '.join(EXERCISES)}")
        parser.add_argument("file", help="the learner's Python file")
        parser.add_argument("--json", action="store_true", help="print the verdict as one JSON object")
        parser.add_argument("--lang", choices=["ja", "en"], default="en", help="language of the messages")
        parser.add_argument("--warm", type=int, default=0, metavar="N",
                            help="grade N times through one warm path (a pair started ahead for each) and "
                                 "print each grading's time; without it, one cold grading")

    def handle(self, *args, slug, file, json=False, lang="en", warm=0, **options):
        try:
            source = Path(file).read_bytes()
        except OSError as exc:
            raise CommandError(f"cannot read {file}: {exc.strerror}") from exc
        if slug not in EXERCISES:
            raise CommandError(f"unknown exercise {slug!r}; known: {', '.join(EXERCISES)}")
        if warm < 0:
            raise CommandError("--warm takes a number of gradings, 1 or more")
        try:
            if warm:
                verdict = self._warm(slug, source, lang, warm, quiet=json)
            else:
                verdict = grade_source(slug=slug, source=source, lang=lang, warm=False)
        except UnknownExercise:
            raise CommandError(f"unknown exercise {slug!r}; known: {', '.join(EXERCISES)}") from None
        if json:
            self.stdout.write(_dumps(verdict.as_dict()))
            return
        with override(lang):
            self._print(verdict)

    def _warm(self, slug, source, lang, runs, quiet):
        """N gradings, each on a pair started ahead and set up before it is given the job (as on a
        worker between submissions); each grading's time printed, the last verdict returned."""
        pool = WarmPool(1)
        times = []
        try:
            for n in range(1, runs + 1):
                pool.fill()
                try:
                    waited = pool.until_warm()
                except TimeoutError:
                    raise CommandError("no warm pair could be set up: see the log, or grade without --warm") from None
                t0 = time.monotonic()
                verdict = grade_source(slug=slug, source=source, lang=lang, warm=pool)
                times.append(time.monotonic() - t0)
                if not quiet:
                    with override(lang):
                        self.stdout.write(_("warm grading %(n)d: %(status)s in %(time)s (pair set up in "
                                            "%(setup)s)") % {"n": n, "status": verdict.status_label,
                                                             "time": seconds_text(times[-1]),
                                                             "setup": seconds_text(waited)})
        finally:
            pool.close()
        if not quiet:
            with override(lang):
                self.stdout.write(_("warm gradings: p50 %(p50)s, max %(max)s over %(n)d") % {
                    "p50": seconds_text(statistics.median(times)), "max": seconds_text(max(times)), "n": len(times)})
        return verdict

    def _print(self, verdict):
        self.stdout.write(_("%(exercise)s: %(label)s, score %(score)s") % {
            "exercise": verdict.exercise, "label": verdict.status_label,
            "score": "–" if verdict.score is None else f"{round(100 * verdict.score)}%"})
        self.stdout.write(verdict.message)
        for c in verdict.criteria:
            mark = "✓" if c.passed else "✗"
            self.stdout.write(_("  %(mark)s %(id)s: measured %(measured)s (threshold %(threshold)s) — %(message)s") % {
                "mark": mark, "id": c.id, "measured": c.measured_text, "threshold": c.threshold,
                "message": c.message})
            if c.hint:
                self.stdout.write(f"      {c.hint}")
        if verdict.error and verdict.error.get("traceback"):
            self.stdout.write(verdict.error["traceback"])
        self.stdout.write(_("device %(device)s, torch %(torch)s, wall %(wall)s, grader %(version)s") % {
            "device": verdict.device or "–", "torch": verdict.torch_version or "–",
            "wall": seconds_text(verdict.timings.get("wall_s") or 0), "version": verdict.grader_version})


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)
