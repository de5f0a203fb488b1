"""CPD administrators define schemes and accrediting bodies, see memberships and the ledger, and
record adjustments and corrections (through cpd.services), and decide learners' claims.
Adds permissions only."""

from django.db import migrations

GROUP = "CPD administrators"
PERMISSIONS = {
    "scheme": ("add", "change", "delete", "view"),
    "accreditingbody": ("add", "change", "delete", "view"),
    "membership": ("view",),
    # "add" is recording adjustments and corrections (awards come from activities).
    "ledgerentry": ("add", "view"),
    # deciding learners' claims for outside activities (the model comes in 0004)
    "claim": ("change", "view"),
    # events and their attendance (the models come in 0006)
    "cpdevent": ("add", "change", "delete", "view"),
    "attendance": ("add", "view"),
}


def grant(apps, schema_editor):
    grant_permissions(apps, PERMISSIONS)


def grant_permissions(apps, permissions: dict, app_label: str = "cpd") -> None:
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    granted = []
    # Permissions are normally created after all migrations; make sure these exist now.
    for model, actions in permissions.items():
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            granted.append(permission)
    for group in Group.objects.filter(name=GROUP):
        group.permissions.add(*granted)


class Migration(migrations.Migration):
    dependencies = [("cpd", "0002_ledger_append_only"), ("accounts", "0002_role_groups")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
