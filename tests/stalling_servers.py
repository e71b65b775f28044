"""Real sockets on 127.0.0.1 that misbehave like broken LanguageTool servers."""

from __future__ import annotations

import socket
import threading
from types import TracebackType


class StallingServer:
    """Accepts connections and answers in one of three bad ways.

    ``silent``: reads the request and never answers. ``drip``: sends an HTTP answer one byte
    a second, for ever. ``garbage``: a complete HTTP 200 whose body is not JSON.
    """

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.connections = 0
        self._socket = socket.socket()
        self._socket.bind(("127.0.0.1", 0))
        self._socket.listen(16)
        self._socket.settimeout(0.1)  # so the accept loop notices the stop
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._socket.getsockname()[1]}"

    def __enter__(self) -> StallingServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        _kind: type[BaseException] | None,
        _error: BaseException | None,
        _trace: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._socket.close()
        self._thread.join(timeout=5)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _address = self._socket.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            connection.settimeout(None)
            self.connections += 1
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection: socket.socket) -> None:
        with connection:
            try:
                connection.recv(65536)
                if self.mode == "garbage":
                    body = b"\x00\xffnot json at all{{{"
                    head = f"HTTP/1.1 200 OK\r\nContent-Length: {len(body)}\r\n\r\n".encode()
                    connection.sendall(head + body)
                elif self.mode == "drip":
                    for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"x" * 100_000:
                        if self._stop.wait(1.0):
                            return
                        connection.sendall(bytes([byte]))
                else:
                    self._stop.wait(600)
            except OSError:
                return
