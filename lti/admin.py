"""LTI in the admin: platforms and their deployments, Kōbai's keys, what launches mapped.

Only superusers and staff given the lti permissions see any of it (the Instructor group has
none). No page renders a private key: ToolKey's admin shows the public half and is read-only."""
from django.conf import settings
from django.contrib import admin, messages
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lti.models import CourseLink, Deployment, LtiIdentity, Platform, ResourceLink, RosterEntry, ScoreDelivery, ToolKey
from lti.tasks import send_score, sync_roster
from lti.tool_keys import tool_key_ensure, tool_key_rotate


def tool_urls(request) -> list[tuple[str, str]]:
    """The URLs a platform's administrator enters, as this site answers them."""
    def absolute(name: str) -> str:
        return request.build_absolute_uri(reverse(name))
    return [(_("Login initiation URL (OpenID Connect)"), absolute("lti:login")),
            (_("Launch / redirection URL"), absolute("lti:launch")),
            (_("Deep linking URL"), absolute("lti:launch")),
            (_("Public keyset URL (JWKS)"), absolute("lti:jwks"))]


class ToolUrlsMixin:
    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        return super().changeform_view(request, object_id, form_url,
                                       {**(extra_context or {}), "lti_tool_urls": tool_urls(request)})

    def changelist_view(self, request, extra_context=None):
        return super().changelist_view(request, {**(extra_context or {}), "lti_tool_urls": tool_urls(request)})


class DeploymentInline(admin.TabularInline):
    model = Deployment
    extra = 1


@admin.register(Platform)
class PlatformAdmin(ToolUrlsMixin, admin.ModelAdmin):
    list_display = ["name", "issuer", "client_id", "is_active"]
    fields = ["name", "issuer", "client_id", "auth_url", "token_url", "keyset_url", "is_active"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    inlines = [DeploymentInline]

    def save_model(self, request, obj, form, change):
        """The platform will verify what Kōbai signs against the key set: it has a key from now on."""
        super().save_model(request, obj, form, change)
        tool_key_ensure()


@admin.register(ToolKey)
class ToolKeyAdmin(ToolUrlsMixin, admin.ModelAdmin):
    list_display = ["kid", "created_at", "retired_at", "state"]
    fields = ["kid", "public_key_pem", "created_at", "retired_at"]  # never private_key_pem
    readonly_fields = fields
    actions = ["rotate"]

    @admin.display(description=_("state"))
    def state(self, key: ToolKey):
        if key.retired_at is None:
            return _("signing")
        if key.retired_at > timezone.now() - settings.LTI_KEY_GRACE:
            return _("retired, still published")
        return _("retired, withdrawn")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Rotate: a new signing key (the current one stays published for the grace period)"),
                  permissions=["delete"])
    def rotate(self, request, queryset):
        key = tool_key_rotate()
        self.message_user(request, _("New signing key %(kid)s.") % {"kid": key.kid}, messages.SUCCESS)


@admin.register(LtiIdentity)
class LtiIdentityAdmin(admin.ModelAdmin):
    list_display = ["user", "issuer", "subject", "created_at"]
    search_fields = ["subject", "user__username", "user__email"]
    readonly_fields = ["issuer", "subject", "user", "created_at"]

    def has_add_permission(self, request):
        return False


class RosterEntryInline(admin.TabularInline):
    """Who the LMS says is in the course (launches and roster), as what: read-only."""
    model = RosterEntry
    fields = readonly_fields = ["user", "instructor", "seen_at"]
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(CourseLink)
class CourseLinkAdmin(admin.ModelAdmin):
    list_display = ["__str__", "platform", "context_id", "cohort", "roster_synced_at"]
    fields = ["platform", "context_id", "title", "cohort", "lineitems_url", "memberships_url", "roster_synced_at"]
    readonly_fields = ["platform", "context_id", "lineitems_url", "memberships_url", "roster_synced_at"]
    inlines = [RosterEntryInline]
    actions = ["sync_roster_now"]

    @admin.action(description=_("Sync the roster from the LMS now"), permissions=["change"])
    def sync_roster_now(self, request, queryset):
        links = list(queryset.exclude(memberships_url="").values_list("pk", flat=True))
        for link_id in links:
            sync_roster.delay(link_id)
        self.message_user(request, _("%(count)d rosters queued.") % {"count": len(links)}, messages.SUCCESS)

    def has_add_permission(self, request):
        return False


@admin.register(ResourceLink)
class ResourceLinkAdmin(admin.ModelAdmin):
    list_display = ["__str__", "platform", "resource_link_id", "target"]
    readonly_fields = ["platform", "resource_link_id"]

    def has_add_permission(self, request):
        return False


@admin.register(ScoreDelivery)
class ScoreDeliveryAdmin(admin.ModelAdmin):
    """What the LMS gradebooks are still owed (pending) and what they received."""

    list_display = ["user", "exercise", "course_link", "score", "graded_at", "status", "attempts",
                    "next_attempt_at", "sent_at"]
    list_filter = ["status", "course_link"]
    readonly_fields = ["course_link", "user", "exercise", "score", "graded_at", "status", "attempts",
                       "next_attempt_at", "last_error", "sent_at"]
    actions = ["send_now"]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Send the selected pending scores now"), permissions=["view"])
    def send_now(self, request, queryset):
        pending = list(queryset.filter(status=ScoreDelivery.Status.PENDING).values_list("pk", flat=True))
        for delivery_id in pending:
            send_score.delay(delivery_id)
        self.message_user(request, _("%(count)d scores queued.") % {"count": len(pending)}, messages.SUCCESS)
