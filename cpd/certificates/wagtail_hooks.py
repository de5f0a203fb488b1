from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cpd.certificates import admin_views


@hooks.register("register_admin_urls")
def register_certificate_urls():
    return [
        path("certificates/", admin_views.certificate_list, name="certificates_admin"),
        path(
            "certificates/<id:certificate_id>/",
            admin_views.certificate_detail,
            name="certificates_admin_detail",
        ),
        path("certificates/issue/", admin_views.issue_manually, name="certificates_admin_issue"),
        path("certificates/batches/", admin_views.batches, name="certificates_admin_batches"),
        path(
            "certificates/batches/<id:bulk_id>/",
            admin_views.batch,
            name="certificates_admin_batch",
        ),
        path(
            "certificates/cohorts/<id:cohort_id>/",
            admin_views.issue_for_cohort,
            name="certificates_admin_cohort",
        ),
        path(
            "certificates/events/<id:event_id>/",
            admin_views.issue_for_event,
            name="certificates_admin_event",
        ),
    ]


class CertificatesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.VIEW)


@hooks.register("register_admin_menu_item")
def register_certificates_menu_item():
    return CertificatesMenuItem(
        _("Certificates"), reverse("certificates_admin"), icon_name="doc-full", order=267
    )
