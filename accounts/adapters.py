from allauth.account.adapter import DefaultAccountAdapter
from django.http import HttpRequest
from django.utils import translation


class AccountAdapter(DefaultAccountAdapter):
    """Keeps people in the language they were reading after they sign in or out."""

    def _home(self) -> str:
        return f"/{translation.get_language() or 'en'}/"

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        return self._home()

    def get_logout_redirect_url(self, request: HttpRequest) -> str:
        return self._home()

    def save_user(self, request: HttpRequest, user, form, commit: bool = True):
        # allauth saves before it calls the signup form's own hook: set our fields first.
        user = super().save_user(request, user, form, commit=False)
        data = form.cleaned_data
        user.chinese_name = data.get("chinese_name", "").strip()
        user.preferred_language = data.get("preferred_language") or translation.get_language()
        if commit:
            user.save()
        return user

    def get_email_verification_redirect_url(self, email_address) -> str:
        return f"/{translation.get_language() or 'en'}/accounts/login/"
