from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from accounts.models import User


class SignupProfileForm(forms.Form):
    """Extra fields on the allauth sign-up form."""

    first_name = forms.CharField(label=_("Given name"), max_length=150)
    last_name = forms.CharField(label=_("Family name"), max_length=150)
    chinese_name = forms.CharField(
        label=_("Name in Chinese (optional)"), max_length=100, required=False
    )
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"), choices=settings.LANGUAGES
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["preferred_language"].initial = translation.get_language()

    def signup(self, request, user: User) -> None:
        """Required by allauth; the fields are stored by AccountAdapter.save_user."""


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["first_name", "last_name", "chinese_name", "preferred_language"]
        labels = {"first_name": _("Given name"), "last_name": _("Family name")}


class DeleteAccountForm(forms.Form):
    password = forms.CharField(label=_("Your password"), widget=forms.PasswordInput)
    confirm = forms.CharField(
        label=_("Type DELETE to confirm"),
        help_text=_("Your account cannot be brought back."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        if not self.user.check_password(self.cleaned_data["password"]):
            raise forms.ValidationError(_("That is not your password."))
        return self.cleaned_data["password"]

    def clean_confirm(self):
        if self.cleaned_data["confirm"].strip() != "DELETE":
            raise forms.ValidationError(_("Type DELETE, in capitals, to confirm."))
        return self.cleaned_data["confirm"]


class AuditFilterForm(forms.Form):
    actor = forms.CharField(label=_("Who (email)"), max_length=254, required=False)
    subject = forms.CharField(label=_("Whose record (email)"), max_length=254, required=False)
    action = forms.ChoiceField(label=_("What"), required=False)
    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, **kwargs):
        from accounts.models import AuditAction

        super().__init__(*args, **kwargs)
        self.fields["action"].choices = [("", "—"), *AuditAction.choices]
