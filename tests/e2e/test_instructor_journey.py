"""The demo instructor follows the demo cohort in the admin: matrix, filter, submission, regrade
(graded again by a real worker), CSV export with Japanese names intact."""
from pathlib import Path

import pytest
from django.test import override_settings

from grader.models import Submission
from instructors.demo import DEMO_INSTRUCTOR, DEMO_JOIN_CODE, demo_accounts_ensure
from lessons.models import Cohort, Exercise
from tests.e2e.conftest import run_axe, screenshot
from tests.instructors.conftest import submit

pytestmark = [pytest.mark.browser, pytest.mark.service]
GOOD = (Path(__file__).resolve().parents[2] / "grader" / "references" / "layer-grad-norms"
        / "pass_comprehension.py").read_text()


@pytest.fixture
def demo_cohort(course_loaded):
    with override_settings(DEMO_COHORT_LEARNERS=4):
        demo = demo_accounts_ensure()
    cohort = Cohort.objects.get(join_code=DEMO_JOIN_CODE)
    learners = [e.user for e in cohort.enrollments.filter(user__username__regex=r"^demo-[0-9]+-")
                .select_related("user").order_by("user__username")]
    exercise = Exercise.objects.get(slug="layer-grad-norms")
    # Recorded as failed by an older grader; the code itself is right, so a regrade passes it.
    stale = submit(learners[0], exercise, "failed", failed=["values-match"], code=GOOD)
    for minutes in (40, 30, 20):
        submit(learners[1], exercise, "failed", minutes_ago=minutes, failed=["keys-match"])
    submit(learners[2], exercise, "passed")
    return demo, cohort, learners, stale


def test_the_demo_instructor_reads_filters_regrades_and_exports(page, demo_cohort, celery_worker_process):
    demo, cohort, learners, stale = demo_cohort
    page.goto(page.base + "/ja/admin/")
    page.fill("#id_username", DEMO_INSTRUCTOR)
    page.fill("#id_password", demo.password)
    page.locator("input[type=submit]").click()
    page.wait_for_url("**/ja/admin/")
    page.get_by_role("link", name="クラス").first.click()
    page.get_by_role("link", name="進捗表").first.click()
    page.wait_for_selector("#progress-matrix")
    matrix = page.locator("#progress-matrix")
    assert matrix.locator("tbody tr").count() == 5, "four demo learners and the demo learner"
    assert "佐藤" in matrix.inner_text() or "花子" in matrix.inner_text()
    assert matrix.locator(".kobai-failed").count() >= 2 and matrix.locator(".kobai-passed").count() >= 1
    assert "つまずいている" in page.content() and learners[1].username in page.locator(".kobai-stuck").inner_text()
    screenshot(page, "admin-cohort-progress-ja")
    assert not run_axe(page), "the progress page passes axe"

    page.select_option("#state", "failed")
    page.select_option("#exercise", "layer-grad-norms")
    page.get_by_role("button", name="絞り込む").click()
    page.wait_for_url("**state=failed**")
    rows = page.locator("#progress-matrix tbody tr")
    assert rows.count() == 2
    assert learners[2].username not in page.locator("#progress-matrix").inner_text()

    # Open the first learner's submissions from their cell, then the submission itself.
    row = page.locator("#progress-matrix tbody tr", has_text=learners[0].username)
    row.locator(".kobai-failed a").first.click()
    page.wait_for_url("**/admin/grader/submission/**")
    page.locator("#result_list tbody tr th a, #result_list tbody tr td a").first.click()
    page.wait_for_selector(".kobai-code")
    assert "grad_norms" in page.locator(".kobai-code").inner_text()
    assert "values-match" in page.locator(".kobai-verdict").inner_text()

    # Regrade it through the queue and watch it finish.
    page.goto(page.base + f"/ja/admin/grader/submission/?id__exact={stale.pk}")
    page.locator(f"input[name=_selected_action][value='{stale.pk}']").check()
    page.select_option("select[name=action]", "regrade_selected")
    page.locator("button[name=index]").click()
    page.wait_for_url("**/regrading/**")
    page.wait_for_selector(".regrading-done", timeout=120_000)
    stale.refresh_from_db()
    assert stale.status == Submission.Status.PASSED
    page.goto(page.base + f"/ja/admin/grader/submission/{stale.pk}/change/")
    assert "合格" in page.locator(".kobai-verdict h2").inner_text()

    # Export the matrix: a CSV with a BOM and the Japanese names.
    page.goto(page.base + f"/ja/admin/lessons/cohort/{cohort.pk}/progress/")
    with page.expect_download() as info:
        page.get_by_role("link", name="CSV で書き出す").click()
    data = Path(info.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert all(learner.username in text for learner in learners)
    assert any(learner.last_name in text for learner in learners if learner.last_name)
