#!/usr/bin/env python3
"""A seeded storm of broken and valid traffic against `forecheck lsp`: random bytes, missing,
non-numeric, huge and lying Content-Length headers, truncated bodies, invalid JSON, JSON-RPC
with wrong types and params, unknown methods and edits to unopened documents, interleaved with
real edits of a Korean forecast. Every request that reached the server intact must get exactly
its documented answer; afterwards the conflict must be diagnosed, hover must work, and
shutdown/exit must give exit code 0. A second server is fed a frame cut short by end of input
and must exit 1 (exit without shutdown) with a message, not a signal.
usage: storm_test.py FORECHECK [SEED] [ITEMS]"""
import json
import pathlib
import queue
import subprocess
import sys
import threading
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from storm_items import storm  # noqa: E402

BIN = sys.argv[1]
SEED = int(sys.argv[2]) if len(sys.argv) > 2 else 20240611
ITEMS = int(sys.argv[3]) if len(sys.argv) > 3 else 600
FIXTURE = pathlib.Path(__file__).resolve().parent / "genai-ko.md"
URI = FIXTURE.as_uri()
TEXT = FIXTURE.read_text(encoding="utf-8")
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def frame(body):
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def message(msg):
    return frame(json.dumps(msg, ensure_ascii=False).encode("utf-8"))


