#!/usr/bin/env python3
"""Requests against a running `forecheck serve`: check, health, page, limits, bad input."""
import concurrent.futures
import html
import json
import re
import os
import socket
import sys
import time
import urllib.error
import urllib.request
from urllib.parse import urlparse

URL, FIXTURE = sys.argv[1], sys.argv[2]
HOST, PORT = urlparse(URL).hostname, urlparse(URL).port
# Sanitizer builds run several times slower: tools/test-sanitize widens wall-clock bounds.
SLOWDOWN = float(os.environ.get("FC_TEST_SLOWDOWN", "1"))
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
failures = []
SEED = ("리포트링커는 2028년 생성 AI 시장 규모를 10억달러로 예측했고, 그랜드 뷰 리서치는 2023년까지 "
        "14억달러에 이를 것으로 내다봤다. 양사 모두 생성 AI 시장이 연평균 약 17%씩 성장할 것으로 봤다.")


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def call(path, body=None, method=None):
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
    req = urllib.request.Request(URL + path, data=data, method=method,
                                 headers={"Content-Type": "application/json"})
    try:
        with opener.open(req, timeout=10) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


status, headers, body = call("/healthz")
check(status == 200 and json.loads(body) == {"status": "ok"}, f"healthz {status} {body}")

status, headers, body = call("/v1/check", {"text": SEED, "lang": "ko", "format": "text"})
d = json.loads(body)
f = d["files"][0]["findings"]
check(status == 200 and d["version"] == 1, "contract JSON")
check(len(f) == 1 and f[0]["rule"] == "growth-contradiction", f"one finding: {f}")
start = SEED.encode().index("10억달러".encode())
check(f and f[0]["span"]["start"] == start and f[0]["span"]["end"] == start + 11, "byte span")

# message_lang: the same Korean text, its finding explained in Japanese
status, _, body = call("/v1/check", {"text": SEED, "lang": "ko", "message_lang": "ja"})
f = json.loads(body)["files"][0]["findings"]
check(status == 200 and len(f) == 1 and "2028年" in f[0]["message"], f"message_lang ja: {f}")

# the Markdown fixture as markdown, with a date that makes the forecasts stale
text = open(FIXTURE, encoding="utf-8").read()
status, _, body = call("/v1/check", {"text": text, "format": "markdown", "date": "2030-01-01"})
rules = sorted(x["rule"] for x in json.loads(body)["files"][0]["findings"])
check(rules == ["growth-contradiction", "stale-forecast", "stale-forecast"], f"date: {rules}")
check(json.loads(body)["files"][0]["date"] == "2030-01-01", "date echoed")

# the demo page is embedded and served with a content-security policy
status, headers, body = call("/")
check(status == 200 and b"<textarea" in body and b"/v1/check" in body, "demo page")
check("default-src 'none'" in headers.get("Content-Security-Policy", ""), "page CSP")
# a first visit opens on a sample passage, and that sample shows a conflict
page = body.decode("utf-8")
sample = re.search(r'<textarea id="text"[^>]*>(.*?)</textarea>', page, re.S)
sample_date = re.search(r'id="date"[^>]*value="([0-9-]+)"', page)
check(sample is not None and sample.group(1).strip() != "" and sample_date is not None,
      "demo page opens on a sample passage")
if sample and sample_date:
    _, _, body = call("/v1/check", {"text": html.unescape(sample.group(1)), "date": sample_date.group(1)})
    check(json.loads(body)["summary"]["errors"] >= 1, "the demo sample shows a conflict")

# bad requests: JSON errors, never a crash
for payload, code in ((b"not json", 400), (b"[1]", 400), ({"lang": "ko"}, 400),
                      ({"text": 5}, 400), ({"text": "x", "lang": "fr"}, 400),
                      ({"text": "x", "message_lang": "fr"}, 400),
                      ({"text": "x", "date": "2023-13-45"}, 400), ({"text": "x", "format": "pdf"}, 400)):
    status, _, body = call("/v1/check", payload)
    check(status == code and "error" in json.loads(body), f"{payload!r} -> {status} {body!r}")
