"""Template context shared by every page: the language switcher's targets and this page's path.

Both are built from the request, so both go through courseware.site_paths: a link here is a
path on this site, whatever path the request came with."""
from django.conf import settings
from django.utils.translation import get_language

from courseware.site_paths import site_path, translated_path


def site(request):
    current = get_language()
    switch = [
        {"code": code, "name": name, "url": translated_path(request, code), "current": code == current}
        for code, name in settings.LANGUAGES
    ]
    return {"language_switch": switch, "here": site_path(request)}
