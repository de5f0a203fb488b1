"""Editors and CPD administrators may archive H5P content (change) and delete content that no
learner has attempted and no lesson uses (delete). Adds permissions only."""

from django.db import migrations

GROUPS = ("Editors", "CPD administrators")
CODENAMES = {"change_content": "Can change H5P content", "delete_content": "Can delete H5P content"}


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
    dependencies = [("h5p", "0003_playing")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
