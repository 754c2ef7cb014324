#!/usr/bin/env python3
"""Bad bodies for POST /v1/check, each with the error it must get (status 400)."""
import json
import sys
import urllib.error
import urllib.request

URL = sys.argv[1] + "/v1/check"
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
CASES = [
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
sys.exit(1 if failures else 0)
