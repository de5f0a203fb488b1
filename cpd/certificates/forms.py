from django import forms
from django.utils.translation import gettext_lazy as _

from cpd.certificates import codes


class VerifyForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        max_length=64,
        help_text=_(
            "As printed on the certificate, e.g. 1A2B-3C4D-…; spaces and case do not matter."
        ),
    )

    def clean_code(self) -> str:
        code = codes.normalise(self.cleaned_data["code"])
        if code is None:
            raise forms.ValidationError(
                _("This is not a verification code: check it against the certificate.")
            )
        return code


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (kept internally, never published)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )


class ManualIssueForm(forms.Form):
    email = forms.EmailField(label=_("Learner's email"))
    title_en = forms.CharField(label=_("Achievement (English)"), max_length=300)
    title_zh_hant = forms.CharField(
        label=_("Achievement (Chinese)"), max_length=300, required=False
    )
    achieved_on = forms.DateField(
        label=_("Achieved on"), widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean_email(self) -> str:
        from django.contrib.auth import get_user_model

        email = self.cleaned_data["email"]
        user = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
        if user is None:
            raise forms.ValidationError(_("No active account has this email address."))
        self.user = user
        return email
