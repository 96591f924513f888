"""A lesson is read when the learner reaches its end (LessonProgress.finished_at), no longer when it is
opened. Every row stored before counted as read: it keeps counting, from when it was first read."""

from django.db import migrations, models
from django.db.models import F


def earlier_rows_stay_read(apps, schema_editor):
    LessonProgress = apps.get_model("lessons", "LessonProgress")
    LessonProgress.objects.filter(finished_at__isnull=True).update(finished_at=F("first_read_at"))


class Migration(migrations.Migration):

    dependencies = [
        ('lessons', '0004_join_code_default'),
    ]

    operations = [
        migrations.AddField(
            model_name='lessonprogress',
            name='finished_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='read to the end'),
        ),
        migrations.RunPython(earlier_rows_stay_read, migrations.RunPython.noop),
    ]
