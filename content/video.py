"""Video addresses turned into privacy-friendly embed URLs without an oEmbed round trip."""

import re
from urllib.parse import parse_qs, urlparse

_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_VIMEO_ID = re.compile(r"^\d{6,12}$")


def embed_url(url: str) -> str | None:
    """The embed address for a YouTube or Vimeo video page, or None for any other address."""
    try:
        parsed = urlparse(url)
    except ValueError:
        return None
    host = (parsed.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    video_id = None
    if host == "youtu.be":
        video_id = parsed.path.lstrip("/").split("/")[0]
    elif host in ("youtube.com", "youtube-nocookie.com"):
        if parsed.path == "/watch":
            video_id = parse_qs(parsed.query).get("v", [""])[0]
        elif parsed.path.startswith(("/embed/", "/shorts/")):
            video_id = parsed.path.split("/")[2]
    elif host in ("vimeo.com", "player.vimeo.com"):
        last = parsed.path.rstrip("/").split("/")[-1]
        if _VIMEO_ID.match(last):
            return f"https://player.vimeo.com/video/{last}?dnt=1"
        return None
    if video_id and _YOUTUBE_ID.match(video_id):
        return f"https://www.youtube-nocookie.com/embed/{video_id}"
    return None
