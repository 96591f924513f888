"""Instructors: cohorts and their progress, in the Django admin (scoping, matrix, statistics)."""
