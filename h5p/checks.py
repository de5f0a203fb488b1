"""System checks for the H5P player origin (see h5p.origin)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register


@register()
def player_origin_is_not_the_site(app_configs, **kwargs):
    player = urlsplit(settings.H5P_ORIGIN)
    site = urlsplit(settings.SITE_URL)
    problems = []
    if player.scheme not in ("http", "https") or not player.netloc or player.path not in ("", "/"):
        problems.append(
            Error(
                "H5P_ORIGIN must be an origin such as https://h5p.example.org (no path).",
                id="h5p.E001",
            )
        )
    elif player.netloc.lower() == site.netloc.lower():
        problems.append(
            Error(
                "H5P_ORIGIN is the site's own origin: uploaded H5P code would run with the "
                "learner's session. Use another host name.",
                hint="e.g. SITE_URL=http://127.0.0.1:8000 and H5P_ORIGIN=http://localhost:8000",
                id="h5p.E002",
            )
        )
    return problems


@register(Tags.security, deploy=True)
def player_origin_uses_https(app_configs, **kwargs):
    if urlsplit(settings.H5P_ORIGIN).scheme != "https":
        return [Warning("H5P_ORIGIN should use https in production.", id="h5p.W001")]
    return []
