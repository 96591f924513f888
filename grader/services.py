"""Operations on submissions: create, enqueue, claim, grade, finish, fail, sweep.

The database is the source of truth. A submission is stored first and its id enqueued on
commit; a worker claims it with one conditional UPDATE (so it is never graded twice), grades
it in the sandbox and stores the verdict once, as its record (grader.verdict: no words; pages,
API and exports word it in the reader's language). A sweeper re-enqueues what a lost message or
a dead worker left behind.

A claim is a fencing token: a fresh random value the claiming UPDATE writes on the row (with the
worker and the attempt number, for people to read). Every later write of that grading (lease,
progress, release, verdict, and with the verdict the learner's progress record) is one
compare-and-set UPDATE ... WHERE claim_token = mine. A worker whose lease ran out while another
took the submission over (it was stopped, say) writes nothing, and stops grading as soon as its
heartbeat finds out: no submission is graded twice into the record and no verdict is overwritten.
"""
from __future__ import annotations

import hashlib
import logging
import re
import secrets
import threading
import time
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import DatabaseError, close_old_connections, connection, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from grader.grading import failed_record, grade_record, grader_version
from grader.models import ActionWindow, Draft, ExerciseProgress, Submission
from grader.sandbox.streams import StopRun
from grader.source_check import source_checked
from grader.stored_verdict import criteria_measured_not_met
from grader.verdict import PENDING, Status

log = logging.getLogger(__name__)


class Refused(Exception):
    """Nothing was stored; `code` is stable (the API's error code), `message` says why in the
    active language."""

    def __init__(self, code: str, message):
        super().__init__(str(message))
        self.code = code
        self.message = message


class SubmissionRefused(Refused):
    """The submission was not stored."""


def code_hash(code: str) -> str:
    return hashlib.sha256(code.encode("utf-8", errors="surrogatepass")).hexdigest()


def _refuse_bad_code(code: str) -> None:
    problem, _text = source_checked(code)
    if problem is not None:
        raise SubmissionRefused(problem.code, problem.message())


IDEMPOTENCY_KEY = re.compile(r"[\x21-\x7e]{1,100}")  # printable ASCII, no spaces: a UUID fits


def _refuse_bad_key(key: str) -> None:
    if key and not IDEMPOTENCY_KEY.fullmatch(key):
        raise SubmissionRefused("bad_idempotency_key", _(
            "The idempotency key must be 1 to 100 printable ASCII characters without spaces, such as a "
            "UUID."))


def _refuse_over_rate(user) -> None:
    since = timezone.now() - timedelta(minutes=1)
    recent = Submission.objects.filter(user=user, created_at__gte=since).count()
    if recent >= settings.GRADER_MAX_SUBMISSIONS_PER_MINUTE:
        raise SubmissionRefused("rate", _(
            "You have submitted %(n)d times in the last minute. Take a breath and try again in a "
            "moment.") % {"n": recent})


def _refuse_over_pending(user) -> None:
    pending = Submission.objects.filter(user=user, status__in=Submission.PENDING).count()
    if pending >= settings.GRADER_MAX_PENDING_PER_LEARNER:
        raise SubmissionRefused("too_many_pending", _(
            "You already have %(n)d submissions waiting to be graded. Wait for one to finish, then "
            "submit again.") % {"n": pending})


def _lock_learner(user) -> None:
    """Serialize one learner's submission requests (a row lock on PostgreSQL; on SQLite the
    transaction began IMMEDIATE, with the write lock: settings), so that two requests at once
    cannot both pass the limits or both create the row that the other one should have found."""
    list(get_user_model().objects.select_for_update().filter(pk=user.pk).values_list("pk", flat=True))


def _replayed(*, user, exercise, sha: str, key: str) -> Submission | None:
    """The submission an earlier request with this idempotency key created; refused when that
    request sent other code (or was for another exercise)."""
    if not key:
        return None
    earlier = Submission.objects.filter(user=user, idempotency_key=key).first()
    if earlier is not None and (earlier.exercise_id != exercise.pk or earlier.code_sha256 != sha):
        raise SubmissionRefused("idempotency_conflict", _(
            "This idempotency key was already used for different code (submission #%(id)d). Send new "
            "code with a new key.") % {"id": earlier.pk})
    return earlier


