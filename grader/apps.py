from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GraderConfig(AppConfig):
    name = "grader"
    verbose_name = _("Grader")

    def ready(self):
        from grader import checks  # noqa: F401 - registers the content/registry agreement check
        from grader.selectors import exercise_progress_by_exercise
        from lessons.selectors import exercise_progress_reader_set

        exercise_progress_reader_set(exercise_progress_by_exercise)  # the lesson pages show it
