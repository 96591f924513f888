"""Grade passback against the test platform, in process: the line item per exercise, the best
score with its timestamp, a platform that is down then back. (test_with_worker.py runs
the same through a real worker after a real grading.)"""
import pytest
from django.utils import timezone

from grader.models import ExerciseProgress, Submission
from grader.services import code_hash
from lessons.models import Exercise
from lti import scores
from lti.models import LineItem, LtiIdentity, ScoreDelivery

pytestmark = pytest.mark.django_db


def graded(user, slug: str, score: float, finished_at=None) -> Submission:
    exercise = Exercise.objects.get(slug=slug)
    code = f"x = {score}\n"
    submission = Submission.objects.create(
        user=user, exercise=exercise, code=code, code_sha256=code_hash(code), grader_version="test",
        status="passed" if score == 1 else "failed", score=score, finished_at=finished_at or timezone.now())
    progress, _ = ExerciseProgress.objects.get_or_create(user=user, exercise=exercise)
    progress.best_score = max(progress.best_score or 0, score)
    progress.save()
    return submission


@pytest.fixture
def learner(client, lms):
    lms.launch(client, custom={"exercise": "layer-grad-norms"})
    lms.trust_tool(client)
    return LtiIdentity.objects.get(subject="lms-user-1").user


def send_due() -> list[bool]:
    return [scores.score_send(delivery_id) for delivery_id in scores.scores_collect()]


def test_the_best_score_reaches_one_line_item_per_exercise_with_its_timestamp(learner, lms):
    first = graded(learner, "layer-grad-norms", 0.5)
    assert send_due() == [True]
    best = graded(learner, "layer-grad-norms", 1.0)
    graded(learner, "layer-grad-norms", 0.25)
    graded(learner, "clip-gradients", 0.75)
    assert send_due() == [True, True]
    assert send_due() == []  # nothing new: nothing sent twice
    tags = sorted(item["tag"] for item in lms.line_items)
    assert tags == ["kobai:clip-gradients", "kobai:layer-grad-norms"]
    assert LineItem.objects.count() == 2
    item = next(i for i in lms.line_items if i["tag"] == "kobai:layer-grad-norms")
    assert item["scoreMaximum"] == 1 and item["resourceId"] == "layer-grad-norms"
    sent = [s for s in lms.scores if s["lineitem"] == item["id"]]
    assert [s["scoreGiven"] for s in sent] == [0.5, 1.0]
    assert sent[-1]["timestamp"] == best.finished_at.isoformat()
    assert sent[0]["timestamp"] == first.finished_at.isoformat()
    assert sent[-1]["userId"] == "lms-user-1"
    assert sent[-1]["activityProgress"] == "Completed" and sent[-1]["gradingProgress"] == "FullyGraded"


def test_a_platform_that_is_down_gets_the_score_when_it_is_back(learner, lms, settings):
    settings.LTI_SCORE_BACKOFF_S = 0
    graded(learner, "layer-grad-norms", 1.0)
    lms.down = True
    due = scores.scores_collect()
    with pytest.raises(scores.ScoreNotSent):
        scores.score_send(due[0])
    delivery = ScoreDelivery.objects.get()
    assert delivery.status == "pending" and delivery.attempts == 1 and "503" in delivery.last_error
    lms.down = False
    assert send_due() == [True]
    delivery.refresh_from_db()
    assert delivery.status == "sent" and delivery.last_error == ""
    assert [s["scoreGiven"] for s in lms.scores] == [1.0]


def test_a_token_request_signed_with_a_key_the_platform_does_not_know_is_refused(learner, lms):
    lms.tool_keys = {}
    graded(learner, "layer-grad-norms", 1.0)
    with pytest.raises(scores.ScoreNotSent):
        scores.score_send(scores.scores_collect()[0])
    assert lms.scores == []


def test_a_course_whose_platform_grants_no_score_scope_owes_nothing(client, lms):
    lms.launch(client, tamper=lambda claims: claims.pop("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"))
    graded(LtiIdentity.objects.get().user, "layer-grad-norms", 1.0)
    assert scores.scores_collect() == []
    assert not ScoreDelivery.objects.exists()


