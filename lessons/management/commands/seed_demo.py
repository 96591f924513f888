from django.core.management.base import BaseCommand, CommandError

from lessons.demo import demo_accounts_ensure


class Command(BaseCommand):
    help = "Create the demo learner, instructor and cohort (idempotent) and print their logins."

    def handle(self, *args, **options):
        try:
            demo = demo_accounts_ensure()
        except RuntimeError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            "\n  Demo logins (local use only; set KOBAI_DEMO_PASSWORD to change):\n"
            f"    learner     {demo.learner:<18} password {demo.password}\n"
            f"    instructor  {demo.instructor:<18} password {demo.password}\n"
            f"    cohort      {demo.cohort} (join code {demo.join_code})\n"
        )