def _same_code(*, user, exercise, sha: str, version: str) -> Submission | None:
    """The learner's submission of this very code that answers a new one: one still waiting (it
    will be graded once), or one graded by this grader version (its verdict would come out the
    same). A system_error was our fault, so that code is graded again."""
    answers = Q(status__in=Submission.PENDING) | (
        Q(grader_version=version, verdict__isnull=False) & ~Q(status=Submission.Status.SYSTEM_ERROR))
    return (Submission.objects.filter(user=user, exercise=exercise, code_sha256=sha).filter(answers)
            .order_by("-created_at").first())


@dataclass(frozen=True)
class Submitted:
    """What a submission request came to. `created` is False when an earlier submission answers
    it, unchanged: one with the same idempotency key (`replayed`), or with the same code."""

    submission: Submission
    created: bool
    replayed: bool = False


def grading_queue() -> str:
    """The GPU queue when told so (GRADER_ROUTE_TO_GPU), or with GRADER_DEVICE=auto while a
    worker on a GPU is up (it publishes its warm counts: grader.warm); else the CPU queue."""
    if settings.GRADER_ROUTE_TO_GPU:
        return settings.GRADER_GPU_QUEUE
    if settings.GRADER_DEVICE == "auto":
        from grader import warm

        if warm.gpu_worker_up():
            return settings.GRADER_GPU_QUEUE
    return settings.GRADER_CPU_QUEUE


@transaction.atomic
def submission_create(*, user, exercise, code: str, idempotency_key: str = "") -> Submitted:
    """Store a submission and enqueue it on commit, unless an earlier one answers the request.

    In order: the code and the key are checked; a retry with an idempotency key gets the
    submission its first request made (that request already passed the limits); then the rate
    limit holds for every other request; identical code gets the learner's own submission of it
    back (no row, no grading, no attempt, no hint); only a new grading is held to the limit on
    waiting submissions."""
    _refuse_bad_code(code)
    _refuse_bad_key(idempotency_key)
    _lock_learner(user)
    sha, version = code_hash(code), grader_version()
    replay = _replayed(user=user, exercise=exercise, sha=sha, key=idempotency_key)
    if replay is not None:
        return Submitted(replay, created=False, replayed=True)
    _refuse_over_rate(user)
    earlier = _same_code(user=user, exercise=exercise, sha=sha, version=version)
    if earlier is not None:
        return Submitted(earlier, created=False)
    _refuse_over_pending(user)
    submission = Submission(user=user, exercise=exercise, code=code, code_sha256=sha, grader_version=version,
                            queue=grading_queue(), idempotency_key=idempotency_key)
    submission.full_clean()
    submission.save()
    transaction.on_commit(lambda: submission_enqueue(submission_id=submission.pk))
    return Submitted(submission, created=True)


def draft_save(*, user, exercise, code: str) -> Draft:
    """Keep the code in the learner's editor; refused (Refused, nothing stored) when it breaks the
    rules every stored code obeys (grader.source_check), an empty editor excepted."""
    problem, _text = source_checked(code, allow_empty=True)
    if problem is not None:
        raise Refused(problem.code, problem.message())
    draft, _created = Draft.objects.update_or_create(user=user, exercise=exercise, defaults={"code": code})
    return draft


@transaction.atomic
def check_count(*, user) -> None:
    """Count one Check against the learner's limit per minute (GRADER_MAX_CHECKS_PER_MINUTE); past
    it, refuse (Refused "check_rate") without counting."""
    now = timezone.now()
    window, _created = ActionWindow.objects.select_for_update().get_or_create(
        user=user, action="check", defaults={"started_at": now})
    if window.started_at <= now - timedelta(minutes=1):
        window.started_at, window.count = now, 0
    limit = settings.GRADER_MAX_CHECKS_PER_MINUTE
    if window.count >= limit:
        raise Refused("check_rate", _(
            "You have checked your code %(n)d times in the last minute. Wait a moment, then check "
            "again.") % {"n": window.count})
    window.count += 1
    window.save()


