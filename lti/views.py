"""The LMS-facing endpoints: OIDC login initiation, the launch, deep linking (an instructor picks
content), the learner's own window out of the LMS's frame, and Kōbai's public key set.

They sit outside the language prefix (the LMS stores these URLs once); the launch chooses the
language from the LMS's `locale` claim. The launch is csrf-exempt because the platform POSTs it
cross-site: the OIDC state cookie and the one-time nonce stand in for the CSRF token. The steps
after a launch that may run inside the LMS's frame (deep linking, opening the learner's window)
are csrf-exempt too: a signed, single-use ticket from the launch stands in (tickets.py)."""
import logging
from urllib.parse import urlsplit

import jwt
from django.conf import settings
from django.contrib.auth import get_user_model, login
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
from lti.models import Platform
from lti.scores import line_item_wanted
from lti.tasks import roster_sync_soon
from lti.tickets import ticket_issue, ticket_redeem

logger = logging.getLogger(__name__)
BAD_REQUEST_REASONS = {"missing_claim", "malformed", "unsupported"}
TARGET_URLS = {"lesson": "lessons:lesson", "exercise": "grader:exercise"}
RETRY_AFTER_S = 120
ANY_FRAME = "*"
WINDOW_TICKET_S = 120  # from the LMS's frame to the learner's own window: one click
DEEP_LINK_TICKET_S = 3600  # the instructor may take a while to choose


def _refused(request, refused: LaunchRefused, language: str | None):
    logger.warning("lti launch refused: reason=%s detail=%s", refused.reason, refused.detail)
    status = 400 if refused.reason in BAD_REQUEST_REASONS else 429 if refused.reason == "too_many" else 403
    with translation.override(language or translation.get_language()):
        response = render(request, "lti/refused.html", {"reason": refused.reason, "framed": _in_frame(request)},
                          status=status)
    if status == 429:
        response["Retry-After"] = str(RETRY_AFTER_S)
    # The explanation must show in the LMS's frame, whichever LMS page frames it: it holds nothing
    # but a message and a link.
    return _framable(response, [ANY_FRAME])


def _in_frame(request) -> bool:
    """Whether the browser loads this response into a frame (the LMS embeds the tool)."""
    return request.headers.get("Sec-Fetch-Dest") == "iframe"


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
    """A validated launch signs the user in and opens what the link names. Two kinds render a
    page instead, in the LMS's frame: a deep linking request (the picker: the LMS opens it in its
    own dialog) and a launch the LMS embeds (Sec-Fetch-Dest: iframe), which offers the user their
    own window; both carry a ticket (tickets.py), since cookies cannot be counted on in a frame."""
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
    language = locale_language(claims.locale) or translation.get_language()
    logger.info("lti launch: user=%s cohort=%s instructor=%s target=%s",
                accepted.user_id, accepted.cohort_id, accepted.instructor, accepted.target or "-")
    if claims.message_type == DEEP_LINKING_REQUEST:
        return _picker(request, platform, claims, accepted, language)
    kind, _, slug = accepted.target.partition(":")
    with translation.override(language):
        url = reverse(TARGET_URLS[kind], args=[slug]) if kind else reverse("lessons:home")
    if _in_frame(request):
        ticket = ticket_issue("window", user=accepted.user_id, url=url, language=language)
        with translation.override(language):
            response = render(request, "lti/open_window.html", {"ticket": ticket, "framed": True})
        return _framable(response, [ANY_FRAME])
    return _signed_in(request, accepted.user_id, url, language)


def _signed_in(request, user_id: int, url: str, language: str):
    login(request, get_user_model().objects.get(pk=user_id), backend="django.contrib.auth.backends.ModelBackend")
    response = redirect(url)
    response.set_cookie(settings.LANGUAGE_COOKIE_NAME, language, samesite="Lax", secure=request.is_secure())
    return response


