"""Counting PostgreSQL round trips: a loopback proxy that reads the client's side of the wire protocol.

Every query the client sends and waits on ends in a Simple Query ('Q') or a Sync ('S') message; the server answers
each with ReadyForQuery. So the number of those messages is the number of round trips, whatever sent them: the
pool's pre-ping, psycopg's BEGIN, the statements, the COMMIT. Tests assert the count per request, and the bench
reports it. Only for local, unencrypted connections (the proxy refuses SSL and GSS encryption requests, as a
server without them would).
"""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from sqlalchemy.engine import make_url

_SSL_REQUEST = 80877103
_GSS_REQUEST = 80877104
_CANCEL_REQUEST = 80877102


class RoundTrips:
    """A proxy in front of a PostgreSQL server, counting the client's round trips while it runs."""

    def __init__(self, server_url: str) -> None:
        url = make_url(server_url)
        self._upstream = (url.host or "127.0.0.1", url.port or 5432)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.url = url.set(host="127.0.0.1", port=self.port).render_as_string(hide_password=False)
        self._lock = threading.Lock()
        self._count = 0
        self._stopped = False
        self._open: list[socket.socket] = []  # every socket accepted or opened, closed with the proxy
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def count(self) -> int:
        with self._lock:
            return self._count

    @contextmanager
    def counting(self) -> Iterator[list[int]]:
        """The round trips made inside the block: ``found[0]`` once the block ends."""
        found = [0]
        before = self.count
        try:
            yield found
        finally:
            found[0] = self.count - before

    def close(self) -> None:
        """Stop accepting (shutdown wakes the thread blocked in accept, which close alone does not) and cut every
        connection, so a client still holding one fails at once instead of waiting for an answer."""
        self._stopped = True
        with suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        _close(self._listener)
        with self._lock:
            opened, self._open = self._open, []
        _close(*opened)

    def _accept(self) -> None:
        while not self._stopped:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self._upstream, timeout=5)
                server.settimeout(None)
            except OSError:
                _close(client)  # the server is unreachable: the client sees the connection close
                continue
            with self._lock:
                self._open += [client, server]
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            threading.Thread(target=self._from_client, args=(client, server), daemon=True).start()
            threading.Thread(target=_pipe, args=(server, client), daemon=True).start()

    def _from_client(self, client: socket.socket, server: socket.socket) -> None:
        """Forward the client's bytes, counting 'Q' and 'S' messages once the start-up message has passed."""
        buffer = b""
        started = False
        try:
            while True:
                data = client.recv(65536)
                if not data:
                    break
                buffer += data
                while True:
                    if not started:
                        if len(buffer) < 8:
                            break
                        length, code = struct.unpack("!ii", buffer[:8])
                        if len(buffer) < length:
                            break
                        if code in (_SSL_REQUEST, _GSS_REQUEST):
                            buffer = buffer[length:]
                            client.sendall(b"N")  # no encryption on loopback: the client goes on in the clear
                            continue
                        server.sendall(buffer[:length])
                        buffer = buffer[length:]
                        started = code != _CANCEL_REQUEST
                        continue
                    if len(buffer) < 5:
                        break
                    kind = buffer[:1]
                    length = struct.unpack("!i", buffer[1:5])[0]
                    if len(buffer) < 1 + length:
                        break
                    if kind in (b"Q", b"S"):
                        with self._lock:
                            self._count += 1
                    server.sendall(buffer[: 1 + length])
                    buffer = buffer[1 + length :]
        except OSError:
            pass
        finally:
            _close(client, server)


def _pipe(source: socket.socket, target: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            target.sendall(data)
    except OSError:
        pass
    finally:
        _close(source, target)


def _close(*sockets: socket.socket) -> None:
    for sock in sockets:
        with suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        with suppress(OSError):
            sock.close()
