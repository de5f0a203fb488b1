"""The test suite. The database comes from DATABASE_URL like everywhere else (SQLite by
default, PostgreSQL in CI); tests that need Redis, a broker or Chromium find them themselves."""

from .dev import *  # noqa: F403

DEBUG = False
MFA_TOTP_INSECURE_BYPASS_CODE = None
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = False
SECRET_KEY = "test-only-secret-key-" + "x" * 40
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Unit tests run tasks in-process; integration tests talk to a real worker explicitly.
CELERY_BROKER_URL = ""
CELERY_TASK_ALWAYS_EAGER = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "h5p": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "cpd_evidence": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "certificates": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
}
ACCOUNT_RATE_LIMITS = False
# Staff two-factor is switched on by the tests that are about it (tests/test_staff_security.py,
# the access matrix); elsewhere staff sign in with force_login.
STAFF_TWO_FACTOR_REQUIRED = False
