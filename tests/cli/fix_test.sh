#!/usr/bin/env bash
# check --fix and --fix-dry-run on copies of fixtures/fix/: the dry run prints a diff and
# changes nothing, --fix changes only the figure's bytes (atomically, keeping the mode and a
# symbolic link), a second --fix is a no-op, and files with an error it cannot fix, standard
# input and contradictory flags are refused. Usage: fix_test.sh FORECHECK (from the source root).
set -u
bin=$1
src=$PWD
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
flunk() {
  echo "FAIL: $*"
  fail=1
}
run() {  # expected-exit description command...
  local want=$1 what=$2
  shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  [ "$got" = "$want" ] || { flunk "$what: exit $got, expected $want"; cat "$tmp/out" "$tmp/err"; }
}
mkdir "$tmp/w"
cp fixtures/fix/cagr-en.md fixtures/fix/robots-ko.md fixtures/fix/blocked.md "$tmp/w/"
cd "$tmp/w" || exit 1
cp cagr-en.md cagr-en.orig
chmod 640 cagr-en.md

# Without --fix nothing is written, and the dry run shows the change as a diff.
run 1 "plain check" "$bin" check cagr-en.md
run 1 "dry run" "$bin" check --fix-dry-run cagr-en.md
cmp -s cagr-en.md cagr-en.orig || flunk "--fix-dry-run changed the file"
# An empty context line is one space; it is written `~` here so no editor trims it.
sed 's/^~$/ /' >"$tmp/want.diff" <<'EOF'
--- cagr-en.md
+++ cagr-en.md
@@ -2,6 +2,6 @@
~
 Commercial drones keep moving into farming, surveying and delivery.
~
-The global drone market was valued at USD 10.8 billion in 2022 and is expected to reach USD 21.6 billion by 2028, a CAGR of 17.5%.
+The global drone market was valued at USD 10.8 billion in 2022 and is expected to reach USD 21.6 billion by 2028, a CAGR of 12.2%.
~
 Growth is led by services rather than hardware sales.
EOF
diff -u "$tmp/want.diff" "$tmp/out" || flunk "--fix-dry-run diff"
grep -qx 'forecheck: would fix 1 figure in 1 file' "$tmp/err" || flunk "dry-run summary"
if command -v patch >/dev/null; then
  patch -s -p0 -o "$tmp/patched" cagr-en.md <"$tmp/out" || flunk "patch rejects the diff"
fi

# --fix: the report and exit code are the file as checked; only the figure's bytes change.
"$bin" check --format json cagr-en.md >"$tmp/before.json"
run 1 "--fix" "$bin" check --fix cagr-en.md
grep -q '^cagr-en.md:5:125: error\[cagr-mismatch\]' "$tmp/out" || flunk "--fix report"
grep -qx 'forecheck: fixed 1 figure in 1 file' "$tmp/err" || flunk "--fix summary"
python3 - "$tmp/before.json" cagr-en.orig cagr-en.md <<'PY' || flunk "--fix changed more than the figure"
import json, sys
finding = json.load(open(sys.argv[1]))["files"][0]["findings"][0]
start, end = finding["span"]["start"], finding["span"]["end"]
old, new = open(sys.argv[2], "rb").read(), open(sys.argv[3], "rb").read()
assert old[start:end] == b"17.5%", old[start:end]
assert new == old[:start] + b"12.2%" + old[end:], new
PY
[ ! -e "$tmp/patched" ] || cmp -s "$tmp/patched" cagr-en.md || flunk "--fix differs from the dry run's diff"
[ "$(stat -c %a cagr-en.md)" = 640 ] || flunk "--fix did not keep the file mode"
ls -A | grep -q forecheck- && flunk "a temporary file was left behind"

# A second --fix has nothing left to do and does not rewrite the file.
cp cagr-en.md cagr-en.fixed
inode=$(stat -c %i cagr-en.md)
run 0 "second --fix" "$bin" check --fix cagr-en.md
grep -qx 'forecheck: fixed 0 figures in 0 files' "$tmp/err" || flunk "second --fix summary"
cmp -s cagr-en.md cagr-en.fixed || flunk "second --fix changed the file"
[ "$(stat -c %i cagr-en.md)" = "$inode" ] || flunk "second --fix rewrote the file"

# Korean, through a symbolic link: the link stays a link and its target is fixed.
ln -s robots-ko.md link.md
run 1 "--fix through a link" "$bin" check --fix link.md
[ -L link.md ] || flunk "--fix replaced the symbolic link"
grep -q '규모를 31억달러로 내다봤고' robots-ko.md || flunk "Korean figure not fixed"
run 0 "Korean second --fix" "$bin" check --fix robots-ko.md

# An error --fix cannot fix leaves the whole file alone, and says so.
cp blocked.md blocked.orig
run 1 "blocked file" "$bin" check --fix blocked.md
cmp -s blocked.md blocked.orig || flunk "a file with an unfixable error was changed"
grep -q '^forecheck: blocked.md:5:103: error\[cagr-mismatch\] not fixed: ' "$tmp/err" &&
  grep -q '^forecheck: blocked.md: left unchanged' "$tmp/err" || flunk "blocked file message"

# Standard input is never rewritten; its diff may be shown. Contradictory flags are refused.
run 2 "--fix on stdin" sh -c "\"$bin\" check --fix - <cagr-en.orig"
grep -q 'cannot rewrite standard input' "$tmp/err" || flunk "stdin refusal message"
run 1 "--fix-dry-run on stdin" sh -c "\"$bin\" check --fix-dry-run --stdin-filename d.md - <cagr-en.orig"
grep -qx -- '--- d.md' "$tmp/out" || flunk "stdin dry-run diff"
run 2 "both flags" "$bin" check --fix --fix-dry-run cagr-en.orig
run 2 "extract --fix" "$bin" extract --fix cagr-en.orig
cmp -s cagr-en.orig "$src/fixtures/fix/cagr-en.md" || flunk "refused runs changed a file"
exit $fail
