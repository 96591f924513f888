"""The words django-axes shows in the admin, listed here so that they reach the Japanese catalogue:
django-axes ships no Japanese translation, and Django looks a msgid up in every catalogue, ours
(LOCALE_PATHS) first. Nothing imports this module; `makemessages` reads it."""
from django.utils.translation import gettext_noop

AXES_ADMIN_LABELS = [
    # axes/models.py
    gettext_noop("User Agent"), gettext_noop("IP Address"), gettext_noop("Username"),
    gettext_noop("HTTP Accept"), gettext_noop("Path"), gettext_noop("Attempt Time"),
    gettext_noop("Access lock out"), gettext_noop("access failure"), gettext_noop("access failures"),
    gettext_noop("GET Data"), gettext_noop("POST Data"), gettext_noop("Failed Logins"),
    gettext_noop("access attempt"), gettext_noop("access attempts"), gettext_noop("Access Attempt"),
    gettext_noop("Expires At"),
    gettext_noop("The time when access attempt expires and is no longer valid."),
    gettext_noop("access attempt expiration"), gettext_noop("access attempt expirations"),
    gettext_noop("Logout Time"), gettext_noop("Session key hash (sha256)"),
    gettext_noop("access log"), gettext_noop("access logs"),
    # axes/admin.py
    gettext_noop("Locked Out"), gettext_noop("Yes"), gettext_noop("No"), gettext_noop("Form Data"),
    gettext_noop("Meta Data"), gettext_noop("Clean up expired attempts"), gettext_noop("Not set"),
    gettext_noop("Attempt Remaining"),
]
