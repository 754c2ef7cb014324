#!/usr/bin/env bash
# The fixtures' report in a real browser (headless Chromium, notes/toolchain.md §6): PNG and
# PDF are kept under the build directory, the PDF text holds the seed conflict's numbers,
# the page's own script ran (so its CSP hash is right) and no script from an article did.
set -u
bin=$1
out=$2  # artifact directory
here=$(cd "$(dirname "$0")" && pwd)
fail=0
for tool in chromium pdftotext; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool not installed (tools/build installs it)"; exit 1; }
done
mkdir -p "$out"
out=$(cd "$out" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync)
browser() {  # a fresh profile per run, so no state leaks between runs
  local profile
  profile=$(mktemp -d "$tmp/profile.XXXX")
  timeout 120 chromium "${flags[@]}" --user-data-dir="$profile" "$@" 2>>"$tmp/chromium.log"
}

html=$out/fixtures-report.html
rm -f "$html"
"$bin" report fixtures/demo/genai-market.md fixtures/e2e "$here/hostile.txt" -o "$html" || {
  echo "FAIL: report exited $?"; exit 1; }

browser --hide-scrollbars --window-size=1100,2600 --screenshot="$out/fixtures-report.png" "file://$html" >/dev/null
python3 - "$out/fixtures-report.png" <<'PY' || fail=1
import struct, sys
b = open(sys.argv[1], "rb").read()
assert b[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
w, h = struct.unpack(">II", b[16:24])
assert (w, h) == (1100, 2600) and len(b) > 50_000, f"PNG {w}x{h}, {len(b)} bytes"
PY

browser --no-pdf-header-footer --print-to-pdf="$out/fixtures-report.pdf" "file://$html" >/dev/null
pdftotext -layout "$out/fixtures-report.pdf" "$tmp/report.txt" || { echo "FAIL: pdftotext"; fail=1; }
for needle in "10억" "14억" "17%" "growth-contradiction" "28.97억~32.48억" "cagr-mismatch"; do
  grep -qF -- "$needle" "$tmp/report.txt" || { echo "FAIL: PDF text lacks '$needle'"; fail=1; }
done

# The DOM after scripts ran: the article payloads would set the title to PW+NED.
browser --dump-dom "file://$html" >"$tmp/dom.html"
grep -q '<title>forecheck' "$tmp/dom.html" || { echo "FAIL: title changed or DOM empty"; fail=1; }
if grep -q 'PWNED' "$tmp/dom.html"; then echo "FAIL: an article's script ran"; fail=1; fi
grep -q '<div class="controls">' "$tmp/dom.html" ||
  { echo "FAIL: the report's own table script did not run (CSP hash?)"; fail=1; }
[ "$(grep -o '<circle class="figure' "$tmp/dom.html" | wc -l)" -ge 10 ] ||
  { echo "FAIL: chart points missing from the rendered DOM"; fail=1; }
[ $fail = 0 ] || cat "$tmp/chromium.log" | grep -v 'dbus\|unexpected operator' | tail -20
echo "artifacts: $out/fixtures-report.png $out/fixtures-report.pdf"
exit $fail
