from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.professions import Profession
from cpd.models import Category, CycleStart, Membership, Scheme


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


class ClaimForm(forms.Form):
    """A learner's outside activity, with evidence."""

    category = forms.ChoiceField(label=_("Scheme and category"))
    title = forms.CharField(label=_("Activity"), max_length=300)
    provider = forms.CharField(label=_("Provider"), max_length=200)
    start_date = forms.DateField(
        label=_("First day"), widget=forms.DateInput(attrs={"type": "date"})
    )
    end_date = forms.DateField(label=_("Last day"), widget=forms.DateInput(attrs={"type": "date"}))
    hours = forms.DecimalField(
        label=_("Hours"), max_digits=6, decimal_places=2, min_value=Decimal("0.25")
    )
    evidence = forms.FileField(
        label=_("Evidence"),
        help_text=_("A certificate of attendance or similar: PDF, JPEG or PNG, up to 10 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        memberships = Membership.objects.filter(user=user).select_related("scheme")
        self.schemes = {m.scheme_id: m.scheme for m in memberships}
        self.fields["category"].choices = [
            (f"{category.scheme_id}:{category.code}", f"{category.scheme.name} – {category.name}")
            for category in Category.objects.filter(scheme_id__in=self.schemes)
            .select_related("scheme")
            .order_by("scheme__code", "sort_order")
        ]

    def clean_category(self):
        scheme_id, _sep, code = self.cleaned_data["category"].partition(":")
        return self.schemes[int(scheme_id)], code


class AmendClaimForm(forms.Form):
    hours = forms.DecimalField(
        label=_("Hours"), max_digits=6, decimal_places=2, min_value=Decimal("0.25")
    )
    evidence = forms.FileField(
        label=_("New evidence (optional)"),
        required=False,
        help_text=_("PDF, JPEG or PNG, up to 10 MB."),
    )


class ClaimDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            ("approve", _("Approve")),
            ("amend", _("Return for amendment")),
            ("reject", _("Do not approve")),
        ],
        widget=forms.RadioSelect,
    )
    points = forms.DecimalField(
        label=_("Points to grant"),
        max_digits=8,
        decimal_places=2,
        required=False,
        help_text=_("Empty: the points the scheme's rule gives."),
    )
    reason = forms.CharField(
        label=_("Reason (sent to the learner)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class CheckInCodeForm(forms.Form):
    code = forms.CharField(
        label=_("The session's code"),
        max_length=6,
        min_length=6,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )


class AttendanceListForm(forms.Form):
    attendance_list = forms.FileField(
        label=_("Attendance list (CSV)"),
        help_text=_(
            "A column named “email”, one learner per row. Any bad row: nothing is recorded."
        ),
    )


class ProfessionsForm(forms.Form):
    professions = forms.MultipleChoiceField(
        label=_("Your professions"),
        choices=Profession.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


class EvaluationForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("How useful was the session to your practice?"),
        choices=[(n, str(n)) for n in range(1, 6)],
        coerce=int,
        widget=forms.RadioSelect,
        help_text=_("1: not useful, 5: very useful."),
    )
    comment = forms.CharField(
        label=_("Comments (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