def submission_enqueue(*, submission_id: int) -> bool:
    """Send the id to the broker. When the broker is down the row waits for the sweeper."""
    from grader.tasks import grade_submission

    submission = Submission.objects.filter(pk=submission_id).only("queue").first()
    if submission is None:
        return False
    try:
        grade_submission.apply_async(args=[submission_id], queue=submission.queue, retry=False)
    except Exception as exc:  # noqa: BLE001 - kombu/redis raise many types when the broker is down
        log.warning("could not enqueue submission %s (%s); the sweeper will retry", submission_id, exc)
        return False
    Submission.objects.filter(pk=submission_id).update(enqueued_at=timezone.now())
    return True


def _lease() -> timedelta:
    return timedelta(seconds=settings.GRADER_LEASE_S)


@dataclass(frozen=True)
class Claim:
    """What a worker holds while it grades a submission: the row carries `token` (and says
    `worker` and `attempt` for people). A later claim always writes another token."""

    submission_id: int
    worker: str
    attempt: int
    token: str

    def rows(self):
        """The submission, if this claim still holds it."""
        return Submission.objects.filter(pk=self.submission_id, status=Submission.Status.RUNNING,
                                         claim_token=self.token)


class GradingInterrupted(Exception):
    """The grading could not finish on our side; the claim was given back for a retry."""


class ClaimLost(StopRun):
    """Another worker took the submission over: this grading stops (its sandbox is killed) and its
    result is dropped. A StopRun, so it passes through the sandbox's line callbacks."""


class _Heartbeat:
    """Extends the claim while grading runs, so that a dead worker's claim soon runs out, and finds
    out when the claim is lost (this worker was stopped past its lease and another took over): then
    `lost` is set and the grading stops at its next progress line. The beat survives database
    errors: it logs, drops its broken connection and tries again at the next beat."""

    def __init__(self, claim: Claim):
        self.claim = claim
        self.stop = threading.Event()
        self.lost = threading.Event()
        self.thread = threading.Thread(target=self._run, name=f"lease-{claim.submission_id}", daemon=True)

    def _run(self) -> None:
        try:
            while not self.stop.wait(settings.GRADER_LEASE_HEARTBEAT_S):
                if self.beat() is False:
                    log.warning("submission %s: %s lost its claim (attempt %d); stopping its grading",
                                self.claim.submission_id, self.claim.worker, self.claim.attempt)
                    self.lost.set()
                    return
        finally:
            connection.close()

    def beat(self) -> bool | None:
        """Renew the lease: True when renewed, False when the claim is lost, None on an error."""
        try:
            return bool(self.claim.rows().update(lease_until=timezone.now() + _lease()))
        except Exception:  # noqa: BLE001 - a heartbeat never dies: the database may be back next beat
            log.exception("submission %s: could not renew the claim; trying again", self.claim.submission_id)
            connection.close()  # a broken connection stays broken: the next beat opens a new one
            return None

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join(timeout=10)


def submission_claim(*, submission_id: int, worker: str) -> Submission | None:
    """Take the submission for grading: queued, or running on a lease that ran out (its worker
    died). None when another worker has it or it is already graded: never grade twice.

    The token is made here and written by the UPDATE, and the row read back by it: a worker
    stopped between the two cannot read a later claim as its own."""
    now, token = timezone.now(), secrets.token_hex(16)
    claimed = (
        Submission.objects.filter(pk=submission_id)
        .filter(Q(status=Submission.Status.QUEUED) | Q(status=Submission.Status.RUNNING, lease_until__lt=now))
        .update(status=Submission.Status.RUNNING, started_at=now, lease_until=now + _lease(),
                attempts=F("attempts") + 1, worker=worker[:200], progress={}, claim_token=token)
    )
    if not claimed:
        log.info("submission %s: not claimable (graded, missing or running elsewhere)", submission_id)
        return None
    return Submission.objects.select_related("exercise").filter(pk=submission_id, claim_token=token).first()


def claim_of(submission: Submission) -> Claim:
    """The claim a submission_claim() row carries."""
    return Claim(submission.pk, submission.worker, submission.attempts, submission.claim_token)


def submission_release(*, claim: Claim) -> None:
    """Put a claimed submission back in the queue (before a retry), if the claim still holds."""
    claim.rows().update(status=Submission.Status.QUEUED, lease_until=None, progress={})


