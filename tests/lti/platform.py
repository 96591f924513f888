"""A test LMS: its own RSA key, its key set and token endpoint on a loopback HTTP server in a
thread, id_tokens signed as a real platform signs them, and the browser's part of a launch
(login initiation → the platform's auth step → the form POST to Kōbai's launch URL)."""
import html
import json
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jwcrypto.jwk import JWK

CLAIM = "https://purl.imsglobal.org/spec/lti/claim/"
LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"
INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"


def rsa_pem() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode()


class TestPlatform:
    __test__ = False  # not a test class for pytest

    def __init__(self, client_id: str = "kobai-client", deployment_id: str = "deployment-1", host: str = "127.0.0.1"):
        self.private_pem = rsa_pem()
        self.kid = "platform-key-1"
        self.client_id = client_id
        self.deployment_id = deployment_id
        self.requests: list[tuple[str, str]] = []
        self.access_tokens: set[str] = set()
        self.tool_keys: dict[str, dict] = {}
        self.down = False  # answer 503 to the token, line item and score endpoints
        self.line_items: list[dict] = []
        self.line_item_lookups = 0
        self.second_lookup = threading.Event()  # a second send looked the columns up
        self.slow_line_items = False
        self.scores: list[dict] = []  # what reached the gradebook, each with its line item's id
        self.members: list[dict] = []  # the course roster (Names and Role Provisioning)
        self.deep_link_returns: list[str] = []  # the signed answers tools posted back
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.issuer = f"http://{host}:{self.server.server_port}"
        self.auth_claims: dict = {}  # what /auth puts in the id_token (for a real browser's launch)
        self.auth_sign_with: str | None = None
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    # --- the HTTP side ---------------------------------------------------------------------
    def jwks(self) -> dict:
        public = json.loads(JWK.from_pem(self.private_pem.encode()).export_public())
        return {"keys": [{**public, "kid": self.kid, "alg": "RS256", "use": "sig"}]}

    def _handler(self):
        platform = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _json(self, status: int, body: dict):
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                platform.requests.append(("GET", self.path))
                if self.path == "/jwks":
                    return self._json(200, platform.jwks())
                if self.path.startswith("/auth?"):
                    return self._html(platform.auth_page(parse_qs(urlsplit(self.path).query)))
                if self.path.startswith("/course?"):
                    return self._html(platform.course_page(parse_qs(urlsplit(self.path).query)["tool"][0]))
                if platform.down:
                    return self._json(503, {})
                if self.path.startswith("/lineitems") and self._authorized():
                    platform.line_item_lookups += 1
                    if platform.line_item_lookups > 1:
                        platform.second_lookup.set()
                    return self._json(200, platform.line_items)
                if self.path == "/memberships" and self._authorized():
                    return self._json(200, {"id": platform.issuer + "/memberships",
                                            "context": {"id": "course-101"}, "members": platform.members})
                return self._json(404, {})

            def _html(self, page: str):
                data = page.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _authorized(self) -> bool:
                return self.headers.get("Authorization", "").startswith("Bearer ") and \
                    self.headers["Authorization"].removeprefix("Bearer ") in platform.access_tokens

            def do_POST(self):
                platform.requests.append(("POST", self.path))
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                if platform.down:
                    return self._json(503, {})
                if self.path == "/deep-link-return":  # the instructor's browser, from the tool's page
                    platform.deep_link_returns.append(parse_qs(body)["JWT"][0])
                    return self._html("<!doctype html><html><body><p id=received>Received.</p></body></html>")
                if self.path == "/token":
                    return self._json(*platform.token(parse_qs(body)))
                if not self._authorized():
                    return self._json(401, {})
                if self.path == "/lineitems":
                    if platform.slow_line_items:  # a slow gradebook: hold the creation while others look
                        platform.second_lookup.wait(timeout=2)
                    item = {**json.loads(body), "id": f"{platform.issuer}/lineitems/{len(platform.line_items) + 1}"}
                    platform.line_items.append(item)
                    return self._json(201, item)
                if self.path.startswith("/lineitems/") and self.path.endswith("/scores"):
                    score = json.loads(body)
                    platform.scores.append({**score, "lineitem": platform.issuer + self.path.removesuffix("/scores")})
                    return self._json(200, {})
                return self._json(404, {})

        return Handler

    def token(self, form: dict) -> tuple[int, dict]:
        """The client-credentials grant: Kōbai's signed assertion must verify with a key of the key
        set the platform fetched from Kōbai (`trust_tool`)."""
        assertion = form.get("client_assertion", [""])[0]
        try:
            key = self.tool_keys[jwt.get_unverified_header(assertion)["kid"]]
            claims = jwt.decode(assertion, jwt.PyJWK.from_dict(key).key, algorithms=["RS256"],
                                audience=self.token_url)
            assert claims["iss"] == claims["sub"] == self.client_id
        except (jwt.InvalidTokenError, KeyError, AssertionError):
            return 400, {"error": "invalid_client"}
        token = uuid.uuid4().hex
        self.access_tokens.add(token)
        return 200, {"access_token": token, "token_type": "Bearer", "expires_in": 3600}

    def auth_page(self, query: dict) -> str:
        """The platform's OIDC authorization step: the signed id_token, form-posted to the tool's
        redirect_uri by the browser (the platform's page, its own inline script)."""
        claims = (self.deep_link_claims if self.auth_claims.get("deep_link") else self.claims)(
            query["nonce"][0], **{k: v for k, v in self.auth_claims.items() if k != "deep_link"})
        token = self.sign(claims, private_pem=self.auth_sign_with)
        return (f'<!doctype html><html><body onload="document.forms[0].submit()">'
                f'<form method="post" action="{html.escape(query["redirect_uri"][0])}">'
                f'<input type="hidden" name="id_token" value="{token}">'
                f'<input type="hidden" name="state" value="{html.escape(query["state"][0])}">'
                f'</form></body></html>')

    def course_page(self, tool_url: str) -> str:
        """An LMS course page that embeds the tool, as Canvas embeds an assignment's tool and
        Moodle its content selection dialog."""
        return (f'<!doctype html><html><head><title>LMS course</title></head><body style="margin:0">'
                f'<h1 style="font:16px sans-serif;margin:8px">LMS: Deep Learning 101</h1>'
                f'<iframe id="tool" src="{html.escape(tool_url)}" title="Kōbai" '
                f'style="border:1px solid #888;width:calc(100% - 4px);height:800px"></iframe></body></html>')

    def course_url(self, tool_url: str) -> str:
        return self.issuer + "/course?" + urlencode({"tool": tool_url})

    def login_url(self, tool_base: str) -> str:
        """The link the LMS puts on a course page: Kōbai's login initiation with its parameters."""
        return tool_base + "/lti/login/?" + urlencode({
            "iss": self.issuer, "login_hint": "hint-1", "target_link_uri": tool_base + "/lti/launch/",
            "client_id": self.client_id, "lti_deployment_id": self.deployment_id})

    def trust_tool(self, client):
        """Fetch Kōbai's key set, as the platform does from the JWKS URL entered at registration."""
        self.tool_keys = {key["kid"]: key for key in client.get("/lti/jwks.json").json()["keys"]}

    @property
    def auth_url(self) -> str:
        return self.issuer + "/auth"

    @property
    def token_url(self) -> str:
        return self.issuer + "/token"

    @property
    def keyset_url(self) -> str:
        return self.issuer + "/jwks"

    def close(self):
        self.server.shutdown()
        self.server.server_close()

    def register(self):
        """Register this platform in Kōbai, as its administrator does in the admin (which makes
        the first signing key)."""
        from lti.models import Deployment, Platform
        from lti.tool_keys import tool_key_ensure
        platform = Platform.objects.create(name="Test LMS", issuer=self.issuer, client_id=self.client_id,
                                           auth_url=self.auth_url, token_url=self.token_url,
                                           keyset_url=self.keyset_url)
        Deployment.objects.create(platform=platform, deployment_id=self.deployment_id)
        tool_key_ensure()
        return platform

    # --- tokens ------------------------------------------------------------------------------
    def claims(self, nonce: str, *, subject: str = "lms-user-1", roles=(LEARNER,), locale: str = "en-US",
               context_id: str = "course-101", resource_link_id: str = "link-1", custom=None) -> dict:
        now = int(time.time())
        return {
            "iss": self.issuer, "aud": self.client_id, "sub": subject, "nonce": nonce,
            "iat": now, "exp": now + 300, "locale": locale,
            "given_name": "Hanako", "family_name": "Yamada", "email": "hanako@example.ac.jp",
            CLAIM + "message_type": "LtiResourceLinkRequest", CLAIM + "version": "1.3.0",
            CLAIM + "deployment_id": self.deployment_id,
            CLAIM + "target_link_uri": "http://testserver/lti/launch/",
            CLAIM + "roles": list(roles),
            CLAIM + "context": {"id": context_id, "title": "Deep Learning 101", "label": "DL101"},
            CLAIM + "resource_link": {"id": resource_link_id, "title": "Exercise 1"},
            CLAIM + "custom": custom or {},
            "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint": {
                "scope": ["https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                          "https://purl.imsglobal.org/spec/lti-ags/scope/score"],
                "lineitems": self.issuer + "/lineitems"},
            "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice": {
                "context_memberships_url": self.issuer + "/memberships", "service_versions": ["2.0"]},
        }

    def deep_link_claims(self, nonce: str, **claim_args) -> dict:
        claims = self.claims(nonce, **claim_args)
        del claims[CLAIM + "resource_link"]
        claims[CLAIM + "message_type"] = "LtiDeepLinkingRequest"
        claims["https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"] = {
            "deep_link_return_url": self.issuer + "/deep-link-return", "accept_types": ["ltiResourceLink"],
            "accept_presentation_document_targets": ["window"], "accept_multiple": True}
        return claims

    def sign(self, claims: dict, *, private_pem: str | None = None, kid: str | None = None) -> str:
        return jwt.encode(claims, private_pem or self.private_pem, algorithm="RS256",
                          headers={"kid": kid or self.kid})

    # --- the browser's part -------------------------------------------------------------------
    def login(self, client, *, issuer: str | None = None, client_id: str | None = None, secure: bool = False):
        """Third-party login initiation, as the LMS starts it; returns the state, the nonce and
        the launch URL that Kōbai's redirect to the auth URL carries."""
        response = client.get("/lti/login/", {
            "iss": issuer or self.issuer, "login_hint": "hint-1", "target_link_uri": "http://testserver/lti/launch/",
            "client_id": client_id or self.client_id, "lti_deployment_id": self.deployment_id,
            "lti_message_hint": "message-hint-1"}, secure=secure)
        if response.status_code != 302:
            return response, None
        location = urlsplit(response["Location"])
        assert f"{location.scheme}://{location.netloc}{location.path}" == self.auth_url
        query = {key: values[0] for key, values in parse_qs(location.query).items()}
        return response, query

    def launch(self, client, *, tamper=None, sign_with: str | None = None, secure: bool = False,
               deep_link: bool = False, framed: bool = False, **claim_args):
        """Login initiation, then the id_token POSTed to the launch URL (`framed`: from inside the
        LMS's frame, as the browser says). `tamper(claims)` edits the claims before signing.
        Returns (response, id_token, state)."""
        _, auth = self.login(client, secure=secure)
        claims = (self.deep_link_claims if deep_link else self.claims)(auth["nonce"], **claim_args)
        if tamper:
            tamper(claims)
        token = self.sign(claims, private_pem=sign_with)
        response = client.post(urlsplit(auth["redirect_uri"]).path, {"id_token": token, "state": auth["state"]},
                               secure=secure, headers={"Sec-Fetch-Dest": "iframe"} if framed else {})
        return response, token, auth["state"]
