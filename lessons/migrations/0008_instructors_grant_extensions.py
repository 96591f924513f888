"""The Instructor group (instructors.demo.INSTRUCTOR_PERMISSIONS) may grant extensions: an
existing group gets the new permissions here; a group made later gets them from
instructor_group_ensure."""
from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Instructor"  # instructors.demo.INSTRUCTOR_GROUP (lessons imports no other app)
CODENAMES = ["view_deadlineextension", "add_deadlineextension", "change_deadlineextension",
             "delete_deadlineextension"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP).first()
    if group is None:
        return
    config = apps.get_app_config("lessons")
    config.models_module = getattr(config, "models_module", None) or True  # a migration's app config is a stub
    create_permissions(config, apps=apps, verbosity=0)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="lessons", codename__in=CODENAMES))


class Migration(migrations.Migration):
    dependencies = [
        ("lessons", "0007_deadline_extension"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
