"""Validating a launch (OIDC state, nonce, signature, expiry, issuer, deployment, claims) with
PyLTI1p3, and reading the claims Kōbai uses. Every refusal is a `LaunchRefused` with a reason."""
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import jwt
import requests
from django.conf import settings
from pylti1p3.contrib.django import DjangoCacheDataStorage, DjangoMessageLaunch, DjangoOIDCLogin
from pylti1p3.deep_link import DeepLink
from pylti1p3.exception import LtiException, OIDCException

from lti.models import Platform
from lti.tool_config import DatabaseToolConf, registration_for

CLAIM = "https://purl.imsglobal.org/spec/lti/claim/"
AGS_CLAIM = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"
NRPS_CLAIM = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice"
RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest"
DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest"
DEEP_LINKING_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"


class LaunchRefused(Exception):
    """reason: unknown_platform, unknown_deployment, bad_signature, expired, replayed,
    no_session, missing_claim, unsupported, not_instructor, disabled, no_deep_link, malformed,
    too_many."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class LaunchClaims:
    issuer: str
    subject: str
    nonce: str
    deployment_id: str
    context_id: str
    context_title: str
    resource_link_id: str
    resource_link_title: str
    roles: list[str] = field(default_factory=list)
    custom: dict = field(default_factory=dict)
    locale: str = ""
    given_name: str = ""
    family_name: str = ""
    email: str = ""
    message_type: str = RESOURCE_LINK_REQUEST
    lineitems_url: str = ""
    lineitem_url: str = ""  # the link's own gradebook column, when the LMS made one for it
    ags_scopes: list[str] = field(default_factory=list)
    memberships_url: str = ""
    deep_link_settings: dict = field(default_factory=dict)


class TimeoutSession(requests.Session):
    """A platform that does not answer fails the launch instead of holding a web worker."""

    def request(self, *args, **kwargs):
        kwargs.setdefault("timeout", settings.LTI_HTTP_TIMEOUT_S)
        return super().request(*args, **kwargs)


def _storage() -> DjangoCacheDataStorage:
    return DjangoCacheDataStorage(cache_name=settings.LTI_CACHE_ALIAS)


def oidc_login(request, launch_url: str):
    """The redirect to the platform's authorization endpoint, setting the short-lived state
    cookie; the nonce is kept in the LTI cache."""
    conf = DatabaseToolConf()
    try:
        return DjangoOIDCLogin(request, conf, launch_data_storage=_storage()).redirect(launch_url)
    except (LtiException, OIDCException) as exc:
        raise LaunchRefused("unknown_platform" if conf.unknown_issuer else "malformed", str(exc)) from exc


def _reason(exc: LtiException, conf: DatabaseToolConf) -> str:
    cause = exc.__cause__
    if conf.unknown_issuer:
        return "unknown_platform"
    if conf.unknown_deployment:
        return "unknown_deployment"
    if isinstance(cause, jwt.ExpiredSignatureError):
        return "expired"
    if isinstance(cause, jwt.MissingRequiredClaimError):
        return "missing_claim"
    if isinstance(cause, jwt.InvalidTokenError) or "public key" in str(exc):
        return "bad_signature"
    message = str(exc)
    if message in {"State not found", "Missing state param", "Invalid Nonce"}:
        return "no_session"
    if "Missing" in message or "is empty" in message or "Invalid message type" in message:
        return "missing_claim"
    return "malformed"


def _launch(request, conf: DatabaseToolConf) -> DjangoMessageLaunch:
    return DjangoMessageLaunch(request, conf, launch_data_storage=_storage(), requests_session=TimeoutSession())


def launch_validate(request) -> tuple[Platform, LaunchClaims]:
    """Everything PyLTI1p3 checks, plus the claims Kōbai needs; nothing is written in the database."""
    conf = DatabaseToolConf()
    launch = _launch(request, conf)
    launch.set_jwt_verify_options({"verify_aud": False, "require": ["exp", "iat", "nonce", "sub"]})
    try:
        body = launch.validate().get_launch_data()
    except LtiException as exc:
        raise LaunchRefused(_reason(exc, conf), str(exc)) from exc
    if body.get(CLAIM + "message_type") not in {RESOURCE_LINK_REQUEST, DEEP_LINKING_REQUEST}:
        raise LaunchRefused("unsupported", str(body.get(CLAIM + "message_type")))
    return conf.platform, claims_read(body)


def deep_link_response(*, platform: Platform, deployment_id: str, deep_link_settings: dict,
                       resources: list) -> tuple[str, str]:
    """The signed deep linking response to a validated deep linking launch, from what the launch
    said (its deployment and settings): (the platform's return URL, the JWT to POST there)."""
    try:
        deep_link = DeepLink(registration_for(platform), deployment_id, deep_link_settings)
        return deep_link_settings["deep_link_return_url"], deep_link.get_response_jwt(resources)
    except (LtiException, KeyError, TypeError) as exc:
        raise LaunchRefused("no_deep_link", str(exc)) from exc


def claims_read(body: dict) -> LaunchClaims:
    context = body.get(CLAIM + "context") or {}
    link = body.get(CLAIM + "resource_link") or {}
    roles = body.get(CLAIM + "roles")
    custom = body.get(CLAIM + "custom") or {}
    ags = body.get(AGS_CLAIM) or {}
    nrps = body.get(NRPS_CLAIM) or {}
    message_type = body.get(CLAIM + "message_type") or RESOURCE_LINK_REQUEST
    needed = [("sub", body.get("sub")), ("context.id", context.get("id"))]
    if message_type == RESOURCE_LINK_REQUEST:
        needed.append(("resource_link.id", link.get("id")))
    missing = [name for name, value in needed if not value]
    deep_link_settings = body.get(DEEP_LINKING_SETTINGS) or {}
    if message_type == DEEP_LINKING_REQUEST and not (
            isinstance(deep_link_settings, dict)
            and urlsplit(str(deep_link_settings.get("deep_link_return_url") or "")).scheme in {"https", "http"}):
        missing.append("deep_linking_settings.deep_link_return_url (an http(s) URL)")
    if missing or not isinstance(roles, list) or not isinstance(custom, dict):
        raise LaunchRefused("missing_claim", ", ".join(missing) or "roles/custom")
    return LaunchClaims(
        issuer=body["iss"], subject=str(body["sub"]), nonce=body["nonce"],
        deployment_id=body[CLAIM + "deployment_id"],
        context_id=str(context["id"]), context_title=str(context.get("title") or context.get("label") or ""),
        resource_link_id=str(link.get("id") or ""), resource_link_title=str(link.get("title") or ""),
        roles=[str(role) for role in roles], custom={str(k): str(v) for k, v in custom.items()},
        message_type=message_type,
        locale=str(body.get("locale") or ""), given_name=str(body.get("given_name") or ""),
        family_name=str(body.get("family_name") or ""), email=str(body.get("email") or ""),
        lineitems_url=str(ags.get("lineitems") or "") if isinstance(ags, dict) else "",
        lineitem_url=str(ags.get("lineitem") or "") if isinstance(ags, dict) else "",
        ags_scopes=[str(scope) for scope in ags.get("scope") or []] if isinstance(ags, dict) else [],
        memberships_url=str(nrps.get("context_memberships_url") or "") if isinstance(nrps, dict) else "",
        deep_link_settings=deep_link_settings if message_type == DEEP_LINKING_REQUEST else {},
    )


def locale_language(locale: str) -> str | None:
    """"ja", "ja-JP", "ja_JP" → "ja"; "en-US" → "en"; any other language → None."""
    language = locale.replace("_", "-").split("-")[0].lower()
    return language if language in {"ja", "en"} else None
