#!/usr/bin/env bash
# `forecheck serve` end to end: a free port, the Korean seed sentence, limits and errors.
set -u
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
tmp=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
"$bin" serve --port 0 --max-connections 8 --max-per-client 7 --timeout 2 --budget-ms 300 >"$tmp/out" 2>"$tmp/err" &
pid=$!
for _ in $(seq 100); do grep -q listening "$tmp/out" && break; sleep 0.05; done
url=$(grep -o 'http://[0-9.:]*' "$tmp/out") || { echo "FAIL: server did not start"; cat "$tmp/err"; exit 1; }
grep -q '^forecheck serve: listening on http://127.0.0.1:' "$tmp/out" || { echo "FAIL: not on 127.0.0.1"; exit 1; }
python3 "$here/http_client.py" "$url" "$here/../lsp/genai-ko.md"
rc=$?
kill -0 "$pid" 2>/dev/null || { echo "FAIL: server died"; cat "$tmp/err"; rc=1; }
exit $rc
