#!/usr/bin/env python3
"""A live `forecheck lsp` session with a hostile .forecheck.toml beside one document: that
document gets the configuration error as a diagnostic, the others are still checked, hover
still answers, and the server shuts down cleanly. Usage: lsp_session.py BIN DIR."""
import json
import pathlib
import subprocess
import sys

BIN, DIR = sys.argv[1], pathlib.Path(sys.argv[2]).resolve()
BAD = ("The global market was valued at USD 10.8 billion in 2022 and is expected to reach USD "
       "51.8 billion by 2028, a CAGR of 34.6%.\n")
hostile, clean = DIR / "hostile", DIR / "clean"
hostile.mkdir()
clean.mkdir()
(hostile / ".forecheck.toml").write_text("[" + ".".join(["a"] * 100000) + "]\n")
docs = {"hostile": (hostile / "a.md").as_uri(), "clean": (clean / "b.md").as_uri()}


def frame(msg):
    body = json.dumps(msg).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def read(out):
    length = 0
    while (line := out.readline().strip()):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(out.read(length)) if length else None


proc = subprocess.Popen([BIN, "lsp", "--debounce-ms", "0"], stdin=subprocess.PIPE,
                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
msgs = [{"jsonrpc": "2.0", "id": 1, "method": "initialize",
         "params": {"processId": None, "capabilities": {}}},
        {"jsonrpc": "2.0", "method": "initialized", "params": {}}]
for name, uri in docs.items():
    msgs.append({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "markdown", "version": 1, "text": BAD}}})
for m in msgs:
    proc.stdin.write(frame(m))
proc.stdin.flush()
diags = {}
while len(diags) < 2 and (m := read(proc.stdout)) is not None:
    if m.get("method") == "textDocument/publishDiagnostics":
        diags[m["params"]["uri"]] = m["params"]["diagnostics"]
hover = {"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {
    "textDocument": {"uri": docs["clean"]}, "position": {"line": 0, "character": 36}}}
proc.stdin.write(frame(hover) + frame({"jsonrpc": "2.0", "id": 3, "method": "shutdown"}) +
                 frame({"jsonrpc": "2.0", "method": "exit"}))
proc.stdin.flush()
answers = {}
while (m := read(proc.stdout)) is not None:
    answers[m.get("id")] = m
code = proc.wait(timeout=10)

failures = []
on_hostile = [d["message"] for d in diags.get(docs["hostile"], [])]
if not any(".forecheck.toml:1:2: a key has more than 32 dotted parts" in d for d in on_hostile):
    failures.append(f"no configuration diagnostic on the hostile document: {on_hostile}")
if [d["code"] for d in diags.get(docs["clean"], [])] != ["cagr-mismatch"]:
    failures.append(f"the clean document is not checked: {diags.get(docs['clean'])}")
if not answers.get(2, {}).get("result"):
    failures.append(f"no hover after the configuration error: {answers.get(2)}")
if code != 0:
    failures.append(f"server exit code {code}")
for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
