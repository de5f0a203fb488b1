"""Settings for the workers and servers the integration tests start: the development settings,
with emails written to files in a directory the test names (TEST_EMAIL_DIR), so it can count
them."""

import os

from academy.settings.dev import *  # noqa: F403

EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = os.environ.get("TEST_EMAIL_DIR", "")
