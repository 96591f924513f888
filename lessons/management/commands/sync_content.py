from django.core.management.base import BaseCommand, CommandError

from lessons import services
from lessons.content_files import ContentInvalid


class Command(BaseCommand):
    help = "Load lessons/content/ into the database (idempotent); --check only validates."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="validate without writing")
        parser.add_argument("--verbose-changes", action="store_true", help="list every change")

    def handle(self, *args, check=False, verbose_changes=False, **options):
        try:
            if check:
                course = services.content_check()
                lessons = len(course.lessons)
                self.stdout.write(self.style.SUCCESS(
                    f"content OK: {lessons} lessons, {len(course.exercises)} exercises, "
                    f"{len(course.quizzes)} quizzes, {len(course.glossary)} glossary terms"
                ))
                return
            report = services.content_sync()
        except ContentInvalid as exc:
            for problem in exc.problems:
                self.stderr.write(str(problem))
            raise CommandError(f"{len(exc.problems)} problem(s) in the content; nothing was loaded")
        if verbose_changes:
            for label in report.created:
                self.stdout.write(f"created {label}")
            for label in report.updated:
                self.stdout.write(f"updated {label}")
            for label in report.deleted:
                self.stdout.write(f"deleted {label}")
        self.stdout.write(self.style.SUCCESS(
            f"content synced: {len(report.created)} created, {len(report.updated)} updated, "
            f"{len(report.deleted)} deleted, {report.unchanged} unchanged"
        ))
