"""Grade passback (LTI Assignment and Grade Services): each learner's best score on each exercise,
owed to the gradebook of every LMS course whose cohort they are in, kept as a `ScoreDelivery` row
until the platform has accepted it. Collecting is idempotent; sending is retried with backoff."""
import logging
import time
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from pylti1p3.assignments_grades import AssignmentsGradesService
from pylti1p3.exception import LtiException
from pylti1p3.grade import Grade
from pylti1p3.lineitem import LineItem as LibLineItem
from pylti1p3.service_connector import ServiceConnector
from requests import RequestException

from grader.models import ExerciseProgress, Submission
from lti.launch import TimeoutSession
from lti.models import CourseLink, LineItem, ScoreDelivery
from lti.tool_config import registration_for

logger = logging.getLogger(__name__)
SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score"
LINEITEM_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem"


class ScoreNotSent(Exception):
    pass


def backoff_s(failures: int) -> float:
    return min(settings.LTI_SCORE_BACKOFF_S * 2 ** max(failures - 1, 0), settings.LTI_SCORE_BACKOFF_MAX_S)


def _graded_at(progress: ExerciseProgress):
    best = (Submission.objects.filter(user_id=progress.user_id, exercise_id=progress.exercise_id,
                                      score=progress.best_score, finished_at__isnull=False)
            .order_by("finished_at").values_list("finished_at", flat=True).first())
    return best or progress.updated_at


def _links_with_gradebook():
    """LMS courses with somewhere to send scores: a line items service to create columns in, or
    columns the LMS made for links that open exercises."""
    return CourseLink.objects.filter(~Q(lineitems_url="") | Q(line_items__isnull=False)).distinct()


def scores_wanted() -> bool:
    """Whether any LMS course linked here has a gradebook to send scores to."""
    return _links_with_gradebook().exists()


def submission_learner(submission_id) -> int | None:
    """Whose submission it is; None when it cannot be told (then every learner's scores are looked at)."""
    return Submission.objects.filter(pk=submission_id).values_list("user_id", flat=True).first() \
        if isinstance(submission_id, int) else None


def line_item_wanted(slug: str, label: str) -> LibLineItem:
    """An exercise's gradebook column as Kōbai asks for it (deep linking, or created when the first
    score goes out): found again by its tag."""
    return LibLineItem().set_tag(f"kobai:{slug}").set_resource_id(slug).set_label(label).set_score_maximum(1)


def scores_collect(user_id: int | None = None) -> list[int]:
    """Bring the deliveries up to date with the learners' best scores; the ids now due to send
    (each given a lease, so that the next collection does not queue it twice). With `user_id`
    (a grading of theirs ended), only that learner's best scores are looked at; whatever is due
    is queued either way."""
    now = timezone.now()
    for link in _links_with_gradebook().select_related("platform"):
        if SCORE_SCOPE not in link.ags_scopes:
            continue
        owed = ScoreDelivery.objects.filter(course_link=link)
        progress = ExerciseProgress.objects.filter(
            user__enrollments__cohort_id=link.cohort_id, user__lti_identity__issuer=link.platform.issuer,
            best_score__isnull=False)
        if user_id is not None:
            owed, progress = owed.filter(user_id=user_id), progress.filter(user_id=user_id)
        owed = {(d.user_id, d.exercise_id): d for d in owed}
        if not link.lineitems_url:  # no columns can be created: only the exercises that have one
            progress = progress.filter(exercise_id__in=link.line_items.values("exercise_id"))
        for row in progress:
            delivery = owed.get((row.user_id, row.exercise_id))
            if delivery is not None and delivery.score == row.best_score:
                continue
            ScoreDelivery.objects.update_or_create(
                course_link=link, user_id=row.user_id, exercise_id=row.exercise_id,
                defaults={"score": row.best_score, "graded_at": _graded_at(row), "status": ScoreDelivery.Status.PENDING,
                          "attempts": 0, "next_attempt_at": now, "last_error": ""})
    with transaction.atomic():
        due = list(ScoreDelivery.objects.select_for_update()
                   .filter(status=ScoreDelivery.Status.PENDING, next_attempt_at__lte=now)
                   .values_list("pk", flat=True))
        ScoreDelivery.objects.filter(pk__in=due).update(
            next_attempt_at=now + timedelta(seconds=settings.LTI_SCORE_LEASE_S))
    return due


