#!/usr/bin/env bash
# What a directory walk takes: reports written by `forecheck report` are skipped (named on the
# command line they are still checked), and an empty input set is said out loud.
. "$(dirname "$0")/lib.sh"
cd "$tmp" || exit 1
mkdir articles
printf '%s\n' "$BAD" >articles/bad.md
if "$bin" report --help >/dev/null 2>&1; then
  "$bin" report articles -o articles/report.html 2>/dev/null
  "$bin" report --format markdown articles -o articles/report.md 2>/dev/null
  run 1 "check . after report" "$bin" check --format json articles
  python3 - "$tmp/out" <<'PY' || flunk "reports in a walked directory were checked"
import json, sys
paths = [f["path"] for f in json.load(open(sys.argv[1]))["files"]]
assert paths == ["articles/bad.md"], paths
PY
  run 0 "a report named on the command line is checked" "$bin" check --format json articles/report.md
  has "named report" out '"path": "articles/report.md"'
fi
mkdir empty
printf 'no article\n' >empty/data.csv
run 0 "empty input set" "$bin" check empty
has "empty warning" err "forecheck: warning: no files to check in 'empty' (see --include, --exclude and the ignore file)"
has "empty summary" out "0 errors, 0 warnings, 0 info, 0 claims in 0 files"
run 2 "--error-on-empty" "$bin" check --error-on-empty empty
has "empty error" err "forecheck: no files to check in 'empty'"
run 0 "everything excluded" "$bin" check --exclude '*.md' articles
has "excluded warning" err "no files to check in 'articles'"
run 1 "--error-on-empty with files" "$bin" check --error-on-empty articles/bad.md
lacks "no warning with files" err "no files to check"
# Numbers the grammar does not read are named with their place, and the rest is read.
printf 'The market will reach 1e308 dollars. 시장은 12345678901234567890123456789012345678901234567890조 원이다. 시장은 2023년 3조 원이다.\n' >absurd.txt
run 0 "absurd numbers" "$bin" check absurd.txt
has "scientific notation named" out "absurd.txt:1:23: input: '1e308' is in scientific notation"
has "long numeral named" out "a number of 50 digits is longer than forecheck reads (40)"
has "the rest is read" out "수치 1개 (파일 1개)"
finish