class Server:
    """`forecheck lsp` over pipes; every frame it writes must be well formed."""

    def __init__(self, *args):
        self.proc = subprocess.Popen([BIN, "lsp", *args], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.inbox = queue.Queue()
        self.received = []
        self.stderr = []
        threading.Thread(target=self.read, daemon=True).start()
        self.logger = threading.Thread(target=lambda: self.stderr.extend(self.proc.stderr),
                                       daemon=True)
        self.logger.start()

    def read(self):
        out = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    return self.inbox.put(None)
                if not line.strip():
                    break
                k, _, v = line.decode("ascii", "replace").partition(":")
                headers[k.strip().lower()] = v.strip()
            body = out.read(int(headers.get("content-length", "0"))
                            if headers.get("content-length", "").isdigit() else 0)
            try:
                if set(headers) != {"content-length"}:
                    raise ValueError(headers)
                self.inbox.put(json.loads(body))
            except ValueError:
                check(False, f"server wrote a malformed frame: {headers} {body[:100]!r}")
                self.proc.kill()  # the stream cannot be trusted after this

    def send(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def wait_for(self, pred, what, timeout=15):
        """The first message matching pred; everything read meanwhile is kept in received."""
        deadline = time.time() + timeout
        while True:
            try:
                m = self.inbox.get(timeout=max(0.01, deadline - time.time()))
            except queue.Empty:
                return check(False, "timeout waiting for " + what)
            if m is None:
                return check(False, "server closed stdout waiting for " + what)
            self.received.append(m)
            if pred(m):
                return m

    def request(self, rid, method, params, timeout=15):
        self.send(message({"jsonrpc": "2.0", "id": rid, "method": method, "params": params}))
        return self.wait_for(lambda m: m.get("id") == rid and "method" not in m, method, timeout)

    def sync(self, tag):
        """Pings until one is answered: everything sent before it has been handled. A ping can
        be swallowed by a frame whose Content-Length lies, so it is repeated (for up to a
        minute: a sanitizer build works through the storm slowly)."""
        for i in range(60):
            rid = f"ping-{tag}-{i}"
            self.send(message({"jsonrpc": "2.0", "id": rid, "method": "forecheck/ping"}))
            m = self.poll(rid, 1.0)
            if m is not None:
                check(m.get("error", {}).get("code") == -32601, f"ping answer {m}")
                return
        check(False, f"no ping answered after {tag}")

    def poll(self, rid, timeout):
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                m = self.inbox.get(timeout=max(0.01, deadline - time.time()))
            except queue.Empty:
                return None
            if m is None:
                check(False, "server closed stdout during sync")
                return None
            self.received.append(m)
            if m.get("id") == rid:
                return m
        return None

    def finish(self, timeout=10):
        """The exit code once the process has ended and its stderr is read to the end."""
        try:
            rc = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            rc = "timeout"
        self.logger.join(timeout=5)
        return rc

    def log(self):
        return b"".join(self.stderr).decode("utf-8", "replace")


def utf16(s):
    return len(s.encode("utf-16-le")) // 2


def rng(text, needle):
    i = text.index(needle)
    line, start = text.count("\n", 0, i), text.rfind("\n", 0, i) + 1
    col = utf16(text[start:i])
    return {"start": {"line": line, "character": col},
            "end": {"line": line, "character": col + utf16(needle)}}


def key(rid):
    return json.dumps(rid)


t0 = time.time()
s = Server("--debounce-ms", "0")  # every edit is checked at once: the worker races the reader
r = s.request(1, "initialize", {"processId": None, "rootUri": None, "capabilities": {}})
check(r is not None and "capabilities" in r.get("result", {}), "initialize")
s.received.clear()
s.send(message({"jsonrpc": "2.0", "method": "initialized", "params": {}}))
s.send(message({"jsonrpc": "2.0", "method": "textDocument/didOpen",
                "params": {"textDocument": {"uri": URI, "languageId": "markdown", "version": 1,
                                            "text": TEXT}}}))

# The storm, written in one go. storm() says what each request must get and which messages a
# lying Content-Length may swallow (those overlapping its window, and the one after).
chunks, expected, kinds = storm(SEED, ITEMS, URI, TEXT)
stream = b"".join(chunks)
writer = threading.Thread(target=s.send, args=(stream,), daemon=True)
writer.start()
s.sync("storm")
writer.join(timeout=30)
print(f"storm: seed {SEED}, {ITEMS} items, {len(stream)} bytes, {len(expected)} requests; "
      + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))

# Logging races publishing: a short article is re-checked and published after each of 3000
# edits while bad frames between them make the reader log. Log lines used to flush std::cout
# (std::cerr is tied to it) outside the transport's lock, interleaving with the frames.
RACE_URI = "file:///tmp/forecheck-storm/race.md"
race_text = TEXT + "\n\n" + TEXT
race = [message({"jsonrpc": "2.0", "method": "textDocument/didOpen",
                 "params": {"textDocument": {"uri": RACE_URI, "languageId": "markdown",
                                             "version": 0, "text": race_text}}})]
for v in range(1, 3001):
    race.append(message({"jsonrpc": "2.0", "method": "textDocument/didChange",
                         "params": {"textDocument": {"uri": RACE_URI, "version": v},
                                    "contentChanges": [{"text": race_text + " " * (v % 10)}]}}))
    race.append(frame(b"{") * 3)
s.send(b"".join(race))
ds = s.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                and m["params"].get("uri") == RACE_URI and m["params"].get("version") == 3000,
                "diagnostics of the last edit")
check(ds is not None and len(ds["params"]["diagnostics"]) == 2,
      f"two diagnostics after the last edit: {ds}")
s.sync("race")

# A Content-Length just under the 16 MiB limit with a short body: the reader waits for the body
# for 2 s of silence, logs it as cut short, and goes on.
s.send(b"Content-Length: 16777215\r\n\r\n" + b'{"jsonrpc":"2.0","id":"lost","method":"shutdown"')
time.sleep(2.5)
s.sync("stall")

answers = {}
for m in s.received:
    if "method" in m:
        continue
    check("error" in m or "result" in m, f"a reply without result or error: {m}")
    if m.get("id") is None:
        check(m.get("error", {}).get("code") in (-32700, -32600), f"null-id error {m}")
        continue
    if str(m["id"]).startswith("ping-"):
        continue
    answers.setdefault(key(m["id"]), []).append(m)
    check(key(m["id"]) in expected, f"an answer to a request never sent: {m}")
    check(m.get("error", {}).get("code") != -32603, f"internal error: {m}")
