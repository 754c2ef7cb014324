#!/usr/bin/env python3
"""Bad bodies for POST /v1/check, each with the error it must get (status 400)."""
import json
import sys
import urllib.error
import urllib.request

URL = sys.argv[1] + "/v1/check"
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
CASES = [
    (b"", 'the body is empty; send a JSON object such as {"text": "..."}'),
    (b"not json", "invalid JSON at byte 0: syntax error"),
    (b'{"text": 1,}', "invalid JSON at byte 11: syntax error"),
    (b'{"text": "a\xff"}', "the body is not valid UTF-8: 0xFF at byte 11"),
    (b'{"text": "\xed\xa0\x80"}', "the body is not valid UTF-8: 0xED at byte 10"),
    (b'{"text": "\\ud800"}', "invalid JSON at byte 10: \\ud800 is a lone UTF-16 surrogate"),
    (b'{"text": "\\uDC00 x"}', "invalid JSON at byte 10: \\uDC00 is a lone UTF-16 surrogate"),
    (b'{"text": "\\ud800\\u0041"}', "invalid JSON at byte 10: \\ud800 is a lone UTF-16 surrogate"),
    (b'{"text": "ab', "the body ends inside its JSON after 12 bytes; was it cut off?"),
    (b'{"text": "ab"} x', "invalid JSON at byte 15: data after the JSON value"),
    (b"[1]", "body must be a JSON object"),
    (b'{"text": "x", "date": "2023-02-30"}', "invalid date '2023-02-30' (2023-02 has 28 days)"),
    (b'{"text": "x", "date": "2023-13-01"}', "invalid date '2023-13-01' (there is no month 13)"),
]
failures = 0
for body, want in CASES:
    req = urllib.request.Request(URL, data=body, headers={"Content-Type": "application/json"})
    try:
        with opener.open(req, timeout=10) as r:
            status, answer = r.status, r.read()
    except urllib.error.HTTPError as e:
        status, answer = e.code, e.read()
    try:
        got = json.loads(answer).get("error")
    except ValueError:
        got = answer
    if status != 400 or got != want:
        failures += 1
        print(f"FAIL: {body[:60]!r}: {status} {got!r}, expected 400 {want!r}")
# A valid body still works.
req = urllib.request.Request(URL, data=b'{"text": "\\ud55c\\uad6d"}',
                             headers={"Content-Type": "application/json"})
with opener.open(req, timeout=10) as r:
    if r.status != 200:
        failures += 1
        print("FAIL: escaped Hangul body:", r.status)
sys.exit(1 if failures else 0)