def _framable(response, ancestors: list[str]):
    """Let the LMS frame this page (every other page refuses to be framed)."""
    response.xframe_options_exempt = True
    response._csp_replace = response._csp_replace_ro = {"frame-ancestors": ancestors}
    return response


def _origin(url: str) -> str:
    return "{0.scheme}://{0.netloc}".format(urlsplit(url))


def _picker(request, platform, claims, accepted, language: str):
    """The instructor picks lessons and exercises, inside the LMS's dialog (framed by the LMS page
    that the answer goes back to)."""
    return_url = claims.deep_link_settings["deep_link_return_url"]
    ticket = ticket_issue("deep_link", user=accepted.user_id, platform=platform.pk,
                          deployment=claims.deployment_id, settings=claims.deep_link_settings, language=language)
    with translation.override(language):
        response = render(request, "lti/deep_link.html",
                          {"choices": selectors.deep_link_choices(language), "ticket": ticket, "framed": True})
    return _framable(response, [_origin(return_url)])


@csrf_exempt
@never_cache
@require_POST
def open_window(request):
    """The learner's own window, opened from the LMS's frame: signed in, on what the link names."""
    ticket = ticket_redeem(request.POST.get("ticket", ""), kind="window", max_age_s=WINDOW_TICKET_S)
    if ticket is None:
        return _refused(request, LaunchRefused("expired", "window ticket"), None)
    logger.info("lti window opened: user=%s url=%s", ticket["user"], ticket["url"])
    return _signed_in(request, ticket["user"], ticket["url"], ticket["language"])


@require_GET
def jwks(request):
    """Public keys only, and never a write: the first key is made when a platform is registered."""
    return JsonResponse({"keys": [public_jwk(key.public_key_pem) for key in selectors.tool_keys_published()]})


def _resource(value: str, title: str, launch_url: str) -> DeepLinkResource:
    """A link the LMS places: it opens the lesson or exercise (its custom parameter); an exercise
    asks for its gradebook column, so that the LMS makes the link's activity or assignment the
    column the scores go to (found again by its tag)."""
    kind, slug = value.split(":", 1)
    resource = DeepLinkResource().set_url(launch_url).set_title(title).set_custom_params({kind: slug})
    return resource.set_lineitem(line_item_wanted(slug, title)) if kind == "exercise" else resource


@csrf_exempt
@never_cache
@require_POST
def deep_link(request):
    """The picked lessons and exercises, as the signed answer the LMS expects; it goes back through
    a form the instructor submits (no script: the site's CSP allows none inline)."""
    ticket = ticket_redeem(request.POST.get("ticket", ""), kind="deep_link", max_age_s=DEEP_LINK_TICKET_S)
    if ticket is None:
        return _refused(request, LaunchRefused("no_deep_link", "ticket forged, expired or used"), None)
    platform = Platform.objects.filter(pk=ticket["platform"], is_active=True).first()
    with translation.override(ticket["language"]):
        choices = selectors.deep_link_choices(ticket["language"])
        titles = {item["value"]: item["title"] for lesson in choices for item in [lesson, *lesson["exercises"]]}
        picked = [value for value in request.POST.getlist("item") if value in titles]
        launch_url = request.build_absolute_uri(reverse("lti:launch"))
        resources = [_resource(value, titles[value], launch_url) for value in picked]
        try:
            if platform is None:
                raise LaunchRefused("unknown_platform", str(ticket["platform"]))
            return_url, jwt_value = deep_link_response(platform=platform, deployment_id=ticket["deployment"],
                                                       deep_link_settings=ticket["settings"], resources=resources)
        except LaunchRefused as refused:
            return _refused(request, refused, ticket["language"])
        logger.info("lti deep link: user=%s picked=%s", ticket["user"], ",".join(picked) or "-")
        response = render(request, "lti/deep_link_return.html",
                          {"return_url": return_url, "jwt": jwt_value, "count": len(resources), "framed": True})
    response._csp_update = response._csp_update_ro = {"form-action": [_origin(return_url)]}
    return _framable(response, [_origin(return_url)])
