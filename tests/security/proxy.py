"""A TCP proxy on loopback in front of PostgreSQL, which a test cuts, restores, freezes and thaws, so the server
itself is never stopped under the other tests running beside it."""

from __future__ import annotations

import contextlib
import socket
import threading
import time


class Proxy:
    """Forwards loopback connections to PostgreSQL until cut; restoring it accepts connections again. Frozen, it
    keeps every connection open and accepts new ones but passes no byte either way, as a hung server does."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.up = True
        self.frozen = threading.Event()
        self.links: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.up:
                client.close()
                continue
            server = socket.create_connection(self.target)
            self.links += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                while self.frozen.is_set():
                    time.sleep(0.01)
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.close()

    def cut(self) -> None:
        self.up = False
        for link in self.links:
            with contextlib.suppress(OSError):
                link.shutdown(socket.SHUT_RDWR)
        self.links.clear()

    def restore(self) -> None:
        self.up = True

    def freeze(self) -> None:
        self.frozen.set()

    def thaw(self) -> None:
        self.frozen.clear()

    def close(self) -> None:
        self.thaw()
        self.cut()
        self.listener.close()
