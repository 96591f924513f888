from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from courseware.backup import BackupError, backup


class Command(BaseCommand):
    help = "Back up the whole database while the site runs (SQLite online backup or pg_dump); prints the file."

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, help="where to write it (default var/backups/kobai-<time>.*)")

    def handle(self, *args, output=None, **options):
        try:
            path = backup(output)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(str(path))
