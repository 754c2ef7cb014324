#!/usr/bin/env python3
"""`forecheck serve` stops work nobody waits for: a check whose client hung up, and every check
at SIGTERM. Times are measured against one full check of the same text on the same build, so
the test holds on slow (sanitizer) builds too."""
import json
import os
import signal
import socket
import subprocess
import sys
import time

BIN, FIXTURE = sys.argv[1], sys.argv[2]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def start():
    proc = subprocess.Popen([BIN, "serve", "--port", "0", "--budget-ms", "600000"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    port = int(line.rsplit(":", 1)[1].strip().rstrip("/"))
    return proc, port


def request_bytes(text):
    body = json.dumps({"text": text, "lang": "ko", "format": "markdown"},
                      ensure_ascii=False).encode()
    return (b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Connection: close\r\nContent-Length: %d\r\n\r\n" % len(body)) + body


def send(port, text):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(request_bytes(text))
    return s


def answer(s):
    data = b""
    while chunk := s.recv(65536):
        data += chunk
    s.close()
    return data


article = open(FIXTURE, encoding="utf-8").read()
big = article * (900_000 // len(article.encode()))
small = article

proc, port = start()
try:
    begun = time.monotonic()
    reply = answer(send(port, big))
    full = time.monotonic() - begun
    check(reply.startswith(b"HTTP/1.1 200"), f"the long check answers 200: {reply[:60]!r}")
    print(f"one full check of {len(big.encode())} bytes: {full:.2f} s")

    # Four long checks whose clients hang up at once: the two running stop, the queued two never
    # start, so a small check right after is answered without waiting for them.
    for s in [send(port, big) for _ in range(4)]:
        s.close()
    time.sleep(0.2)
    begun = time.monotonic()
    reply = answer(send(port, small))
    waited = time.monotonic() - begun
    check(reply.startswith(b"HTTP/1.1 200"), f"the small check answers 200: {reply[:60]!r}")
    check(waited < full / 2,
          f"a check after four abandoned ones waited {waited:.2f} s (one full check: {full:.2f} s)")

finally:
    proc.kill()
    proc.wait()

# SIGTERM while two long checks run: the server exits without finishing them.
proc, port = start()
try:
    running = [send(port, big) for _ in range(2)]
    time.sleep(full / 8)
    begun = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=120)
    stopped = time.monotonic() - begun
    print(f"SIGTERM to exit: {stopped:.2f} s")
    check(proc.returncode == 0, f"serve exits 0 on SIGTERM, not {proc.returncode}")
    check(stopped < full / 10,
          f"SIGTERM took {stopped:.2f} s with two checks running (one full check: {full:.2f} s)")
    for s in running:
        s.close()
finally:
    if proc.poll() is None:
        proc.kill()
        proc.wait()

print("cancel: ok" if not failures else f"cancel: {len(failures)} failures")
sys.exit(1 if failures else 0)
