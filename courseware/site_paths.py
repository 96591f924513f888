"""Links built from the request's own path: always a path on this site, never another host.

A request for `//evil.example/x` has the path `//evil.example/x`; written into an `href` as it
is, a browser reads it as a link to another host (and `/\\evil.example` the same way: browsers
treat a backslash as a slash). So every link the pages build from the request (the language
switch, the log-in link's `next`) goes through `site_path`, which collapses the leading slashes
and checks the result with Django's own test for a safe redirect target.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from django.urls import Resolver404, resolve, translate_url
from django.utils.http import url_has_allowed_host_and_scheme


def is_site_path(url: str) -> bool:
    """True for a path on this site: one leading slash, no scheme, no host."""
    return (url.startswith("/") and not url.startswith(("//", "/\\")) and "\\" not in url
            and url_has_allowed_host_and_scheme(url, allowed_hosts=None))


def site_path(request) -> str:
    """The request's path and query as a link on this site; `/` when it cannot be one."""
    full = request.get_full_path()  # percent-escaped: a backslash is %5C, a space %20
    path = "/" + full.lstrip("/\\")
    return path if is_site_path(path) else "/"


def home_path(language: str) -> str:
    return f"/{language}/"


def translated_path(request, language: str) -> str:
    """This page in `language`; the course's home in that language when this path is no page
    (a 404) or the translation would not be a path on this site."""
    path = site_path(request)
    try:
        resolve(urlsplit(path).path)
    except Resolver404:
        return home_path(language)
    translated = translate_url(path, language)
    return translated if is_site_path(translated) else home_path(language)
