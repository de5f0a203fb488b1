"""The H5P storage in tests: in memory, shared by the process (and by a live server's thread)."""

from django.core.files.storage import storages


def h5p_storage():
    return storages["h5p"]


def clear(store, path: str = "") -> None:
    folders, files = store.listdir(path) if store.exists(path) or path == "" else ([], [])
    for name in files:
        store.delete(f"{path}/{name}" if path else name)
    for folder in folders:
        clear(store, f"{path}/{folder}" if path else folder)


def stored_files(store, path: str = "") -> list[str]:
    folders, files = store.listdir(path)
    found = [f"{path}/{name}" if path else name for name in files]
    for folder in folders:
        found += stored_files(store, f"{path}/{folder}" if path else folder)
    return found
