"""Plays an editor against resource-clangd over LSP and checks what a user
sees: the resource-* diagnostics with their notes as related information, the
quick fix and its edits, a server that keeps answering while the code is
half-typed, the fixed code coming out clean, and that clangd's default
FastCheckFilter (Strict) skips the resource-* checks.

Usage: resource_clangd_session.py [--time-first-diagnostics] CLANGD SAVE_DIR

With --time-first-diagnostics it only opens the file, says how long the first
diagnostics took, and shuts the server down (any clangd will do).

The session runs in a fresh temporary directory (so no .clangd or .clang-tidy
of an enclosing checkout applies). SAVE_DIR receives handler.cpp and
lsp-fixed.cpp, the file after the quick fix, so that the lit test can compare
it with resource-tidy --fix-notes. Every wait has a deadline and a watchdog
kills the server, so the test fails instead of hanging. Python 3 standard
library only.
"""

import os
import subprocess
import sys
import tempfile
import threading
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from lsp_client import LspClient, LspError  # noqa: E402

STEP_TIMEOUT = 120  # seconds for one answer (a preamble build is ~3 s)
OVERALL_TIMEOUT = 300  # seconds for the whole session

# A cpp-httplib handler that connects to Redis on every request and leaks the
# connection when the connection fails.
HANDLER = """\
#include <hiredis/hiredis.h>
#include <httplib.h>

#include <string>

// cpp-httplib calls this for every GET /hits.
static void handleHits(const httplib::Request &, httplib::Response &Res) {
  redisContext *Redis = redisConnect("127.0.0.1", 6379);
  if (Redis == nullptr || Redis->err) {
    Res.status = 503;
    return;
  }
  auto *Reply = static_cast<redisReply *>(redisCommand(Redis, "INCR hits"));
  if (Reply != nullptr && Reply->type == REDIS_REPLY_INTEGER)
    Res.set_content(std::to_string(Reply->integer), "text/plain");
  freeReplyObject(Reply);
  redisFree(Redis);
}

void registerRoutes(httplib::Server &Server) {
  Server.Get("/hits", handleHits);
}
"""

# HANDLER after the quick fix on resource-per-call-client: one connection per
# thread, and no per-call redisFree.
FIXED = """\
#include <hiredis/hiredis.h>
#include <httplib.h>

#include <memory>
#include <string>

// One 'redisContext' per thread, reused by every call on that thread and
// released when the thread ends.
static redisContext *threadLocalRedisContext() {
  thread_local std::unique_ptr<redisContext, decltype(&redisFree)> Instance(
      redisConnect("127.0.0.1", 6379), &redisFree);
  return Instance.get();
}

// cpp-httplib calls this for every GET /hits.
static void handleHits(const httplib::Request &, httplib::Response &Res) {
  redisContext *Redis = threadLocalRedisContext();
  if (Redis == nullptr || Redis->err) {
    Res.status = 503;
    return;
  }
  auto *Reply = static_cast<redisReply *>(redisCommand(Redis, "INCR hits"));
  if (Reply != nullptr && Reply->type == REDIS_REPLY_INTEGER)
    Res.set_content(std::to_string(Reply->integer), "text/plain");
  freeReplyObject(Reply);
}

void registerRoutes(httplib::Server &Server) {
  Server.Get("/hits", handleHits);
}
"""

# HANDLER with a statement being typed in the middle of the handler.
HALF_TYPED = HANDLER.replace(
    "  if (Reply != nullptr",
    "  redisCommand(Redis, \"SET %s \n  if (Reply->\n  if (Reply != nullptr")

# The .clangd snippet documented in docs/clangd.md, plus one upstream check
# from clangd's fast list that fires on HANDLER.
CLANGD_CONFIG = """\
Diagnostics:
  ClangTidy:
    Add: [resource-*, readability-braces-around-statements]
    FastCheckFilter: %s
"""


def lsp_range(start_line, start_character, end_line, end_character):
    """An LSP range: lines and characters count from 0."""
    return {"start": {"line": start_line, "character": start_character},
            "end": {"line": end_line, "character": end_character}}


# 'redisConnect("127.0.0.1", 6379)' on line 8 (line 7 counting from 0).
CONNECT_CALL = lsp_range(7, 24, 7, 55)

EXPECTED_RESOURCE_DIAGNOSTICS = [
    {
        "code": "resource-per-call-client",
        "source": "clang-tidy",
        "severity": 2,
        "range": CONNECT_CALL,
        # clangd turns the note that carries the per-thread rewrite into the
        # quick fix, so it is not among the related information.
        "message": "'redisConnect' creates a new 'redisContext' on every "
                   "call to 'handleHits'; each one opens a new TCP "
                   "connection to the Redis server (fix available)",
        "related": [
            ("'handleHits' is registered with 'httplib::Server::Get' here "
             "as an HTTP request handler", lsp_range(20, 2, 20, 8)),
        ],
    },
    {
        "code": "resource-unreleased-handle",
        "source": "clang-tidy",
        "severity": 2,
        "range": CONNECT_CALL,
        "message": "'redisConnect' acquires a 'redisContext' that is not "
                   "released on every path",
        # clangd capitalises notes as it does messages.
        "related": [
            ("It leaks when 'handleHits' returns here",
             lsp_range(10, 4, 10, 10)),
            ("'redisConnect' gives a 'redisContext' even when it fails; it "
             "must be released on error paths too (with 'redisFree')",
             lsp_range(7, 24, 7, 36)),
        ],
    },
]