def _progress_writer(claim: Claim, lost: threading.Event | None = None):
    """Store progress lines on the row, at most a few times a second. Raises ClaimLost (which stops
    the grading) once the heartbeat found the claim lost, or when the write finds it gone."""
    last = {"at": 0.0}

    def write(progress: dict) -> None:
        if lost is not None and lost.is_set():
            raise ClaimLost(claim.submission_id)
        now = time.monotonic()
        if now - last["at"] < settings.GRADER_PROGRESS_INTERVAL_S and progress.get("step") != progress.get("total"):
            return
        last["at"] = now
        try:
            written = claim.rows().update(progress=progress)
        except DatabaseError:
            if not connection.in_atomic_block:
                close_old_connections()  # progress is best effort; the verdict's write needs a live connection
            raise
        if not written:
            raise ClaimLost(claim.submission_id)

    return write


def submission_grade(*, submission_id: int, worker: str, last_try: bool = True) -> Submission | None:
    """Claim, grade in the sandbox, store the verdict. Returns None when there was nothing to do
    (graded, or claimed elsewhere), or when this worker lost its claim before it could write.

    A grading that fails on our side (the grader raised, or its verdict is system_error) is
    given back and raises GradingInterrupted so that the task retries it, unless `last_try`:
    then the failure is the verdict."""
    submission = submission_claim(submission_id=submission_id, worker=worker)
    if submission is None:
        return None
    claim = claim_of(submission)
    if submission.attempts > settings.GRADER_MAX_ATTEMPTS:
        log.error("submission %s: %d grading attempts, giving up", submission.pk, submission.attempts - 1)
        return submission_fail(claim=claim, reason="too many attempts")
    try:
        with _Heartbeat(claim) as heartbeat:
            record = grade_record(slug=submission.exercise.slug, source=submission.code,
                                  on_progress=_progress_writer(claim, heartbeat.lost))
        if heartbeat.lost.is_set():
            raise ClaimLost(claim.submission_id)
    except ClaimLost:
        log.warning("submission %s: %s lost its claim (attempt %d); its grading is dropped",
                    claim.submission_id, claim.worker, claim.attempt)
        return None
    except Exception as exc:
        log.exception("grading submission %s failed", submission.pk)
        if last_try:
            return submission_fail(claim=claim, reason=repr(exc))
        submission_release(claim=claim)
        raise GradingInterrupted(repr(exc)) from exc
    if record["status"] == Status.SYSTEM_ERROR and not last_try:
        submission_release(claim=claim)
        raise GradingInterrupted("system_error verdict")
    return submission_finish(claim=claim, record=record)


def verdict_fields(record: dict) -> dict:
    """What a grading's record sets on its Submission row: the record, and the columns the queries
    and statistics read without reading verdicts."""
    return {
        "status": record["status"], "score": record["score"], "verdict": record,
        "failed_criteria": criteria_measured_not_met(record),
        "device": record["device"][:30], "torch_version": record["torch_version"][:40],
    }


@transaction.atomic
def submission_finish(*, claim: Claim, record: dict) -> Submission | None:
    """Store the record, if `claim` still holds the submission; else write nothing (None).

    The write is one compare-and-set UPDATE on the claim's token, so a claim taken over between
    the read and the write (SQLite has no row lock) cannot be overwritten; the learner's progress
    record is recomputed only after it."""
    submission = claim.rows().select_for_update().first()
    if submission is not None:
        submission.finished_at = timezone.now()
        submission.lease_until = None
        record = {**record, "worker": submission.worker, "queued_at": submission.created_at.isoformat(),
                  "started_at": submission.started_at.isoformat() if submission.started_at else None,
                  "finished_at": submission.finished_at.isoformat()}
        fields = verdict_fields(record)
        for name, value in fields.items():
            setattr(submission, name, value)
        submission.full_clean()
    if submission is None or not claim.rows().update(
            finished_at=submission.finished_at, lease_until=None, **fields):
        log.warning("submission %s: %s lost its claim (attempt %d) before writing; its verdict is dropped",
                    claim.submission_id, claim.worker, claim.attempt)
        return None
    exercise_progress_recompute(submission)
    return submission


def submission_fail(*, claim: Claim, reason: str) -> Submission | None:
    """Record a grading that could not be completed (our fault): system_error."""
    return submission_finish(claim=claim, record=failed_record(reason=reason))


