"""Cohorts, enrollments, lesson progress and quiz attempts in the admin, scoped to the
instructor's own cohorts (instructors.scoping); the progress matrix and its export live on
each cohort's page."""
from django.contrib import admin
from django.db.models import Count
from django.http import Http404
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from instructors.scoping import CohortScopedAdmin, taught_cohorts
from instructors.views import cohort_progress_export, cohort_progress_page
from lessons import models


@admin.register(models.QuizAttempt)
class QuizAttemptAdmin(CohortScopedAdmin):
    list_display = ("user", "quiz", "score", "created_at")
    list_filter = ("quiz",)
    search_fields = ("user__username",)
    list_select_related = ("user", "quiz__lesson")


@admin.register(models.LessonProgress)
class LessonProgressAdmin(CohortScopedAdmin):
    list_display = ("user", "lesson", "finished_at", "quiz_attempts", "quiz_best_score", "last_read_at")
    list_filter = ("lesson",)
    search_fields = ("user__username",)
    list_select_related = ("user", "lesson")


class EnrollmentInline(admin.TabularInline):
    model = models.Enrollment
    extra = 0
    autocomplete_fields = ("user",)
    fields = ("user", "joined_at")
    readonly_fields = ("joined_at",)


class DeadlineInline(admin.TabularInline):
    model = models.CohortDeadline
    extra = 0
    fields = ("exercise", "due_at")


class ExtensionInline(admin.TabularInline):
    """Per-learner extensions (disability services, illness): a later due date for one exercise,
    or for every deadline of the cohort when the exercise is left empty."""
    model = models.DeadlineExtension
    extra = 0
    fields = ("user", "exercise", "due_at")
    autocomplete_fields = ("user",)


@admin.register(models.Cohort)
class CohortAdmin(CohortScopedAdmin):
    scope = ("cohort", "pk")
    list_display = ("name", "course", "join_code", "is_open", "learner_count", "progress_link")
    search_fields = ("name", "join_code")
    filter_horizontal = ("instructors",)
    inlines = [DeadlineInline, ExtensionInline, EnrollmentInline]
    change_form_template = "instructors/cohort_change_form.html"

    def get_queryset(self, request):
        queryset = admin.ModelAdmin.get_queryset(self, request).annotate(learners=Count("enrollments"))
        return queryset if request.user.is_superuser else queryset.filter(instructors=request.user)

    def get_readonly_fields(self, request, obj=None):
        if request.user.is_superuser:
            return ()
        # An instructor edits name, code, joining, deadlines, extensions and when solutions open.
        return ("course", "instructors")

    @admin.display(description=_("learners"), ordering="learners")
    def learner_count(self, cohort):
        return cohort.learners

    @admin.display(description=_("progress"))
    def progress_link(self, cohort):
        url = reverse("admin:lessons_cohort_progress", args=[cohort.pk])
        return format_html('<a href="{}">{}</a>', url, _("Progress matrix"))

    def get_urls(self):
        urls = [
            path("<int:object_id>/progress/", self.admin_site.admin_view(self.progress_view),
                 name="lessons_cohort_progress"),
            path("<int:object_id>/progress/export.<str:fmt>", self.admin_site.admin_view(self.export_view),
                 name="lessons_cohort_progress_export"),
        ]
        return urls + super().get_urls()

    def _cohort(self, request, object_id):
        cohort = self.get_queryset(request).filter(pk=object_id).select_related("course").first()
        if cohort is None or not self.has_view_permission(request, cohort):
            raise Http404
        return cohort

    def progress_view(self, request, object_id):
        return cohort_progress_page(self, request, self._cohort(request, object_id))

    def export_view(self, request, object_id, fmt):
        return cohort_progress_export(request, self._cohort(request, object_id), fmt)


@admin.register(models.Enrollment)
class EnrollmentAdmin(CohortScopedAdmin):
    scope = ("cohort", "cohort")
    list_display = ("user", "cohort", "joined_at")
    list_filter = ("cohort",)
    search_fields = ("user__username", "cohort__name")
    list_select_related = ("user", "cohort")
    autocomplete_fields = ("user",)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "cohort":
            kwargs["queryset"] = taught_cohorts(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
