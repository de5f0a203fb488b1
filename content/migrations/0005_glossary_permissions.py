"""Editors maintain the glossary; medical reviewers may correct it. Adds permissions only."""

from django.db import migrations

GRANTS = {
    "Editors": ("add_glossaryterm", "change_glossaryterm", "delete_glossaryterm"),
    "Medical reviewers": ("change_glossaryterm",),
}


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    # Permissions are normally created after all migrations; make sure these exist now.
    term_type, _ = ContentType.objects.get_or_create(app_label="content", model="glossaryterm")
    for action in ("add", "change", "delete", "view"):
        Permission.objects.get_or_create(
            content_type=term_type,
            codename=f"{action}_glossaryterm",
            defaults={"name": f"Can {action} glossary term"},
        )
    for group_name, codenames in GRANTS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="content", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [("content", "0004_review_reminders"), ("accounts", "0002_role_groups")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
