"""A submission's failed_criteria are the criteria its judged verdict measured and found not met
(grader.stored_verdict.criteria_measured_not_met), no longer every criterion an error, a limit or a
crash left unmeasured; the hints open by them (grader.hints) and the cohort statistics count them.
Every stored row is recomputed from its verdict, then every learner's standing from the rows.
Backward leaves the rows as they are."""
from django.db import migrations

BATCH = 500


def recompute(apps, schema_editor):
    from grader.services import progress_fields
    from grader.stored_verdict import criteria_measured_not_met

    Submission = apps.get_model("grader", "Submission")
    ExerciseProgress = apps.get_model("grader", "ExerciseProgress")
    changed = []
    for row in Submission.objects.filter(verdict__isnull=False).only("pk", "verdict", "failed_criteria").order_by(
            "pk").iterator(chunk_size=BATCH):
        measured = criteria_measured_not_met(row.verdict)
        if measured != row.failed_criteria:
            row.failed_criteria = measured
            changed.append(row)
        if len(changed) >= BATCH:
            Submission.objects.bulk_update(changed, ["failed_criteria"])
            changed = []
    if changed:
        Submission.objects.bulk_update(changed, ["failed_criteria"])

    changed, fields = [], None
    for progress in ExerciseProgress.objects.order_by("pk").iterator(chunk_size=BATCH):
        new = progress_fields(Submission.objects.filter(user_id=progress.user_id, exercise_id=progress.exercise_id))
        fields = list(new)
        for name, value in new.items():
            setattr(progress, name, value)
        changed.append(progress)
        if len(changed) >= BATCH:
            ExerciseProgress.objects.bulk_update(changed, fields)
            changed = []
    if changed:
        ExerciseProgress.objects.bulk_update(changed, fields)


class Migration(migrations.Migration):

    dependencies = [("grader", "0007_submission_claim_token")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
