"""A minimal LSP client for tests: JSON-RPC over a server's stdin/stdout with
Content-Length framing. Every read has a deadline, so a server that hangs or
crashes fails the test instead of stalling it. Python 3 standard library only.
"""

import json
import queue
import subprocess
import threading
import time


class LspError(Exception):
    pass


class LspClient:
    def __init__(self, argv, cwd, env, stderr_path):
        self._stderr = open(stderr_path, "wb")
        self.proc = subprocess.Popen(
            argv, cwd=cwd, env=env, stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=self._stderr)
        self._messages = queue.Queue()
        self._pending = []  # messages read but not yet consumed
        self._next_id = 1
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()

    # Framing -----------------------------------------------------------------

    def _read_loop(self):
        stream = self.proc.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    self._messages.put(None)  # end of stream
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            if length is None:
                self._messages.put(LspError("message without Content-Length"))
                return
            body = stream.read(length)
            if len(body) != length:
                self._messages.put(None)
                return
            self._messages.put(json.loads(body.decode("utf-8")))

    def _send(self, message):
        body = json.dumps(message).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body))
        self.proc.stdin.write(body)
        self.proc.stdin.flush()

    def notify(self, method, params):
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def send_request(self, method, params):
        request_id = self._next_id
        self._next_id += 1
        self._send({"jsonrpc": "2.0", "id": request_id, "method": method,
                    "params": params})
        return request_id

    # Waiting -----------------------------------------------------------------

    def wait_for(self, matches, timeout, what):
        """Returns the first message for which matches(message) is true,
        keeping the others for later waits; fails after timeout seconds."""
        for index, message in enumerate(self._pending):
            if matches(message):
                return self._pending.pop(index)
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise LspError("timed out after %gs waiting for %s" %
                               (timeout, what))
            try:
                message = self._messages.get(timeout=remaining)
            except queue.Empty:
                continue
            if message is None:
                raise LspError("server closed its output (exit code %s) "
                               "while waiting for %s" %
                               (self.proc.poll(), what))
            if isinstance(message, Exception):
                raise message
            if "id" in message and "method" in message:
                self._answer_server_request(message)
                continue
            if matches(message):
                return message
            self._pending.append(message)

    def _answer_server_request(self, message):
        # clangd asks e.g. window/workDoneProgress/create; accept everything.
        self._send({"jsonrpc": "2.0", "id": message["id"], "result": None})

    def request(self, method, params, timeout):
        """Sends a request and returns its result; an error response fails."""
        request_id = self.send_request(method, params)
        response = self.wait_for(
            lambda m: m.get("id") == request_id and "method" not in m,
            timeout, "the response to %s" % method)
        if "error" in response:
            raise LspError("%s failed: %s" % (method, response["error"]))
        return response["result"]

    def wait_for_diagnostics(self, uri, version, timeout):
        """Returns the params of the next publishDiagnostics for uri whose
        version is at least version."""
        def matches(message):
            if message.get("method") != "textDocument/publishDiagnostics":
                return False
            params = message["params"]
            return (params["uri"] == uri and
                    params.get("version", version) >= version)
        return self.wait_for(matches, timeout,
                             "diagnostics of %s version %d" % (uri, version))[
                                 "params"]

    # Shutting down -------------------------------------------------------------

    def shutdown(self, timeout):
        """shutdown then exit, as an editor does; returns the exit code."""
        self.request("shutdown", None, timeout)
        self.notify("exit", None)
        self.proc.stdin.close()
        return self.proc.wait(timeout=timeout)

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self._stderr.close()
