"""CPD administrators and editors may read course reports (view enrolments). Adds
permissions only."""

from django.db import migrations

GROUPS = ("CPD administrators", "Editors")


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    # Permissions are normally created after all migrations; make sure this one exists now.
    enrolment_type, _ = ContentType.objects.get_or_create(app_label="courses", model="enrolment")
    permission, _ = Permission.objects.get_or_create(
        content_type=enrolment_type,
        codename="view_enrolment",
        defaults={"name": "Can view enrolment"},
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("courses", "0001_initial"), ("accounts", "0002_role_groups")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