QUICK_FIX_TITLE = ("'redisContext' is not thread-safe, so it cannot be shared "
                   "by every call; reuse one per thread instead")


class TestFailure(Exception):
    pass


def expect(condition, what):
    if not condition:
        raise TestFailure(what)


def expect_equal(actual, expected, what):
    if actual != expected:
        raise TestFailure("%s:\n  expected %r\n  actual   %r" %
                          (what, expected, actual))


def uri_of(path):
    return "file://" + path


def resource_diagnostics(diagnostics):
    return [d for d in diagnostics
            if str(d.get("code", "")).startswith("resource-")]


def summarize(diagnostic, uri):
    """The parts of a published diagnostic that the user sees."""
    related = []
    for info in diagnostic.get("relatedInformation", []):
        expect_equal(info["location"]["uri"], uri, "note location file")
        related.append((info["message"], info["location"]["range"]))
    return {"code": diagnostic.get("code"),
            "source": diagnostic.get("source"),
            "severity": diagnostic.get("severity"),
            "range": diagnostic["range"],
            "message": diagnostic["message"],
            "related": related}


def offset_of(text, position):
    lines = text.split("\n")
    return (sum(len(line) + 1 for line in lines[:position["line"]]) +
            position["character"])


def apply_edits(text, edits):
    """Applies LSP text edits, which all refer to the original text."""
    spans = sorted(((offset_of(text, e["range"]["start"]),
                     offset_of(text, e["range"]["end"]), e["newText"])
                    for e in edits), reverse=True)
    for start, end, new_text in spans:
        text = text[:start] + new_text + text[end:]
    return text


def write_project(directory, fast_check_filter):
    """A project as users have one: a compilation database and a .clangd."""
    os.makedirs(directory)
    source = os.path.join(directory, "handler.cpp")
    with open(source, "w") as f:
        f.write(HANDLER)
    with open(os.path.join(directory, "compile_commands.json"), "w") as f:
        f.write('[{"directory": "%s", "file": "handler.cpp", '
                '"arguments": ["c++", "-std=c++17", "-c", "handler.cpp"]}]\n'
                % directory)
    with open(os.path.join(directory, ".clangd"), "w") as f:
        f.write(CLANGD_CONFIG % fast_check_filter)
    return source


def initialize(client, root):
    capabilities = {
        "textDocument": {
            "publishDiagnostics": {"relatedInformation": True},
            "codeAction": {"codeActionLiteralSupport": {
                "codeActionKind": {"valueSet": ["quickfix", "refactor"]}}},
            "hover": {"contentFormat": ["plaintext"]},
            "documentSymbol": {"hierarchicalDocumentSymbolSupport": True},
        },
    }
    result = client.request("initialize", {
        "processId": os.getpid(), "rootUri": uri_of(root),
        "capabilities": capabilities}, STEP_TIMEOUT)
    expect("codeActionProvider" in result["capabilities"],
           "the server offers code actions")
    client.notify("initialized", {})


def open_file(client, uri, text):
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "cpp", "version": 1, "text": text}})


def change_file(client, uri, version, text):
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": version},
        "contentChanges": [{"text": text}]})


def open_and_time_first_diagnostics(client, uri):
    started = time.monotonic()
    open_file(client, uri, HANDLER)
    published = client.wait_for_diagnostics(uri, 1, STEP_TIMEOUT)
    print("first diagnostics after %.2f s" % (time.monotonic() - started))
    return published["diagnostics"]


def check_findings_and_quick_fix(client, uri):
    """Opens HANDLER; returns the text after applying the quick fix."""
    diagnostics = open_and_time_first_diagnostics(client, uri)
    found = resource_diagnostics(diagnostics)
    expect_equal(sorted((summarize(d, uri) for d in found),
                        key=lambda s: s["code"]),
                 EXPECTED_RESOURCE_DIAGNOSTICS, "resource-* diagnostics")
    expect(any(d.get("code") == "readability-braces-around-statements"
               for d in diagnostics),
           "upstream clang-tidy checks run too: %r" % diagnostics)

    per_call = [d for d in found if d["code"] == "resource-per-call-client"][0]
    actions = client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": per_call["range"],
        "context": {"diagnostics": [per_call], "only": ["quickfix"]}},
        STEP_TIMEOUT)
    expect_equal([(a.get("kind"), a["title"]) for a in actions],
                 [("quickfix", QUICK_FIX_TITLE)], "quick fixes")
    edit = actions[0]["edit"]
    expect_equal(list(edit["changes"]), [uri], "files the quick fix edits")
    fixed = apply_edits(HANDLER, edit["changes"][uri])
    expect_equal(fixed, FIXED, "the file after the quick fix")

    # clangd's own refactorings are linked in as well.
    actions = client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": lsp_range(12, 2, 12, 6),
        "context": {"diagnostics": []}}, STEP_TIMEOUT)
    expect("Replace with deduced type" in [a["title"] for a in actions],
           "clangd tweaks are available: %r" % actions)
    return fixed


