"""Sign up, plus django.contrib.auth's log in / out, password change and reset."""
from django.urls import include, path

from lessons import views

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("", include("django.contrib.auth.urls")),
]
