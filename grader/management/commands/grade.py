import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from grader.exercises import EXERCISES
from grader.services import UnknownExercise, grade_source


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
        self.stdout.write(f"{verdict.exercise}: {verdict.status} ({verdict.status_label}), score {verdict.score:.2f}")
        self.stdout.write(verdict.message)
        for c in verdict.criteria:
            mark = "✓" if c.passed else "✗"
            self.stdout.write(f"  {mark} {c.id}: {c.measured_text} (threshold {c.threshold}) — {c.message}")
            if c.hint:
                self.stdout.write(f"      {c.hint}")
        if verdict.error and verdict.error.get("traceback"):
            self.stdout.write(verdict.error["traceback"])
        timings = verdict.timings
        self.stdout.write(f"device {verdict.device or '-'}, torch {verdict.torch_version or '-'}, "
                          f"wall {timings.get('wall_s', 0):.2f}s, grader {verdict.grader_version}")


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)
