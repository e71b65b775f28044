"""One-time download of LanguageTool for users who are online once (run from Settings).

Streams the zip with a progress callback, checks that it is a zip holding
``languagetool-server.jar``, extracts it next to the destination and renames it into place,
so a cancelled or broken download never leaves a half-extracted folder behind.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from desktop.core.grammar.lt_server import SERVER_JAR

DEFAULT_DOWNLOAD_URL = "https://languagetool.org/download/LanguageTool-stable.zip"
ProgressCallback = Callable[[int, int | None], None]
_CHUNK = 256 * 1024


class DownloadError(RuntimeError):
    """The download failed, was cancelled or was not a LanguageTool zip; the message says which."""


def _stream(
    url: str, target: Path, progress: ProgressCallback, cancel: threading.Event, timeout: float
) -> None:
    import urllib.error  # with http and ssl ~30 ms: only when a download is asked for
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=timeout) as response, target.open("wb") as out:
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            done = 0
            progress(done, total)
            while chunk := response.read(_CHUNK):
                if cancel.is_set():
                    raise DownloadError("Download cancelled")
                out.write(chunk)
                done += len(chunk)
                progress(done, total)
    except urllib.error.HTTPError as error:
        raise DownloadError(
            f"Download failed: {url} answered {error.code} {error.reason}"
        ) from error
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        raise DownloadError(f"Download failed: {reason}") from error


def _extract(archive: Path, folder: Path) -> Path:
    if not zipfile.is_zipfile(archive):
        raise DownloadError("The download is not a zip file; check the download URL")
    with zipfile.ZipFile(archive) as bundle:
        for name in bundle.namelist():
            parts = PurePosixPath(name.replace("\\", "/"))
            if parts.is_absolute() or ".." in parts.parts or ":" in name:
                raise DownloadError(f"The zip holds an unsafe path: {name}")
        bundle.extractall(folder)
    for candidate in (folder, *sorted(p for p in folder.iterdir() if p.is_dir())):
        if (candidate / SERVER_JAR).is_file():
            return candidate
    raise DownloadError(f"The zip has no {SERVER_JAR}; it is not a LanguageTool download")


def download_languagetool(
    destination: Path,
    url: str = DEFAULT_DOWNLOAD_URL,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    timeout: float = 30.0,
) -> Path:
    """Download LanguageTool from ``url`` (a mirror may be configured) into ``destination``.

    Args:
        destination: Folder that will hold ``languagetool-server.jar`` afterwards; replaced
            only when the new download is complete and valid.
        url: Where the zip is.
        progress: Called with (bytes so far, total bytes or None) from the calling thread.
        cancel: Set it from another thread to stop; raises :class:`DownloadError`.
        timeout: Seconds to wait for the server at each step.

    Returns:
        ``destination``.
    """
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(dir=destination.parent, prefix=".languagetool-download-"))
    try:
        archive = work / "languagetool.zip"
        _stream(
            url,
            archive,
            progress or (lambda _done, _total: None),
            cancel or threading.Event(),
            timeout,
        )
        root = _extract(archive, work / "extracted")
        old = work / "previous"
        if destination.exists():
            os.replace(destination, old)
        os.replace(root, destination)
        return destination
    finally:
        shutil.rmtree(work, ignore_errors=True)
