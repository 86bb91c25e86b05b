"""A local mirror of bulletin sites for tests and the demo: one HTTP server on 127.0.0.1
that serves several sites by their Host header (the offline crawler resolves every
name to 127.0.0.1), with conditional requests and the faults real sites show.
"""

from __future__ import annotations

import gzip
import hashlib
import http.server
import socketserver
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate

LOOPBACK = "127.0.0.1"
# The mirror's usual port: the same URLs from run to run, so a second crawl finds them unchanged.
MIRROR_PORT = 48173


@dataclass
class MirrorPage:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    validators: bool = True  # ETag and Last-Modified, and 304 for a matching conditional request

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'


@dataclass
class Fault:
    """How a path misbehaves. `times` counts the requests it misbehaves for (0: always)."""

    kind: str  # "status", "retry_after", "slow", "redirect", "huge", "gzip_bomb", "delay"
    status: int = 500
    times: int = 0
    seconds: float = 0.0
    location: str = ""
    size: int = 0


@dataclass
class MirrorSite:
    host: str
    pages: dict[str, MirrorPage] = field(default_factory=dict)
    robots: str = "User-agent: *\nDisallow:\n"
    faults: dict[str, Fault] = field(default_factory=dict)


@dataclass(frozen=True)
class Hit:
    host: str
    path: str
    headers: dict[str, str]
    at: float


_LAST_MODIFIED = formatdate(1766000000, usegmt=True)


class MirrorServer:
    """Serves sites on 127.0.0.1:<free port> in a thread. Use as a context manager."""

    def __init__(self, sites: list[MirrorSite], port: int = 0):
        """`port` 0 takes any free port; a fixed port that is taken falls back to a free one."""
        self.sites = {site.host: site for site in sites}
        self.hits: list[Hit] = []
        self._served: dict[tuple[str, str], int] = {}
        self._lock = threading.Lock()
        try:
            self._httpd = _Server((LOOPBACK, port), _handler_for(self))
        except OSError:
            self._httpd = _Server((LOOPBACK, 0), _handler_for(self))
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    def origin(self, host: str) -> str:
        return f"http://{host}:{self.port}"

    def __enter__(self) -> MirrorServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def hits_of(self, path: str, host: str | None = None) -> list[Hit]:
        with self._lock:
            return [hit for hit in self.hits if hit.path == path and (host is None or hit.host == host)]

    def _count(self, host: str, path: str) -> int:
        with self._lock:
            key = (host, path)
            self._served[key] = self._served.get(key, 0) + 1
            return self._served[key]

    def _log(self, hit: Hit) -> None:
        with self._lock:
            self.hits.append(hit)


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address) -> None:
        """A crawler that hangs up (timeout, size limit) is expected here, not an error."""


def _handler_for(server: MirrorServer) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # quiet
            pass

        def do_GET(self) -> None:
            host = (self.headers.get("Host") or "").rsplit(":", 1)[0].lower()
            server._log(Hit(host, self.path, dict(self.headers.items()), time.monotonic()))
            site = server.sites.get(host)
            if site is None:
                return self._send(404, b"no such site", "text/plain")
            if self.path == "/robots.txt":
                return self._send(200, site.robots.encode(), "text/plain")
            fault = site.faults.get(self.path)
            if fault is not None and fault.kind == "delay":
                time.sleep(fault.seconds)  # a slow but good answer
            elif fault is not None and (fault.times == 0 or server._count(host, self.path) <= fault.times):
                return self._fault(fault)
            page = site.pages.get(self.path)
            if page is None:
                return self._send(404, b"<html><body>404</body></html>", "text/html")
            if page.validators and self._not_modified(page):
                return self._send(304, b"", None, {"ETag": page.etag})
            headers = dict(page.headers)
            if page.validators:
                headers |= {"ETag": page.etag, "Last-Modified": _LAST_MODIFIED}
            return self._send(page.status, page.body, page.content_type, headers)

        def _not_modified(self, page: MirrorPage) -> bool:
            if self.headers.get("If-None-Match"):
                return self.headers["If-None-Match"] == page.etag
            return self.headers.get("If-Modified-Since") == _LAST_MODIFIED

        def _fault(self, fault: Fault) -> None:
            if fault.kind == "status":
                return self._send(fault.status, b"<html><body>server error</body></html>", "text/html")
            if fault.kind == "retry_after":
                return self._send(429, b"slow down", "text/plain", {"Retry-After": str(int(fault.seconds))})
            if fault.kind == "slow":
                time.sleep(fault.seconds)
                return self._send(200, b"<html><body>late</body></html>", "text/html")
            if fault.kind == "redirect":
                return self._send(302, b"", "text/html", {"Location": fault.location})
            if fault.kind == "huge":
                return self._send_huge(fault.size)
            if fault.kind == "gzip_bomb":
                return self._send(200, gzip_bomb(fault.size), "text/html; charset=utf-8", {"Content-Encoding": "gzip"})
            raise ValueError(f"unknown fault {fault.kind}")

        def _send(self, status: int, body: bytes, content_type: str | None, headers: dict | None = None) -> None:
            self.send_response(status)
            if content_type:
                self.send_header("Content-Type", content_type)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body:
                self.wfile.write(body)

        def _send_huge(self, size: int) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(size))
            self.end_headers()
            chunk = b"<p>" + b"x" * 65530 + b"</p>"
            try:
                for _ in range(size // len(chunk)):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the crawler hung up at its size limit, as it should

    return Handler


_BOMBS: dict[int, bytes] = {}


def gzip_bomb(size: int) -> bytes:
    """`size` bytes of zeros, gzipped to about a thousandth of that."""
    if size not in _BOMBS:
        _BOMBS[size] = gzip.compress(b"\0" * size, compresslevel=9)
    return _BOMBS[size]
