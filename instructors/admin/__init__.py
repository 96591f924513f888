"""Every admin class that shows learners' data, scoped to the instructor's own cohorts
(instructors.scoping): users, cohorts and their progress, submissions and their regrading.
The content models' admin stays with their app (lessons.admin)."""
from instructors.admin import cohorts, submissions, users  # noqa: F401 - registers the admin classes
