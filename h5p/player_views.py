"""Views of the H5P player origin (h5p.origin routes here; the site's own host names never do).

The player page runs h5p-standalone with the content's libraries; uploaded code runs here, on an
origin with no session. Raw library and content files are served with `nosniff` and a sandboxing
CSP, so a file opened directly (an SVG with script, say) cannot run as a page of this origin.
"""

from __future__ import annotations

import mimetypes
import posixpath
import re
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from academy.i18n import BCP47
from h5p import play, xapi
from h5p.models import Content, Library
from h5p.services import storage

RAW_FILE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"
PLAYER_CSP = (
    "default-src 'self'; "
    # h5p-standalone writes H5PIntegration inline and H5P core evaluates code.
    "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
    "style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob: https:; media-src 'self' data: blob: https:; "
    "font-src 'self' data:; connect-src 'self'; "
    "form-action 'none'; base-uri 'none'; object-src 'none'; "
    "frame-ancestors {ancestors}"
)
TYPES = {
    ".js": "text/javascript",
    ".css": "text/css",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".eot": "application/vnd.ms-fontobject",
    ".vtt": "text/vtt",
    ".webvtt": "text/vtt",
    ".txt": "text/plain",
    ".gltf": "model/gltf+json",
    ".glb": "model/gltf-binary",
}
LIBRARY_FOLDER = re.compile(r"^(?P<name>[\w.]+)-(?P<major>\d+)\.(?P<minor>\d+)$")


def player_dist() -> Path:
    return Path(settings.BASE_DIR) / "node_modules" / "h5p-standalone" / "dist"


# -- the player --------------------------------------------------------------------------------
@require_GET
def player(request: HttpRequest, token: str) -> HttpResponse:
    try:
        launch = play.launch_from_token(token)
    except play.PlayRefused as refusal:
        return _refusal_page(request, refusal)
    translation.activate(launch.language)
    left = play.attempts_left(launch.user, launch.lesson)
    has_open = launch.lesson.h5p_attempts.filter(
        user=launch.user, finished_at__isnull=True
    ).exists()
    context = {
        "language": BCP47.get(launch.language, "en"),
        "title": launch.content.title,
        "exhausted": left == 0 and not has_open,
        "options": _player_options(launch, token),
    }
    response = TemplateResponse(request, "h5p/player/player.html", context)
    response["Content-Security-Policy"] = PLAYER_CSP.format(ancestors=launch.page_origin)
    response["Cache-Control"] = "no-store"
    return response


def _player_options(launch, token: str) -> dict:
    content = launch.content
    state = play.stored_state(launch.user, content)
    player = {
        "id": f"c{content.pk}",
        "title": content.title,
        "h5pJsonPath": f"/package/{content.uuid}",
        "contentJsonPath": f"/content/{content.uuid}",
        "librariesPath": "/libraries",
        "frameJs": "/player/frame.bundle.js",
        "frameCss": "/player/styles/h5p.css",
        "xAPIObjectIRI": play.object_iri(content),
        # H5P saves state only for a known user; it is told nothing about who that is.
        "user": {"name": "learner", "mail": "learner@invalid"},
        "saveFreq": 5,
        "ajax": {
            "contentUserDataUrl": f"/state/{token}/?type=:dataType&sub=:subContentId",
        },
        "metadata": {"title": content.title, "license": content.licence or "U"},
    }
    if state is not None:
        # Resume: H5P restores only state rendered into the page (loading it from the URL
        # races with the content starting and then saves empty state over it).
        player["contentUserData"] = [{"state": state}]
    return {
        "player": player,
        "statementUrl": f"/xapi/{token}/",
        "parentOrigin": launch.page_origin,
        "sending": _("Saving your answer…"),
        "offline": _("Your answer could not be saved: check your connection and try again."),
    }


def _refusal_page(request: HttpRequest, refusal: play.PlayRefused) -> HttpResponse:
    language = translation.get_language_from_request(request)
    translation.activate(language)
    response = TemplateResponse(
        request,
        "h5p/player/refused.html",
        {"message": refusal.message, "language": BCP47.get(language, "en")},
        status=refusal.status,
    )
    # Nothing on it to click: any page may show it (it replaces the player in the lesson).
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
    return response


