import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import override

from grader.exercises import EXERCISES
from grader.grading import UnknownExercise, grade_source


class Command(BaseCommand):
    help = "Grade a file for an exercise exactly as the service does (same sandbox, harness, criteria)."

    def add_arguments(self, parser):
        parser.add_argument("slug", help=f"one of: {', '.join(EXERCISES)}")
        parser.add_argument("file", help="the learner's Python file")
        parser.add_argument("--json", action="store_true", help="print the verdict as one JSON object")
        parser.add_argument("--lang", choices=["ja", "en"], default="en", help="language of the messages")

    def handle(self, *args, slug, file, json=False, lang="en", **options):
        try:
            source = Path(file).read_bytes()
        except OSError as exc:
            raise CommandError(f"cannot read {file}: {exc.strerror}") from exc
        try:
            verdict = grade_source(slug=slug, source=source, lang=lang)
        except UnknownExercise:
            raise CommandError(f"unknown exercise {slug!r}; known: {', '.join(EXERCISES)}") from None
        if json:
            self.stdout.write(_dumps(verdict.as_dict()))
            return
        with override(lang):
            self._print(verdict)

    def _print(self, verdict):
        self.stdout.write(_("%(exercise)s: %(status)s (%(label)s), score %(score).2f") % {
            "exercise": verdict.exercise, "status": verdict.status, "label": verdict.status_label,
            "score": verdict.score})
        self.stdout.write(verdict.message)
        for c in verdict.criteria:
            mark = "✓" if c.passed else "✗"
            self.stdout.write(_("  %(mark)s %(id)s: %(measured)s (threshold %(threshold)s) — %(message)s") % {
                "mark": mark, "id": c.id, "measured": c.measured_text, "threshold": c.threshold,
                "message": c.message})
            if c.hint:
                self.stdout.write(f"      {c.hint}")
        if verdict.error and verdict.error.get("traceback"):
            self.stdout.write(verdict.error["traceback"])
        self.stdout.write(_("device %(device)s, torch %(torch)s, wall %(wall).2fs, grader %(version)s") % {
            "device": verdict.device or "-", "torch": verdict.torch_version or "-",
            "wall": verdict.timings.get("wall_s") or 0, "version": verdict.grader_version})


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)