lost = 0
for k, (want, at_risk) in expected.items():
    got = answers.get(k, [])
    check(len(got) <= 1, f"{len(got)} answers to request {k}")
    if want is None:  # a reply from the client: never answered
        check(not got, f"the server answered a reply: {got}")
        continue
    if not got:
        lost += 1
        check(at_risk, f"request {k} was never answered (expected {want})")
        continue
    m = got[0]
    if want == "result":
        check("result" in m, f"request {k}: wanted a result, got {m}")
    else:
        check(m.get("error", {}).get("code") == want, f"request {k}: wanted error {want}, got {m}")
print(f"storm: {len(expected) - lost} requests answered as documented, {lost} lost within reach "
      f"of a lying Content-Length")

# After the storm: settings back to defaults, the article reopened, and the conflict diagnosed.
s.send(message({"jsonrpc": "2.0", "method": "workspace/didChangeConfiguration",
                "params": {"settings": {"forecheck": {"lang": "auto", "date": None}}}}))
s.send(message({"jsonrpc": "2.0", "method": "textDocument/didOpen",
                "params": {"textDocument": {"uri": URI, "languageId": "markdown",
                                            "version": 10**9, "text": TEXT}}}))


def diagnostics(version):
    m = s.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                   and m["params"].get("uri") == URI and m["params"].get("version") == version,
                   f"diagnostics v{version}")
    return m["params"]["diagnostics"] if m else None


want = rng(TEXT, "10억달러")
ds = diagnostics(10**9)
check(ds is not None and [(d["code"], d["severity"], d["range"]) for d in ds]
      == [("growth-contradiction", 1, want)], f"diagnostic after the storm: {ds}")
two = {"start": want["start"],
       "end": {"line": want["start"]["line"], "character": want["start"]["character"] + 2}}
s.send(message({"jsonrpc": "2.0", "method": "textDocument/didChange",
                "params": {"textDocument": {"uri": URI, "version": 10**9 + 1},
                           "contentChanges": [{"range": two, "text": "30"}]}}))
check(diagnostics(10**9 + 1) == [], "30억달러 is consistent after the storm")
s.send(message({"jsonrpc": "2.0", "method": "textDocument/didChange",
                "params": {"textDocument": {"uri": URI, "version": 10**9 + 2},
                           "contentChanges": [{"range": two, "text": "10"}]}}))
check(len(diagnostics(10**9 + 2) or []) == 1, "10억달러 is diagnosed again")
h = s.request("final-hover", "textDocument/hover",
              {"textDocument": {"uri": URI}, "position": want["start"]})
hv = (h or {}).get("result") or {}
check("growth-contradiction" in hv.get("contents", {}).get("value", "")
      and hv.get("range") == want, f"hover after the storm: {h}")
r = s.request("final-shutdown", "shutdown", None)
check(r is not None and r.get("result") is None and "error" not in r, f"shutdown: {r}")
s.send(message({"jsonrpc": "2.0", "method": "exit"}))
rc = s.finish()
check(rc == 0, f"exit code {rc}")
log = s.log()
for needle in ("skipping junk", "bad Content-Length", "exceeds", "cut short", "error -32700",
               "error -32601", "error -32602", "didChange for a document that is not open"):
    check(needle in log, f"stderr mentions '{needle}'")
check("internal error" not in log, "no internal error logged")

# End of input in the middle of a frame: logged, and exit code 1 (exit without shutdown).
e = Server()
e.send(message({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {}}))
e.send(b"\x00\xff garbage \r\n" + b'Content-Length: 500\r\n\r\n{"jsonrpc":"2.0","id":2,')
e.proc.stdin.close()
rc = e.finish()
check(rc == 1, f"end of input mid-frame: exit code {rc} (want 1, not a signal)")
check("cut short" in e.log(), "end of input mid-frame: logged")

if failures:
    print("server stderr (last 40 lines):\n" + "\n".join(log.splitlines()[-40:]))
print(f"storm_test: {len(failures)} failures in {time.time() - t0:.1f} s")
sys.exit(1 if failures else 0)
