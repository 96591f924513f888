"""Grade passback tasks, on the sweep queue (every worker consumes it; never behind gradings)."""
from celery import shared_task
from celery.signals import task_postrun
from django.conf import settings
from django.core.cache import caches
from pylti1p3.exception import LtiException
from requests import RequestException

from lti import roster, scores, selectors, services, tool_keys


@shared_task(name="lti.collect_scores", acks_late=False, ignore_result=True, queue=settings.GRADER_SWEEP_QUEUE,
             expires=settings.LTI_SCORES_EVERY_S * 4)
def collect_scores(user_id: int | None = None) -> int:
    due = scores.scores_collect(user_id)
    for delivery_id in due:
        send_score.delay(delivery_id)
    return len(due)


@shared_task(name="lti.send_score", bind=True, acks_late=True, ignore_result=True,
             queue=settings.GRADER_SWEEP_QUEUE, max_retries=settings.LTI_SCORE_RETRIES,
             soft_time_limit=settings.LTI_HTTP_TIMEOUT_S * 6, time_limit=settings.LTI_HTTP_TIMEOUT_S * 8)
def send_score(self, delivery_id: int) -> None:
    try:
        scores.score_send(delivery_id)
    except scores.ScoreNotSent as exc:
        if self.request.retries >= self.max_retries:
            return  # still pending: the next collection after its next_attempt_at sends it again
        raise self.retry(countdown=scores.backoff_s(self.request.retries + 1), exc=exc) from exc


@shared_task(name="lti.sync_roster", bind=True, acks_late=True, ignore_result=True,
             queue=settings.GRADER_SWEEP_QUEUE, max_retries=settings.LTI_SCORE_RETRIES,
             soft_time_limit=settings.LTI_HTTP_TIMEOUT_S * 30, time_limit=settings.LTI_HTTP_TIMEOUT_S * 36)
def sync_roster(self, course_link_id: int) -> None:
    try:
        roster.roster_sync(course_link_id=course_link_id)
    except (LtiException, RequestException) as exc:
        if self.request.retries >= self.max_retries:
            raise
        raise self.retry(countdown=scores.backoff_s(self.request.retries + 1), exc=exc) from exc


def roster_sync_soon(course_link_id: int) -> bool:
    """Queue a roster sync unless one was queued for this course within LTI_ROSTER_FRESH (a class of
    instructors opening the course at once queues one)."""
    queued = caches[settings.LTI_CACHE_ALIAS].add(
        f"lti-roster-queued-{course_link_id}", 1, timeout=settings.LTI_ROSTER_FRESH.total_seconds())
    if queued:
        sync_roster.delay(course_link_id)
    return queued


@shared_task(name="lti.sync_rosters", acks_late=False, ignore_result=True, queue=settings.GRADER_SWEEP_QUEUE)
def sync_rosters() -> int:
    """The beat's turn: every roster not synced within LTI_ROSTER_EVERY (learners who joined or left
    the LMS course while no instructor launched)."""
    return sum(roster_sync_soon(link_id) for link_id in selectors.course_links_roster_stale())


@shared_task(name="lti.rotate_keys", acks_late=False, ignore_result=True, queue=settings.GRADER_SWEEP_QUEUE)
def rotate_keys() -> str:
    key = tool_keys.tool_keys_maintain()
    return key.kid if key else ""


@shared_task(name="lti.purge_nonces", acks_late=False, ignore_result=True, queue=settings.GRADER_SWEEP_QUEUE)
def purge_nonces() -> int:
    return services.nonces_purge()


@task_postrun.connect
def collect_after_grading(sender=None, **kwargs):
    """A grading has ended: its learner's score goes out now rather than at the next beat, which
    looks at everyone's (when some LMS course takes scores at all: a site without LTI queues
    nothing after its gradings)."""
    if getattr(sender, "name", "") == "grader.grade_submission" and scores.scores_wanted():
        args, task_kwargs = kwargs.get("args") or (), kwargs.get("kwargs") or {}
        collect_scores.delay(scores.submission_learner(args[0] if args else task_kwargs.get("submission_id")))
