"""Local development (`make run`): DEBUG on, a throwaway secret key, mail to the console."""

import os

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-never-use-in-production"
if not DEBUG and SECRET_KEY.startswith("dev-only"):
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")

# The demo's staff accounts come with an authenticator app already set up (accounts.demo):
# with DEBUG on, the code 123456 passes its second step, so the demo can be tried without a phone.
# allauth refuses this setting with DEBUG off.
if DEBUG:
    MFA_TOTP_INSECURE_BYPASS_CODE = "123456"
    # Security keys over plain http://127.0.0.1 (production is HTTPS only).
    MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = True
