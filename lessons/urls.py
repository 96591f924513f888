from django.urls import path

from lessons import views

app_name = "lessons"

urlpatterns = [
    path("", views.home, name="home"),
    path("lessons/<slug:slug>/", views.lesson_detail, name="lesson"),
    path("lessons/<slug:slug>/read/", views.lesson_read, name="read"),
    path("lessons/<slug:slug>/quiz/", views.quiz, name="quiz"),
    path("glossary/", views.glossary, name="glossary"),
    path("progress/", views.my_progress, name="progress"),
    path("cohorts/join/", views.join_cohort, name="join"),
]
