"""No page links off the site, whatever path the request came with (the 404 page included)."""
import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory

from courseware.site_paths import is_site_path, site_path, translated_path
from tests.conftest import UserFactory

pytestmark = pytest.mark.django_db

HOSTILE = ["//evil.example/x", "/\\evil.example", "/\\/evil.example/x", "///evil.example",
           "//evil.example/x?next=//evil.example", "/%2F%2Fevil.example/x", "/%5Cevil.example",
           "/ja//evil.example/x", "/en/\\evil.example"]


def hrefs(response) -> list[str]:
    page = BeautifulSoup(response.content.decode(), "html.parser")
    return [a["href"] for a in page.select("a[href]")]


def off_site(href: str) -> bool:
    if href.startswith("#"):
        return False
    return not (href.startswith("/") and not href.startswith(("//", "/\\")) and "\\" not in href)


@pytest.mark.parametrize("path", HOSTILE)
def test_the_404_page_emits_no_link_off_the_site(client, path):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    links = hrefs(response)
    assert links, "the page has its navigation"
    assert [href for href in links if off_site(href) or "evil.example" in href.split("?")[0]] == []


@pytest.mark.parametrize("path", ["//evil.example/x", "/\\evil.example"])
def test_the_404_pages_language_switch_falls_back_to_the_home_page(client, path):
    page = BeautifulSoup(client.get(path, HTTP_ACCEPT_LANGUAGE="en").content.decode(), "html.parser")
    switch = {a["hreflang"]: a["href"] for a in page.select(".lang-switch a")}
    assert switch == {"ja": "/ja/"}


def test_the_log_in_links_next_is_a_path_on_this_site(client):
    page = BeautifulSoup(client.get("//evil.example/x").content.decode(), "html.parser")
    login = page.select_one("a[href*='/accounts/login/']")["href"]
    assert "next=/" in login and "next=//" not in login and "evil.example" not in login.split("next=")[0]
    assert login.split("next=")[1].startswith("/") and not login.split("next=")[1].startswith("//")


def test_an_unknown_page_under_a_language_switches_to_the_other_languages_home(client):
    page = BeautifulSoup(client.get("/ja/nothing/here/").content.decode(), "html.parser")
    assert {a["hreflang"]: a["href"] for a in page.select(".lang-switch a")} == {"en": "/en/"}


def test_a_real_page_keeps_its_query_in_the_switch(client):
    page = BeautifulSoup(client.get("/ja/glossary/?q=relu").content.decode(), "html.parser")
    assert {a["hreflang"]: a["href"] for a in page.select(".lang-switch a")} == {"en": "/en/glossary/?q=relu"}


def test_the_admin_language_switch_is_a_path_on_this_site(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.get("/ja/admin/")
    assert response.status_code == 200
    page = BeautifulSoup(response.content.decode(), "html.parser")
    assert page.select_one("a[hreflang=en]")["href"] == "/en/admin/"


@pytest.mark.parametrize("path", HOSTILE)
def test_site_path_and_its_translation_are_always_on_this_site(path):
    request = RequestFactory().get(path)
    assert is_site_path(site_path(request))
    for language in ("ja", "en"):
        assert is_site_path(translated_path(request, language))


@pytest.mark.parametrize("url", ["//evil.example", "/\\evil.example", "https://evil.example/", "evil.example",
                                 "/\\", "javascript:alert(1)", "///x"])
def test_is_site_path_refuses_anything_but_a_local_path(url):
    assert not is_site_path(url)


@pytest.mark.parametrize("target", ["//evil.example/x", "/\\evil.example", "https://evil.example/"])
def test_the_log_in_page_drops_an_off_site_next_and_never_redirects_there(client, target):
    page = BeautifulSoup(client.get("/en/accounts/login/", {"next": target}).content.decode(), "html.parser")
    assert page.select_one("input[name=next]")["value"] == ""
    UserFactory(username="reader")
    response = client.post(f"/en/accounts/login/?next={target}",
                           {"username": "reader", "password": "correct-horse-battery", "next": target})
    assert response.status_code == 302 and is_site_path(response["Location"])
