"""An instructor's admin pages run under the site's strict Content-Security-Policy.

The highlighted code on a submission's page comes with an inline <style>: it carries the
response's nonce, so it applies and nothing else inline would.
"""
import pytest

from tests.csp_audit import inline_blockers, nonce_of, policy

pytestmark = pytest.mark.django_db


@pytest.fixture
def as_teacher_a(client, world):
    client.force_login(world.teacher_a)
    return client


def audit(client, path: str) -> tuple[dict, list[str]]:
    response = client.get(path)
    assert response.status_code == 200, path
    directives = policy(response)
    assert directives["script-src"] == ["'self'"], directives
    return directives, inline_blockers(response.content.decode(), nonce_of(directives))


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_instructors_pages_need_no_exception(as_teacher_a, world, lang):
    admin = f"/{lang}/admin"
    for path in [f"{admin}/", f"{admin}/grader/submission/", f"{admin}/lessons/cohort/",
                 f"{admin}/lessons/cohort/{world.cohort_a.pk}/change/",
                 f"{admin}/lessons/cohort/{world.cohort_a.pk}/progress/",
                 f"{admin}/grader/submission/export/",
                 f"{admin}/grader/submission/{world.submission_a.pk}/change/",
                 f"{admin}/grader/submission/regrading/?ids={world.submission_a.pk}"]:
        _directives, blocked = audit(as_teacher_a, path)
        assert not blocked, f"{path}: {blocked}"


def test_the_highlighted_codes_style_carries_the_nonce(as_teacher_a, world):
    directives, blocked = audit(as_teacher_a, f"/en/admin/grader/submission/{world.submission_a.pk}/change/")
    nonce = nonce_of(directives)
    assert nonce and len(nonce) >= 16, directives
    assert not blocked, blocked
    second, _blocked = audit(as_teacher_a, f"/en/admin/grader/submission/{world.submission_a.pk}/change/")
    assert nonce_of(second) != nonce, "a fresh nonce per response"
