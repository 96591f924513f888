from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from courseware import health
from grader import api, api_docs

admin.site.site_header = _("Kōbai administration")
admin.site.site_title = _("Kōbai admin")
admin.site.index_title = _("Cohorts, learners and grading")

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("metrics", health.metrics, name="metrics"),
    path("api/v1/docs", api_docs.api_docs_redirect, name="api-docs-redirect"),
    path("api/v1/", api.api.urls),
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
