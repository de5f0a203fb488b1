from decimal import Decimal

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _


class LogbookEntryForm(forms.Form):
    day = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    hours = forms.DecimalField(
        label=_("Hours"), min_value=Decimal("0.25"), max_value=Decimal(16), decimal_places=2
    )
    area_code = forms.ChoiceField(label=_("Area"))
    activity = forms.CharField(label=_("What you did"), max_length=300)
    reflection = forms.CharField(
        label=_("What you learned (reflection)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=5000,
    )

    def __init__(self, *args, areas=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area_code"].choices = [(area.code, area.name) for area in areas]


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("approve", _("Sign off")), ("return", _("Return for changes"))],
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Comment (required when returning)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=2000,
    )


class CompetencyForm(forms.Form):
    competency = forms.ChoiceField(label=_("Competency"))
    achieved_on = forms.DateField(
        label=_("Observed or achieved on"), widget=forms.DateInput(attrs={"type": "date"})
    )
    entrustment = forms.TypedChoiceField(
        label=_("Entrustment level (optional)"),
        choices=[("", "—")] + [(str(n), str(n)) for n in range(1, 6)],
        coerce=int,
        empty_value=None,
        required=False,
    )

    def __init__(self, *args, competencies=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["competency"].choices = [(str(c.pk), c.title) for c in competencies]


class EvaluationForm(forms.Form):
    comments = forms.CharField(
        label=_("Comments"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        max_length=5000,
    )

    def __init__(self, *args, criteria=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.codes = [code for code, _label in criteria]
        for code, label in criteria:
            self.fields[f"rating_{code}"] = forms.TypedChoiceField(
                label=label,
                choices=[(str(n), str(n)) for n in range(1, 6)],
                coerce=int,
                widget=forms.RadioSelect,
            )
        self.rated = bool(criteria)

    def ratings(self) -> dict[str, int]:
        return {code: self.cleaned_data[f"rating_{code}"] for code in self.codes}


class RosterForm(forms.Form):
    file = forms.FileField(
        label=_("Roster (CSV or XLSX)"),
        help_text=_(
            "Columns: name_en, name_zh, email, student_number, programme, cohort. "
            "A file with any bad row imports nothing."
        ),
    )


class SupervisorForm(forms.Form):
    email = forms.EmailField(label=_("Supervisor's email"))
    host_unit = forms.CharField(label=_("Host unit"), max_length=200, required=False)

    def clean_email(self):
        from accounts.roles import SUPERVISORS

        email = self.cleaned_data["email"]
        user = (
            get_user_model()
            .objects.filter(email__iexact=email, is_active=True, groups__name=SUPERVISORS)
            .first()
        )
        if user is None:
            raise forms.ValidationError(_("No supervisor has this email address."))
        self.supervisor = user
        return email


class ApplicationForm(forms.Form):
    student_number = forms.CharField(label=_("Your student number"), max_length=40)
    statement = forms.CharField(
        label=_("Why you are applying"), widget=forms.Textarea(attrs={"rows": 6}), max_length=5000
    )
    cv = forms.FileField(label=_("CV (PDF, up to 5 MB)"))


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Note to the student (optional)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=2000,
    )
