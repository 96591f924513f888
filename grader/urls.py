from django.urls import path

from grader import api_docs, views

app_name = "grader"

urlpatterns = [
    path("exercises/<slug:slug>/", views.exercise_detail, name="exercise"),
    path("exercises/<slug:slug>/submit/", views.submit, name="submit"),
    path("exercises/<slug:slug>/draft/", views.save_draft, name="draft"),
    path("exercises/<slug:slug>/check/", views.check, name="check"),
    path("exercises/<slug:slug>/try/", views.try_code, name="try"),
    path("exercises/<slug:slug>/try/<str:token>/", views.try_result, name="try-result"),
    path("exercises/<slug:slug>/solutions/", views.solutions, name="solutions"),
    path("submissions/<int:submission_id>/", views.submission_detail, name="submission"),
    path("submissions/<int:submission_id>/status/", views.submission_status, name="submission-status"),
    path("account/tokens/", views.tokens, name="tokens"),
    path("api/docs/", api_docs.api_docs, name="api-docs"),
]
