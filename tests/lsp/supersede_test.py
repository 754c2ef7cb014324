#!/usr/bin/env python3
"""`forecheck lsp` drops a check the editor has typed over: after a long document is replaced
by a short one, the short one's diagnostics do not wait for the long check to finish. Times are
measured against one full check of the long text on the same build (sanitizers included)."""
import json
import pathlib
import queue
import subprocess
import sys
import threading
import time

BIN = sys.argv[1]
FIXTURE = pathlib.Path(__file__).resolve().parent / "genai-ko.md"
URI = "file:///tmp/forecheck-supersede.md"
SMALL = FIXTURE.read_text(encoding="utf-8")
BIG = SMALL * (900_000 // len(SMALL.encode()))
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


proc = subprocess.Popen([BIN, "lsp", "--debounce-ms", "0"], stdin=subprocess.PIPE,
                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
inbox = queue.Queue()


def reader():
    while True:
        length = None
        while (line := proc.stdout.readline().strip()):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        if length is None:
            return
        inbox.put(json.loads(proc.stdout.read(length)))


threading.Thread(target=reader, daemon=True).start()


def send(method, params, id=None):
    msg = {"jsonrpc": "2.0", "method": method, "params": params}
    if id is not None:
        msg["id"] = id
    body = json.dumps(msg).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()


def diagnostics_of(version, timeout=300):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        m = inbox.get(timeout=end - time.monotonic())
        if m.get("method") == "textDocument/publishDiagnostics" and \
                m["params"].get("version") == version:
            return m["params"]["diagnostics"]
    raise TimeoutError(f"no diagnostics for version {version}")


def change(version, text):
    send("textDocument/didChange", {"textDocument": {"uri": URI, "version": version},
                                    "contentChanges": [{"text": text}]})


send("initialize", {"processId": None, "capabilities": {}}, id=1)
send("initialized", {})
begun = time.monotonic()
send("textDocument/didOpen", {"textDocument": {"uri": URI, "languageId": "markdown",
                                               "version": 1, "text": BIG}})
check(len(diagnostics_of(1)) > 0, "the long document has findings")
full = time.monotonic() - begun
print(f"one full check of {len(BIG.encode())} bytes: {full:.2f} s")

change(2, BIG + "\n")
time.sleep(full / 4)  # the worker is inside version 2's check
begun = time.monotonic()
change(3, SMALL)
small = diagnostics_of(3)
waited = time.monotonic() - begun
check(len(small) > 0, "the short document's conflict is diagnosed")
check(waited < full / 3,
      f"the short version waited {waited:.2f} s behind a superseded check (full: {full:.2f} s)")

send("shutdown", None, id=2)
send("exit", None)
proc.wait(timeout=60)
check(proc.returncode == 0, f"exit code {proc.returncode}")
print("supersede: ok" if not failures else f"supersede: {len(failures)} failures")
sys.exit(1 if failures else 0)
