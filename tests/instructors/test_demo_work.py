"""The demo cohort's work is graded one piece of code per task, each task queueing the next behind
whatever learners submitted meanwhile (grading faked here; make run's test grades it for real)."""
import pytest
from django.test import override_settings

from grader.models import ExerciseProgress, Submission
from instructors import demo_work, tasks
from instructors.demo import DEMO_JOIN_CODE, demo_accounts_ensure
from lessons.models import QuizAttempt
from tests.grader.test_services import record

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(course_loaded):
    with override_settings(DEMO_COHORT_LEARNERS=8):
        return demo_accounts_ensure()


@pytest.fixture
def graded(monkeypatch):
    calls = []

    def grade_record(*, slug, source):
        calls.append(slug)
        return record("passed", 1.0)

    monkeypatch.setattr(demo_work, "grade_record", grade_record)
    return calls


@pytest.fixture
def queued(monkeypatch):
    sent = []
    monkeypatch.setattr(tasks.demo_work_fill, "apply_async",
                        lambda args, kwargs, queue: sent.append((args, kwargs, queue)))
    return sent


def test_each_step_grades_one_piece_of_code_and_queues_only_the_next(demo, graded, queued, settings):
    tasks.demo_work_fill(DEMO_JOIN_CODE)  # step 0: the reading and quizzes, no grading
    assert graded == [] and len(queued) == 1 and queued[0][1]["step"] == 1
    assert queued[0][2] == settings.GRADER_CPU_QUEUE
    assert QuizAttempt.objects.exists() and not Submission.objects.exists()

    steps = 1
    while queued:
        args, kwargs, _queue = queued.pop()
        before = len(graded)
        filed = tasks.demo_work_fill(*args, **kwargs)
        assert len(graded) == before + 1 and filed >= 1, "one grading per step"
        assert len(queued) <= 1, "the next step only, never the rest at once"
        steps += 1
        assert steps < 100
    rows = Submission.objects.filter(worker="demo")
    assert rows.count() >= len(graded) > 5
    assert ExerciseProgress.objects.exists(), "the matrix fills in as the steps go"
    codes = {(s.exercise.slug, s.code_sha256) for s in rows}
    assert len(codes) == len(graded), "each distinct piece of code graded once"


def test_a_step_run_twice_files_nothing_and_a_second_start_does_nothing(demo, graded, queued):
    tasks.demo_work_fill(DEMO_JOIN_CODE)
    args, kwargs, _ = queued.pop()
    assert tasks.demo_work_fill(*args, **kwargs) >= 1
    count = Submission.objects.count()
    queued.clear()
    assert tasks.demo_work_fill(*args, **kwargs) == 0  # the message delivered twice
    assert Submission.objects.count() == count
    queued.clear()
    assert tasks.demo_work_fill(DEMO_JOIN_CODE) == 0 and not queued, "seed_demo run again: started already"