def test_backoff_doubles_up_to_its_cap(settings):
    settings.LTI_SCORE_BACKOFF_S, settings.LTI_SCORE_BACKOFF_MAX_S = 10, 60
    assert [scores.backoff_s(n) for n in range(1, 6)] == [10, 20, 40, 60, 60]


def test_the_admin_lists_what_is_pending_and_why(learner, lms, client, settings):
    from tests.conftest import UserFactory
    graded(learner, "layer-grad-norms", 1.0)
    lms.down = True
    with pytest.raises(scores.ScoreNotSent):
        scores.score_send(scores.scores_collect()[0])
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    page = client.get("/en/admin/lti/scoredelivery/?status__exact=pending").content.decode()
    assert "layer-grad-norms" in page and "pending" in page
    delivery = ScoreDelivery.objects.get()
    assert "503" in client.get(f"/en/admin/lti/scoredelivery/{delivery.pk}/change/").content.decode()


@pytest.mark.django_db(transaction=True)
def test_a_class_s_first_scores_sent_at_once_make_one_column(course_loaded, client, lms):
    """Without the lock every send looks the column up, finds none, and creates one; the slow
    platform holds the first creation until a second lookup comes (or 2 s, when none does)."""
    from concurrent.futures import ThreadPoolExecutor

    from django.db import connection
    for n in range(4):
        lms.launch(client, subject=f"s-{n}")
        graded(LtiIdentity.objects.get(subject=f"s-{n}").user, "clip-gradients", 0.5 + n / 10)
    lms.trust_tool(client)
    lms.slow_line_items = True

    def send(delivery_id):
        try:
            return scores.score_send(delivery_id)
        finally:
            connection.close()
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(send, scores.scores_collect())) == [True] * 4
    assert len(lms.line_items) == 1 and lms.line_item_lookups == 1
    assert sorted(s["scoreGiven"] for s in lms.scores) == [0.5, 0.6, 0.7, 0.8]
    assert {s["lineitem"] for s in lms.scores} == {lms.line_items[0]["id"]}


@pytest.mark.parametrize("with_container", [True, False], ids=["line-items-service", "link-column-only"])
def test_the_column_the_lms_made_for_the_exercise_link_takes_the_scores(client, lms, with_container):
    """Moodle makes a grade item for each tool activity, Canvas an assignment, and the launch
    names it (the grade service's `lineitem`): the exercise's scores go there, and no second
    column is created, even where the LMS lets the tool create none."""
    column = lms.issuer + "/lineitems/77"

    def with_column(claims):
        ags = claims["https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"]
        ags["lineitem"] = column
        if not with_container:
            del ags["lineitems"]
    lms.launch(client, custom={"exercise": "layer-grad-norms"}, tamper=with_column)
    lms.trust_tool(client)
    learner = LtiIdentity.objects.get(subject="lms-user-1").user
    graded(learner, "layer-grad-norms", 0.75)
    graded(learner, "clip-gradients", 0.5)  # no link, no column: created only where the LMS allows
    assert LineItem.objects.get(exercise__slug="layer-grad-norms").url == column
    sent = send_due()
    assert [s["lineitem"] for s in lms.scores if s["scoreGiven"] == 0.75] == [column]
    if with_container:
        assert sent == [True, True] and [item["tag"] for item in lms.line_items] == ["kobai:clip-gradients"]
    else:
        assert sent == [True] and lms.line_items == [] and len(lms.scores) == 1


def test_a_grading_collects_its_learners_scores_and_the_beat_everyones(client, lms):
    for subject in ["s-1", "s-2"]:
        lms.launch(client, subject=subject)
    first, second = (LtiIdentity.objects.get(subject=s).user for s in ["s-1", "s-2"])
    mine = graded(first, "layer-grad-norms", 0.5)
    graded(second, "layer-grad-norms", 0.75)
    assert scores.submission_learner(mine.pk) == first.pk and scores.submission_learner(None) is None
    scores.scores_collect(first.pk)
    assert list(ScoreDelivery.objects.values_list("user_id", "score")) == [(first.pk, 0.5)]
    scores.scores_collect()
    assert sorted(ScoreDelivery.objects.values_list("user_id", "score")) == [(first.pk, 0.5), (second.pk, 0.75)]
