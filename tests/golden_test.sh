#!/usr/bin/env bash
# Golden test: each fixtures/e2e input's text and JSON output must equal its reviewed
# .expected/.expected.json file. FC_UPDATE_GOLDEN=1 rewrites them (review the diff).
set -u
bin=$1
status=0
for input in fixtures/e2e/*.md fixtures/e2e/*.txt fixtures/e2e/*.html fixtures/demo/*.md; do
  [ -f "$input" ] || continue
  for kind in text json; do
    expected="$input.expected"
    [ "$kind" = json ] && expected="$input.expected.json"
    actual=$("$bin" check --no-color --format "$kind" "$input")
    if [ "${FC_UPDATE_GOLDEN:-}" = 1 ]; then
      printf '%s\n' "$actual" >"$expected"
      continue
    fi
    if [ ! -f "$expected" ]; then
      echo "missing golden file $expected"
      status=1
    elif ! diff -u "$expected" <(printf '%s\n' "$actual"); then
      echo "golden mismatch: $input ($kind)"
      status=1
    fi
  done
done
exit $status
