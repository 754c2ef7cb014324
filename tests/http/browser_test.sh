#!/usr/bin/env bash
# The demo page in headless Chromium: the seed sentence (plus a hostile tag) is put in the text
# area, the page calls /v1/check, and the conflict must come back underlined while the tag
# stays text. The screenshot is kept in the artifact directory.
set -u
bin=$1
out=$2
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
command -v chromium >/dev/null || { echo "FAIL: chromium not installed (tools/build installs it)"; exit 1; }
mkdir -p "$out"
out=$(cd "$out" && pwd)
tmp=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
"$bin" serve --port 0 >"$tmp/out" 2>"$tmp/err" &
pid=$!
for _ in $(seq 100); do grep -q listening "$tmp/out" && break; sleep 0.05; done
url=$(grep -o 'http://[0-9.:]*' "$tmp/out") || { echo "FAIL: server did not start"; exit 1; }
seed='리포트링커는 2028년 생성 AI 시장 규모를 10억달러로 예측했고, 그랜드 뷰 리서치는 2023년까지 14억달러에 이를 것으로 내다봤다. 양사 모두 생성 AI 시장이 연평균 약 17%씩 성장할 것으로 봤다. <img src=x onerror="document.title=`PW`+`NED`">'
query=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$seed")
browser() {
  timeout 90 chromium --headless --no-sandbox --disable-gpu --no-first-run --no-proxy-server \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d "$tmp/profile.XXXX")" --virtual-time-budget=5000 "$@" \
    "$url/?text=$query" 2>>"$tmp/chromium.log"
}
browser --dump-dom >"$tmp/dom.html"
fail=0
grep -q '<mark class="finding error" title="growth-contradiction: [^"]*">10억달러</mark>' "$tmp/dom.html" ||
  { echo "FAIL: 10억달러 not underlined as an error"; fail=1; }
grep -q '<mark class="claim related"[^>]*>14억달러</mark>' "$tmp/dom.html" ||
  { echo "FAIL: 14억달러 not marked as a related claim"; fail=1; }
grep -q 'growth-contradiction' "$tmp/dom.html" || { echo "FAIL: findings list empty"; fail=1; }
grep -q '&lt;img src=x' "$tmp/dom.html" || { echo "FAIL: the tag was not shown as text"; fail=1; }
if grep -q 'PWNED\|<img' "$tmp/dom.html"; then echo "FAIL: article HTML was interpreted"; fail=1; fi
browser --hide-scrollbars --window-size=1000,800 --screenshot="$out/demo-page.png" >/dev/null
python3 - "$out/demo-page.png" <<'PY' || fail=1
import struct, sys
b = open(sys.argv[1], "rb").read()
assert b[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", b[16:24]) == (1000, 800), "bad PNG"
PY
[ $fail = 0 ] || tail -20 "$tmp/chromium.log"
echo "artifact: $out/demo-page.png"
exit $fail
