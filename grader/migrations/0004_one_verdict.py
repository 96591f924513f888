"""One verdict, stored once: each row's {"ja": {...}, "en": {...}} becomes the grading's record
(grader.verdict), and the statuses have one set of labels.

Forward converts with grader.stored_verdict.record_from_old (the reader applies the same
conversion to an old-shape row, so a row an old worker writes after this ran still reads the
same). A row with no verdict, or one that is not an old verdict (a string, a list, languages that
are not dicts), is left as it is: the reader copes. Backward words each record in both languages
again (grader.wording, with the exercise modules as they are then); a row that is not a record is
left as it is.
"""
from django.db import migrations, models

BATCH = 500


def _rewrite(apps, convert):
    Submission = apps.get_model("grader", "Submission")
    changed = []
    for submission in Submission.objects.exclude(verdict__isnull=True).only("pk", "status", "score", "verdict") \
            .order_by("pk").iterator(chunk_size=BATCH):
        new = convert(submission)
        if new is not None:
            submission.verdict = new
            changed.append(submission)
        if len(changed) >= BATCH:
            Submission.objects.bulk_update(changed, ["verdict"])
            changed = []
    if changed:
        Submission.objects.bulk_update(changed, ["verdict"])


def to_record(apps, schema_editor):
    from grader.stored_verdict import record_from_old

    _rewrite(apps, lambda submission: record_from_old(submission.verdict))


def to_words(apps, schema_editor):
    from grader.stored_verdict import is_record, record_read
    from grader.wording import verdict_words

    def words(submission):
        if not is_record(submission.verdict):
            return None
        record = record_read(submission.verdict)
        record["status"] = record["status"] or submission.status
        record["score"] = submission.score if record["score"] is None else record["score"]
        service = {key: record[key] for key in ("worker", "queued_at", "started_at", "finished_at")
                   if key in submission.verdict}
        return {lang: {**verdict_words(record, lang).as_dict(), **service} for lang in ("ja", "en")}

    _rewrite(apps, words)


class Migration(migrations.Migration):

    dependencies = [
        ('grader', '0003_exercise_progress_statistics'),
    ]

    operations = [
        migrations.AlterField(
            model_name='submission',
            name='status',
            field=models.CharField(choices=[('queued', 'Waiting in the queue'), ('running', 'Being graded'), ('passed', 'Passed'), ('failed', 'Not passed yet'), ('error', 'Your code raised an error'), ('timeout', 'Time limit reached'), ('memory_limit', 'Memory limit reached'), ('output_limit', 'Output limit reached'), ('rejected', 'Refused'), ('system_error', 'Grading failed on our side')], db_index=True, default='queued', max_length=20, verbose_name='status'),
        ),
        migrations.RunPython(to_record, to_words, elidable=False),
    ]
