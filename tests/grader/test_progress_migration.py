"""Migration 0006 recomputes progress that copies of identical code inflated (issue 16, item 1)."""
from __future__ import annotations

import pytest

from grader.models import ExerciseProgress
from tests.conftest import migrated

BEFORE, AFTER = ("grader", "0005_idempotency_and_check_limit"), ("grader", "0006_progress_counts_distinct_code")


@pytest.mark.django_db(transaction=True)
def test_the_migration_counts_each_code_once(course_loaded):
    with migrated(BEFORE) as (apps, migrate_to):
        learner = apps.get_model("auth", "User").objects.create(username="copied")
        exercise = apps.get_model("lessons", "Exercise").objects.get(slug="layer-grad-norms")
        Submission = apps.get_model("grader", "Submission")
        rows = [Submission.objects.create(user=learner, exercise=exercise, code=code, code_sha256=sha,
                                          grader_version="old", status="failed", score=0.0,
                                          failed_criteria=["keys-match"])
                for code, sha in [("a", "1" * 64)] * 62 + [("b", "2" * 64)]]
        apps.get_model("grader", "ExerciseProgress").objects.create(
            user=learner, exercise=exercise, submissions=63, failed_submissions=63,
            failed_criteria={"keys-match": 63}, last_submission_id=rows[0].pk)

        migrate_to(AFTER)
    progress = ExerciseProgress.objects.get(user__username="copied")
    assert (progress.submissions, progress.failed_submissions) == (2, 2)
    assert progress.failed_criteria == {"keys-match": 2} and progress.last_submission_id == rows[-1].pk
