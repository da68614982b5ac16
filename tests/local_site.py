"""A web server on 127.0.0.1 for the fetch and feed tests, and a model-free extractor.

Routes map a path to `(status, headers, body)` or a callable returning one; `headers` is
a dict or just the content type. A float status is a slow server: it sleeps that many
seconds, then answers 200. `hits` counts requests per path.
"""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from claimtrace.model import Document


class Site:
    def __init__(self) -> None:
        self.routes: dict = {}
        self.hits: dict[str, int] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                site.hits[self.path] = site.hits.get(self.path, 0) + 1
                self.server.seen_agent = self.headers.get("User-Agent")
                route = site.routes.get(self.path, (404, "text/plain", b"no such page"))
                status, headers, body = route() if callable(route) else route
                if isinstance(status, float):  # a slow server: sleep, then answer
                    time.sleep(status)
                    status = 200
                if isinstance(headers, str):
                    headers = {"Content-Type": headers}
                headers = {"Content-Type": "text/html; charset=utf-8", **headers}
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> Site:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


class FakeExtractor:
    """Stands in for the spaCy pipeline: a document with the text and no claims."""

    def extract(self, text, meta=None):
        return Document(text=text, meta=meta)
