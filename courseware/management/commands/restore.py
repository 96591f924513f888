from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from courseware.backup import BackupError, restore


class Command(BaseCommand):
    help = ("Replace the database's content with a backup made by `manage.py backup`. Stop the site first "
            "(make run, the web and the workers).")

    def add_arguments(self, parser):
        parser.add_argument("backup", type=Path)
        parser.add_argument("--yes", action="store_true", help="do not ask: the database's content is replaced")

    def handle(self, *args, backup: Path, yes=False, **options):
        if not backup.is_file():
            raise CommandError(f"{backup} does not exist")
        if not yes and input(f"Replace everything in the database with {backup}? [y/N] ").strip().lower() != "y":
            raise CommandError("nothing was restored")
        try:
            restore(backup)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"restored {backup}")
