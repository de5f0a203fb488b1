"""Storage for private files (claim evidence, CVs, transcripts, certificate PDFs)."""

from django.core.files.storage import FileSystemStorage


class PrivateFileSystemStorage(FileSystemStorage):
    """Files with no public address: `url()` refuses (Django's storage raises ValueError when
    base_url is None), so no page can link one past the views that check who may have it.
    Without this a FileSystemStorage falls back to MEDIA_URL."""

    base_url = None
