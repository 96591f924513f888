"""Progress counts an attempt per distinct code (grader.services.progress_fields): recompute every
learner's standing, so that the copies identical resubmissions used to store (a learner with 62
"attempts" of one code, every hint unlocked, listed as stuck) count once. Backward leaves the
numbers as they are: the old count cannot be told apart from the new one's inputs."""
from django.db import migrations

BATCH = 500


def recompute(apps, schema_editor):
    from grader.services import progress_fields

    ExerciseProgress = apps.get_model("grader", "ExerciseProgress")
    Submission = apps.get_model("grader", "Submission")
    changed = []
    fields = None
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

    dependencies = [("grader", "0005_idempotency_and_check_limit")]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
