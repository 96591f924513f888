"""Kōbai's key set: a signing key, rotation, the grace period, and private keys kept in."""
import datetime
import json

import jwt
import pytest
from django.core.management import call_command
from django.utils import timezone

from lti.models import ToolKey
from lti.selectors import tool_key_signing
from lti.tool_config import registration_for
from lti.tool_keys import tool_key_ensure, tool_key_rotate, tool_keys_maintain
from tests.conftest import UserFactory

pytestmark = pytest.mark.django_db


def published(client) -> list[str]:
    response = client.get("/lti/jwks.json")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    return [key["kid"] for key in response.json()["keys"]]


def test_the_key_set_publishes_a_signing_key_without_its_private_part(client):
    assert published(client) == [], "a GET never writes: no key before a platform is registered"
    assert not ToolKey.objects.exists()
    signing = tool_key_ensure()
    keys = client.get("/lti/jwks.json").json()["keys"]
    assert len(keys) == 1
    assert keys[0]["kty"] == "RSA" and keys[0]["alg"] == "RS256" and keys[0]["use"] == "sig"
    assert not {"d", "p", "q", "dp", "dq", "qi"} & set(keys[0])
    assert keys[0]["kid"] == signing.kid == tool_key_signing().kid


def test_registering_a_platform_in_the_admin_makes_the_first_key(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.post("/en/admin/lti/platform/add/", {
        "name": "Moodle", "issuer": "https://moodle.example.ac.jp", "client_id": "abc123",
        "auth_url": "https://moodle.example.ac.jp/mod/lti/auth.php",
        "token_url": "https://moodle.example.ac.jp/mod/lti/token.php",
        "keyset_url": "https://moodle.example.ac.jp/mod/lti/certs.php", "is_active": "on",
        "deployments-TOTAL_FORMS": "0", "deployments-INITIAL_FORMS": "0"})
    assert response.status_code == 302
    assert published(client) == [tool_key_signing().kid]


def test_the_beat_rotates_an_old_signing_key_and_deletes_withdrawn_ones(settings):
    withdrawn, old = tool_key_rotate(), tool_key_rotate()
    ToolKey.objects.filter(pk=withdrawn.pk).update(retired_at=timezone.now() - settings.LTI_KEY_GRACE
                                                   - datetime.timedelta(minutes=1))
    assert tool_keys_maintain() is None, "a young signing key is kept"
    assert list(ToolKey.objects.values_list("kid", flat=True)) == [old.kid], "the withdrawn key is gone"
    ToolKey.objects.filter(pk=old.pk).update(created_at=timezone.now() - settings.LTI_KEY_ROTATE_AFTER
                                             - datetime.timedelta(minutes=1))
    new = tool_keys_maintain()
    assert new is not None and tool_key_signing() == new
    old.refresh_from_db()
    assert old.retired_at is not None, "the old key stays published for the grace period"
    settings.LTI_KEY_ROTATE_AFTER = datetime.timedelta(0)
    ToolKey.objects.filter(pk=new.pk).update(created_at=timezone.now() - datetime.timedelta(days=3650))
    assert tool_keys_maintain() is None and tool_key_signing() == new, "0: rotated only by hand"


def test_rotation_signs_with_the_new_key_and_publishes_the_old_one_for_the_grace_period(client, settings):
    old = tool_key_rotate()
    new = tool_key_rotate()
    assert tool_key_signing() == new
    assert published(client) == [new.kid, old.kid]
    ToolKey.objects.filter(pk=old.pk).update(retired_at=timezone.now() - settings.LTI_KEY_GRACE
                                             - datetime.timedelta(minutes=1))
    assert published(client) == [new.kid]


def test_the_command_rotates(capsys):
    call_command("lti_rotate_keys")
    first = tool_key_signing()
    call_command("lti_rotate_keys")
    assert tool_key_signing() != first
    assert tool_key_signing().kid in capsys.readouterr().out


def test_what_kobai_signs_for_a_platform_verifies_with_its_published_key(client, lms):
    from lti.models import Platform
    key = tool_key_rotate()
    registration = registration_for(Platform.objects.get(issuer=lms.issuer))
    assert registration.get_kid() == key.kid
    token = jwt.encode({"iss": lms.client_id}, registration.get_tool_private_key(), algorithm="RS256",
                       headers={"kid": registration.get_kid()})
    jwk = next(k for k in client.get("/lti/jwks.json").json()["keys"] if k["kid"] == key.kid)
    public = jwt.PyJWK.from_json(json.dumps(jwk))
    assert jwt.decode(token, public.key, algorithms=["RS256"]) == {"iss": lms.client_id}
