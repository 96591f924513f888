from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from grader.models import Submission
from instructors.demo import demo_accounts_ensure
from instructors.tasks import demo_work_fill


class Command(BaseCommand):
    help = "Create the demo learner, instructor and cohort (idempotent) and print their logins."

    def handle(self, *args, **options):
        try:
            demo = demo_accounts_ensure()
        except RuntimeError as exc:
            raise CommandError(str(exc)) from exc
        queued = self._queue_demo_work(demo.join_code)
        self.stdout.write(
            "\n  Demo logins (local use only; set KOBAI_DEMO_PASSWORD to change):\n"
            f"    learner     {demo.learner:<18} password {demo.password}\n"
            f"    instructor  {demo.instructor:<18} password {demo.password}\n"
            f"    cohort      {demo.cohort} (join code {demo.join_code})\n"
        )
        if queued:
            self.stdout.write(
                "  The worker grades the demo cohort's submissions in the background, one piece of code at a\n"
                "  time behind anything learners submit (about 36 gradings: half a minute on an idle machine\n"
                "  with two cores, longer on a busy one).\n")

    def _queue_demo_work(self, join_code: str) -> bool:
        if settings.DEMO_COHORT_LEARNERS <= 0 or Submission.objects.filter(
                user__username__regex=r"^demo-[0-9]+-").exists():
            return False
        try:
            demo_work_fill.apply_async(args=[join_code], queue=settings.GRADER_CPU_QUEUE, retry=False)
        except Exception as exc:  # noqa: BLE001 - the broker may be down: the demo just stays empty
            self.stderr.write(f"  Could not queue the demo cohort's grading ({exc}); run seed_demo again later.")
            return False
        return True