# -- statements and state ----------------------------------------------------------------------
@require_POST
def statement(request: HttpRequest, token: str) -> JsonResponse:
    translation.activate(translation.get_language_from_request(request))
    length = request.META.get("CONTENT_LENGTH") or "0"
    if not (length.isascii() and length.isdigit()) or int(length) > xapi.MAX_BODY_BYTES:
        return JsonResponse({"error": _("The statement is too large.")}, status=413)
    try:
        launch = play.launch_from_token(token)
        translation.activate(launch.language)
        outcome = play.record(launch, request.body)
    except xapi.StatementRejected as rejected:
        return JsonResponse({"error": str(rejected)}, status=400)
    except play.PlayRefused as refusal:
        return JsonResponse({"error": refusal.message}, status=refusal.status)
    body = {"recorded": True, "finished": outcome.finished, "message": outcome.message}
    if outcome.finished:
        attempt = outcome.attempt
        body["score"] = {
            "raw": f"{attempt.raw:.2f}",
            "max": f"{attempt.max:.2f}",
            "passed": attempt.passed,
            "scoredBy": attempt.scored_by,
        }
    return JsonResponse(body, status=201)


@require_http_methods(["GET", "POST"])
def state(request: HttpRequest, token: str) -> JsonResponse:
    translation.activate(translation.get_language_from_request(request))
    try:
        launch = play.launch_from_token(token)
        translation.activate(launch.language)
        if request.method == "GET":
            # Saved state is rendered into the player page; H5P asks here only when there was
            # none, and must then start afresh (answering with state would race, see play).
            return JsonResponse({"success": True, "data": False})
        play.save_state(
            launch,
            request.GET.get("type", "state"),
            request.GET.get("sub", "0"),
            request.POST.get("data", ""),
        )
    except play.PlayRefused as refusal:
        return JsonResponse({"success": False, "message": refusal.message}, status=refusal.status)
    return JsonResponse({"success": True})


# -- files -------------------------------------------------------------------------------------
# Served before H5P core in every frame the player makes (see the file for why).
STORAGE_FALLBACK = Path(__file__).parent / "player_assets" / "storage-fallback.js"
FRAME_BUNDLE = "frame.bundle.js"


@require_GET
def player_file(request: HttpRequest, path: str) -> HttpResponse:
    if path == FRAME_BUNDLE:
        return _frame_bundle()
    if path == STORAGE_FALLBACK.name:
        return _javascript(STORAGE_FALLBACK.read_bytes())
    root = player_dist().resolve()
    target = (root / _safe_path(path)).resolve()
    if not target.is_relative_to(root) or not target.is_file():
        raise Http404
    response = FileResponse(target.open("rb"), content_type=_type(target.name))
    response["Cache-Control"] = "public, max-age=86400"
    return response


@require_GET
def h5p_json(request: HttpRequest, uuid) -> JsonResponse:
    content = get_object_or_404(Content, uuid=uuid)
    return _json(content.metadata)


@require_GET
def content_json(request: HttpRequest, uuid) -> JsonResponse:
    # The cleaned parameters (h5p.sanitise), never the uploaded file.
    content = get_object_or_404(Content, uuid=uuid)
    return _json(content.parameters)


@require_GET
def content_file(request: HttpRequest, uuid: str, path: str) -> HttpResponse:
    content = get_object_or_404(Content, uuid=uuid)
    path = _safe_path(path)
    if path not in content.files:  # only the files the validator accepted
        raise Http404
    return _raw(f"{content.storage_path}/{path}")


@require_GET
def library_file(request: HttpRequest, folder: str, path: str) -> HttpResponse:
    match = LIBRARY_FOLDER.match(folder)
    if match is None:
        raise Http404
    library = get_object_or_404(
        Library,
        machine_name=match["name"],
        major_version=int(match["major"]),
        minor_version=int(match["minor"]),
    )
    return _raw(f"{library.storage_path}/{_safe_path(path)}")


def _frame_bundle() -> HttpResponse:
    bundle = (player_dist() / FRAME_BUNDLE).read_bytes()
    return _javascript(STORAGE_FALLBACK.read_bytes() + b"\n" + bundle)


def _javascript(body: bytes) -> HttpResponse:
    response = HttpResponse(body, content_type="text/javascript")
    response["Cache-Control"] = "public, max-age=86400"
    return response


def _safe_path(path: str) -> str:
    normal = posixpath.normpath(path)
    parts = normal.split("/")
    if (
        "\\" in path
        or "\x00" in path
        or normal.startswith(("/", "."))
        or any(part in ("", ".", "..") or part.startswith(".") for part in parts)
    ):
        raise Http404
    return normal


def _raw(name: str) -> HttpResponse:
    store = storage()
    if not store.exists(name):
        raise Http404
    response = FileResponse(store.open(name, "rb"), content_type=_type(name))
    response["Content-Security-Policy"] = RAW_FILE_CSP
    response["Cache-Control"] = "public, max-age=3600"
    return response


def _json(data) -> JsonResponse:
    response = JsonResponse(data, safe=False, json_dumps_params={"ensure_ascii": False})
    response["Content-Security-Policy"] = RAW_FILE_CSP
    response["Cache-Control"] = "no-cache"
    return response


def _type(name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in TYPES:
        return TYPES[suffix]
    return mimetypes.guess_type(name)[0] or "application/octet-stream"
