#!/usr/bin/env python3
"""Scripted JSON-RPC client for `forecheck lsp`: framing, UTF-16 ranges on Korean text,
hover (and a Japanese article's hover), code actions, full and incremental sync, settings,
and garbage input."""
import json
import pathlib
import queue
import re
import subprocess
import sys
import threading

BIN = sys.argv[1]
FIXTURE = pathlib.Path(__file__).resolve().parent / "genai-ko.md"
URI = FIXTURE.as_uri()
TEXT = FIXTURE.read_text(encoding="utf-8")
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def utf16(s):
    return len(s.encode("utf-16-le")) // 2


def position_of(text, needle):
    """LSP position (line, UTF-16 column) of the first `needle`, computed independently."""
    i = text.index(needle)
    line = text.count("\n", 0, i)
    start = text.rfind("\n", 0, i) + 1
    return line, utf16(text[start:i])


proc = subprocess.Popen([BIN, "lsp", "--debounce-ms", "30"], stdin=subprocess.PIPE,
                        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
inbox = queue.Queue()


def reader():
    out = proc.stdout
    while True:
        headers = {}
        while True:
            line = out.readline()
            if not line:
                inbox.put(None)
                return
            line = line.strip()
            if not line:
                break
            k, _, v = line.decode("ascii").partition(":")
            headers[k.strip().lower()] = v.strip()
        inbox.put(json.loads(out.read(int(headers["content-length"]))))


threading.Thread(target=reader, daemon=True).start()
stderr_lines = []
threading.Thread(target=lambda: stderr_lines.extend(proc.stderr), daemon=True).start()


def send_raw(data):
    proc.stdin.write(data)
    proc.stdin.flush()


def send(msg):
    body = json.dumps(msg).encode("utf-8")
    send_raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)


pending = []  # messages read while waiting for something else


def wait_for(pred, what, timeout=10):
    for i, m in enumerate(pending):
        if pred(m):
            return pending.pop(i)
    while True:
        try:
            m = inbox.get(timeout=timeout)
        except queue.Empty:
            check(False, "timeout waiting for " + what)
            return None
        if m is None:
            check(False, "server closed stdout waiting for " + what)
            return None
        if pred(m):
            return m
        pending.append(m)


next_id = [0]


def request(method, params):
    next_id[0] += 1
    rid = next_id[0]
    send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
    return wait_for(lambda m: m.get("id") == rid and "method" not in m, method)


def notify(method, params):
    send({"jsonrpc": "2.0", "method": method, "params": params})


def diagnostics(version):
    m = wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                 and m["params"].get("version") == version, f"diagnostics v{version}")
    return m["params"]["diagnostics"] if m else []


def rng(text, needle):
    line, col = position_of(text, needle)
    return {"start": {"line": line, "character": col},
            "end": {"line": line, "character": col + utf16(needle)}}


# initialize
r = request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
caps = r["result"]["capabilities"]
check(caps["textDocumentSync"]["change"] == 2, "incremental sync advertised")
check(caps.get("positionEncoding") == "utf-16", "utf-16 positions")
check(caps.get("hoverProvider") is True, "hover advertised")
notify("initialized", {})

# didOpen: one growth-contradiction error on 10억달러, after the emoji (2 UTF-16 units)
notify("textDocument/didOpen", {"textDocument": {"uri": URI, "languageId": "markdown",
                                                 "version": 1, "text": TEXT}})
ds = diagnostics(1)
check(len(ds) == 1, f"one diagnostic on open, got {len(ds)}")
d = ds[0] if ds else {}
want = rng(TEXT, "10억달러")
check(want == {"start": {"line": 2, "character": 23}, "end": {"line": 2, "character": 28}},
      f"fixture layout as expected: {want}")
check(d.get("range") == want, f"diagnostic range {d.get('range')} != {want}")
check(d.get("code") == "growth-contradiction" and d.get("severity") == 1, "code and severity")
check(d.get("source") == "forecheck", "source")
check(d.get("codeDescription", {}).get("href", "").endswith("/rules/growth-contradiction"),
      "doc link")
related = d.get("relatedInformation", [])
check([x["location"]["range"] for x in related] == [rng(TEXT, "14억달러"), rng(TEXT, "17%")],
      f"related claims' ranges: {related}")

# hover: the normalized reading, and the arithmetic for the conflicting claim
line, col = position_of(TEXT, "10억달러")
h = request("textDocument/hover", {"textDocument": {"uri": URI},
                                   "position": {"line": line, "character": col + 2}})["result"]
