"""Users in the admin: an instructor sees (read-only) only the learners of their cohorts, which
also scopes every autocomplete that looks learners up."""
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import get_language

from instructors.scoping import CohortScopedAdmin

User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class ScopedUserAdmin(CohortScopedAdmin, UserAdmin):
    scope = ("learner", "pk")
    list_display = ("username", "first_name", "last_name", "email", "is_staff", "date_joined", "last_login")

    def get_list_display(self, request):
        """Family name before given name in Japanese (姓 名)."""
        if (get_language() or "")[:2] == "ja":
            return ("username", "last_name", "first_name", *self.list_display[3:])
        return self.list_display

    def get_list_filter(self, request):
        return super().get_list_filter(request) if request.user.is_superuser else ()