check(call("/v1/check")[0] == 405, "GET /v1/check -> 405")
check(call("/nope")[0] == 404, "404")

# body limit: 2 MiB is refused with 413 (the default limit is 1 MiB)
status, _, body = call("/v1/check", b'{"text":"' + b"a" * (2 << 20) + b'"}')
check(status == 413, f"oversized body -> {status}")

# time budget (server started with --budget-ms 300): a long run-on text inside the body limit
# is answered 503 with an error naming the budget, and the server keeps serving
clause = "The global chip market will reach $1.4 billion by 2028 and grow 17% a year while IDC says $2.1 billion in 2030 "
t0 = time.time()
status, _, body = call("/v1/check", {"text": clause * 8000})
check(status == 503 and "time budget of 300 ms" in json.loads(body).get("error", ""),
      f"over budget -> {status} {body[:200]!r}")
check(time.time() - t0 < 5 * SLOWDOWN, f"over-budget request took {time.time() - t0:.1f}s")
check(call("/v1/check", {"text": SEED})[0] == 200, "serving after an over-budget request")

# long checks never starve /healthz: checking runs on its own pool, not the I/O threads
with concurrent.futures.ThreadPoolExecutor(3) as pool:
    long_checks = [pool.submit(call, "/v1/check", {"text": clause * 8000}) for _ in range(3)]
    time.sleep(0.05)
    t0 = time.time()
    health = call("/healthz")[0]
    waited = time.time() - t0
    [f.result() for f in long_checks]
check(health == 200 and waited < 0.25 * SLOWDOWN,
      f"/healthz during long checks: {health} after {waited:.2f}s")

# read timeout: a client that sends half a request gets 408 and is dropped (server started
# with --timeout 2); an idle connection is just closed
s = socket.create_connection((HOST, PORT))
s.sendall(b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
s.settimeout(10)
t0 = time.time()
try:
    rest = s.recv(4096)
except OSError:
    rest = b""
check(rest.startswith(b"HTTP/1.1 408") and time.time() - t0 < 8,
      f"stalled request answered 408 after {time.time() - t0:.1f}s: {rest[:40]!r}")
s.close()
s = socket.create_connection((HOST, PORT))
s.settimeout(10)
try:
    rest = s.recv(4096)
except OSError:
    rest = b""
check(rest == b"", f"idle connection closed without an answer: {rest[:40]!r}")
s.close()

# concurrent requests all succeed (more than the thread count, fewer than the connection cap).
# Two connections of slack under the per-client cap: a client may open its next connection
# before the server has run the close of the one it just read an answer from.
with concurrent.futures.ThreadPoolExecutor(5) as pool:
    answers = list(pool.map(lambda _: call("/v1/check", {"text": SEED}), range(24)))
refused = [(status, body[:120]) for status, _, body in answers if status != 200]
check(not refused, f"concurrent: {len(refused)} of 24 refused: {refused}")

# beyond the per-client cap (7) one client's new connections get 503 naming the client, and
# beyond the connection cap (8) any new connection does
idle = [socket.create_connection((HOST, PORT)) for _ in range(7)]
time.sleep(0.2)
status, _, body = call("/healthz")
check(status == 503 and b"from this client" in body, f"per-client cap -> {status} {body[:60]!r}")
idle.append(socket.create_connection((HOST, PORT)))
time.sleep(0.2)
status = call("/healthz")[0]
check(status == 503, f"connection cap -> {status}")
for s in idle:
    s.close()
time.sleep(1.0)
check(call("/healthz")[0] == 200, "serving again after the idle connections closed")

print(f"http_test: {len(failures)} failures")
sys.exit(1 if failures else 0)
