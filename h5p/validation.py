"""Checking an uploaded `.h5p` package before anything of it is stored.

The rules follow the H5P reference hosts (H5P's PHP core and Lumi's PackageValidator; see
../shared/notes/h5p.md) and go further where they are lax: the archive is read with limits on
entry count, sizes and compression ratio, so a zip bomb is refused before it is inflated; paths
that are absolute, climb out with `..`, are symlinks or hidden are refused; content files must
be media or data, and their bytes must match their extension. `pyh5p` is not used: it accepts
packages with missing preloaded JavaScript, broken language files and scripts under content/.

`validate_package` returns what was read (metadata, content.json, the libraries) or raises
`PackageRejected` listing every problem found, each naming the file at fault, in the language
active for the request.
"""

from __future__ import annotations

import json
import re
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import IO

from django.utils.translation import gettext as _

MiB = 1024 * 1024

# -- the rules ------------------------------------------------------------------------------------
CONTENT_EXTENSIONS = frozenset(
    {
        *("json", "txt", "vtt", "webvtt", "gltf", "glb"),
        *("png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff"),
        *("webm", "mp4", "ogg", "mp3", "m4a", "wav"),
    }
)
# Library code is JavaScript run by the player; only staff allowed to install libraries may
# upload it. Markup that a browser would run on its own (html, xml, svg under content/) is not
# among the extensions, and svg is allowed only in libraries (icons), served with a sandbox CSP.
LIBRARY_EXTENSIONS = CONTENT_EXTENSIONS | frozenset(
    {"js", "css", "svg", "eot", "ttf", "woff", "woff2", "otf", "md", "diff", "patch"}
)
TITLE = re.compile(r"^.{1,255}$", re.DOTALL)
LANGUAGE = re.compile(r"^[-a-zA-Z]{1,10}$")
MACHINE_NAME = re.compile(r"^[\w0-9\-.]{1,255}$")
MAIN_LIBRARY = re.compile(r"^[$a-zA-Z_][0-9a-zA-Z_.$]{1,254}$")
VERSION_PART = re.compile(r"^[0-9]{1,5}$")
LIBRARY_FOLDER = re.compile(r"^[\w0-9\-.]{1,255}$")
LANGUAGE_FILE = re.compile(r"^(-?[a-z]+){1,7}\.json$")
EMBED_TYPES = frozenset({"div", "iframe"})


@dataclass(frozen=True)
class Limits:
    """Lumi's defaults for sizes (16 MiB a file, 64 MiB in all); the rest are ours. No hub
    package comes near them (the largest ratio among them is under 8:1)."""

    max_file_bytes: int = 16 * MiB
    max_total_bytes: int = 64 * MiB
    max_files: int = 5000
    max_ratio: int = 100  # uncompressed : compressed, per entry
    ratio_applies_above: int = 64 * 1024  # tiny files compress oddly; they cannot bomb


# The H5P core API that the bundled player (h5p-standalone 3.8.x) implements. A library that
# asks for a newer core would fail in the browser, so it is refused at upload.
CORE_API = (1, 24)


class PackageRejected(Exception):
    def __init__(self, problems: Iterable[str]) -> None:
        self.problems: list[str] = list(dict.fromkeys(problems))
        super().__init__("; ".join(self.problems))


@dataclass
class Library:
    folder: str
    machine_name: str
    major: int
    minor: int
    patch: int
    title: str
    runnable: bool
    data: dict
    files: dict[str, int] = field(default_factory=dict)  # path within the folder → size
    semantics: list | None = None  # semantics.json: the fields of content made with it

    @property
    def version(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.machine_name, self.major, self.minor)


@dataclass
class Package:
    metadata: dict  # h5p.json
    content: dict  # content/content.json
    libraries: dict[tuple[str, int, int], Library]
    content_files: dict[str, int]  # path under content/ → size

    @property
    def title(self) -> str:
        return self.metadata["title"]

    @property
    def main_library(self) -> str:
        return self.metadata["mainLibrary"]


Installed = Callable[[str, int, int], bool]


def validate_package(
    source: str | IO[bytes],
    *,
    installed: Installed = lambda name, major, minor: False,
    limits: Limits | None = None,
    core_api: tuple[int, int] = CORE_API,
) -> Package:
    """Read and check a `.h5p` (a path or a binary file). `installed(name, major, minor)` says
    whether a library the package needs but does not carry is already on the site."""
    with checked_package(source, installed=installed, limits=limits, core_api=core_api) as opened:
        return opened[0]