def _line_item_url(ags: AssignmentsGradesService, delivery: ScoreDelivery) -> str:
    """The exercise's column in the course's gradebook, created the first time. The first scores
    of an exercise go out side by side (a class submits at once), so one send at a time looks the
    column up or creates it, under a lock in the shared LTI cache (not the database's: on SQLite that
    would stop every write for as long as the platform takes); the others wait for its row."""
    def known():
        return LineItem.objects.filter(course_link=delivery.course_link, exercise=delivery.exercise).first()

    if (found := known()) is not None:
        return found.url
    lock, token = f"lti-line-item-{delivery.course_link_id}-{delivery.exercise_id}", uuid.uuid4().hex
    cache = caches[settings.LTI_CACHE_ALIAS]
    deadline = time.monotonic() + settings.LTI_HTTP_TIMEOUT_S * 3
    while not cache.add(lock, token, timeout=settings.LTI_HTTP_TIMEOUT_S * 3):
        if (found := known()) is not None:
            return found.url
        if time.monotonic() > deadline:
            raise LtiException("another send is still creating this exercise's column")
        time.sleep(0.2)
    try:
        if (found := known()) is not None:
            return found.url
        exercise = delivery.exercise
        wanted = line_item_wanted(exercise.slug, exercise.title_en or exercise.slug)
        url = ags.find_or_create_lineitem(wanted, find_by="tag").get_id()
        if not url:
            raise LtiException("the platform returned a line item without an id")
        return LineItem.objects.get_or_create(course_link=delivery.course_link, exercise=exercise,
                                              defaults={"url": url})[0].url
    finally:
        if cache.get(lock) == token:
            cache.delete(lock)


def score_send(delivery_id: int) -> bool:
    """POST one pending score to its line item (created the first time). True once sent; a
    failure is recorded on the row and raised as ScoreNotSent."""
    delivery = (ScoreDelivery.objects.select_related("course_link__platform", "exercise", "user__lti_identity")
                .filter(pk=delivery_id, status=ScoreDelivery.Status.PENDING).first())
    if delivery is None:
        return False
    link = delivery.course_link
    ags = AssignmentsGradesService(ServiceConnector(registration_for(link.platform), TimeoutSession()),
                                   {"scope": link.ags_scopes, "lineitems": link.lineitems_url})
    grade = (Grade().set_score_given(delivery.score).set_score_maximum(1)
             .set_timestamp(delivery.graded_at.isoformat()).set_activity_progress("Completed")
             .set_grading_progress("FullyGraded").set_user_id(delivery.user.lti_identity.subject))
    try:
        ags.put_grade(grade, LibLineItem().set_id(_line_item_url(ags, delivery)))
    except (LtiException, RequestException, ValueError) as exc:
        failures = delivery.attempts + 1
        ScoreDelivery.objects.filter(pk=delivery.pk, score=delivery.score).update(
            attempts=failures, last_error=str(exc)[:1000],
            next_attempt_at=timezone.now() + timedelta(seconds=backoff_s(failures)))
        logger.warning("lti score %s not sent (failure %d): %s", delivery.pk, failures, exc)
        raise ScoreNotSent(str(exc)) from exc
    # A newer best score collected meanwhile stays pending.
    ScoreDelivery.objects.filter(pk=delivery.pk, score=delivery.score).update(
        status=ScoreDelivery.Status.SENT, sent_at=timezone.now(), last_error="", next_attempt_at=None)
    logger.info("lti score %s sent: %s on %s", delivery.pk, delivery.score, delivery.exercise.slug)
    return True
