"""Launches that race for real: a class clicks the LMS link of a course Kōbai has never seen, at
the same moment, through the live server's threads (on PostgreSQL, CI's database, the inserts
truly collide; SQLite's IMMEDIATE transactions queue them). Each LMS user gets one account, the
course one cohort, and every launch lands."""
import threading
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from django.contrib.auth import get_user_model

from lessons.models import Cohort, Enrollment
from lti.models import CourseLink, LtiIdentity, RosterEntry
from tests.lti.platform import TestPlatform

pytestmark = pytest.mark.django_db(transaction=True)
SUBJECTS = ["s-1", "s-1", "s-1", "s-2", "s-3", "s-2"]  # three clicks of one learner, two of another


@pytest.fixture
def lms(live_server, course_loaded):
    platform = TestPlatform(host="localhost")
    platform.register()
    yield platform
    platform.close()


def launch(live_url: str, lms: TestPlatform, subject: str, start: threading.Barrier) -> int:
    """One browser: login initiation (the state cookie), then, with the others, the signed POST."""
    browser = requests.Session()
    login = browser.get(lms.login_url(live_url), allow_redirects=False, timeout=30)
    auth = {key: values[0] for key, values in parse_qs(urlsplit(login.headers["Location"]).query).items()}
    token = lms.sign(lms.claims(auth["nonce"], subject=subject, context_id="course-race"))
    start.wait(timeout=30)
    answer = browser.post(auth["redirect_uri"], data={"id_token": token, "state": auth["state"]},
                          allow_redirects=False, timeout=60)
    return answer.status_code


def test_simultaneous_first_launches_make_one_account_per_user_and_one_cohort(live_server, lms):
    cohorts_before = Cohort.objects.count()
    start = threading.Barrier(len(SUBJECTS))
    with ThreadPoolExecutor(max_workers=len(SUBJECTS)) as pool:
        statuses = list(pool.map(lambda subject: launch(live_server.url, lms, subject, start), SUBJECTS))
    assert statuses == [302] * len(SUBJECTS), statuses
    assert sorted(LtiIdentity.objects.values_list("subject", flat=True)) == ["s-1", "s-2", "s-3"]
    assert get_user_model().objects.filter(username__startswith="lti-").count() == 3
    link = CourseLink.objects.get()
    assert Cohort.objects.count() == cohorts_before + 1, "one cohort, none left behind by a losing launch"
    assert Enrollment.objects.filter(cohort=link.cohort).count() == 3
    assert RosterEntry.objects.filter(course_link=link).count() == 3
