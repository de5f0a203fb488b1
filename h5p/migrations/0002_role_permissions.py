"""Editors and CPD administrators may view and upload H5P content. Installing or updating
libraries (uploaded JavaScript) is left to superusers unless granted by hand. Adds
permissions only."""

from django.db import migrations

GROUPS = ("Editors", "CPD administrators")
CODENAMES = {"view_content": "Can view H5P content", "add_content": "Can add H5P content"}


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    # Permissions are normally created after all migrations; make sure these exist now.
    content_type, _ = ContentType.objects.get_or_create(app_label="h5p", model="content")
    permissions = [
        Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )[0]
        for codename, name in CODENAMES.items()
    ]
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [("h5p", "0001_initial"), ("accounts", "0002_role_groups")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
