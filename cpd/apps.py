from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CpdConfig(AppConfig):
    """The professional record: schemes, the credit ledger, certificates (see the CPD issue)."""

    name = "cpd"
    verbose_name = _("CPD")