@contextmanager
def checked_package(
    source: str | IO[bytes],
    *,
    installed: Installed = lambda name, major, minor: False,
    limits: Limits | None = None,
    core_api: tuple[int, int] = CORE_API,
) -> Iterator[tuple[Package, Callable[[str], bytes]]]:
    """As `validate_package`, keeping the archive open: yields the package and a function that
    reads a file of it by its path in the archive, within the same limits."""
    limits = limits or Limits()
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise PackageRejected(
            [_("The file is not an H5P package: it is not a ZIP archive.")]
        ) from None
    with archive:
        reader = _Reader(archive, limits)
        reader.check_entries()
        yield _check_package(reader, installed, core_api), reader.read


# -- the archive ----------------------------------------------------------------------------------
class _Reader:
    """Entries of the archive, each read at most once and never past the limits."""

    def __init__(self, archive: zipfile.ZipFile, limits: Limits) -> None:
        self.archive = archive
        self.limits = limits
        self.files: dict[str, zipfile.ZipInfo] = {}

    def check_entries(self) -> None:
        entries = self.archive.infolist()
        limits = self.limits
        if len(entries) > limits.max_files:
            raise PackageRejected(
                [
                    _("The package holds %(count)s files; at most %(limit)s are allowed.")
                    % {"count": len(entries), "limit": limits.max_files}
                ]
            )
        problems = []
        total = 0
        for entry in entries:
            name = entry.filename
            problem = _path_problem(name) or _entry_problem(entry, limits)
            if problem:
                problems.append(problem)
                continue
            if entry.is_dir():
                continue
            total += entry.file_size
            self.files[name] = entry
        if total > limits.max_total_bytes:
            problems.append(
                _("The package unpacks to %(size)s MiB; at most %(limit)s MiB are allowed.")
                % {"size": _mib(total), "limit": _mib(limits.max_total_bytes)}
            )
        if problems:
            raise PackageRejected(problems)

    def read(self, name: str) -> bytes:
        entry = self.files[name]
        try:
            # The declared size is the attacker's word: read no more than the limit allows.
            with self.archive.open(entry) as stream:
                data = stream.read(self.limits.max_file_bytes + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError):
            raise PackageRejected(
                [_("%(file)s is damaged in the archive.") % {"file": name}]
            ) from None
        except RuntimeError:  # encrypted: refused before reading, but never crash on it
            raise PackageRejected([_("%(file)s is encrypted.") % {"file": name}]) from None
        if len(data) > self.limits.max_file_bytes or len(data) != entry.file_size:
            raise PackageRejected(
                [
                    _("%(file)s is not what the archive says it is (its size differs).")
                    % {"file": name}
                ]
            )
        return data

    def read_json(self, name: str) -> tuple[object, str | None]:
        """The parsed JSON, or None and the reason it could not be parsed."""
        data = self.read(name)
        try:
            return json.loads(data.decode("utf-8-sig")), None
        except UnicodeDecodeError:
            return None, _("it is not UTF-8 text")
        except json.JSONDecodeError as error:
            return None, _("it is not valid JSON (line %(line)s, column %(column)s)") % {
                "line": error.lineno,
                "column": error.colno,
            }
        except RecursionError:
            return None, _("it is nested too deeply")


def _mib(size: int) -> str:
    return f"{size / MiB:.1f}"


def _path_problem(name: str) -> str | None:
    parts = name.rstrip("/").split("/")
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or "\\" in name:
        return _("%(file)s: absolute paths and backslashes are not allowed.") % {"file": name}
    if any(part in ("", ".", "..") for part in parts):
        return _("%(file)s: the path climbs out of the package or is empty.") % {"file": name}
    if any(part.startswith(".") for part in parts):
        return _("%(file)s: hidden files are not allowed.") % {"file": name}
    if "\x00" in name or any(ord(c) < 32 for c in name):
        return _("%(file)s: the name contains control characters.") % {"file": repr(name)}
    return None


def _entry_problem(entry: zipfile.ZipInfo, limits: Limits) -> str | None:
    name = entry.filename
    mode = entry.external_attr >> 16
    if stat.S_ISLNK(mode):
        return _("%(file)s is a symbolic link; links are not allowed.") % {"file": name}
    if entry.flag_bits & 0x1:
        return _("%(file)s is encrypted.") % {"file": name}
    if entry.file_size > limits.max_file_bytes:
        return _("%(file)s is %(size)s MiB; at most %(limit)s MiB a file is allowed.") % {
            "file": name,
            "size": _mib(entry.file_size),
            "limit": _mib(limits.max_file_bytes),
        }
    if entry.file_size > limits.ratio_applies_above and entry.file_size > limits.max_ratio * max(
        entry.compress_size, 1
    ):
        return _("%(file)s is compressed suspiciously well (a ZIP bomb?).") % {"file": name}
    return None


