"""Importing H5P packages: checked whole first (h5p.validation), then libraries and content
stored. Every way in (the admin upload, `manage.py h5p_import`) goes through `import_package`.

Library code is arbitrary JavaScript, so installing a library, or replacing one with a newer
patch, needs the "manage libraries" permission; anyone allowed to upload content may upload a
package whose libraries are all on the site already (the package's copies are then ignored).
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass, field
from typing import IO

from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from h5p import rescoring
from h5p.models import Content, Library
from h5p.sanitise import sanitise
from h5p.validation import Library as PackagedLibrary
from h5p.validation import Limits, Package, PackageRejected, checked_package

logger = logging.getLogger(__name__)

Key = tuple[str, int, int]


@dataclass
class ImportResult:
    content: Content
    installed: list[Library] = field(default_factory=list)
    updated: list[Library] = field(default_factory=list)


def storage():
    return storages["h5p"]


def import_package(
    source: str | IO[bytes],
    *,
    by=None,
    may_manage_libraries: bool,
    limits: Limits | None = None,
) -> ImportResult:
    """Check the package, then store its libraries (as allowed) and its content. Raises
    PackageRejected, having stored nothing, if anything is wrong."""
    on_site = {
        (lib.machine_name, lib.major_version, lib.minor_version): lib
        for lib in Library.objects.all()
    }
    with checked_package(source, installed=lambda *key: key in on_site, limits=limits) as (
        package,
        read,
    ):
        to_install, to_update = _plan(package, on_site, may_manage_libraries)
        parameters = _sanitised_parameters(package, on_site)
        written: list[str] = []
        try:
            result = _store(package, parameters, read, on_site, to_install, to_update, by, written)
        except IntegrityError:
            _remove(written)
            raise PackageRejected(
                [_("Another upload installed the same library at the same moment; try again.")]
            ) from None
        except Exception:
            _remove(written)
            raise
    return result


def _plan(
    package: Package, on_site: dict[Key, Library], may_manage: bool
) -> tuple[list[PackagedLibrary], list[PackagedLibrary]]:
    new = [lib for key, lib in package.libraries.items() if key not in on_site]
    newer = [
        lib
        for key, lib in package.libraries.items()
        if key in on_site and lib.patch > on_site[key].patch_version
    ]
    if new and not may_manage:
        raise PackageRejected(
            [
                _(
                    "This package brings libraries that are not on this site yet: %(list)s. "
                    "Only staff who may install H5P libraries can upload it."
                )
                % {"list": ", ".join(f"{lib.machine_name} {lib.version}" for lib in new)}
            ]
        )
    return new, (newer if may_manage else [])


def _store(package, parameters, read, on_site, to_install, to_update, by, written) -> ImportResult:
    paths = {}
    for lib in [*to_install, *to_update]:
        # A folder of its own per import, so a failed import removes only what it wrote.
        base = f"libraries/{lib.machine_name}-{lib.version}-{uuid.uuid4().hex[:8]}"
        for path in lib.files:
            written.append(_save(f"{base}/{path}", read(f"{lib.folder}/{path}")))
        paths[lib.key] = base
    with transaction.atomic():
        installed = [_install(lib, paths[lib.key], by) for lib in to_install]
        updated = [_update(on_site[lib.key], lib, paths[lib.key]) for lib in to_update]
        on_site |= {_key(lib): lib for lib in [*installed, *updated]}
        content = Content(
            title=package.title,
            main_library=on_site[_main_key(package)],
            metadata=package.metadata,
            parameters=parameters,
            language=package.metadata.get("language", "")[:10],
            licence=str(package.metadata.get("license", ""))[:40],
            authors=_authors(package.metadata),
            files=package.content_files,
            uploaded_by=by,
            scoring_data=rescoring.scoring_data(package.main_library, parameters),
        )
        content.storage_path = f"content/{content.uuid}"
        # The cleaned parameters, not the package's bytes: the player reads this file.
        as_json = json.dumps(parameters, ensure_ascii=False).encode()
        written.append(_save(f"{content.storage_path}/content.json", as_json))
        for path in package.content_files:
            written.append(_save(f"{content.storage_path}/{path}", read(f"content/{path}")))
        content.save()
        content.libraries.set([on_site[key] for key in _closure(package, on_site)])
    return ImportResult(content, installed, updated)


def _sanitised_parameters(package: Package, on_site: dict[Key, Library]) -> dict:
    """content.json with its markup cleaned by each field's semantics (h5p.sanitise), using
    the package's copy of a library where it has one, else the site's."""
    semantics = {
        f"{name} {major}.{minor}": lib.semantics for (name, major, minor), lib in on_site.items()
    }
    semantics |= {
        f"{name} {major}.{minor}": lib.semantics
        for (name, major, minor), lib in package.libraries.items()
    }
    name, major, minor = _main_key(package)
    main = semantics.get(f"{name} {major}.{minor}") or []
    parameters, problems = sanitise(package.content, main, semantics.get)
    if problems:
        raise PackageRejected(problems)
    return parameters


def _install(lib: PackagedLibrary, path: str, by) -> Library:
    return Library.objects.create(
        machine_name=lib.machine_name,
        major_version=lib.major,
        minor_version=lib.minor,
        patch_version=lib.patch,
        title=lib.title,
        runnable=lib.runnable,
        metadata=lib.data,
        semantics=lib.semantics,
        storage_path=path,
        installed_by=by,
    )


def _update(existing: Library, lib: PackagedLibrary, path: str) -> Library:
    # Locked so two uploads of different patches cannot interleave; the higher patch wins.
    current = Library.objects.select_for_update().get(pk=existing.pk)
    if lib.patch > current.patch_version:
        current.patch_version = lib.patch
        current.title = lib.title
        current.runnable = lib.runnable
        current.metadata = lib.data
        current.semantics = lib.semantics
        current.storage_path = path
        current.save()
    return current


def _key(lib: Library) -> Key:
    return (lib.machine_name, lib.major_version, lib.minor_version)


def _main_key(package: Package) -> Key:
    main = package.main_library
    for dependency in package.metadata["preloadedDependencies"]:
        if dependency["machineName"] == main:
            return (main, int(dependency["majorVersion"]), int(dependency["minorVersion"]))
    raise PackageRejected([_("h5p.json: the main library is not preloaded.")])


def _closure(package: Package, on_site: dict[Key, Library]) -> list[Key]:
    """Every library the content needs: its preloaded dependencies and theirs, transitively."""
    wanted = [
        (d["machineName"], int(d["majorVersion"]), int(d["minorVersion"]))
        for d in package.metadata["preloadedDependencies"]
    ]
    seen: set[Key] = set()
    while wanted:
        key = wanted.pop()
        if key in seen or key not in on_site:
            continue
        seen.add(key)
        for kind in ("preloadedDependencies", "dynamicDependencies"):
            for d in on_site[key].metadata.get(kind) or []:
                wanted.append((d["machineName"], int(d["majorVersion"]), int(d["minorVersion"])))
    return sorted(seen)


def _authors(metadata: dict) -> list[dict]:
    authors = metadata.get("authors")
    if not isinstance(authors, list):
        return []
    return [
        {"name": str(a.get("name", ""))[:200], "role": str(a.get("role", ""))[:40]}
        for a in authors
        if isinstance(a, dict)
    ]


def _save(name: str, data: bytes) -> str:
    store = storage()
    if store.exists(name):  # left by an earlier import that failed: replace it
        store.delete(name)
    saved = store.save(name, ContentFile(data))
    if saved != name:  # the storage renamed it; the player would not find it
        store.delete(saved)
        raise RuntimeError(f"H5P storage could not save {name}")
    return saved


def _remove(names: list[str]) -> None:
    store = storage()
    for name in names:
        try:
            store.delete(name)
        except OSError:
            logger.warning("Could not remove %s after a failed H5P import", name)


# -- archiving and deleting content -------------------------------------------------------------
class ContentInUse(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def archive_content(content: Content, *, by=None) -> Content:
    """Archived content can no longer be chosen for a lesson; lessons already playing it keep
    it, and its attempts and statements stay. Archiving twice changes nothing."""
    from django.utils import timezone

    Content.objects.filter(pk=content.pk, archived_at__isnull=True).update(
        archived_at=timezone.now()
    )
    content.refresh_from_db(fields=["archived_at"])
    logger.info("H5P content %s archived by %s", content.pk, by)
    return content


def delete_content(content: Content, *, by=None) -> None:
    """Only content no learner has attempted and no lesson uses may go; the rest is archived."""
    with transaction.atomic():
        locked = Content.objects.select_for_update().get(pk=content.pk)
        if locked.attempts.exists():
            raise ContentInUse(
                _("Learners have attempted “%(title)s”: archive it instead; it cannot be deleted.")
                % {"title": locked.title}
            )
        if locked.lessons.exists():
            raise ContentInUse(
                _("A lesson plays “%(title)s”: choose other content for it first.")
                % {"title": locked.title}
            )
        files = [f"{locked.storage_path}/content.json"] + [
            f"{locked.storage_path}/{path}" for path in locked.files
        ]
        locked.delete()
        transaction.on_commit(lambda: _remove(files))
    logger.info("H5P content %s deleted by %s", content.pk, by)
