from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from courseware import health
from grader import api

admin.site.site_header = _("Kōbai administration")
admin.site.site_title = _("Kōbai admin")
admin.site.index_title = _("Cohorts, learners and grading")

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("metrics", health.metrics, name="metrics"),
    path("api/v1/exercises/<slug:slug>/submissions", api.submissions_create, name="api-submissions"),
    path("api/v1/submissions/<int:submission_id>", api.submission_detail, name="api-submission"),
    # LMS-facing (LTI 1.3): fixed URLs, outside the language prefix.
    path("lti/", include("lti.urls")),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("lessons.account_urls")),
    path("admin/", admin.site.urls),
    path("", include("grader.urls")),
    path("", include("lessons.urls")),
    prefix_default_language=True,
)

handler400 = "lessons.views.bad_request"
handler404 = "lessons.views.page_not_found"
handler500 = "courseware.outage.server_error"
