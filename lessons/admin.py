"""Every lesson model in the admin. Content comes from files: edit there, then sync."""
from django.contrib import admin

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
class QuizAttemptAdmin(admin.ModelAdmin):
    list_display = ("user", "quiz", "score", "created_at")
    list_filter = ("quiz",)
    search_fields = ("user__username",)


@admin.register(models.LessonProgress)
class LessonProgressAdmin(admin.ModelAdmin):
    list_display = ("user", "lesson", "quiz_attempts", "quiz_best_score", "last_read_at")
    list_filter = ("lesson",)
    search_fields = ("user__username",)


class EnrollmentInline(admin.TabularInline):
    model = models.Enrollment
    extra = 0
    autocomplete_fields = ("user",)


@admin.register(models.Cohort)
class CohortAdmin(admin.ModelAdmin):
    list_display = ("name", "course", "join_code", "is_open")
    filter_horizontal = ("instructors",)
    inlines = [EnrollmentInline]


@admin.register(models.Enrollment)
class EnrollmentAdmin(admin.ModelAdmin):
    list_display = ("user", "cohort", "joined_at")
    list_filter = ("cohort",)
    search_fields = ("user__username",)
