#!/usr/bin/env bash
# `forecheck serve` answers each kind of bad request body with what is wrong with it.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
"$bin" serve --help >/dev/null 2>&1 || { echo "no serve front end; skipped"; exit 0; }
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
"$bin" serve --port 0 >"$tmp/serve.out" 2>"$tmp/serve.err" &
pid=$!
trap 'kill $pid 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 100); do grep -q listening "$tmp/serve.out" && break; sleep 0.05; done
url=$(grep -o 'http://[0-9.:]*' "$tmp/serve.out") || { flunk "server did not start"; finish; }
python3 "$here/http_errors.py" "$url" || fail=1
kill -0 "$pid" 2>/dev/null || flunk "server died"
finish
