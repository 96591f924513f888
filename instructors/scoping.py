"""What an instructor may see: the cohorts they teach, and those cohorts' learners and work.

A superuser sees everything. Every admin class that shows learners' data goes through
`CohortScopedAdmin`, so lists, search, detail pages, autocomplete and exports (which all start
from `get_queryset`) are scoped alike; an object outside the scope is a 404, never a redirect
that would confirm it exists.
"""
from __future__ import annotations

from django.contrib import admin
from django.db.models import QuerySet
from django.http import Http404

from lessons.models import Cohort, Enrollment


def taught_cohorts(user) -> QuerySet[Cohort]:
    if user.is_superuser:
        return Cohort.objects.all()
    return Cohort.objects.filter(instructors=user)


def taught_learners(user):
    """A subquery of the user ids of every learner in a cohort `user` teaches."""
    return Enrollment.objects.filter(cohort__instructors=user).values("user_id")


class CohortScopedAdmin(admin.ModelAdmin):
    """`scope` names how a row reaches the cohort: "cohort" (a path to a Cohort), or "learner"
    (a path to the learner's user id)."""

    scope: tuple[str, str] = ("learner", "user_id")

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        kind, path = self.scope
        if kind == "cohort":
            return queryset.filter(**{f"{path}__instructors": request.user})
        return queryset.filter(**{f"{path}__in": taught_learners(request.user)})

    def _get_obj_does_not_exist_redirect(self, request, opts, object_id):
        raise Http404  # outside the instructor's cohorts, or gone: the same answer, no hint