def exercise_progress_recompute(submission: Submission) -> None:
    """Recompute the learner's standing on the exercise from all their graded submissions
    (so that a regrade replaces, rather than adds to, what a submission counted for)."""
    if submission.status == Submission.Status.SYSTEM_ERROR:
        return
    progress, _created = ExerciseProgress.objects.select_for_update().get_or_create(
        user_id=submission.user_id, exercise_id=submission.exercise_id)
    graded = Submission.objects.filter(user_id=submission.user_id, exercise_id=submission.exercise_id)
    for name, value in progress_fields(graded).items():
        setattr(progress, name, value)
    progress.save()


GRADED_COLUMNS = ("pk", "status", "score", "finished_at", "failed_criteria", "code_sha256")


def progress_fields(submissions) -> dict:
    """An ExerciseProgress's numbers from one learner's submissions to one exercise (a queryset;
    migration 0006 passes one of its historical model).

    An attempt is a distinct code: rows of the same code (copies an older version stored for an
    identical resubmission, or the same code graded again by a newer grader) count once, at its
    first submission, with its latest verdict. Hints unlock and the instructors' matrix counts
    from these numbers, so resending code can neither unlock a hint nor look like being stuck."""
    graded = list(submissions.exclude(status__in=[*PENDING, Status.SYSTEM_ERROR])
                  .order_by("created_at", "pk").values_list(*GRADED_COLUMNS))
    attempts = _attempts(graded)
    passed = [i for i, row in enumerate(attempts) if row[1] == Status.PASSED]
    scores = [row[2] for row in graded if row[2] is not None]
    failed_criteria = {}
    for row in attempts:
        for criterion in row[4] or []:
            failed_criteria[criterion] = failed_criteria.get(criterion, 0) + 1
    return {
        "submissions": len(attempts), "failed_submissions": len(attempts) - len(passed),
        "best_score": max(scores) if scores else None,
        "passed_at": min((row[3] for row in graded if row[1] == Status.PASSED and row[3]), default=None),
        "attempts_to_pass": passed[0] + 1 if passed else None, "failed_criteria": failed_criteria,
        "last_submission_id": graded[-1][0] if graded else None,
    }


def _attempts(graded) -> list[tuple]:
    """One row per distinct code (the last column), in the order each code was first submitted,
    holding that code's latest verdict."""
    latest = {}
    for row in graded:  # oldest first: a later row of the same code replaces the earlier one
        latest[row[-1]] = row
    return list(latest.values())  # dicts keep the order in which each code first appeared


class RegradeRefused(Exception):
    """A submission that cannot be regraded now; `message` is in the active language."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


def submission_regrade(*, submission_id: int) -> Submission:
    """Grade a finished submission again with the current grader, through the queue.

    The code and the learner stay; the verdict is replaced when the new grading ends. A
    submission being graded right now is refused."""
    with transaction.atomic():
        submission = Submission.objects.select_for_update().get(pk=submission_id)
        if submission.pending:
            raise RegradeRefused(_("Submission #%(id)s is being graded right now; regrade it once it has "
                                   "finished.") % {"id": submission.pk})
        Submission.objects.filter(pk=submission.pk).update(
            status=Submission.Status.QUEUED, grader_version=grader_version(), attempts=0, reused_from=None,
            enqueued_at=None, started_at=None, finished_at=None, lease_until=None, progress={},
            queue=grading_queue())
        transaction.on_commit(lambda: submission_enqueue(submission_id=submission.pk))
    submission.refresh_from_db()
    return submission


def submissions_sweep() -> int:
    """Re-enqueue submissions stuck in `queued` (never sent, or sent long ago) or `running` past
    their lease (their worker died). Returns how many were sent again."""
    now = timezone.now()
    stale_queued = now - timedelta(seconds=settings.GRADER_QUEUED_STALE_S)
    stuck = Submission.objects.filter(
        Q(status=Submission.Status.QUEUED, enqueued_at__isnull=True)
        | Q(status=Submission.Status.QUEUED, enqueued_at__lt=stale_queued)
        | Q(status=Submission.Status.RUNNING, lease_until__lt=now)
    ).values_list("pk", flat=True)[:500]
    sent = 0
    for submission_id in stuck:
        if submission_enqueue(submission_id=submission_id):
            sent += 1
    if sent:
        log.info("sweeper re-enqueued %d submission(s)", sent)
    return sent
