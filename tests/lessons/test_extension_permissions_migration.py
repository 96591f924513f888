"""Migration 0007 gives an existing Instructor group the permissions to grant extensions."""
import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)


def migrate(to):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([("lessons", to)])


def test_an_existing_instructor_group_may_grant_extensions_after_the_migration():
    migrate("0007_deadline_extension")
    Group.objects.filter(name="Instructor").delete()
    group = Group.objects.create(name="Instructor")
    migrate("0008_instructors_grant_extensions")
    granted = set(group.permissions.values_list("codename", flat=True))
    assert {"add_deadlineextension", "change_deadlineextension", "view_deadlineextension"} <= granted
