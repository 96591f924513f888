"""A learner sees their own due date on the exercise page (the cohort's, or their extension's), is
told when it has passed that submitting still works and is marked late, and sees their late
submissions marked as such in their history and on the submission's page, in both languages."""
from __future__ import annotations

import datetime
import re

import pytest
from django.utils import timezone

from lessons.display import datetime_text
from lessons.models import Cohort, CohortDeadline, Course, DeadlineExtension, Enrollment, Exercise
from tests.conftest import UserFactory
from tests.instructors.conftest import submit

SLUG = "layer-grad-norms"
LATER = datetime.datetime(2099, 12, 12, 8, 0, tzinfo=datetime.UTC)  # 17:00 in Tokyo
DUE = {"ja": "提出期限：2099年12月12日 17:00", "en": "Due Dec. 12, 2099, 5 p.m."}
EXTENDED = {"ja": "提出期限：2099年12月12日 17:00（あなたには個別に延長されています）",
            "en": "Due Dec. 12, 2099, 5 p.m. (extended for you)"}
PASSED = {"ja": "提出期限を過ぎています。提出はできますが、期限後の提出として記録されます。",
          "en": "The due date has passed. You can still submit, but the submission is marked late."}
LATE = {"ja": "期限後", "en": "late"}
LATE_NOTICE = {"ja": "この提出は提出期限（{}）を過ぎてから行われたため、期限後として記録されています。",
               "en": "You submitted this after your due date ({}), so it is marked late."}
LANGUAGES = pytest.mark.parametrize("lang", ["ja", "en"])


@pytest.fixture
def exercise(db):
    return Exercise.objects.get(slug=SLUG)


@pytest.fixture
def learner(db):
    return UserFactory(username="hanako")


@pytest.fixture
def cohort(learner):
    cohort = Cohort.objects.create(name="春", course=Course.objects.get())
    Enrollment.objects.create(cohort=cohort, user=learner)
    return cohort


@pytest.fixture
def as_learner(client, learner):
    client.force_login(learner)
    return client


