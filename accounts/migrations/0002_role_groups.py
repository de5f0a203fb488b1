"""Staff roles as groups. Only creates what is missing and never removes a permission an
administrator has added since, so it is safe on a live database and to re-run."""

from django.db import migrations

ROLES = (
    "Editors",
    "Medical reviewers",
    "CPD administrators",
    "University coordinators",
    "Supervisors",
)
ADMIN_ROLES = ("Editors", "Medical reviewers", "CPD administrators")


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    for name in ROLES:
        group, _created = Group.objects.get_or_create(name=name)
        if name in ADMIN_ROLES:
            group.permissions.add(access_admin)


def remove_new_roles(apps, schema_editor):
    # "Editors" belongs to Wagtail's own initial data: leave it.
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES[1:]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(create_roles, remove_new_roles)]
