from django.core.management.base import BaseCommand

from lti.tool_keys import tool_key_rotate


class Command(BaseCommand):
    help = ("Create a new LTI signing key. The key it replaces stays in the published key set "
            "for KOBAI_LTI_KEY_GRACE_DAYS, so platforms with a cached key set keep working.")

    def handle(self, *args, **options):
        key = tool_key_rotate()
        self.stdout.write(f"New signing key {key.kid}.")