hv = h["contents"]["value"] if h else ""
for needle in ("10억달러", "USD", "2028", "리포트링커", "growth-contradiction", "28.97억"):
    check(needle in hv, f"hover over 10억달러 mentions {needle}")
check(h and h.get("range") == want, "hover range is the claim")
line, col = position_of(TEXT, "14억달러")
h = request("textDocument/hover", {"textDocument": {"uri": URI},
                                   "position": {"line": line, "character": col}})["result"]
hv = h["contents"]["value"] if h else ""
for needle in ("14억달러", "13.5억", "14.5억", "2023", "그랜드 뷰 리서치"):
    check(needle in hv, f"hover over 14억달러 mentions {needle}")
h = request("textDocument/hover", {"textDocument": {"uri": URI},
                                   "position": {"line": 0, "character": 2}})
check(h.get("result") is None, "no hover away from claims")

# hover on a Japanese article: rows labelled in Japanese, amounts in 億, the finding in Japanese
JA_URI = "file:///tmp/forecheck-lsp-test/ja-conflict.txt"
JA_TEXT = (pathlib.Path(__file__).resolve().parents[2] / "fixtures/e2e/ja-conflict.txt"
           ).read_text(encoding="utf-8")
notify("textDocument/didOpen", {"textDocument": {"uri": JA_URI, "languageId": "plaintext",
                                                 "version": 1, "text": JA_TEXT}})
wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
         and m["params"].get("uri") == JA_URI, "diagnostics of the Japanese article")
line, col = position_of(JA_TEXT, "10億ドル")
h = request("textDocument/hover", {"textDocument": {"uri": JA_URI},
                                   "position": {"line": line, "character": col}})["result"]
hv = h["contents"]["value"] if h else ""
for needle in ("10億ドル", "- 値: 10億 (9.5億 – 10.5億) USD", "- 年: 2028", "- 出典: アクメ総研", "規模 主張 `c2`",
               "growth-contradiction", "年平均約17%の成長としています",
               "*ヒント:* 2028年の数字は28.97億～32.48億ドルであれば整合します"):
    check(needle in hv, f"Japanese hover mentions {needle}: {hv!r}")
check("value:" not in hv and "claim `" not in hv, "no English labels in a Japanese hover")
notify("textDocument/didClose", {"textDocument": {"uri": JA_URI}})

# code actions: the consistent value in the article's idiom, and the suppression comment
acts = request("textDocument/codeAction", {"textDocument": {"uri": URI}, "range": want,
                                           "context": {"diagnostics": ds}})["result"]
check(len(acts) == 2, f"two code actions, got {len(acts)}")
fix = acts[0]["edit"]["changes"][URI][0] if acts else {}
check(fix.get("range") == want, "quick fix replaces the underlined figure")
m = re.fullmatch(r"(\d+)억달러", fix.get("newText", ""))
check(m and 29 <= int(m.group(1)) <= 32, f"quick fix text {fix.get('newText')}")
check(acts and acts[0].get("isPreferred") is True and acts[0]["kind"] == "quickfix", "preferred")
check(acts and acts[0].get("diagnostics") == ds, "fix is tied to its diagnostic")
off = acts[1]["edit"]["changes"][URI][0] if len(acts) > 1 else {}
check(off.get("newText") == "<!-- forecheck-disable-next-line growth-contradiction -->\n"
      and off.get("range") == {"start": {"line": 2, "character": 0},
                               "end": {"line": 2, "character": 0}}, f"disable action {off}")

# incremental edit: 10 -> 30 inside 10억달러 clears the conflict
start = want["start"]
two = {"start": start, "end": {"line": start["line"], "character": start["character"] + 2}}
notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 2},
                                  "contentChanges": [{"range": two, "text": "30"}]})
check(diagnostics(2) == [], "30억달러 is consistent")
notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 3},
                                  "contentChanges": [{"range": two, "text": "10"}]})
check(len(diagnostics(3)) == 1, "10억달러 is back")
# applying the quick fix's own edit (an incremental change) clears it too
notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 4},
                                  "contentChanges": [{"range": fix["range"],
                                                      "text": fix["newText"]}]})
check(diagnostics(4) == [], "quick fix applied clears the error")
# full sync, then the disable comment inserted above
notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 5},
                                  "contentChanges": [{"text": TEXT}]})
check(len(diagnostics(5)) == 1, "full sync restores the text")
notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 6},
                                  "contentChanges": [{"range": off["range"],
                                                      "text": off["newText"]}]})
check(diagnostics(6) == [], "disable comment suppresses the rule")
notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 7},
                                  "contentChanges": [{"text": TEXT}]})
check(len(diagnostics(7)) == 1, "back to the original")

