"""CPD administrators read the audit trail (superusers read everything anyway)."""

from importlib import import_module

from django.db import migrations

role_permissions = import_module("cpd.migrations.0003_role_permissions")


def grant(apps, schema_editor):
    role_permissions.grant_permissions(apps, {"auditevent": ("view",)}, app_label="accounts")


class Migration(migrations.Migration):
    dependencies = [("accounts", "0004_audit_append_only"), ("cpd", "0003_role_permissions")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
