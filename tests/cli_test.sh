#!/usr/bin/env bash
# The command line as a user meets it: exit codes 0/1/2, JSON that follows the contract,
# usage errors, unreadable files, stdin, and byte-identical repeated output.
set -u
bin=$1
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
expect_exit() {  # expected-code description command...
  local want=$1 what=$2
  shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL: $what: exit $got, expected $want"
    cat "$tmp/out" "$tmp/err"
    fail=1
  fi
}
printf 'The market was valued at USD 4.3 billion in 2023 and should reach USD 12.9 billion by 2030, a CAGR of 17.0%%.\n' >"$tmp/ok.txt"
printf 'The market was valued at USD 10.8 billion in 2022 and is expected to reach USD 51.8 billion by 2028, a CAGR of 34.6%%.\n' >"$tmp/bad.txt"
expect_exit 0 "consistent article" "$bin" check "$tmp/ok.txt"
expect_exit 1 "conflicting article" "$bin" check "$tmp/bad.txt"
expect_exit 2 "missing file" "$bin" check "$tmp/nope.txt"
grep -q "cannot read" "$tmp/err" || { echo "FAIL: missing file message"; fail=1; }
expect_exit 2 "missing file among good ones" "$bin" check "$tmp/ok.txt" "$tmp/nope.txt"
expect_exit 2 "unknown option" "$bin" check --frobnicate "$tmp/ok.txt"
expect_exit 2 "bad date" "$bin" check --date 2023-13-01 "$tmp/ok.txt"
expect_exit 2 "no input" "$bin" check
expect_exit 2 "unknown rule" "$bin" explain no-such-rule
expect_exit 0 "explain" "$bin" explain growth-contradiction
expect_exit 1 "stdin" sh -c "\"$bin\" check --stdin-filename draft.md - <\"$tmp/bad.txt\""
grep -q '^draft.md:1:' "$tmp/out" || { echo "FAIL: --stdin-filename not used"; fail=1; }
# JSON follows the contract.
"$bin" check --format json "$tmp/bad.txt" "$tmp/ok.txt" >"$tmp/a.json"
python3 - "$tmp/a.json" <<'PY' || fail=1
import json, sys
d = json.load(open(sys.argv[1]))
assert d["version"] == 1 and d["tool"]["name"] == "forecheck"
assert [f["path"].endswith(n) for f, n in zip(d["files"], ["bad.txt", "ok.txt"])] == [True, True]
assert d["summary"] == {"files": 2, "claims": 6, "errors": 1, "warnings": 0, "infos": 0}, d["summary"]
f = d["files"][0]
for key in ["path", "lang", "date", "claims", "findings", "errors"]:
    assert key in f, key
for c in f["claims"]:
    for key in ["id", "kind", "text", "span", "subject", "source", "year", "period", "qualifier",
                "value", "currency", "unit", "rate", "rate_kind", "forecast"]:
        assert key in c, key
    raw = open(f["path"], "rb").read()[c["span"]["start"]:c["span"]["end"]].decode()
    assert raw == c["text"], (raw, c["text"])
fd = f["findings"][0]
assert fd["rule"] == "cagr-mismatch" and fd["severity"] == "error"
assert len(fd["claims"]) == 3 and fd["explanation"] and fd["expected"]
PY
"$bin" check --format json "$tmp/bad.txt" "$tmp/ok.txt" >"$tmp/b.json"
cmp -s "$tmp/a.json" "$tmp/b.json" || { echo "FAIL: output not deterministic"; fail=1; }
# Binary input is reported and skipped (exit 2), not crashed on; other files are still checked.
printf 'abc\0\0\xff\xfe binary' >"$tmp/bin.txt"
expect_exit 2 "binary file" "$bin" check "$tmp/bin.txt" "$tmp/bad.txt"
grep -q "NUL byte" "$tmp/out" || { echo "FAIL: NUL byte not reported"; fail=1; }
grep -q "cagr-mismatch" "$tmp/out" || { echo "FAIL: file after a binary one not checked"; fail=1; }
# A 200 MiB file is refused before it is read (bounded memory), the others still checked.
truncate -s 200M "$tmp/huge.md"
expect_exit 2 "huge file" "$bin" check "$tmp/huge.md" "$tmp/ok.txt"
grep -q "file too large: 200.0 MiB (limit 16 MiB); not checked" "$tmp/err" ||
  { echo "FAIL: huge file message"; cat "$tmp/err"; fail=1; }
# Messages, notes and the summary line come in the article's language unless --message-lang
# says otherwise; severity labels and rule ids stay as problem matchers read them.
printf '한빛리서치는 국내 로봇 시장이 2022년 10억달러에서 2028년 52억달러로 연평균 35%% 성장한다고 밝혔다.\n' >"$tmp/bad-ko.txt"
expect_exit 1 "Korean article" "$bin" check "$tmp/bad-ko.txt"
grep -q 'error\[cagr-mismatch\]: 2022~2028년 수치가' "$tmp/out" || { echo "FAIL: Korean message"; fail=1; }
grep -q '^      = 참고: ' "$tmp/out" || { echo "FAIL: Korean note label"; fail=1; }
grep -q '^오류 1건, 경고 0건, 정보 0건, 수치 3개 (파일 1개)$' "$tmp/out" ||
  { echo "FAIL: Korean summary line"; tail -1 "$tmp/out"; fail=1; }
expect_exit 1 "--message-lang en" "$bin" check --message-lang en "$tmp/bad-ko.txt"
grep -q 'error\[cagr-mismatch\]: The figures imply' "$tmp/out" && grep -q '^      = note: From ' "$tmp/out" &&
  grep -q '^1 error, 0 warnings, 0 info, 3 claims in 1 file$' "$tmp/out" ||
  { echo "FAIL: --message-lang en"; cat "$tmp/out"; fail=1; }
expect_exit 1 "articles in two languages" "$bin" check "$tmp/bad-ko.txt" "$tmp/ok.txt"
grep -q '^1 error, 0 warnings, 0 info, 6 claims in 2 files$' "$tmp/out" ||
  { echo "FAIL: a summary over two languages is in English"; tail -1 "$tmp/out"; fail=1; }
expect_exit 2 "unknown message language" "$bin" check --message-lang fr "$tmp/ok.txt"
grep -q "unknown message language 'fr'" "$tmp/err" || { echo "FAIL: --message-lang fr message"; fail=1; }
[ $fail = 0 ] && echo "cli tests passed"
exit $fail