def text(html: str) -> str:
    """The page's words with the markup taken out and the spaces evened out."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))


def due_box(client, lang: str) -> str | None:
    page = client.get(f"/{lang}/exercises/{SLUG}/").content.decode()
    found = re.search(r'<div class="due-date[^"]*" id="due-date">(.*?)</div>', page, re.S)
    return text(found.group(1)).strip() if found else None


def history_items(html: str) -> dict[int, str]:
    return {int(pk): text(item) for pk, item in re.findall(r'<li><a href="/\w\w/submissions/(\d+)/"[^>]*>(.*?)</li>',
                                                          html, re.S)}


@LANGUAGES
def test_without_a_deadline_the_page_says_nothing_of_one(as_learner, cohort, exercise, lang):
    assert due_box(as_learner, lang) is None


@LANGUAGES
def test_a_visitor_sees_no_due_date(client, cohort, exercise, lang):
    CohortDeadline.objects.create(cohort=cohort, exercise=exercise, due_at=LATER)
    assert due_box(client, lang) is None


@LANGUAGES
def test_the_learner_sees_the_cohorts_deadline(as_learner, cohort, exercise, lang):
    CohortDeadline.objects.create(cohort=cohort, exercise=exercise, due_at=LATER)
    assert due_box(as_learner, lang) == DUE[lang]


@LANGUAGES
def test_the_learner_sees_their_extension(as_learner, learner, cohort, exercise, lang):
    CohortDeadline.objects.create(cohort=cohort, exercise=exercise, due_at=timezone.now() - datetime.timedelta(days=1))
    DeadlineExtension.objects.create(cohort=cohort, user=learner, exercise=None, due_at=LATER)
    assert due_box(as_learner, lang) == EXTENDED[lang]


@LANGUAGES
def test_a_classmates_extension_is_not_shown_to_the_learner(as_learner, cohort, exercise, lang):
    CohortDeadline.objects.create(cohort=cohort, exercise=exercise, due_at=LATER)
    classmate = UserFactory(username="classmate")
    Enrollment.objects.create(cohort=cohort, user=classmate)
    DeadlineExtension.objects.create(cohort=cohort, user=classmate, exercise=exercise,
                                     due_at=LATER + datetime.timedelta(days=7))
    assert due_box(as_learner, lang) == DUE[lang]


@LANGUAGES
def test_once_past_the_page_says_submitting_still_works_and_is_marked_late(as_learner, learner, cohort, exercise,
                                                                         lang):
    due_at = timezone.now() - datetime.timedelta(minutes=45)
    CohortDeadline.objects.create(cohort=cohort, exercise=exercise, due_at=due_at)
    on_time = submit(learner, exercise, "failed", minutes_ago=90)
    late = submit(learner, exercise, "passed", minutes_ago=30)
    box = due_box(as_learner, lang)
    assert box.endswith(PASSED[lang]) and "extended" not in box and "延長" not in box
    items = history_items(as_learner.get(f"/{lang}/exercises/{SLUG}/").content.decode())
    assert LATE[lang] in items[late.pk] and LATE[lang] not in items[on_time.pk]


@LANGUAGES
def test_submitting_after_the_due_date_is_not_refused(as_learner, cohort, exercise, lang,
                                                      django_capture_on_commit_callbacks):
    CohortDeadline.objects.create(cohort=cohort, exercise=exercise, due_at=timezone.now() - datetime.timedelta(days=1))
    with django_capture_on_commit_callbacks():
        response = as_learner.post(f"/{lang}/exercises/{SLUG}/submit/", {"code": "x = 1\n", "idempotency_key": "k"})
    assert response.status_code == 302 and "/submissions/" in response["Location"]
    page = as_learner.get(response["Location"]).content.decode()
    assert 'id="submitted-late"' in page


@LANGUAGES
def test_the_submission_page_marks_a_late_submission(as_learner, learner, cohort, exercise, lang):
    due_at = timezone.now() - datetime.timedelta(minutes=45)
    CohortDeadline.objects.create(cohort=cohort, exercise=exercise, due_at=due_at)
    on_time = submit(learner, exercise, "failed", minutes_ago=90)
    late = submit(learner, exercise, "passed", minutes_ago=30)
    late_page = as_learner.get(f"/{lang}/submissions/{late.pk}/").content.decode()
    assert LATE_NOTICE[lang].format(datetime_text(due_at, lang)) in text(late_page)
    items = history_items(late_page)
    assert LATE[lang] in items[late.pk] and LATE[lang] not in items[on_time.pk]
    on_time_page = as_learner.get(f"/{lang}/submissions/{on_time.pk}/").content.decode()
    assert 'id="submitted-late"' not in on_time_page


def test_an_extension_takes_the_late_mark_away(as_learner, learner, cohort, exercise):
    CohortDeadline.objects.create(cohort=cohort, exercise=exercise,
                                  due_at=timezone.now() - datetime.timedelta(minutes=45))
    late = submit(learner, exercise, "passed", minutes_ago=30)
    assert 'id="submitted-late"' in as_learner.get(f"/en/submissions/{late.pk}/").content.decode()
    DeadlineExtension.objects.create(cohort=cohort, user=learner, exercise=exercise, due_at=LATER)
    page = as_learner.get(f"/en/submissions/{late.pk}/").content.decode()
    assert 'id="submitted-late"' not in page and "badge-late" not in page


def test_the_history_the_status_poll_swaps_in_marks_late_work(as_learner, learner, cohort, exercise):
    CohortDeadline.objects.create(cohort=cohort, exercise=exercise,
                                  due_at=timezone.now() - datetime.timedelta(minutes=45))
    late = submit(learner, exercise, "passed", minutes_ago=30)
    response = as_learner.get(f"/ja/submissions/{late.pk}/status/")
    assert response.status_code == 286
    assert LATE["ja"] in history_items(response.content.decode())[late.pk]
