from django import forms
from django.utils.translation import gettext_lazy as _

from cpd.models import CycleStart, Membership, Scheme


class JoinSchemeForm(forms.Form):
    """A learner adds a scheme they are registered under."""

    scheme = forms.ModelChoiceField(label=_("Scheme"), queryset=Scheme.objects.none())
    registration_number = forms.CharField(
        label=_("Registration number"), max_length=40, required=False
    )
    cycle_start_date = forms.DateField(
        label=_("Your current cycle started on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Only for schemes whose cycles start on each member's own date."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        joined = Membership.objects.filter(user=user).values_list("scheme_id", flat=True)
        self.fields["scheme"].queryset = Scheme.objects.exclude(pk__in=joined).select_related(
            "body"
        )

    def clean(self):
        cleaned = super().clean()
        scheme = cleaned.get("scheme")
        if (
            scheme
            and scheme.cycle_start == CycleStart.PER_LEARNER
            and not cleaned.get("cycle_start_date")
        ):
            self.add_error(
                "cycle_start_date",
                _("This scheme counts cycles from your own start date: give it."),
            )
        return cleaned
