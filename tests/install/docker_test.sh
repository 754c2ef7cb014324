#!/usr/bin/env bash
# The Dockerfile: its build stage installs only packages that tools/build installs, and, when a
# Docker daemon answers, the image builds, `check` reports the demo article's contradiction
# (exit 1) and `serve` answers on the published port. Exit 77 (skipped) without a daemon.
# Usage: docker_test.sh (run from the source root).
set -u
fail=0
flunk() { echo "FAIL: $*"; fail=1; }

# Packages named in the build stage's apt-get line must be ones tools/build installs (plus the
# packaging tools), so the image builds what CI tests.
build_packages=$(sed -n '/^packages=(/,/)/p' tools/build | tr -d '()' | sed 's/packages=//')
stage=$(sed -n '/^FROM .* AS build/,/^FROM /p' Dockerfile | tr '\n\\' '  ')
wanted=$(grep -oP 'apt-get install -y --no-install-recommends\K[^&]*' <<<"$stage")
[ -n "$wanted" ] || flunk "no apt-get install line in the Dockerfile's build stage"
for p in $wanted; do
  grep -qw -- "$p" <<<"$build_packages" || flunk "the Dockerfile installs $p, which tools/build does not"
done
grep -q '^ENTRYPOINT \["forecheck"\]' Dockerfile || flunk "the image's entry point is not forecheck"
grep -q '^EXPOSE 8080' Dockerfile || flunk "the image does not expose 8080"

if ! command -v docker >/dev/null || ! docker info >/dev/null 2>&1; then
  [ "$fail" = 0 ] || exit 1
  echo "SKIP: no Docker daemon answers ('docker info'); the Dockerfile was only read"
  exit 77
fi
[ "$fail" = 0 ] || exit 1

tag=forecheck-test:$$
tmp=$(mktemp -d)
cleanup() {
  [ -n "${cid:-}" ] && docker rm -f "$cid" >/dev/null 2>&1
  docker rmi -f "$tag" >/dev/null 2>&1
  rm -rf "$tmp"
}
trap cleanup EXIT
docker build -t "$tag" . >"$tmp/build.log" 2>&1 || { tail -50 "$tmp/build.log"; echo "FAIL: docker build"; exit 1; }

docker run --rm -v "$PWD/fixtures/demo:/data:ro" "$tag" check genai-market.md >"$tmp/out" 2>&1
got=$?
[ "$got" = 1 ] || flunk "docker run … check: exit $got, expected 1"
grep -qF 'genai-market.md:13:55: error[growth-contradiction]:' "$tmp/out" ||
  flunk "the image does not report the growth contradiction: $(cat "$tmp/out")"

cid=$(docker run -d -p 127.0.0.1::8080 "$tag") || flunk "docker run (serve)"
port=$(docker port "$cid" 8080/tcp | head -1 | sed 's/.*://')
python3 - "$port" <<'EOF' || flunk "serve does not answer on the published port"
import json, sys, time, urllib.request
base = f"http://127.0.0.1:{sys.argv[1]}"
for _ in range(50):
    try:
        with urllib.request.urlopen(base + "/healthz", timeout=2) as r:
            assert json.load(r) == {"status": "ok"}
        break
    except OSError:
        time.sleep(0.2)
else:
    sys.exit("no answer on /healthz")
text = open("fixtures/demo/genai-market.md", encoding="utf-8").read()
req = urllib.request.Request(base + "/v1/check", data=json.dumps({"text": text}).encode(),
                             headers={"Content-Type": "application/json"})
with urllib.request.urlopen(req, timeout=10) as r:
    body = r.read().decode()
assert "growth-contradiction" in body, body[:500]
EOF
start=$(date +%s)
docker stop -t 10 "$cid" >/dev/null || flunk "docker stop"
[ $(($(date +%s) - start)) -lt 8 ] || flunk "serve took more than 8 s to stop on SIGTERM"

[ "$fail" = 0 ] && echo "docker: image built; check and serve work"
exit "$fail"
