"""Answers while the database or the broker is down: 503 with Retry-After, never the 500 page.

An outage is not a bug: the client should come back later, and a load balancer or a script
should be told so in the shape it reads. The API (everything under /api/) answers its own JSON
error shape (grader.api.api_error) with the code "unavailable"; a page answers 503.html in the
reader's language. Two ways in, because Django turns an exception into a response at each
middleware layer:

- `OutageMiddleware.process_exception` catches what a view raises (most outages: the first
  query of a request is usually the session's or the token's, inside the view);
- `server_error`, the project's handler500, sees what the middleware raised around the view
  (a session saved after the view, say) and answers the same.

Both answers are rendered without the request's context processors and without the base
template: nothing in them may touch the database that just failed.
"""
from __future__ import annotations

import logging
import sys

import kombu.exceptions
import redis.exceptions
from django.conf import settings
from django.db.utils import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext

from grader.api import api_error, api_language

log = logging.getLogger(__name__)

# The database (Django wraps every driver's connection errors in these two) and the broker
# (kombu's connection error; redis-py's, for Redis used directly or as the cache).
OUTAGES = (OperationalError, InterfaceError, kombu.exceptions.OperationalError,
           redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)


def is_outage(exc: BaseException | None) -> bool:
    """Whether `exc`, or an exception it was raised from, says a backing service is down."""
    for _ in range(8):  # a few links of the chain are enough; a cycle cannot hold us
        if exc is None:
            return False
        if isinstance(exc, OUTAGES):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def is_api(request) -> bool:
    return request.path_info.startswith("/api/")


def page_language(request) -> str:
    """The reader's language: the URL's prefix, else their cookie or Accept-Language."""
    return translation.get_language_from_path(request.path_info) or translation.get_language_from_request(request)


def outage_response(request) -> HttpResponse:
    """503 in the shape and language the client reads, with Retry-After."""
    if is_api(request):
        with translation.override(api_language(request)):
            response = api_error(503, "unavailable", gettext(
                "The service is briefly unavailable. Please try again in a moment."))
    else:
        language = page_language(request)
        with translation.override(language):
            body = render_to_string("503.html")
        response = HttpResponse(body, status=503)
    response["Retry-After"] = str(settings.OUTAGE_RETRY_AFTER_S)
    add_never_cache_headers(response)
    return response


def _log(request, exc: BaseException) -> None:
    log.error("unavailable: %s %s answered 503 (%s: %s)", request.method, request.path,
              type(exc).__name__, str(exc)[:200])


class OutageMiddleware:
    """Turns a database or broker outage raised in a view into a 503."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_outage(exception):
            return None
        _log(request, exception)
        return outage_response(request)


def server_error(request):
    """handler500: a 503 for an outage raised outside the view; else the 500 page (JSON under /api/)."""
    exc = sys.exc_info()[1]
    if is_outage(exc):
        _log(request, exc)
        return outage_response(request)
    if is_api(request):
        with translation.override(api_language(request)):
            return api_error(500, "server_error",
                             gettext("This is our fault, not yours. Please try again in a moment."))
    with translation.override(page_language(request)):
        return HttpResponse(render_to_string("500.html"), status=500)
