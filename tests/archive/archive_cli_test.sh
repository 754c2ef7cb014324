#!/usr/bin/env bash
# forecheck index / check --archive / archive query|stats at the command line, on a SQLite file
# (or the PostgreSQL URI in FC_TEST_ARCHIVE_URI): incremental runs, prune, a killed run, two
# concurrent writers, and bad archives that must be refused with exit 2 and left unchanged.
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/tests/hardening/lib.sh"
fx=$root/fixtures/rules/archive-disagreement
db=${FC_TEST_ARCHIVE_URI:-$tmp/archive.db}
sqlite=1
[ -n "${FC_TEST_ARCHIVE_URI:-}" ] && sqlite=0

mkdir -p "$tmp/pub"
cp "$fx"/archive/*.md "$tmp/pub/"
cd "$tmp"

# Index, then nothing to do, then an edit and a deletion.
run 0 "first index" "$bin" index pub --db "$db"
has "first index" out "indexed 2, unchanged 0, pruned 0"
run 0 "second index" "$bin" index pub --db "$db"
has "second index" out "indexed 0, unchanged 2, pruned 0"
sed -i 's/3조2000억원/3조3000억원/' pub/2023-04-genai-ko.md
run 0 "after an edit" "$bin" index pub --db "$db"
has "after an edit" out "indexed 1, unchanged 1, pruned 0"
run 0 "the edit is in the archive" "$bin" archive query --db "$db" --subject "국내 클라우드 시장" --source "한국IDC"
has "query" out "3조3000억원"
lacks "query" out "3조2000억원"
has "query" out "1 figure"
rm pub/2024-03-genai-en.md
run 0 "without --prune" "$bin" index pub --db "$db"
has "without --prune" out "indexed 0, unchanged 1, pruned 0"
run 0 "with --prune" "$bin" index pub --db "$db" --prune
has "with --prune" out "indexed 0, unchanged 1, pruned 1"
run 0 "stats" "$bin" archive stats --db "$db" --format json
has "stats" out '"articles": 1'
has "stats" out '"schema_version": 3'
cp "$fx"/archive/2024-03-genai-en.md pub/
run 0 "back again" "$bin" index pub --db "$db"
has "back again" out "indexed 1, unchanged 1, pruned 0"

# The ignore file keeps drafts out of the archive as it keeps them out of `check`.
mkdir -p pub/drafts
cp "$fx"/archive/2024-03-genai-en.md pub/drafts/unpublished.md
printf 'pub/drafts/\n' >.forecheckignore
run 0 "ignore file" "$bin" index pub --db "$db"
has "ignore file" out "indexed 0, unchanged 2, pruned 0"
run 2 "named ignore file missing" "$bin" index pub --db "$db" --ignore-file missing.ignore
has "named ignore file missing" err "cannot read ignore file missing.ignore"
rm -r pub/drafts .forecheckignore

# Dates: front matter, else --date, else the file's day.
printf 'IDC expects the drone market to reach $32.1 billion in 2025.\n' >pub/undated.md
touch -d 2021-07-08 pub/undated.md
run 0 "undated file" "$bin" index pub/undated.md --db "$db"
run 0 "file time" "$bin" archive query --db "$db" --subject "drone market" --format json
has "file time" out '"date": "2021-07-08"'
printf '\n' >>pub/undated.md
run 0 "--date" "$bin" index pub/undated.md --db "$db" --date 2022-02-03
run 0 "--date kept" "$bin" archive query --db "$db" --subject "drone market"
has "--date kept" out "2022-02-03"
run 2 "bad --date" "$bin" index pub --db "$db" --date 2022-02-30
has "bad --date" err "invalid date '2022-02-30'"

# The draft against the archive: Korean and English, firing and near misses.
run 0 "check fires" "$bin" check --no-color --archive "$db" "$fx/fires-ko.md" "$fx/fires-en.md"
has "check ko" out "warning[archive-disagreement]: 그랜드 뷰 리서치의 2030년"
has "check en" out "warning[archive-disagreement]: Grand View Research's 2030 figure"
has "check en names the article" out '"Generative AI spending" (pub/2024-03-genai-en.md) published USD 2.1 billion on 2024-03-02'
run 1 "fail level" "$bin" check --fail-level warning --archive "$db" "$fx/fires-en.md"
run 0 "near misses" "$bin" check --no-color --archive "$db" "$fx"/near-miss-*.md
lacks "near misses" out "archive-"
run 0 "json" "$bin" check --format json --archive "$db" "$fx/fires-en.md"
has "json" out '"published": ['
has "json" out '"sentence": "Grand View Research expects the generative AI market to reach $2.1 billion by 2030."'
run 0 "without an archive" "$bin" check --no-color "$fx/fires-en.md"
lacks "without an archive" out "archive-"
run 0 "an article is not checked against itself" "$bin" check --no-color --archive "$db" pub
lacks "itself" out "archive-"
run 0 "query json" "$bin" archive query --db "$db" --subject "generative AI market" --year 2030 --format json
has "query json" out '"source": "Grand View Research"'
# The editor hooks read the archive too: the language server setting and `serve --archive`.
run 0 "lsp" "$bin" lsp --check "$fx/fires-en.md" --archive "$db"
has "lsp" out '"code": "archive-disagreement"'
"$bin" serve --port 0 --archive "$db" >serve.out 2>serve.err &
spid=$!
for _ in $(seq 1 50); do grep -q listening serve.out && break; sleep 0.1; done
port=$(grep -o '[0-9]*/$' serve.out | tr -d /)
python3 - "$port" >serve.json <<'PY' || flunk "serve: no answer"
import json, sys, urllib.request
body = json.dumps({"text": "Grand View Research expects the generative AI market to reach "
                           "$1.4 billion by 2030."}).encode()
