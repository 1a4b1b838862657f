"""A local OpenAI-compatible chat server (POST /v1/chat/completions) whose replies a test scripts.

Each scripted step is a function of the request body returning (status, body dict or raw bytes, delay_s).
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

Step = Callable[[dict[str, Any]], tuple[int, Any, float]]


def completion(text: str) -> dict[str, Any]:
    return {"id": "chatcmpl-test", "object": "chat.completion", "created": int(time.time()), "model": "test",
            "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": text}}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}


def say(text_of: Callable[[dict[str, Any]], str] | str) -> Step:
    return lambda body: (200, completion(text_of(body) if callable(text_of) else text_of), 0.0)


def status(code: int) -> Step:
    return lambda body: (code, {"error": {"message": "boom", "type": "server_error"}}, 0.0)


def slow(seconds: float, text: str = "late") -> Step:
    return lambda body: (200, completion(text), seconds)


def facts_of(body: dict[str, Any]) -> list[str]:
    """The '- fact' lines of the system message."""
    system = body["messages"][0]["content"]
    part = system.split("Facts:\n", 1)[1]
    return [line[2:] for line in part.splitlines() if line.startswith("- ")]


class FakeLLM:
    """Serves scripted chat completions on 127.0.0.1; records every request body."""

    def __init__(self) -> None:
        self.steps: list[Step] = []
        self.requests: list[dict[str, Any]] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
                fake.requests.append(body)
                if self.path.rstrip("/") != "/v1/chat/completions":
                    code, out, delay = 404, {"error": {"message": "not found"}}, 0.0
                elif fake.steps:
                    code, out, delay = fake.steps.pop(0)(body)
                else:
                    code, out, delay = 500, {"error": {"message": "no scripted reply"}}, 0.0
                time.sleep(delay)
                data = out if isinstance(out, bytes) else json.dumps(out).encode()
                try:
                    self.send_response(code)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
