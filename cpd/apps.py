from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CpdConfig(AppConfig):
    """The professional record: schemes, the credit ledger, certificates (see the CPD issue)."""

    name = "cpd"
    verbose_name = _("CPD")

    def ready(self) -> None:
        from accounts import personal_data
        from courses.services import subscribe_to_completions
        from cpd import personal_data as ours
        from cpd.services import award_course_completion

        subscribe_to_completions(award_course_completion)
        personal_data.register("cpd", ours.export, ours.erase)
