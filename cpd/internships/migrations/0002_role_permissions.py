"""CPD administrators manage universities (and their coordinators), programmes and cohorts, and
see every placement. Coordinators, supervisors and students need no model permissions: what
they may see follows from who they are to a placement (cpd.internships.access)."""

from importlib import import_module

from django.db import migrations

role_permissions = import_module("cpd.migrations.0003_role_permissions")

PERMISSIONS = {
    "university": ("add", "change", "delete", "view"),
    "programme": ("add", "change", "delete", "view"),
    "cohort": ("add", "change", "delete", "view"),
    "placement": ("change", "view"),
}


def grant(apps, schema_editor):
    role_permissions.grant_permissions(apps, PERMISSIONS, app_label="internships")


class Migration(migrations.Migration):
    dependencies = [("internships", "0001_initial"), ("cpd", "0003_role_permissions")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
