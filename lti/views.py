"""The LMS-facing endpoints: OIDC login initiation, the launch, deep linking (an instructor picks
content), and Kōbai's public key set.

They sit outside the language prefix (the LMS stores these URLs once); the launch chooses the
language from the LMS's `locale` claim. The launch is csrf-exempt because the platform POSTs it
cross-site: the OIDC state cookie and the one-time nonce stand in for the CSRF token."""
import logging
from urllib.parse import urlsplit

import jwt
from django.conf import settings
from django.contrib.auth import get_user_model, login
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_ratelimit import ALL
from django_ratelimit.core import get_usage
from pylti1p3.deep_link_resource import DeepLinkResource

from lti import selectors, services
from lti.keys import public_jwk
from lti.launch import (
    DEEP_LINKING_REQUEST,
    LaunchRefused,
    deep_link_response,
    launch_validate,
    locale_language,
    oidc_login,
)
from lti.tasks import roster_sync_soon

logger = logging.getLogger(__name__)
BAD_REQUEST_REASONS = {"missing_claim", "malformed", "unsupported"}
TARGET_URLS = {"lesson": "lessons:lesson", "exercise": "grader:exercise"}
DEEP_LINK_SESSION_KEY = "lti_deep_link"
RETRY_AFTER_S = 120


def _refused(request, refused: LaunchRefused, language: str | None):
    logger.warning("lti launch refused: reason=%s detail=%s", refused.reason, refused.detail)
    status = 400 if refused.reason in BAD_REQUEST_REASONS else 429 if refused.reason == "too_many" else 403
    with translation.override(language or translation.get_language()):
        response = render(request, "lti/refused.html", {"reason": refused.reason}, status=status)
    if status == 429:
        response["Retry-After"] = str(RETRY_AFTER_S)
    return response


def _address_over_budget(request) -> bool:
    """Counts this login initiation or launch against its address's budget (every launch makes
    Kōbai fetch the platform's key set, and every login initiation stores a state). When the
    counters cannot be reached, LMS sign-ins go on: each is still checked by its signature."""
    try:
        return get_usage(request, group="lti.launch", key="ip", rate=settings.KOBAI_LTI_RATE_PER_ADDRESS,
                         method=ALL, increment=True)["should_limit"]
    except Exception:
        logger.exception("lti rate limit: the %r cache cannot be reached", settings.RATELIMIT_USE_CACHE)
        return False


def _claimed_locale(request) -> str | None:
    """For the refusal page only: the language the token asks for, signature unchecked."""
    try:
        body = jwt.decode(request.POST.get("id_token", ""), options={"verify_signature": False})
    except jwt.InvalidTokenError:
        return None
    return locale_language(str(body.get("locale") or ""))


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def login_initiation(request):
    if _address_over_budget(request):
        return _refused(request, LaunchRefused("too_many", request.META.get("REMOTE_ADDR", "")), None)
    try:
        return oidc_login(request, request.build_absolute_uri(reverse("lti:launch")))
    except LaunchRefused as refused:
        return _refused(request, refused, None)


@csrf_exempt
@never_cache
@require_POST
def launch(request):
    if _address_over_budget(request):
        return _refused(request, LaunchRefused("too_many", request.META.get("REMOTE_ADDR", "")),
                        _claimed_locale(request))
    try:
        platform, claims = launch_validate(request)
        accepted = services.launch_accept(platform=platform, claims=claims)
    except LaunchRefused as refused:
        return _refused(request, refused, _claimed_locale(request))
    if accepted.roster:
        transaction.on_commit(lambda: roster_sync_soon(accepted.course_link_id))
    login(request, get_user_model().objects.get(pk=accepted.user_id),
          backend="django.contrib.auth.backends.ModelBackend")
    language = locale_language(claims.locale) or translation.get_language()
    kind, _, slug = accepted.target.partition(":")
    if claims.message_type == DEEP_LINKING_REQUEST:
        request.session[DEEP_LINK_SESSION_KEY] = {"launch_id": claims.launch_id, "language": language}
        url = reverse("lti:deep-link")
    else:
        with translation.override(language):
            url = reverse(TARGET_URLS[kind], args=[slug]) if kind else reverse("lessons:home")
    logger.info("lti launch: user=%s cohort=%s instructor=%s target=%s",
                accepted.user_id, accepted.cohort_id, accepted.instructor, accepted.target or "-")
    response = redirect(url)
    response.set_cookie(settings.LANGUAGE_COOKIE_NAME, language, samesite="Lax",
                        secure=request.is_secure())
    return response


@require_GET
def jwks(request):
    """Public keys only, and never a write: the first key is made when a platform is registered."""
    return JsonResponse({"keys": [public_jwk(key.public_key_pem) for key in selectors.tool_keys_published()]})


@never_cache
@require_http_methods(["GET", "POST"])
def deep_link(request):
    """The instructor picks lessons and exercises; the signed answer goes back to the LMS through
    a form they submit themselves (no script: the site's CSP allows none inline)."""
    pending = request.session.get(DEEP_LINK_SESSION_KEY)
    if not pending or not request.user.is_staff:
        raise PermissionDenied
    with translation.override(pending["language"]):
        choices = selectors.deep_link_choices(pending["language"])
        if request.method == "GET":
            return render(request, "lti/deep_link.html", {"choices": choices})
        titles = {item["value"]: item["title"] for lesson in choices for item in [lesson, *lesson["exercises"]]}
        picked = [value for value in request.POST.getlist("item") if value in titles]
        launch_url = request.build_absolute_uri(reverse("lti:launch"))
        resources = [DeepLinkResource().set_url(launch_url).set_title(titles[value])
                     .set_custom_params(dict([value.split(":", 1)])) for value in picked]
        try:
            return_url, jwt_value = deep_link_response(request, pending["launch_id"], resources)
        except LaunchRefused as refused:
            return _refused(request, refused, pending["language"])
        del request.session[DEEP_LINK_SESSION_KEY]
        response = render(request, "lti/deep_link_return.html",
                          {"return_url": return_url, "jwt": jwt_value, "count": len(resources)})
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(return_url))
    response._csp_update = {"form-action": [origin]}
    return response
