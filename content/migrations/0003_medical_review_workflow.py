"""The editorial workflow: every page under the root goes through a "Medical review" task that
the Medical reviewers group approves. Approval publishes, so reviewers get change and publish
permission on the page tree. Creates what is missing only; safe on a live database."""

from django.db import migrations

WORKFLOW = "Medical review"
TASK = "Medical review"
REVIEWERS = "Medical reviewers"


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    reviewers = Group.objects.get(name=REVIEWERS)
    root = Page.objects.filter(depth=1).first()
    if root is None:
        return
    page_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
    for codename in ("change_page", "publish_page"):
        permission = Permission.objects.filter(content_type=page_type, codename=codename).first()
        if permission is not None:
            GroupPagePermission.objects.get_or_create(
                group=reviewers, page=root, permission=permission
            )

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.add(reviewers)

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


def remove_workflow(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW).delete()
    apps.get_model("wagtailcore", "Task").objects.filter(name=TASK).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0002_public_pages"),
        ("accounts", "0002_role_groups"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]
