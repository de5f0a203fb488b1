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

    def get_email_verification_redirect_url(self, email_address) -> str:
        return f"/{translation.get_language() or 'en'}/accounts/login/"
