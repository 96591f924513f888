"""The course's content models in the admin, read-only in spirit: content comes from files,
edit there, then sync. Learners' data (cohorts, enrollments, progress, quiz attempts) is in
the instructors app's admin, scoped to the instructor's own cohorts."""
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
