"""Submissions and related rows in the admin, scoped to the instructor's cohorts.

An instructor reads a submission (code, verdict, plots, output, timings), regrades selected
submissions or every submission of an exercise through the Celery queue, and exports the
list as CSV (UTF-8 with a BOM, for Excel) or XLSX, formula-safe (instructors.spreadsheet).
"""
from django.contrib import admin, messages
from django.db.models import Count, Q
from django.http import HttpResponseRedirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export import fields
from import_export.admin import ExportMixin
from import_export.formats.base_formats import CSV, XLSX

from grader import models
from grader.services import RegradeRefused, submission_regrade
from grader.stored_verdict import criterion_ids
from instructors.scoping import CohortScopedAdmin, taught_cohorts
from instructors.spreadsheet import FormulaSafeResource
from instructors.views import regrading_page, submission_context
from lessons.display import user_name


class SubmissionResource(FormulaSafeResource):  # learners' names are theirs: no cell may be a formula
    learner = fields.Field(attribute="user__username", column_name=_("learner"))
    learner_name = fields.Field(column_name=_("name"))
    exercise = fields.Field(attribute="exercise__slug", column_name=_("exercise"))
    failed = fields.Field(column_name=_("criteria not met"))

    class Meta:
        model = models.Submission
        fields = ("id", "learner", "learner_name", "exercise", "status", "score", "failed", "attempts", "device",
                  "created_at", "started_at", "finished_at", "grader_version")
        export_order = fields

    def dehydrate_learner_name(self, submission):
        return user_name(submission.user)

    def dehydrate_failed(self, submission):
        return " ".join(criterion_ids(submission.failed_criteria))


class CohortFilter(admin.SimpleListFilter):
    """The instructor's own cohorts only."""

    title = _("cohort")
    parameter_name = "cohort"

    def lookups(self, request, model_admin):
        return [(c.pk, c.name) for c in taught_cohorts(request.user)]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            cohort = taught_cohorts(request.user).filter(pk=self.value()).first()
            if cohort is None:
                return queryset.none()
            return queryset.filter(user__enrollments__cohort=cohort)
        return queryset


@admin.register(models.Submission)
class SubmissionAdmin(ExportMixin, CohortScopedAdmin):
    resource_classes = [SubmissionResource]
    formats = [CSV, XLSX]
    to_encoding = "utf-8-sig"  # a BOM, so that Excel opens Japanese names right
    export_template_name = "instructors/export.html"  # import-export's page, without inline handler or styles
    list_display = ("id", "user", "exercise", "status_text", "score", "attempts", "device", "created_at",
                    "finished_at")
    list_filter = (CohortFilter, "status", "exercise", "device")
    search_fields = ("user__username", "user__first_name", "user__last_name")
    list_select_related = ("user", "exercise")
    autocomplete_fields = ("user",)
    raw_id_fields = ("reused_from",)
    readonly_fields = ("user", "exercise", "code", "code_sha256", "grader_version", "status", "score",
                       "failed_criteria", "verdict", "progress", "attempts", "queue", "created_at", "enqueued_at",
                       "started_at", "finished_at", "lease_until", "worker", "device", "torch_version",
                       "reused_from")
    fieldsets = ((None, {"fields": ("user", "exercise", "status", "score", "attempts", "created_at",
                                    "started_at", "finished_at", "device", "torch_version", "worker",
                                    "grader_version", "reused_from")}),)
    change_form_template = "instructors/submission_change_form.html"
    actions = ["regrade_selected", "regrade_exercises"]

    @admin.display(description=_("status"), ordering="status")
    def status_text(self, submission):
        mark = {"passed": "✓", "queued": "…", "running": "…"}.get(submission.status, "✗")
        return format_html('<span class="kobai-status kobai-status-{}">{} {}</span>', submission.status, mark,
                           submission.get_status_display())

    def lookup_allowed(self, lookup, value, request=None):
        # The progress matrix links a cell to its learner's submissions; a regrade to its batch.
        if lookup in ("id__in", "id__exact", "user__id__exact", "exercise__id__exact"):
            return True
        return super().lookup_allowed(lookup, value, request)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False  # submissions are records: read them, regrade them, never edit them

    def has_regrade_permission(self, request):
        return request.user.has_perm("grader.regrade_submission")

    def get_export_queryset(self, request):
        return super().get_export_queryset(request).select_related("user", "exercise")

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, object_id)
        extra_context = {**(extra_context or {}), **(submission_context(request, obj) if obj else {})}
        return super().change_view(request, object_id, form_url, extra_context)

    def get_urls(self):
        return [path("regrading/", self.admin_site.admin_view(self.regrading_view),
                     name="grader_submission_regrading")] + super().get_urls()

    def regrading_view(self, request):
        return regrading_page(self, request)

    @admin.action(description=_("Regrade the selected submissions"), permissions=["regrade"])
    def regrade_selected(self, request, queryset):
        return self._regrade(request, list(queryset.values_list("pk", flat=True)))

    @admin.action(description=_("Regrade every submission of the selected submissions' exercises"),
                  permissions=["regrade"])
    def regrade_exercises(self, request, queryset):
        exercises = set(queryset.values_list("exercise_id", flat=True))
        ids = list(self.get_queryset(request).filter(exercise_id__in=exercises).values_list("pk", flat=True))
        return self._regrade(request, ids)

    def _regrade(self, request, ids: list[int]):
        sent, refused = [], []
        for submission_id in ids:
            try:
                submission_regrade(submission_id=submission_id)
                sent.append(submission_id)
            except RegradeRefused as exc:
                refused.append(str(exc.message))
        for message in refused[:5]:
            self.message_user(request, message, messages.WARNING)
        if len(refused) > 5:
            self.message_user(request, ngettext("…and %(n)d more submission was refused.",
                                               "…and %(n)d more submissions were refused.", len(refused) - 5)
                              % {"n": len(refused) - 5}, messages.WARNING)
        if not sent:
            return None
        self.message_user(request, ngettext("%(n)d submission sent to the grading queue.",
                                            "%(n)d submissions sent to the grading queue.", len(sent))
                          % {"n": len(sent)}, messages.SUCCESS)
        url = reverse("admin:grader_submission_regrading") + "?" + urlencode({"ids": ",".join(map(str, sent))})
        return HttpResponseRedirect(url)

    def regrading_counts(self, request, ids: list[int]) -> dict:
        queryset = self.get_queryset(request).filter(pk__in=ids)
        return queryset.aggregate(
            total=Count("pk"), pending=Count("pk", filter=Q(status__in=models.Submission.PENDING)),
            passed=Count("pk", filter=Q(status=models.Submission.Status.PASSED)))


@admin.register(models.ExerciseProgress)
class ExerciseProgressAdmin(CohortScopedAdmin):
    list_display = ("user", "exercise", "best_score", "passed_at", "submissions", "updated_at")
    list_filter = ("exercise",)
    search_fields = ("user__username",)
    list_select_related = ("user", "exercise")


@admin.register(models.Draft)
class DraftAdmin(admin.ModelAdmin):
    list_display = ("user", "exercise", "updated_at")
    search_fields = ("user__username",)


@admin.register(models.ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ("user", "name", "prefix", "created_at", "last_used_at", "revoked_at")
    readonly_fields = ("key_sha256", "prefix")
    search_fields = ("user__username", "name")
