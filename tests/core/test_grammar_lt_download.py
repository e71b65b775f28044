"""The one-time LanguageTool download, against a local HTTP server only."""

from __future__ import annotations

import io
import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from desktop.core.grammar.lt_download import DownloadError, download_languagetool


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as bundle:
        for name, data in files.items():
            bundle.writestr(name, data)
    return buffer.getvalue()


GOOD_ZIP = _zip(
    {
        "LanguageTool-6.6/languagetool-server.jar": b"jar bytes" * 50_000,
        "LanguageTool-6.6/README.md": b"readme",
    }
)


@pytest.fixture
def files() -> Iterator[tuple[str, dict[str, bytes]]]:
    """A local HTTP server serving ``files`` (path -> bytes); yields (base URL, files)."""
    served: dict[str, bytes] = {}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            """Quiet."""

        def do_GET(self) -> None:
            body = served.get(self.path)
            if body is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", served
    server.shutdown()
    server.server_close()


def test_download_streams_with_progress_and_extracts(
    files: tuple[str, dict[str, bytes]], tmp_path: Path
) -> None:
    url, served = files
    served["/mirror/LanguageTool.zip"] = GOOD_ZIP
    progress: list[tuple[int, int | None]] = []
    destination = tmp_path / "tools" / "LanguageTool"
    result = download_languagetool(
        destination,
        f"{url}/mirror/LanguageTool.zip",
        lambda done, total: progress.append((done, total)),
    )
    assert result == destination
    assert (destination / "languagetool-server.jar").read_bytes() == b"jar bytes" * 50_000
    assert progress[0] == (0, len(GOOD_ZIP)) and progress[-1] == (len(GOOD_ZIP), len(GOOD_ZIP))
    assert len(progress) > 2
    assert sorted(p.name for p in destination.parent.iterdir()) == ["LanguageTool"]


def test_not_a_zip_leaves_nothing_behind(
    files: tuple[str, dict[str, bytes]], tmp_path: Path
) -> None:
    url, served = files
    served["/lt.zip"] = b"<html>captive portal</html>"
    destination = tmp_path / "tools" / "LanguageTool"
    with pytest.raises(DownloadError, match="not a zip"):
        download_languagetool(destination, f"{url}/lt.zip")
    assert list(destination.parent.iterdir()) == []


def test_zip_without_server_jar_is_rejected(
    files: tuple[str, dict[str, bytes]], tmp_path: Path
) -> None:
    url, served = files
    served["/lt.zip"] = _zip({"something/else.txt": b"x"})
    with pytest.raises(DownloadError, match=r"no languagetool-server\.jar"):
        download_languagetool(tmp_path / "LanguageTool", f"{url}/lt.zip")


def test_unsafe_paths_in_the_zip_are_refused(
    files: tuple[str, dict[str, bytes]], tmp_path: Path
) -> None:
    url, served = files
    served["/lt.zip"] = _zip({"../escape.txt": b"x", "languagetool-server.jar": b"j"})
    with pytest.raises(DownloadError, match="unsafe path"):
        download_languagetool(tmp_path / "inner" / "LanguageTool", f"{url}/lt.zip")
    assert not (tmp_path / "escape.txt").exists()


def test_http_error_and_cancel(files: tuple[str, dict[str, bytes]], tmp_path: Path) -> None:
    url, served = files
    destination = tmp_path / "tools" / "LanguageTool"
    with pytest.raises(DownloadError, match="404"):
        download_languagetool(destination, f"{url}/missing.zip")
    served["/lt.zip"] = GOOD_ZIP
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(DownloadError, match="cancelled"):
        download_languagetool(destination, f"{url}/lt.zip", cancel=cancel)
    assert list(destination.parent.iterdir()) == []


def test_existing_install_is_replaced_only_by_a_good_download(
    files: tuple[str, dict[str, bytes]], tmp_path: Path
) -> None:
    url, served = files
    destination = tmp_path / "LanguageTool"
    destination.mkdir()
    (destination / "languagetool-server.jar").write_bytes(b"old")
    served["/bad.zip"] = b"nope"
    with pytest.raises(DownloadError):
        download_languagetool(destination, f"{url}/bad.zip")
    assert (destination / "languagetool-server.jar").read_bytes() == b"old"
    served["/lt.zip"] = GOOD_ZIP
    download_languagetool(destination, f"{url}/lt.zip")
    assert (destination / "languagetool-server.jar").read_bytes() != b"old"