req = urllib.request.Request(f"http://127.0.0.1:{sys.argv[1]}/v1/check", data=body)
print(urllib.request.urlopen(req, timeout=10).read().decode())
PY
kill "$spid"
wait "$spid" 2>/dev/null
has "serve" serve.json '"rule": "archive-disagreement"'
run 0 "report" "$bin" report --archive "$db" "$fx/fires-en-trend.md" -o report.html
[ "$(grep -o '<circle class="archived"' report.html | wc -l)" = 2 ] || flunk "report: hollow dots"
has "report" report.html 'text-anchor="end">2024-03-02</text>'
run 2 "serve: bad archive" "$bin" serve --archive nowhere.db
has "serve: bad archive" err "no archive at nowhere.db"
run 2 "query usage" "$bin" archive query --db "$db"
has "query usage" err "archive query needs --subject TEXT"
run 2 "index usage" "$bin" index pub
has "index usage" err "index needs --db FILE"

# Claims as JSON lines, one per claim with its article, for bulk loading (tools/archive-load).
run 0 "jsonl" "$bin" extract --format jsonl pub
[ "$(wc -l <out)" = "$(grep -c '^{"article":{"path":"pub/' out)" ] || flunk "jsonl: a line without its article"
has "jsonl" out '"sentence":"Grand View Research expects the generative AI market to reach $2.1 billion by 2030."'
run 2 "jsonl is for extract" "$bin" check --format jsonl pub
has "jsonl is for extract" err "--format jsonl is for extract"

if [ "$sqlite" = 1 ]; then
  # The README's flow, from the demo article.
  (cd "$root" && "$bin" index fixtures/demo --db "$tmp/demo.db") >/dev/null || flunk "README: index"
  printf -- '---\ndate: 2023-06-01\n---\n그랜드 뷰 리서치는 2023년 생성 AI 시장 규모가 20억달러에 이를 것으로 내다봤다.\n' >draft.md
  run 0 "README flow" "$bin" check --no-color --archive demo.db draft.md
  has "README flow" out '2023-04-14에 실린 "생성 AI 주도권 다툼, 빅테크 총력전" (fixtures/demo/genai-market.md)에는 14억 달러로 나왔습니다'

  # A killed run keeps every article it committed, each whole.
  mkdir many
  python3 - <<'PY'
for i in range(1, 4001):
    with open(f"many/a{i}.md", "w") as f:
        f.write(f"---\ndate: 2023-01-02\n---\nIDC expects the market{i} to reach ${i}.5 billion in "
                f"2027. Gartner puts the market{i} at ${i}.1 billion in 2026.\n")
PY
  "$bin" index many --db "$tmp/full.db" --jobs 1 >/dev/null
  "$bin" index many --db "$tmp/killed.db" --jobs 1 >/dev/null &
  pid=$!
  for _ in $(seq 1 200); do
    n=$(sqlite3 "$tmp/killed.db" "SELECT count(*) FROM articles" 2>/dev/null || echo 0)
    [ "${n:-0}" -ge 1 ] && break
    sleep 0.01
  done
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  [ "$(sqlite3 "$tmp/killed.db" 'PRAGMA integrity_check')" = ok ] || flunk "killed run: integrity"
  half=$(sqlite3 "$tmp/killed.db" "SELECT a.path || ' ' || count(c.ord) FROM articles a LEFT JOIN claims c ON c.article_id = a.id GROUP BY a.path ORDER BY a.path")
  whole=$(sqlite3 "$tmp/full.db" "SELECT a.path || ' ' || count(c.ord) FROM articles a LEFT JOIN claims c ON c.article_id = a.id GROUP BY a.path ORDER BY a.path")
  [ -n "$half" ] || flunk "killed run: nothing committed"
  while read -r line; do
    grep -qxF "$line" <<<"$whole" || flunk "killed run: half-written article: $line"
  done <<<"$half"
  kept=$(wc -l <<<"$half")
  [ "$kept" -lt 4000 ] || flunk "killed run: the index run finished before it was killed"
  run 0 "resume" "$bin" index many --db "$tmp/killed.db"
  has "resume" out "indexed $((4000 - kept)), unchanged $kept, pruned 0"

  # Two writers at once.
  mkdir one two
  cp many/a1*.md one/
  cp many/a2*.md two/
  "$bin" index one --db "$tmp/two.db" >"$tmp/one.out" 2>&1 &
  p1=$!
  "$bin" index two --db "$tmp/two.db" >"$tmp/two.out" 2>&1 &
  p2=$!
  wait "$p1" || flunk "writer one failed: $(cat "$tmp/one.out")"
  wait "$p2" || flunk "writer two failed: $(cat "$tmp/two.out")"
  total=$(( $(ls one | wc -l) + $(ls two | wc -l) ))
  [ "$(sqlite3 "$tmp/two.db" 'SELECT count(*) FROM articles')" = "$total" ] ||
    flunk "two writers: $(sqlite3 "$tmp/two.db" 'SELECT count(*) FROM articles') articles, expected $total"

  # Bad archives: refused with exit 2, left as they were.
  head -c 4096 /dev/urandom >corrupt.db
  cp corrupt.db corrupt.before
  run 2 "corrupt: check" "$bin" check --archive corrupt.db "$fx/fires-en.md"
  has "corrupt: check" err "corrupt.db is not a forecheck archive (file is not a database); it was left unchanged"
  run 2 "corrupt: index" "$bin" index pub --db corrupt.db
  run 2 "corrupt: stats" "$bin" archive stats --db corrupt.db
  cmp -s corrupt.db corrupt.before || flunk "corrupt archive was changed"
  cp "$tmp/full.db" newer.db
  sqlite3 newer.db "UPDATE schema_version SET version = 4"
  cp newer.db newer.before
  run 2 "newer schema" "$bin" index pub --db newer.db
  has "newer schema" err "newer.db has archive schema version 4, newer than this forecheck understands (3)"
  run 2 "newer schema: check" "$bin" check --archive newer.db "$fx/fires-en.md"
  cmp -s newer.db newer.before || flunk "newer archive was changed"
  run 2 "missing archive" "$bin" check --archive nowhere.db "$fx/fires-en.md"
  has "missing archive" err "no archive at nowhere.db"
  # The archive opens while the draft is checked; its failure still comes before any finding.
  [ -s "$tmp/out" ] && flunk "missing archive: findings printed: $(head -3 "$tmp/out")"
  [ "$(wc -l <"$tmp/err")" = 1 ] || flunk "missing archive: more than one line: $(cat "$tmp/err")"
  [ -e nowhere.db ] && flunk "a check created an archive"

  # A read-only archive: indexing is refused, checking still reads it. Root ignores file modes,
  # so the read-only side runs as an unprivileged user.
  ro=$(mktemp -d)
  chmod 755 "$ro"
  cp "$db" "$ro/ro.db"
  cp -r pub "$ro/pub"
  cp "$fx/fires-en.md" "$ro/"
  chmod -R a+rX,a-w "$ro/ro.db" "$ro/pub" "$ro/fires-en.md"
  as=()
  [ "$(id -u)" = 0 ] && as=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
  cp "$ro/ro.db" ro.before
  run 2 "read-only: index" "${as[@]}" "$bin" index "$ro/pub" --db "$ro/ro.db"
  has "read-only: index" err "ro.db is read-only: cannot index into it (nothing was changed)"
  run 0 "read-only: check" "${as[@]}" "$bin" check --no-color --archive "$ro/ro.db" "$ro/fires-en.md"
  has "read-only: check" out "warning[archive-disagreement]"
  cmp -s "$ro/ro.db" ro.before || flunk "read-only archive was changed"
  chmod -R u+w "$ro"
  rm -rf "$ro"
fi
finish
