"""Submissions and verdicts arrive with the grader issue; the app exists so that it can."""
