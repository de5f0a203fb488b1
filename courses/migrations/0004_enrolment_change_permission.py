"""CPD administrators may manage enrolments (approve, decline, withdraw, bulk enrol). Adds a
permission only."""

from django.db import migrations


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    # Permissions are normally created after all migrations; make sure this one exists now.
    enrolment_type, _ = ContentType.objects.get_or_create(app_label="courses", model="enrolment")
    permission, _ = Permission.objects.get_or_create(
        content_type=enrolment_type,
        codename="change_enrolment",
        defaults={"name": "Can change enrolment"},
    )
    for group in Group.objects.filter(name="CPD administrators"):
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("courses", "0003_quiz_pool_draws")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
