"""Settings shared by every environment. Values that differ between machines come from the
environment (see the configuration table in README.md); everything here has a safe default."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from academy.logs import logging_config

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    if value.strip().lower() in {"1", "true", "yes", "on"}:
        return True
    if value.strip().lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {value!r}")


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    # wagtail_modeltranslation's migrate/makemigrations must shadow Django's own commands: the
    # translated columns it adds to wagtailcore_page are created outside migrations.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "academy",
    "accounts",
    "content",
    "content.search",
    "courses",
    "h5p",
    "cpd",
    "cpd.certificates",
    "cpd.internships",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "axes",
    "django_celery_beat",
    "django_guid",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # First, so that every record logged while serving a request carries its id.
    "django_guid.middleware.guid_middleware",
    "django.middleware.security.SecurityMiddleware",
    # Requests for the H5P player origin are answered here and go no further (h5p.origin).
    "h5p.origin.PlayerOriginMiddleware",
    # Content-Security-Policy and Permissions-Policy for the site's own pages (academy.security).
    "academy.security.SiteHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "academy.i18n.LanguageMiddleware",
    "content.cache.AnonymousPageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.audit.AuditActorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "accounts.staff_security.StaffSecurityMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "academy.urls"
WSGI_APPLICATION = "academy.wsgi.application"
ASGI_APPLICATION = "academy.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "academy.context_processors.site_shell",
            ],
        },
    },
]

# --- Database ------------------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'academy.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several threads (runserver, the live server in browser tests) write to one file.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
    # A transaction that reads and then writes cannot wait for another writer (SQLite answers
    # "database is locked" at once): transactions take the write lock when they begin, and
    # wait for it up to the timeout.
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ---------------------------------------------------------------------------------
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHE_URL = os.environ.get("CACHE_URL", REDIS_URL)
# With Redis down the cache logs what failed and carries on (django-redis logs through this
# logger; its IGNORE_EXCEPTIONS is set per cache below).
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
DJANGO_REDIS_LOGGER = "academy.cache"


def redis_cache(url: str) -> dict:
    """The cache only ever speeds things up: with Redis down every read is a miss and every
    write is dropped (logged), so pages are built afresh instead of failing. Short timeouts
    keep a vanished server from holding up each request."""
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": url,
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "academy"),
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 1,
            "SOCKET_TIMEOUT": 1,
        },
    }


if CACHE_URL:
    CACHES = {"default": redis_cache(CACHE_URL)}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Accounts ------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out username and address before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_ADAPTER = "accounts.adapters.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupProfileForm"
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/5m/key"}
# Lockout (django-axes) on every sign-in form: the site's, and the Wagtail and Django admins',
# which send people to the site's. Five failures for one account from one address lock that
# pair out for 15 minutes (attempts from elsewhere still work, so an attacker cannot lock a
# clinician out from their own hospital). Guessing across many accounts from one address is
# slowed by allauth's rate limit above (ten failures a minute per address).
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "accounts.staff_security.username_for_lockout"
AXES_LOCKOUT_CALLABLE = "accounts.staff_security.locked_out"
AXES_DISABLE_ACCESS_LOG = True  # successful sign-ins: the session table already has them
AXES_SENSITIVE_PARAMETERS = ["password", "password1", "password2", "code"]
# Behind TRUSTED_PROXY_COUNT proxies (nginx: 1), the client address is the one the outermost
# proxy appended to X-Forwarded-For; with none, the connection's own address (a client can
# write any X-Forwarded-For it likes).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "academy.client.client_address"

# Two-factor authentication (allauth MFA): authenticator apps (TOTP), security keys and
# passkeys (WebAuthn), and recovery codes. Required for every staff role
# (accounts.staff_security); learners may turn it on.
MFA_SUPPORTED_TYPES = ["totp", "webauthn", "recovery_codes"]
MFA_TOTP_ISSUER = "Genomics Academy"
MFA_ADAPTER = "accounts.staff_security.TwoFactorAdapter"
MFA_PASSKEY_LOGIN_ENABLED = False
STAFF_TWO_FACTOR_REQUIRED = env_bool("STAFF_TWO_FACTOR_REQUIRED", True)
# Staff sessions end after 30 idle minutes and 12 hours at most; learners' last two weeks.
STAFF_SESSION_IDLE_SECONDS = int(os.environ.get("STAFF_SESSION_IDLE_SECONDS", str(30 * 60)))
STAFF_SESSION_MAX_SECONDS = int(os.environ.get("STAFF_SESSION_MAX_SECONDS", str(12 * 3600)))
# Wagtail's own password reset would bypass the site's sign-in flow.
WAGTAIL_PASSWORD_RESET_ENABLED = False

# --- Languages -----------------------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("zh-hant", "繁體中文"),
    ("zh-hans", "简体中文"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Hong_Kong"
LANGUAGE_COOKIE_NAME = "academy_language"
LANGUAGE_COOKIE_SAMESITE = "Lax"

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = ("en", "zh-hant", "zh-hans")
# Simplified Chinese is filled from Traditional on save (academy.chinese), so readers of
# /zh-hans/ fall back to Traditional-derived text before English.
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("en",), "zh-hans": ("zh-hant", "en")}
MODELTRANSLATION_AUTO_POPULATE = False
# One slug per page in every language: the switcher and hreflang links only swap the prefix.
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = False
WAGTAILMODELTRANSLATION_LOCALE_PICKER = True

# --- Wagtail -------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Genomics Academy"
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("en", "English"),
    ("zh-hant", "繁體中文"),
    ("zh-hans", "简体中文"),
]
# Wagtail's database backend with Chinese queries segmented (content.search.backend).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "content.search.backend"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "csv", "txt", "zip"]

# --- Static and media files ----------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    # H5P libraries (uploaded JavaScript) and content. Never under MEDIA_ROOT: /media/ is
    # served from the site's own origin, and these files must only ever be served from the
    # isolated H5P origin.
    "h5p": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": Path(os.environ.get("H5P_ROOT", VAR_DIR / "h5p"))},
    },
    # Learners' evidence for CPD claims: private, served only through a permission check.
    "cpd_evidence": {
        "BACKEND": "academy.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": Path(os.environ.get("CPD_EVIDENCE_ROOT", VAR_DIR / "evidence"))},
    },
    # Certificate PDFs: private, served only to their holder and staff.
    "certificates": {
        "BACKEND": "academy.storage.PrivateFileSystemStorage",
        "OPTIONS": {
            "location": Path(os.environ.get("CERTIFICATES_ROOT", VAR_DIR / "certificates"))
        },
    },
}
# Who issues certificates, as printed and in the Open Badges issuer profile.
CERTIFICATE_ISSUER_NAME = os.environ.get("CERTIFICATE_ISSUER_NAME", "Genome Institute (demo)")
CERTIFICATE_ISSUER_NAME_ZH = os.environ.get("CERTIFICATE_ISSUER_NAME_ZH", "基因組研究所（示範）")
CERTIFICATE_SIGNATORY = os.environ.get(
    "CERTIFICATE_SIGNATORY", "Director of Education, Genome Institute (demo)"
)
# Public verification lookups allowed per client address per minute.
CERTIFICATE_VERIFY_RATE = int(os.environ.get("CERTIFICATE_VERIFY_RATE", "30"))
# Percentage of approved outside-activity claims picked at random for audit.
CPD_AUDIT_SAMPLE_PERCENT = int(os.environ.get("CPD_AUDIT_SAMPLE_PERCENT", "5"))
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- H5P player ------------------------------------------------------------------------------
# Uploaded H5P libraries are arbitrary JavaScript: the player, libraries and content are served
# only from this other origin, which has no session cookie and serves nothing of the site.
# `make run` serves the site on 127.0.0.1:8000 and the player on localhost:8000 (another host
# name of the same server: browsers keep cookies per host name). In production, a separate
# domain (e.g. https://h5p.example.org) pointing at the same application.
H5P_ORIGIN = os.environ.get("H5P_ORIGIN", "http://localhost:8000").rstrip("/")
# How long a player's signed token is good for (seconds) after the learner opens the lesson.
H5P_LAUNCH_MAX_AGE = int(os.environ.get("H5P_LAUNCH_MAX_AGE", str(4 * 3600)))

# --- Email ---------------------------------------------------------------------------------
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Genomics Academy <no-reply@genomics-academy.invalid>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Celery --------------------------------------------------------------------------------
# No broker configured: tasks run eagerly in the calling process (the `make run` default).
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
# The queue tasks go to when none is named (deployments sharing one broker can keep apart).
CELERY_TASK_DEFAULT_QUEUE = os.environ.get("CELERY_TASK_DEFAULT_QUEUE", "celery")
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND") or None
# A task's message is acknowledged when the task ends, not when it starts, and a worker child
# that dies mid-task (SIGKILL, out of memory) has its message put back at once: the work runs
# again rather than never. Every task is safe to run twice (the database says what is still to
# do, rows are locked while it is done), so "again" is harmless.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Sending a task from a web request must not hang when the broker is down: a few quick tries
# (about two seconds in all), then academy.tasks.enqueue logs it and the database's record of
# the pending work waits for the beat sweep.
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.5,
}
CELERY_BROKER_TRANSPORT_OPTIONS = {
    # A message taken by a worker that then dies unannounced (SIGKILL of the whole worker, a
    # lost machine) goes back on the queue after this long. Longer than any task runs, so a
    # slow task is never handed to a second worker while the first still works on it; the
    # beat sweeps finish such work much sooner anyway.
    "visibility_timeout": 3600,
    # Redis only (RabbitMQ ignores these): never wait forever on a dead connection.
    "socket_connect_timeout": 2,
    "socket_timeout": 5,
}
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
# Beat copies these into django-celery-beat's tables on start; administrators can then adjust
# them in the Django admin.
CELERY_BEAT_SCHEDULE = {
    "content-review-reminders": {
        "task": "content.send_review_reminders",
        "schedule": crontab(minute=0, hour=9, day_of_week="mon"),
    },
    "content-publish-scheduled": {
        "task": "content.publish_scheduled",
        "schedule": 60.0,
    },
    # Safety net: completions whose announcement (CPD credit, certificate) was lost.
    "courses-announce-completions": {
        "task": "courses.announce_pending_completions",
        "schedule": 300.0,
    },
    "cpd-cycle-reminders": {
        "task": "cpd.send_cycle_reminders",
        "schedule": crontab(minute=0, hour=9, day_of_month=1),
    },
    # Safety net: certificates whose rendering was lost (a killed worker, a lost message).
    "certificates-render-pending": {
        "task": "certificates.render_pending",
        "schedule": 120.0,
    },
    "certificates-for-ended-events": {
        "task": "certificates.issue_for_ended_events",
        "schedule": 900.0,
    },
    "internships-weekly-digests": {
        "task": "internships.send_weekly_digests",
        "schedule": crontab(minute=0, hour=9, day_of_week="mon"),
    },
    # Safety net: transcript PDFs whose rendering was lost.
    "cpd-render-transcripts": {
        "task": "cpd.render_pending_transcripts",
        "schedule": 300.0,
    },
    # Safety net: claim decisions whose email to the learner was lost.
    "cpd-notify-claim-decisions": {
        "task": "cpd.notify_pending_claim_decisions",
        "schedule": 300.0,
    },
    # Safety nets: logbook entries whose sign-off email was lost, and new students'
    # invitations that were.
    "internships-sign-off-emails": {
        "task": "internships.email_pending_sign_off_links",
        "schedule": 300.0,
    },
    "internships-invitations": {
        "task": "internships.send_pending_invitations",
        "schedule": 300.0,
    },
    # Safety net: search documents whose on-commit refresh was lost (e.g. a worker crash).
    "content-search-pending": {
        "task": "content_search.process_pending_updates",
        "schedule": 300.0,
    },
}

# --- Security defaults (tightened further in production) -----------------------------------
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

HEALTHZ_TIMEOUT_SECONDS = float(os.environ.get("HEALTHZ_TIMEOUT_SECONDS", "2"))

# --- Logs ----------------------------------------------------------------------------------
# One console handler; LOG_FORMAT=json writes one JSON object a line. Every record carries the
# request's X-Request-ID (set by nginx, or made here) and has its secrets redacted
# (academy.logs).
LOG_FORMAT = os.environ.get("LOG_FORMAT", "plain").strip().lower() or "plain"
if LOG_FORMAT not in ("plain", "json"):
    raise ImproperlyConfigured(f"LOG_FORMAT must be plain or json, not {LOG_FORMAT!r}")
LOGGING = logging_config(LOG_FORMAT, os.environ.get("LOG_LEVEL", "INFO"))
DJANGO_GUID = {
    "GUID_HEADER_NAME": "X-Request-ID",
    "RETURN_HEADER": True,
    "EXPOSE_HEADER": False,
}

ROLE_LABELS = {
    "Editors": _("Editors"),
    "Medical reviewers": _("Medical reviewers"),
    "CPD administrators": _("CPD administrators"),
    "University coordinators": _("University coordinators"),
    "Supervisors": _("Supervisors"),
}
