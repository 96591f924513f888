"""Platform registration in the admin: the URLs a platform needs, no private key anywhere, and
nothing of it for instructors."""
import pytest
from django.contrib.auth.models import Permission

from instructors.demo import instructor_group_ensure
from lti.models import Platform
from lti.tool_keys import tool_key_rotate
from tests.conftest import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser_client(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def test_the_platform_pages_show_kobais_urls(superuser_client):
    for url in ["/en/admin/lti/platform/", "/en/admin/lti/platform/add/"]:
        page = superuser_client.get(url).content.decode()
        for path in ["http://testserver/lti/login/", "http://testserver/lti/launch/", "http://testserver/lti/jwks.json"]:
            assert path in page
        assert "Deep linking URL" in page


def test_a_platform_is_registered_with_its_deployments(superuser_client):
    response = superuser_client.post("/en/admin/lti/platform/add/", {
        "name": "Moodle", "issuer": "https://moodle.example.ac.jp", "client_id": "abc123",
        "auth_url": "https://moodle.example.ac.jp/mod/lti/auth.php",
        "token_url": "https://moodle.example.ac.jp/mod/lti/token.php",
        "keyset_url": "https://moodle.example.ac.jp/mod/lti/certs.php", "is_active": "on",
        "deployments-TOTAL_FORMS": "1", "deployments-INITIAL_FORMS": "0",
        "deployments-0-deployment_id": "7"})
    assert response.status_code == 302
    platform = Platform.objects.get(client_id="abc123")
    assert list(platform.deployments.values_list("deployment_id", flat=True)) == ["7"]


def test_no_admin_page_renders_a_private_key(superuser_client):
    key = tool_key_rotate()
    secret_line = key.private_key_pem.splitlines()[1]
    for url in ["/en/admin/lti/toolkey/", f"/en/admin/lti/toolkey/{key.pk}/change/"]:
        page = superuser_client.get(url).content.decode()
        assert key.kid in page
        assert secret_line not in page and "PRIVATE KEY" not in page


def test_the_rotate_action_makes_a_new_signing_key(superuser_client):
    old = tool_key_rotate()
    response = superuser_client.post("/en/admin/lti/toolkey/", {"action": "rotate", "_selected_action": [old.pk]})
    assert response.status_code == 302
    old.refresh_from_db()
    assert old.retired_at is not None


def test_instructors_see_nothing_of_the_lms_registration(client, lms):
    instructor = UserFactory(is_staff=True)
    instructor.groups.add(instructor_group_ensure())
    client.force_login(instructor)
    for url in ["/en/admin/lti/platform/", "/en/admin/lti/toolkey/", "/en/admin/lti/ltiidentity/",
                f"/en/admin/lti/platform/{Platform.objects.get().pk}/change/"]:
        assert client.get(url).status_code == 403
    assert "/admin/lti/" not in client.get("/en/admin/").content.decode()


def test_staff_given_the_lti_permissions_manage_platforms(client, lms):
    manager = UserFactory(is_staff=True)
    manager.user_permissions.add(*Permission.objects.filter(content_type__app_label="lti",
                                                            codename__endswith="platform"))
    client.force_login(manager)
    assert client.get("/en/admin/lti/platform/").status_code == 200
    assert client.get("/en/admin/lti/toolkey/").status_code == 403
