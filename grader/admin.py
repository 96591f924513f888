"""Submissions and related rows in the admin (the instructor views arrive with the admin issue)."""
from django.contrib import admin

from grader import models


@admin.register(models.Submission)
class SubmissionAdmin(admin.ModelAdmin):
    list_display = ("id", "user", "exercise", "status", "score", "attempts", "device", "created_at", "finished_at")
    list_filter = ("status", "exercise", "device")
    search_fields = ("user__username",)
    raw_id_fields = ("user", "reused_from")
    readonly_fields = ("code_sha256", "grader_version", "verdict", "progress", "created_at", "enqueued_at",
                       "started_at", "finished_at", "lease_until", "worker", "device", "torch_version")


@admin.register(models.ExerciseProgress)
class ExerciseProgressAdmin(admin.ModelAdmin):
    list_display = ("user", "exercise", "best_score", "passed_at", "submissions", "updated_at")
    list_filter = ("exercise",)
    search_fields = ("user__username",)


@admin.register(models.Draft)
class DraftAdmin(admin.ModelAdmin):
    list_display = ("user", "exercise", "updated_at")
    search_fields = ("user__username",)


@admin.register(models.ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ("user", "name", "prefix", "created_at", "last_used_at", "revoked_at")
    readonly_fields = ("key_sha256", "prefix")
    search_fields = ("user__username", "name")