# -- the package ----------------------------------------------------------------------------------
def _check_package(reader: _Reader, installed: Installed, core_api: tuple[int, int]) -> Package:
    problems: list[str] = []
    metadata = _check_h5p_json(reader, problems)
    content = _check_content_json(reader, problems)
    content_files = _check_content_files(reader, problems)
    libraries = _check_libraries(reader, problems, core_api)
    if metadata is not None and not problems:
        _check_dependencies(metadata, libraries, installed, problems)
    if problems or metadata is None or content is None:
        raise PackageRejected(problems)
    return Package(metadata, content, libraries, content_files)


def _check_h5p_json(reader: _Reader, problems: list[str]) -> dict | None:
    if "h5p.json" not in reader.files:
        problems.append(_("h5p.json is missing: this is not an H5P package."))
        return None
    data, error = reader.read_json("h5p.json")
    if error:
        problems.append(_("h5p.json cannot be parsed: %(error)s.") % {"error": error})
        return None
    if not isinstance(data, dict):
        problems.append(_("h5p.json must hold an object."))
        return None
    found = []
    _require_text(data, "title", TITLE, "h5p.json", found)
    _require_text(data, "language", LANGUAGE, "h5p.json", found)
    _require_text(data, "mainLibrary", MAIN_LIBRARY, "h5p.json", found)
    embed = data.get("embedTypes")
    if not isinstance(embed, list) or not embed or not set(embed) <= EMBED_TYPES:
        found.append(_('h5p.json: "embedTypes" must list "div" and/or "iframe".'))
    _check_dependency_list(data, "preloadedDependencies", "h5p.json", found, required=True)
    _check_dependency_list(data, "dynamicDependencies", "h5p.json", found, required=False)
    problems.extend(found)
    return None if found else data


def _require_text(data: dict, key: str, pattern: re.Pattern, file: str, found: list) -> None:
    value = data.get(key)
    if value is None:
        found.append(_('%(file)s: "%(field)s" is missing.') % {"file": file, "field": key})
    elif not isinstance(value, str) or not pattern.match(value):
        found.append(
            _('%(file)s: "%(field)s" is not valid (%(value)s).')
            % {"file": file, "field": key, "value": json.dumps(value, ensure_ascii=False)[:80]}
        )


def _check_dependency_list(data, key, file, found, *, required) -> None:
    value = data.get(key)
    if value is None and not required:
        return
    if not isinstance(value, list) or (required and not value):
        found.append(
            _('%(file)s: "%(field)s" must be a list of libraries.') % {"file": file, "field": key}
        )
        return
    for dependency in value:
        if not (
            isinstance(dependency, dict)
            and isinstance(dependency.get("machineName"), str)
            and MACHINE_NAME.match(dependency["machineName"])
            and all(
                VERSION_PART.match(str(dependency.get(part)))
                and not isinstance(dependency.get(part), bool)
                for part in ("majorVersion", "minorVersion")
            )
        ):
            found.append(
                _('%(file)s: an entry of "%(field)s" is not a valid library reference (%(value)s).')
                % {
                    "file": file,
                    "field": key,
                    "value": json.dumps(dependency, ensure_ascii=False)[:120],
                }
            )


def _check_content_json(reader: _Reader, problems: list[str]) -> dict | None:
    if "content/content.json" not in reader.files:
        problems.append(_("content/content.json is missing."))
        return None
    data, error = reader.read_json("content/content.json")
    if error:
        problems.append(_("content/content.json cannot be parsed: %(error)s.") % {"error": error})
        return None
    if not isinstance(data, dict):
        problems.append(_("content/content.json must hold an object."))
        return None
    return data


def _check_content_files(reader: _Reader, problems: list[str]) -> dict[str, int]:
    files = {}
    for name, entry in reader.files.items():
        if not name.startswith("content/") or name == "content/content.json":
            continue
        extension = PurePosixPath(name).suffix.lower().lstrip(".")
        if extension not in CONTENT_EXTENSIONS:
            problems.append(
                _("%(file)s: files of this type are not allowed in content (only media and data).")
                % {"file": name}
            )
            continue
        if not _bytes_match(extension, reader.read(name)):
            problems.append(
                _("%(file)s: its contents are not a .%(extension)s file.")
                % {"file": name, "extension": extension}
            )
            continue
        files[name.removeprefix("content/")] = entry.file_size
    return files


