"""The address a request came from, the one way every rate limit and lockout reads it."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    """With TRUSTED_PROXY_COUNT proxies in front, each appends the address it was connected
    from to X-Forwarded-For, so the client's is the one the outermost proxy appended: that many
    entries from the right. Anything further left was written by the client and proves nothing.
    With no proxy, the connection's own address."""
    proxies = settings.TRUSTED_PROXY_COUNT
    connected = request.META.get("REMOTE_ADDR", "")
    if not proxies:
        return connected
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) < proxies:  # not through the expected proxies
        return connected
    return forwarded[-proxies]
