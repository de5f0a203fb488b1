from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "cpd.certificates"
    label = "certificates"
    verbose_name = _("Certificates")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from accounts import personal_data
        from courses.services import subscribe_to_completions
        from cpd.certificates import personal_data as ours
        from cpd.certificates import services

        subscribe_to_completions(services.issue_for_course_completion)
        personal_data.register("certificates", ours.export, ours.erase)
