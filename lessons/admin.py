"""Every lesson model in the admin. Content comes from files: edit there, then sync.

Cohorts, enrollments and learners' progress are scoped to the instructor's own cohorts
(instructors.scoping); the progress matrix lives on each cohort's page."""
from django.contrib import admin
from django.db.models import Count
from django.http import Http404
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from instructors.scoping import CohortScopedAdmin, taught_cohorts
from lessons import models


class LessonTextInline(admin.StackedInline):
    model = models.LessonText
    extra = 0
    fields = ("language", "title", "summary", "source_path", "content_hash")
    readonly_fields = fields


@admin.register(models.Course)
class CourseAdmin(admin.ModelAdmin):
    list_display = ("slug", "title_ja", "title_en")


@admin.register(models.Lesson)
class LessonAdmin(admin.ModelAdmin):
    list_display = ("order", "slug", "status", "course")
    list_filter = ("status",)
    inlines = [LessonTextInline]


@admin.register(models.LessonText)
class LessonTextAdmin(admin.ModelAdmin):
    list_display = ("lesson", "language", "title", "source_path")
    list_filter = ("language",)


@admin.register(models.Exercise)
class ExerciseAdmin(admin.ModelAdmin):
    list_display = ("slug", "lesson", "order", "title_ja", "title_en")
    list_filter = ("lesson",)


@admin.register(models.ExerciseText)
class ExerciseTextAdmin(admin.ModelAdmin):
    list_display = ("exercise", "language", "source_path")


class ChoiceInline(admin.TabularInline):
    model = models.Choice
    extra = 0


@admin.register(models.Quiz)
class QuizAdmin(admin.ModelAdmin):
    list_display = ("lesson",)


@admin.register(models.Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ("key", "quiz", "kind", "order")
    list_filter = ("kind", "quiz")
    inlines = [ChoiceInline]


@admin.register(models.GlossaryTerm)
class GlossaryTermAdmin(admin.ModelAdmin):
    list_display = ("key", "term_ja", "term_en", "lesson")
    search_fields = ("key", "term_ja", "term_en")


@admin.register(models.QuizAttempt)
class QuizAttemptAdmin(CohortScopedAdmin):
    list_display = ("user", "quiz", "score", "created_at")
    list_filter = ("quiz",)
    search_fields = ("user__username",)
    list_select_related = ("user", "quiz__lesson")


@admin.register(models.LessonProgress)
class LessonProgressAdmin(CohortScopedAdmin):
    list_display = ("user", "lesson", "quiz_attempts", "quiz_best_score", "last_read_at")
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


@admin.register(models.Cohort)
class CohortAdmin(CohortScopedAdmin):
    scope = ("cohort", "pk")
    list_display = ("name", "course", "join_code", "is_open", "learner_count", "progress_link")
    search_fields = ("name", "join_code")
    filter_horizontal = ("instructors",)
    inlines = [DeadlineInline, EnrollmentInline]
    change_form_template = "instructors/cohort_change_form.html"

    def get_queryset(self, request):
        queryset = admin.ModelAdmin.get_queryset(self, request).annotate(learners=Count("enrollments"))
        return queryset if request.user.is_superuser else queryset.filter(instructors=request.user)

    def get_readonly_fields(self, request, obj=None):
        if request.user.is_superuser:
            return ()
        return ("course", "instructors")  # an instructor edits name, code, joining and deadlines only

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
        from instructors.views import cohort_progress_page

        return cohort_progress_page(self, request, self._cohort(request, object_id))

    def export_view(self, request, object_id, fmt):
        from instructors.views import cohort_progress_export

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
