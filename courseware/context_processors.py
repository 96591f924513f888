"""Template context shared by every page: the language switcher's targets."""
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language


def site(request):
    current = get_language()
    path = request.get_full_path()
    switch = [
        {"code": code, "name": name, "url": translate_url(path, code), "current": code == current}
        for code, name in settings.LANGUAGES
    ]
    return {"language_switch": switch}
