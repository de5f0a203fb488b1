"""CPD administrators mark articles as self-study and write their assessments, and see the
attempts. Adds permissions only, granted the way 0003 grants the others."""

from importlib import import_module

from django.db import migrations

role_permissions = import_module("cpd.migrations.0003_role_permissions")

PERMISSIONS = {
    "selfstudy": ("add", "change", "delete", "view"),
    "selfstudyquestion": ("add", "change", "delete", "view"),
    "selfstudyattempt": ("view",),
}


def grant(apps, schema_editor):
    role_permissions.grant_permissions(apps, PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [("cpd", "0010_self_study")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