def _bytes_match(extension: str, data: bytes) -> bool:
    """Whether the file's first bytes are those of its type (as Lumi checks), so a script or
    page cannot be uploaded under an image's name."""
    head = data[:16]
    checks = {
        "png": lambda: head.startswith(b"\x89PNG\r\n\x1a\n"),
        "jpg": lambda: head.startswith(b"\xff\xd8\xff"),
        "gif": lambda: head.startswith((b"GIF87a", b"GIF89a")),
        "bmp": lambda: head.startswith(b"BM"),
        "tif": lambda: head.startswith((b"II*\x00", b"MM\x00*")),
        "webm": lambda: head.startswith(b"\x1a\x45\xdf\xa3"),
        "mp4": lambda: head[4:8] == b"ftyp",
        "ogg": lambda: head.startswith(b"OggS"),
        "mp3": lambda: (
            head.startswith(b"ID3")
            or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0)
        ),
        "wav": lambda: head.startswith(b"RIFF") and head[8:12] == b"WAVE",
        "glb": lambda: head.startswith(b"glTF"),
        "vtt": lambda: data.removeprefix(b"\xef\xbb\xbf").startswith(b"WEBVTT"),
        "json": lambda: _is_json(data),
        "txt": lambda: _is_text(data),
    }
    aliases = {"jpeg": "jpg", "tiff": "tif", "m4a": "mp4", "webvtt": "vtt", "gltf": "json"}
    return checks[aliases.get(extension, extension)]()


def _is_json(data: bytes) -> bool:
    try:
        json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return False
    return True


def _is_text(data: bytes) -> bool:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return "\x00" not in text and not text.lstrip().lower().startswith(
        ("<!doctype", "<html", "<script", "<svg")
    )


# -- libraries ------------------------------------------------------------------------------------
def _check_libraries(reader, problems, core_api) -> dict[tuple[str, int, int], Library]:
    folders: dict[str, dict[str, int]] = {}
    for name, entry in reader.files.items():
        top, _sep, rest = name.partition("/")
        if top == "content" or not rest:
            if not rest and top not in ("h5p.json", "content"):
                problems.append(
                    _("%(file)s: unexpected file at the top of the package.") % {"file": top}
                )
            continue
        folders.setdefault(top, {})[rest] = entry.file_size
    libraries = {}
    for folder, files in sorted(folders.items()):
        library = _check_library(reader, folder, files, problems, core_api)
        if library is not None:
            libraries[library.key] = library
    return libraries


def _check_library(reader, folder, files, problems, core_api) -> Library | None:
    before = len(problems)
    if not LIBRARY_FOLDER.match(folder):
        problems.append(_("%(folder)s: not a valid library folder name.") % {"folder": folder})
        return None
    if "library.json" not in files:
        problems.append(_("%(folder)s: library.json is missing.") % {"folder": folder})
        return None
    data, error = reader.read_json(f"{folder}/library.json")
    if error or not isinstance(data, dict):
        problems.append(
            _("%(folder)s/library.json cannot be parsed: %(error)s.")
            % {"folder": folder, "error": error or _("it must hold an object")}
        )
        return None
    where = f"{folder}/library.json"
    _check_library_fields(data, where, problems)
    if len(problems) > before:
        return None
    name, major, minor = data["machineName"], data["majorVersion"], data["minorVersion"]
    if folder not in (name, f"{name}-{major}.{minor}"):
        problems.append(
            _(
                "The library folder %(folder)s does not match its library.json, which names "
                "%(library)s: the folder must be called %(library)s or %(expected)s."
            )
            % {"folder": folder, "library": name, "expected": f"{name}-{major}.{minor}"}
        )
    needed = data.get("coreApi")
    if needed is not None:
        wanted = (needed.get("majorVersion"), needed.get("minorVersion"))
        if tuple(wanted) > core_api:
            problems.append(
                _(
                    "%(folder)s needs version %(wanted)s of the H5P core; this site runs "
                    "%(have)s. Use an older version of the library or update the player."
                )
                % {
                    "folder": folder,
                    "wanted": "{}.{}".format(*wanted),
                    "have": "{}.{}".format(*core_api),
                }
            )
    for kind in ("preloadedJs", "preloadedCss"):
        for item in data.get(kind) or []:
            if item["path"] not in files:
                problems.append(
                    _("%(folder)s: %(path)s is listed in library.json but missing.")
                    % {"folder": folder, "path": item["path"]}
                )
    for path in files:
        extension = PurePosixPath(path).suffix.lower().lstrip(".")
        if path.startswith("language/") and path.count("/") == 1:
            _check_language_file(reader, folder, path, problems)
        elif extension not in LIBRARY_EXTENSIONS:
            problems.append(
                _("%(file)s: files of this type are not allowed in a library.")
                % {"file": f"{folder}/{path}"}
            )
    semantics = None
    if "semantics.json" in files:
        semantics, error = reader.read_json(f"{folder}/semantics.json")
        if error or not isinstance(semantics, list):
            problems.append(
                _("%(folder)s/semantics.json cannot be parsed: %(error)s.")
                % {"folder": folder, "error": error or _("it must hold a list")}
            )
    if len(problems) > before:
        return None
    return Library(
        folder=folder,
        machine_name=name,
        major=major,
        minor=minor,
        patch=data["patchVersion"],
        title=data["title"],
        runnable=bool(data["runnable"]),
        data=data,
        files=files,
        semantics=semantics,
    )