# settings: an article date after 2028 makes both forecasts stale
notify("workspace/didChangeConfiguration", {"settings": {"forecheck": {"date": "2030-01-01"}}})
ds = diagnostics(7)
check(sorted(x["code"] for x in ds) == ["growth-contradiction", "stale-forecast",
                                        "stale-forecast"], f"date setting honoured: {ds}")
notify("workspace/didChangeConfiguration", {"settings": {"forecheck": {"date": None}}})
check(len(diagnostics(7)) == 1, "date setting cleared")
# messageLang: the Korean article's message in English, then back to the article's language
notify("workspace/didChangeConfiguration", {"settings": {"forecheck": {"messageLang": "en"}}})
ds = diagnostics(7)
check(len(ds) == 1 and ds[0]["message"].startswith("The 2028 figure"),
      f"messageLang en honoured: {ds}")
notify("workspace/didChangeConfiguration", {"settings": {"forecheck": {"messageLang": "auto"}}})
ds = diagnostics(7)
check(len(ds) == 1 and "2028년 수치" in ds[0]["message"], f"messageLang auto: {ds}")

# a setting that cannot be used is shown in the editor, and checking goes on without it
notify("workspace/didChangeConfiguration",
       {"settings": {"forecheck": {"archive": "/nonexistent/dir/archive.db"}}})
m = wait_for(lambda m: m.get("method") == "window/showMessage", "showMessage for a bad archive")
check(m is not None and m["params"]["type"] == 2 and "archive" in m["params"]["message"],
      f"bad archive setting shown as a warning: {m}")
check(len(diagnostics(7)) == 1, "checking goes on after a bad archive setting")
notify("workspace/didChangeConfiguration", {"settings": {"forecheck": {"date": "2023-02-30"}}})
m = wait_for(lambda m: m.get("method") == "window/showMessage", "showMessage for a bad date")
check(m is not None and "2023-02-30" in m["params"]["message"], f"bad date shown: {m}")
diagnostics(7)

# garbage: every case is followed by a request that must still be answered
def alive(what):
    r = request("textDocument/hover", {"textDocument": {"uri": URI},
                                       "position": {"line": 2, "character": 24}})
    check(r is not None and r.get("result") is not None, "still serving after " + what)


send_raw(b'Content-Length: 12\r\n\r\n{"jsonrpc":]')
e = wait_for(lambda m: m.get("error", {}).get("code") == -32700, "parse error")
check(e is not None and e.get("id") is None, "bad JSON -> -32700 with id null")
alive("bad JSON")
send_raw(b'Content-Type: application/json\r\n\r\n{"jsonrpc":"2.0","id":999,"method":"x"}')
alive("a message without Content-Length")
send_raw(b"Content-Length: 99999999999\r\n\r\n")
alive("a huge Content-Length")
send_raw(b"Content-Length: abc\r\n\r\n")
alive("a non-numeric Content-Length")
send_raw(b'Content-Length: 400\r\n\r\n{"jsonrpc":"2.0","id":77,"met')  # truncated body
alive("a truncated message")
send_raw(b"\r\n\r\n")  # stray blank lines
alive("stray blank lines")
for body, code in ((b"[1,2]", -32600), (b'{"jsonrpc":"1.0","id":5,"method":"shutdown"}', -32600),
                   (b'{"jsonrpc":"2.0","id":6,"method":"nope"}', -32601),
                   (b'{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":{}}', -32602),
                   (b'{"jsonrpc":"2.0","id":8,"method":"textDocument/hover","params":[1]}', -32602),
                   (b'{"jsonrpc":"2.0","id":9,"method":"textDocument/hover","params":'
                    b'{"textDocument":{"uri":"file:///nope"},"position":{"line":0,"character":0}}}',
                    -32602)):
    send_raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    e = wait_for(lambda m: "error" in m and m["error"].get("code") == code, f"{code} for {body}")
alive("JSON-RPC errors")
notify("textDocument/didChange", {"textDocument": {"uri": URI, "version": 8},
                                  "contentChanges": [{"range": "bad", "text": "x"}]})
alive("a didChange with bad params")

# shutdown and exit
r = request("shutdown", None)
check(r is not None and r.get("result") is None and "error" not in r, "shutdown")
notify("exit", None)
try:
    rc = proc.wait(timeout=10)
except subprocess.TimeoutExpired:
    proc.kill()
    rc = "timeout"
check(rc == 0, f"exit code {rc}")
log = b"".join(stderr_lines).decode("utf-8", "replace")
check("exceeds" in log, "oversized message logged on stderr")
print(f"lsp_client_test: {len(failures)} failures")
sys.exit(1 if failures else 0)
