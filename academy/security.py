"""Security headers for the site's own pages (the H5P player origin sets its own, stricter ones
in h5p.origin and never reaches here).

Site pages carry a strict Content-Security-Policy: scripts and styles only from this origin
(the templates have no inline scripts, styles or event handlers, so neither nonces nor
'unsafe-inline' are needed), frames only from the H5P origin and the two video hosts the
video blocks embed, no plugins, forms posting only here. The Wagtail admin runs its own inline
code, so admin pages get the framing, plugin, base and form rules but no script rules.
"""

from __future__ import annotations

from django.conf import settings

VIDEO_HOSTS = ("https://www.youtube-nocookie.com", "https://player.vimeo.com")
ADMIN_PREFIXES = ("/admin/", "/django-admin/")
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), "
    "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), "
    'fullscreen=(self "{h5p}" "https://www.youtube-nocookie.com" "https://player.vimeo.com")'
)


def site_policy(framed_by_self: bool) -> str:
    frames = " ".join(("'self'", settings.H5P_ORIGIN, *VIDEO_HOSTS))
    return "; ".join(
        (
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "media-src 'self'",
            f"frame-src {frames}",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            f"frame-ancestors {_ancestors(framed_by_self)}",
        )
    )


def admin_policy(framed_by_self: bool) -> str:
    return "; ".join(
        (
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            f"frame-ancestors {_ancestors(framed_by_self)}",
        )
    )


def _ancestors(framed_by_self: bool) -> str:
    # Wagtail previews pages in a frame of its own origin (those responses say SAMEORIGIN).
    return "'self'" if framed_by_self else "'none'"


class SiteHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            same_origin = response.get("X-Frame-Options", "").upper() == "SAMEORIGIN"
            admin = request.path.startswith(ADMIN_PREFIXES)
            policy = admin_policy(same_origin) if admin else site_policy(same_origin)
            response["Content-Security-Policy"] = policy
        response.setdefault(
            "Permissions-Policy", PERMISSIONS_POLICY.format(h5p=settings.H5P_ORIGIN)
        )
        response.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        return response
