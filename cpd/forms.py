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


class AdjustmentForm(forms.Form):
    """A CPD administrator's manual entry for one learner."""

    scheme = forms.ModelChoiceField(label=_("Scheme"), queryset=Scheme.objects.none())
    category_code = forms.SlugField(label=_("Category code"), max_length=40)
    points = forms.DecimalField(
        label=_("Points"),
        max_digits=8,
        decimal_places=2,
        help_text=_("Negative to take points away."),
    )
    activity_date = forms.DateField(
        label=_("Activity date"), widget=forms.DateInput(attrs={"type": "date"})
    )
    reason = forms.CharField(
        label=_("Reason"), max_length=1000, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, learner, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["scheme"].queryset = Scheme.objects.filter(memberships__user=learner)


class ReversalForm(forms.Form):
    entry = forms.IntegerField(widget=forms.HiddenInput)
    reason = forms.CharField(label=_("Reason"), max_length=1000)


class SubmissionForm(forms.Form):
    scheme = forms.ModelChoiceField(label=_("Scheme"), queryset=Scheme.objects.all())
    start = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("To"), widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("start") and cleaned.get("end") and cleaned["end"] < cleaned["start"]:
            self.add_error("end", _("The period must end on or after its first day."))
        return cleaned
