"""A server run in its own process on a free loopback port, as tests and benchmarks start `dscb run --http`."""

from __future__ import annotations

import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serving(
    command: list[str], env: dict[str, str], log: Path, *, cwd: Path, wait: float = 60
) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """``command`` (a server that takes ``--port P``) started on a free port; yields the process and its base URL
    once ``/healthz`` answers, and stops it at the end (SIGTERM, then kill). Its output goes to ``log``."""
    port = free_port()
    with log.open("wb") as out:
        server = subprocess.Popen([*command, "--port", str(port)], env=env, stdout=out, stderr=subprocess.STDOUT,
                                  cwd=cwd)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                with urllib.request.urlopen(f"{base}/healthz", timeout=1) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"{' '.join(command)} did not start:\n{log.read_text()}") from None
                time.sleep(0.2)
        yield server, base
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