def check_half_typed_code(client, uri):
    expect(HALF_TYPED != HANDLER, "HALF_TYPED differs from HANDLER")
    change_file(client, uri, 2, HALF_TYPED)
    published = client.wait_for_diagnostics(uri, 2, STEP_TIMEOUT)
    diagnostics = published["diagnostics"]
    expect(any(d.get("source") == "clang" and d.get("severity") == 1
               for d in diagnostics),
           "half-typed code gets compiler errors: %r" % diagnostics)
    expect_equal(resource_diagnostics(diagnostics), [],
                 "resource-* diagnostics on code that does not compile")
    symbols = client.request("textDocument/documentSymbol",
                             {"textDocument": {"uri": uri}}, STEP_TIMEOUT)
    expect("handleHits" in [s["name"] for s in symbols],
           "document symbols while half-typed: %r" % symbols)
    hover = client.request("textDocument/hover", {
        "textDocument": {"uri": uri},
        "position": {"line": 7, "character": 26}}, STEP_TIMEOUT)
    expect(hover is not None and "redisConnect" in hover["contents"]["value"],
           "hover on redisConnect while half-typed: %r" % hover)


def check_fixed_code_is_clean(client, uri, fixed):
    change_file(client, uri, 3, fixed)
    published = client.wait_for_diagnostics(uri, 3, STEP_TIMEOUT)
    diagnostics = published["diagnostics"]
    expect_equal(resource_diagnostics(diagnostics), [],
                 "resource-* diagnostics after the quick fix")
    expect(not any(d.get("severity") == 1 for d in diagnostics),
           "the fixed file compiles: %r" % diagnostics)


def check_strict_filter_skips_resource_checks(client, uri):
    """clangd's default FastCheckFilter runs only the checks in its latency
    table: the upstream check still runs, resource-* silently does not."""
    open_file(client, uri, HANDLER)
    published = client.wait_for_diagnostics(uri, 1, STEP_TIMEOUT)
    diagnostics = published["diagnostics"]
    expect(any(d.get("code") == "readability-braces-around-statements"
               for d in diagnostics),
           "Strict still runs fast upstream checks: %r" % diagnostics)
    expect_equal(resource_diagnostics(diagnostics), [],
                 "resource-* diagnostics with FastCheckFilter: Strict")


def run(clangd, root, save_dir, time_only):
    loose = write_project(os.path.join(root, "loose"), "Loose")
    strict = write_project(os.path.join(root, "strict"), "Strict")
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = os.path.join(root, "config")  # no user config
    client = LspClient([clangd, "--background-index=false", "--log=info"],
                       root, env, os.path.join(save_dir, "clangd.log"))
    watchdog = threading.Timer(OVERALL_TIMEOUT, client.kill)
    watchdog.start()
    try:
        initialize(client, root)
        if time_only:
            open_and_time_first_diagnostics(client, uri_of(loose))
            expect_equal(client.shutdown(STEP_TIMEOUT), 0, "exit code")
            return
        fixed = check_findings_and_quick_fix(client, uri_of(loose))
        with open(os.path.join(save_dir, "handler.cpp"), "w") as f:
            f.write(HANDLER)
        with open(os.path.join(save_dir, "lsp-fixed.cpp"), "w") as f:
            f.write(fixed)
        check_half_typed_code(client, uri_of(loose))
        check_fixed_code_is_clean(client, uri_of(loose), fixed)
        client.notify("textDocument/didClose",
                      {"textDocument": {"uri": uri_of(loose)}})
        check_strict_filter_skips_resource_checks(client, uri_of(strict))
        expect_equal(client.shutdown(STEP_TIMEOUT), 0, "exit code")
    finally:
        watchdog.cancel()
        client.kill()


def main():
    arguments = sys.argv[1:]
    time_only = "--time-first-diagnostics" in arguments
    if time_only:
        arguments.remove("--time-first-diagnostics")
    if len(arguments) != 2:
        sys.exit(__doc__)
    clangd, save_dir = os.path.abspath(arguments[0]), arguments[1]
    os.makedirs(save_dir, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="resource-clangd-") as root:
        try:
            run(clangd, os.path.realpath(root), save_dir, time_only)
        except (TestFailure, LspError, OSError,
                subprocess.TimeoutExpired) as error:
            print("FAIL: %s" % error, file=sys.stderr)
            print("clangd's log: %s" % os.path.join(save_dir, "clangd.log"),
                  file=sys.stderr)
            sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
