"""CPD administrators issue, revoke and reissue certificates and watch batches. Adds
permissions only, granted the way cpd's 0003 grants the others."""

from importlib import import_module

from django.db import migrations

role_permissions = import_module("cpd.migrations.0003_role_permissions")

PERMISSIONS = {
    "certificate": ("add", "change", "view"),
    "bulkissuance": ("add", "view"),
}


def grant(apps, schema_editor):
    role_permissions.grant_permissions(apps, PERMISSIONS, app_label="certificates")


class Migration(migrations.Migration):
    dependencies = [("certificates", "0001_initial"), ("cpd", "0003_role_permissions")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
