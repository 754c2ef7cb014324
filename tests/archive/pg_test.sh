#!/usr/bin/env bash
# The archive on a real PostgreSQL server: initdb and pg_ctl in a temporary directory (as an
# unprivileged user when run as root), then the store suite and the command-line archive test
# against it, and clear errors for an unreachable server, a wrong password and a newer schema.
# Exit 77 (skipped) when no server can be started (the Debian package postgresql is missing).
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tests=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/tools/lib/pg_scratch.sh"
pg_scratch_start
case $? in
  0) ;;
  2) echo "skipped: PostgreSQL is not installed"; exit 77 ;;
  *) echo "FAIL: the PostgreSQL server did not start"; exit 1 ;;
esac
server=$PG_SERVER
port=$PG_PORT
fail=0
flunk() { echo "FAIL: $*"; fail=1; }
psql() { pg_scratch_psql "$@"; }

# The store suite and the schema tests, on PostgreSQL as well as SQLite.
(cd "$root" && FC_TEST_POSTGRESQL="$server/postgres" "$tests" -sf='*tests/archive/*' -nv) ||
  flunk "store suite on PostgreSQL"

# The command-line test on its own database.
psql "$server/postgres" -c "CREATE DATABASE cli" || flunk "create database"
FC_TEST_ARCHIVE_URI="$server/cli" "$root/tests/archive/archive_cli_test.sh" "$bin" ||
  flunk "command-line test on PostgreSQL"

# The scale path: extraction as a map step (here xargs, as Hadoop streaming or Spark's pipe()
# would run it), then one bulk COPY load; loading again replaces, never duplicates.
psql "$server/postgres" -c "CREATE DATABASE bulk" || flunk "create database"
"$bin" archive init --db "$server/bulk" >/dev/null || flunk "archive init"
jsonl=$(mktemp)
(cd "$root" && find fixtures/rules/archive-disagreement/archive -name '*.md' | sort |
  xargs -n 1 -P 2 "$bin" extract --format jsonl >"$jsonl") || flunk "extract --format jsonl"
for round in 1 2; do
  out=$("$root/tools/archive-load" "$server/bulk" "$jsonl" 2>&1) || flunk "archive-load: $out"
  grep -qF "loaded 2 articles from 3 lines" <<<"$out" || flunk "archive-load $round: $out"
done
[ "$(psql "$server/bulk" -tAc 'SELECT count(*) FROM claims')" = 3 ] || flunk "bulk: claims"
out=$(cd "$root" && "$bin" check --no-color --archive "$server/bulk" fixtures/rules/archive-disagreement/fires-en.md)
grep -qF "warning[archive-disagreement]" <<<"$out" || flunk "bulk: check: $out"
printf '{"not": "ours"}\n' >"$jsonl"
out=$("$root/tools/archive-load" "$server/bulk" "$jsonl" 2>&1) && flunk "archive-load took a bad line"
grep -qF "not a forecheck jsonl line" <<<"$out" || flunk "archive-load: bad line: $out"
rm -f "$jsonl"

# Bad servers and archives: exit 2, one clear line, no password in it.
draft="$root/fixtures/rules/archive-disagreement/fires-en.md"
out=$("$bin" check --archive "postgresql://fc:secret@127.0.0.1:1/postgres" "$draft" 2>&1)
[ $? = 2 ] || flunk "unreachable: exit code"
grep -qF "cannot connect to the PostgreSQL archive postgresql://fc:***@127.0.0.1:1/postgres" <<<"$out" ||
  flunk "unreachable: $out"
out=$("$bin" index "$root/fixtures/rules/archive-disagreement/archive" \
  --db "postgresql://fc:wrong@127.0.0.1:$port/cli" 2>&1)
[ $? = 2 ] || flunk "wrong password: exit code"
grep -qF 'password authentication failed for user "fc"' <<<"$out" || flunk "wrong password: $out"
grep -qF "wrong" <<<"$out" && flunk "the password is printed: $out"
psql "$server/postgres" -c "CREATE DATABASE empty" || flunk "create database"
out=$("$bin" archive stats --db "$server/empty" 2>&1)
[ $? = 2 ] || flunk "no archive: exit code"
grep -qF "no forecheck archive at postgresql://fc:***@127.0.0.1:$port/empty" <<<"$out" ||
  flunk "no archive: $out"
psql "$server/cli" -c "UPDATE schema_version SET version = 9" || flunk "set version"
out=$("$bin" index "$root/fixtures/rules/archive-disagreement/archive" --db "$server/cli" 2>&1)
[ $? = 2 ] || flunk "newer schema: exit code"
grep -qF "has archive schema version 9, newer than this forecheck understands (3)" <<<"$out" ||
  flunk "newer schema: $out"
[ "$(psql "$server/cli" -tAc 'SELECT count(*) FROM articles')" -gt 0 ] ||
  flunk "newer schema: articles lost"
exit "$fail"