def _check_library_fields(data: dict, where: str, problems: list[str]) -> None:
    def bad(field: str) -> None:
        value = data.get(field)
        if value is None:
            problems.append(
                _('%(file)s: "%(field)s" is missing.') % {"file": where, "field": field}
            )
        else:
            problems.append(
                _('%(file)s: "%(field)s" is not valid (%(value)s).')
                % {
                    "file": where,
                    "field": field,
                    "value": json.dumps(value, ensure_ascii=False)[:80],
                }
            )

    if not (isinstance(data.get("title"), str) and TITLE.match(data["title"])):
        bad("title")
    if not (isinstance(data.get("machineName"), str) and MACHINE_NAME.match(data["machineName"])):
        bad("machineName")
    for part in ("majorVersion", "minorVersion", "patchVersion"):
        value = data.get(part)
        if not (isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 99999):
            bad(part)
    if data.get("runnable") not in (0, 1, True, False):
        bad("runnable")
    core = data.get("coreApi")
    if core is not None and not (
        isinstance(core, dict)
        and all(isinstance(core.get(p), int) for p in ("majorVersion", "minorVersion"))
    ):
        bad("coreApi")
    for kind in ("preloadedJs", "preloadedCss"):
        items = data.get(kind)
        if items is not None and not (
            isinstance(items, list)
            and all(isinstance(i, dict) and isinstance(i.get("path"), str) for i in items)
        ):
            bad(kind)
    for key in ("preloadedDependencies", "dynamicDependencies", "editorDependencies"):
        _check_dependency_list(data, key, where, problems, required=False)


def _check_language_file(reader, folder: str, path: str, problems: list[str]) -> None:
    filename = path.removeprefix("language/")
    if not LANGUAGE_FILE.match(filename):
        problems.append(
            _("The language file %(file)s in %(folder)s has an invalid name.")
            % {"file": filename, "folder": folder}
        )
        return
    data, error = reader.read_json(f"{folder}/{path}")
    if error or not isinstance(data, dict):
        problems.append(
            _("The language file %(file)s in %(folder)s cannot be parsed: %(error)s.")
            % {"file": filename, "folder": folder, "error": error or _("it must hold an object")}
        )


def _check_dependencies(metadata, libraries, installed: Installed, problems) -> None:
    """Every library that the content or another library preloads is in the package or on the
    site already."""
    wanted: list[tuple[str, tuple[str, int, int]]] = [
        ("h5p.json", _reference(d)) for d in metadata.get("preloadedDependencies", [])
    ]
    for library in libraries.values():
        for key in ("preloadedDependencies", "dynamicDependencies"):
            wanted += [(library.folder, _reference(d)) for d in library.data.get(key) or []]
    missing = [(who, ref) for who, ref in wanted if ref not in libraries and not installed(*ref)]
    for who, (name, major, minor) in dict.fromkeys(missing):
        problems.append(
            _(
                "%(who)s needs the library %(library)s, which is neither in the package nor on "
                "this site."
            )
            % {"who": who, "library": f"{name} {major}.{minor}"}
        )
    main = metadata["mainLibrary"]
    if not any(ref[0] == main for _who, ref in wanted if _who == "h5p.json"):
        problems.append(
            _("h5p.json: the main library %(library)s is not among its preloaded dependencies.")
            % {"library": main}
        )


def _reference(dependency: dict) -> tuple[str, int, int]:
    return (
        dependency["machineName"],
        int(dependency["majorVersion"]),
        int(dependency["minorVersion"]),
    )
