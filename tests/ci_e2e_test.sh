#!/usr/bin/env bash
# CI usage end to end: a scratch git repository of articles checked in every output format,
# with ignore files, baselines, --changed-only, several outputs, stdin, symlink loops and the
# shipped integrations (git hook, pre-commit hook, GitHub action), asserting exact output and
# exit codes. Needs git and Debian's python3-jsonschema (tools/build installs it).
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$(pwd)
py=/usr/bin/python3
schema=$src/../shared/schemas/sarif-schema-2.1.0.json
[ -f "$schema" ] || schema=/work/shared/schemas/sarif-schema-2.1.0.json
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1 GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
flunk() { echo "FAIL: $*"; fail=1; }
run() {  # expected-exit description command... ; leaves stdout in $tmp/out, stderr in $tmp/err
  local want=$1 what=$2
  shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  [ "$got" = "$want" ] || { flunk "$what: exit $got, expected $want"; cat "$tmp/out" "$tmp/err"; }
}
same() {  # description expected-file actual-file
  diff -u "$2" "$3" >"$tmp/diff" || { flunk "$1"; cat "$tmp/diff"; }
}
"$py" -c 'import jsonschema' || { flunk "python3-jsonschema is missing (run tools/build)"; exit 1; }

BAD='The global market was valued at USD 10.8 billion in 2022 and is expected to reach USD 51.8 billion by 2028, a CAGR of 34.6%.'
OK='The cloud security market stood at USD 4.3 billion in 2023 and is projected to reach USD 12.9 billion by 2030, a CAGR of 17.0%.'
repo=$tmp/repo
mkdir -p "$repo/articles/ko" "$repo/drafts"
cd "$repo" || exit 1
git init -q . && git config user.email ci@example.com && git config user.name ci
printf '%s\n' "$BAD" >articles/bad.md
printf '%s\n' "$OK" >articles/ok.md
printf '%s\n' "$OK" >articles/ko/notes.txt
printf '%s\n' "$OK" >articles/keep.tmp.md
printf '%s\n' "$BAD" >articles/skip.tmp.md
printf '%s\n' "$BAD" >articles/data.csv
printf '%s\n' "$BAD" >drafts/wip.md
printf -- '---\ndate: 2024-05-01\n---\nThe market is expected to reach $5 billion by 2022.\n' >stale.md
printf '# drafts are not checked\ndrafts/\n*.tmp.md\n!keep.tmp.md\n' >.forecheckignore
ln -s .. articles/loop  # a symlink loop: must be walked once, not forever
git add -A && git commit -qm articles

# --- text: directories sorted, ignore file honoured, summary line, exit 1 ---
run 1 "text" timeout 20 "$bin" check .
cat >"$tmp/want" <<'EOF'
articles/bad.md:1:119: error[cagr-mismatch]: The figures imply a CAGR of 29.9% from 2022 to 2028, not the stated 34.6%
    1 | The global market was valued at USD 10.8 billion in 2022 and is expected to reach USD 51.8 billion by 2028, a CAGR of 34.6%.
      |                                                                                                                       ^~~~~
      = claim c1 at 1:33: USD 10.8 billion
      = claim c2 at 1:83: USD 51.8 billion
      = note: From USD 10.8 billion in 2022 (USD 10.75–10.85 billion) growing 34.1% to 35.1% a year for 6 years, 2028 must be USD 62.51–65.97 billion (USD 10.8 billion × 1.341^6 = USD 62.5 billion). The two figures imply (USD 51.8 billion / USD 10.8 billion)^(1/6) − 1 = 29.9% a year. No reading of the rounding makes the three claims agree.
      = help: A CAGR consistent with the figures is 29.7% to 30%
stale.md:4:33: warning[stale-forecast]: 2022 is already past on 2024-05-01, but $5 billion is stated as a forecast
    4 | The market is expected to reach $5 billion by 2022.
      |                                 ^~~~~~~~~~
      = note: The article is dated 2024-05-01; the figure is for 2022.
1 error, 1 warning, 0 info, 13 claims in 5 files
EOF
same "text output" "$tmp/want" "$tmp/out"
run 0 "clean article" "$bin" check articles/ok.md
[ "$(cat "$tmp/out")" = "0 errors, 0 warnings, 0 info, 3 claims in 1 file" ] || flunk "clean summary"
run 1 "--jobs 1" "$bin" check --jobs 1 .
same "--jobs 1 output" "$tmp/want" "$tmp/out"

# --- selection: --include, --exclude, --no-ignore, explicit files ---
run 1 "--include" "$bin" check --include '*.csv' --include 'articles/ko/*.txt' articles
grep -o '^[a-z/.]*:1:119\|[0-9]* claims in [0-9]* files' "$tmp/out" >"$tmp/got.files"
printf 'articles/data.csv:1:119\n6 claims in 2 files\n' >"$tmp/want.files"
same "--include picks csv and ko/*.txt" "$tmp/want.files" "$tmp/got.files"
run 0 "--exclude" "$bin" check --exclude bad.md --exclude 'stale.*' .
grep -q '^0 errors, 0 warnings, 0 info, 9 claims in 3 files$' "$tmp/out" || flunk "--exclude"
run 1 "--exclude with **" "$bin" check --exclude '**/ko/*.txt' --exclude 'articles/*.tmp.md' articles
grep -q '^1 error, 0 warnings, 0 info, 6 claims in 2 files$' "$tmp/out" || flunk "--exclude **"
run 1 "--no-ignore" "$bin" check --no-ignore --fail-level error .
grep -q '^3 errors, 1 warning, 0 info, 19 claims in 7 files$' "$tmp/out" || flunk "--no-ignore"
run 0 "ignored explicit file" "$bin" check drafts/wip.md articles/ok.md
grep -q 'in 1 file$' "$tmp/out" || flunk "ignore file applies to explicit paths"

# --- exit 2: unreadable and binary files are reported, the others still checked ---
printf 'abc\0def' >articles/blob.md
ln -s nowhere.md articles/dangling.md
run 2 "binary and dangling" "$bin" check articles
grep -q '^articles/blob.md:1:1: input: binary file (NUL byte at offset 3), not checked$' "$tmp/out" ||
  flunk "binary file reported"
grep -q "^forecheck: articles/dangling.md: cannot read" "$tmp/err" || flunk "dangling link reported"
grep -q '^1 error, 0 warnings, 0 info, 12 claims in 6 files (2 unreadable)$' "$tmp/out" ||
  flunk "others still checked"
rm articles/blob.md articles/dangling.md

# --- json, then a baseline made from it ---
run 1 "json" "$bin" check --format json .
cp "$tmp/out" "$tmp/baseline.json"
"$py" - "$tmp/baseline.json" <<'PY' || flunk "json summary"
import json, sys
d = json.load(open(sys.argv[1]))
assert [f["path"] for f in d["files"]] == ["articles/bad.md", "articles/keep.tmp.md",
    "articles/ko/notes.txt", "articles/ok.md", "stale.md"], d["files"]
assert d["summary"] == {"files": 5, "claims": 13, "errors": 1, "warnings": 1, "infos": 0}
assert all("baselined" not in x for f in d["files"] for x in f["findings"])
PY
run 0 "baselined" "$bin" check --baseline "$tmp/baseline.json" --max-warnings 0 .
grep -q '^articles/bad.md:1:119: error\[cagr-mismatch\] (baselined): ' "$tmp/out" || flunk "marked"
grep -q '^0 errors, 0 warnings, 0 info, 2 baselined, 13 claims in 5 files$' "$tmp/out" ||
  flunk "baseline summary"
# Offsets move when a line is added above: the finding is still the baselined one.
printf '# Draft\n\n%s\n' "$BAD" >articles/bad.md
run 0 "baseline survives moved text" "$bin" check --baseline "$tmp/baseline.json" articles
cp articles/bad.md articles/bad2.md
run 1 "new finding fails despite baseline" "$bin" check --baseline "$tmp/baseline.json" articles
grep -q '^articles/bad2.md:3:119: error\[cagr-mismatch\]: ' "$tmp/out" || flunk "new finding"
run 0 "json baselined flag" "$bin" check --format json --baseline "$tmp/baseline.json" articles/bad.md
grep -q '"baselined": true' "$tmp/out" || flunk "json marks baselined findings"
rm articles/bad2.md
git checkout -q articles/bad.md
run 2 "bad baseline" "$bin" check --baseline stale.md .
grep -q "not a forecheck JSON report" "$tmp/err" || flunk "bad baseline message"

# --- fail level and warnings ---
run 0 "--fail-level none" "$bin" check --fail-level none .
run 1 "--fail-level warning" "$bin" check --fail-level warning stale.md
run 0 "warning below default level" "$bin" check stale.md
run 1 "--max-warnings 0" "$bin" check --max-warnings 0 stale.md
run 0 "--max-warnings 1" "$bin" check --max-warnings 1 stale.md
run 2 "bad --fail-level" "$bin" check --fail-level fatal .

# --- github workflow commands ---
run 1 "github" "$bin" check --format github .
cat >"$tmp/want" <<'EOF'
::error file=articles/bad.md,line=1,col=119,endLine=1,endColumn=124,title=cagr-mismatch::The figures imply a CAGR of 29.9%25 from 2022 to 2028, not the stated 34.6%25%0AFrom USD 10.8 billion in 2022 (USD 10.75–10.85 billion) growing 34.1%25 to 35.1%25 a year for 6 years, 2028 must be USD 62.51–65.97 billion (USD 10.8 billion × 1.341^6 = USD 62.5 billion). The two figures imply (USD 51.8 billion / USD 10.8 billion)^(1/6) − 1 = 29.9%25 a year. No reading of the rounding makes the three claims agree.
::warning file=stale.md,line=4,col=33,endLine=4,endColumn=43,title=stale-forecast::2022 is already past on 2024-05-01, but $5 billion is stated as a forecast%0AThe article is dated 2024-05-01; the figure is for 2022.
EOF
same "github output" "$tmp/want" "$tmp/out"
# The annotation's line and columns point at the underlined figure in the file.
[ "$(sed -n 1p articles/bad.md | cut -c119-123)" = "34.6%" ] || flunk "annotation column"
mkdir -p "odd, dir:x" && printf '%s\n' "$BAD" >"odd, dir:x/100%.md"
run 1 "github escaping" "$bin" check --format github "odd, dir:x"
grep -q '^::error file=odd%2C dir%3Ax/100%25.md,line=1,' "$tmp/out" || flunk "property escaping"
rm -r "odd, dir:x"

# --- checkstyle and junit XML ---
run 1 "checkstyle" "$bin" check --format checkstyle articles/bad.md stale.md
cat >"$tmp/want" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<checkstyle version="4.3">
  <file name="articles/bad.md">
    <error line="1" column="119" severity="error" message="The figures imply a CAGR of 29.9% from 2022 to 2028, not the stated 34.6%" source="forecheck.cagr-mismatch"/>
  </file>
  <file name="stale.md">
    <error line="4" column="33" severity="warning" message="2022 is already past on 2024-05-01, but $5 billion is stated as a forecast" source="forecheck.stale-forecast"/>
  </file>
</checkstyle>
EOF
same "checkstyle output" "$tmp/want" "$tmp/out"
run 1 "junit" "$bin" check --format junit articles/bad.md articles/ok.md
cat >"$tmp/want" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="forecheck" tests="2" failures="1" errors="0" skipped="0">
  <testsuite name="articles/bad.md" tests="1" failures="1" errors="0" skipped="0">
    <testcase classname="articles/bad.md" name="articles/bad.md:1:119 cagr-mismatch">
      <failure message="The figures imply a CAGR of 29.9% from 2022 to 2028, not the stated 34.6%" type="error">From USD 10.8 billion in 2022 (USD 10.75–10.85 billion) growing 34.1% to 35.1% a year for 6 years, 2028 must be USD 62.51–65.97 billion (USD 10.8 billion × 1.341^6 = USD 62.5 billion). The two figures imply (USD 51.8 billion / USD 10.8 billion)^(1/6) − 1 = 29.9% a year. No reading of the rounding makes the three claims agree.</failure>
    </testcase>
  </testsuite>
  <testsuite name="articles/ok.md" tests="1" failures="0" errors="0" skipped="0">
    <testcase classname="articles/ok.md" name="articles/ok.md"/>
  </testsuite>
</testsuites>
EOF
same "junit output" "$tmp/want" "$tmp/out"
run 2 "junit unreadable" "$bin" check --format junit articles/missing.md
"$py" -c 'import sys, xml.etree.ElementTree as E; r = E.parse(sys.argv[1]).getroot(); assert r.get("errors") == "1"' \
  "$tmp/out" || flunk "junit error for unreadable file"

# --- SARIF validates against the 2.1.0 schema; several outputs at once ---
run 1 "sarif + text" "$bin" check --format sarif --output "$tmp/a.sarif" --format text .
grep -q '^1 error, 1 warning, 0 info, 13 claims in 5 files$' "$tmp/out" || flunk "text to stdout"
"$py" - "$schema" "$tmp/a.sarif" <<'PY' || flunk "sarif"
import json, sys, jsonschema
schema, doc = (json.load(open(p)) for p in sys.argv[1:3])
jsonschema.validate(doc, schema)
run = doc["runs"][0]
ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
assert ids == sorted(ids) and "cagr-mismatch" in ids and "stale-forecast" in ids
res = run["results"]
assert [r["ruleId"] for r in res] == ["cagr-mismatch", "stale-forecast"]
loc = res[0]["locations"][0]["physicalLocation"]
assert loc["artifactLocation"]["uri"] == "articles/bad.md"
assert loc["region"] == {"startLine": 1, "startColumn": 119, "endLine": 1, "endColumn": 124,
                         "byteOffset": 118, "byteLength": 5}, loc["region"]
assert [l["message"]["text"] for l in res[0]["relatedLocations"]] == [
    "claim c1: USD 10.8 billion", "claim c2: USD 51.8 billion"]
rep = res[0]["fixes"][0]["artifactChanges"][0]["replacements"][0]
assert rep["insertedContent"]["text"] == "29.9%" and rep["deletedRegion"]["byteOffset"] == 118
assert "fixes" not in res[1] and res[1]["level"] == "warning"
PY
run 1 "two files" "$bin" check --output "$tmp/b.json" --format json --format junit --output "$tmp/b.xml" .
[ ! -s "$tmp/out" ] && cmp -s "$tmp/b.json" "$tmp/baseline.json" && grep -q '<testsuites' "$tmp/b.xml" ||
  flunk "--output before --format pairs with the first format"
run 2 "two formats to stdout" "$bin" check --format json --format text .
run 2 "unwritable output" "$bin" check --format sarif --output "$tmp/no/such/dir.sarif" .
# The repository's own fixtures validate too.
"$bin" check --format sarif "$src/fixtures" >"$tmp/fixtures.sarif" 2>/dev/null
"$py" -c 'import json, sys, jsonschema; jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))' \
  "$schema" "$tmp/fixtures.sarif" || flunk "fixtures SARIF does not validate"

# --- stdin and --changed-only ---
run 1 "stdin" sh -c "\"$bin\" check --format github --stdin-filename drafts/new.md - <articles/bad.md"
grep -q '^::error file=drafts/new.md,line=1,col=119,' "$tmp/out" || flunk "stdin filename"
printf '%s\n' "$BAD" >>articles/ok.md
run 1 "--changed-only HEAD" "$bin" check --changed-only HEAD
grep -q '^articles/ok.md:2:119: error\[cagr-mismatch\]' "$tmp/out" &&
  grep -q ' 6 claims in 1 file$' "$tmp/out" || flunk "--changed-only picks the changed file"
run 0 "--changed-only outside the change" "$bin" check --changed-only HEAD stale.md
grep -q ' in 0 files$' "$tmp/out" || flunk "--changed-only filters paths"
run 2 "--changed-only shell text" "$bin" check --changed-only '$(touch pwned)' .
[ ! -e pwned ] || flunk "--changed-only ran a shell"
run 2 "--changed-only option-like" "$bin" check --changed-only --output=x .
run 2 "--changed-only unknown rev" "$bin" check --changed-only no-such-rev .
grep -q "git diff against 'no-such-rev' failed (git: fatal: bad revision 'no-such-rev'); --changed-only takes a revision first" "$tmp/err" ||
  flunk "--changed-only names the bad revision and the form"
grep -q '^error: Could not access' "$tmp/err" && flunk "--changed-only leaks git's own error output"
outside=$(mktemp -d)
run 2 "--changed-only outside a work tree" sh -c "cd '$outside' && '$bin' check --changed-only HEAD ."
grep -q 'the current directory is not inside a git work tree' "$tmp/err" ||
  flunk "--changed-only outside a git work tree says so"
rm -rf "$outside"
git checkout -q articles/ok.md

# --- progress bar: only on a terminal, only on stderr, erased afterwards ---
mkdir many && for i in $(seq -w 1 25); do printf '%s\n' "$OK" >"many/$i.md"; done
run 0 "many files, no tty" "$bin" check many
grep -q '\[#' "$tmp/err" && flunk "progress bar without a terminal"
script -qec "\"$bin\" check many 2>&1 >/dev/null" /dev/null >"$tmp/tty" </dev/null
grep -q '100% 25/25 files' "$tmp/tty" || flunk "progress bar on a terminal"
rm -r many
# Colour only on a terminal, never with --no-color or NO_COLOR, never in a pipe.
script -qec "env -u NO_COLOR \"$bin\" check articles/bad.md" /dev/null >"$tmp/tty" </dev/null
grep -q $'^articles/bad.md:1:119: \x1b\\[1;31merror\\[cagr-mismatch\\]\x1b\\[0m: ' "$tmp/tty" ||
  flunk "colour on a terminal"
script -qec "env -u NO_COLOR \"$bin\" check --no-color articles/bad.md" /dev/null >"$tmp/tty" </dev/null
grep -q $'\x1b' "$tmp/tty" && flunk "--no-color on a terminal"
script -qec "\"$bin\" check articles/bad.md" /dev/null >"$tmp/tty" </dev/null
grep -q $'\x1b' "$tmp/tty" && flunk "NO_COLOR on a terminal"
env -u NO_COLOR "$bin" check articles/bad.md | grep -q $'\x1b' && flunk "colour in a pipe"

# --- integrations ---
# Plain git hook: checks what is staged, names the real paths, exit 1 blocks the commit.
printf '%s\n' "$BAD" >"articles/new draft.md"
git add "articles/new draft.md"
run 1 "git hook, staged conflict" env FORECHECK="$bin" "$src/tools/git-pre-commit"
grep -q '^articles/new draft.md:1:119: error\[cagr-mismatch\]' "$tmp/out" || flunk "git hook output"
printf '%s\n' "$OK" >"articles/new draft.md"
run 1 "git hook checks the index, not the worktree" env FORECHECK="$bin" "$src/tools/git-pre-commit"
git add "articles/new draft.md"
run 0 "git hook, staged clean" env FORECHECK="$bin" "$src/tools/git-pre-commit"
grep -q '^0 errors, 0 warnings, 0 info, 3 claims in 1 file$' "$tmp/out" || flunk "git hook clean"
git commit -qm draft
run 0 "git hook, nothing staged" env FORECHECK="$bin" "$src/tools/git-pre-commit"
ln -sf "$src/tools/git-pre-commit" .git/hooks/pre-commit
printf '%s\n' "$BAD" >articles/blocked.md && git add articles/blocked.md
PATH="$(dirname "$bin"):$PATH" git commit -qm blocked >"$tmp/out" 2>&1 && flunk "commit not blocked"
git rm -q --cached articles/blocked.md && rm articles/blocked.md .git/hooks/pre-commit

# pre-commit hook definition: its entry, given the matching files, behaves as forecheck does.
"$py" - "$src/.pre-commit-hooks.yaml" >"$tmp/entry" <<'PY' || flunk ".pre-commit-hooks.yaml"
import sys
text = open(sys.argv[1]).read()
try:
    import yaml
    hooks = yaml.safe_load(text)
except ImportError:  # minimal reader for this flat file
    hook = {}
    for line in text.splitlines():
        if line.strip().startswith("#") or ":" not in line:
            continue
        key, value = line.strip().lstrip("- ").split(":", 1)
        value = value.strip()
        hook[key] = [v.strip() for v in value[1:-1].split(",")] if value.startswith("[") else value
    hooks = [hook]
h = hooks[0]
assert h["id"] == "forecheck" and h["entry"] == "forecheck check" and h["language"] == "system"
assert sorted(h["types_or"]) == ["html", "markdown", "plain-text"], h
print(h["entry"])
PY
read -r -a entry <"$tmp/entry"
run 1 "pre-commit entry" env PATH="$(dirname "$bin"):$PATH" "${entry[@]}" articles/bad.md stale.md
grep -q '^1 error, 1 warning, 0 info, 4 claims in 2 files$' "$tmp/out" || flunk "pre-commit entry output"

# GitHub action: required structure, then its check step run as the runner would run it.
"$py" - "$src/action.yml" "$tmp/step.sh" <<'PY' || flunk "action.yml structure"
import re, sys
text = open(sys.argv[1]).read()
for key in ["name:", "description:", "inputs:", "runs:"]:
    assert re.search(r"^" + key, text, re.M), key
assert re.search(r"^  using: composite$", text, re.M)
assert "tools/build" in text
assert "uses: github/codeql-action/upload-sarif@" in text and "sarif_file:" in text
# The `run: |` block of the step with `id: check`, by indentation.
lines = text.splitlines()
start = next(i for i, l in enumerate(lines) if l.strip() == "id: check")
run = next(i for i in range(start, len(lines)) if lines[i].strip() == "run: |")
indent = len(lines[run + 1]) - len(lines[run + 1].lstrip())
body = []
for l in lines[run + 1:]:
    if l.strip() and len(l) - len(l.lstrip()) < indent:
        break
    body.append(l[indent:])
script = "\n".join(body)
assert "--format sarif --output" in script and "forecheck check" in script
open(sys.argv[2], "w").write(script + "\n")
PY
: >"$tmp/gh_output"
run 0 "action check step" env PATH="$(dirname "$bin"):$PATH" GITHUB_OUTPUT="$tmp/gh_output" \
  FC_PATHS="articles stale.md" FC_ARGS="--exclude ko" FC_SARIF="$tmp/action.sarif" bash -e "$tmp/step.sh"
[ "$(cat "$tmp/gh_output")" = "exit-code=1" ] || flunk "action exit-code output: $(cat "$tmp/gh_output")"
grep -q '^::error file=articles/bad.md,line=1,col=119,' "$tmp/out" || flunk "action annotations"
"$py" -c 'import json, sys, jsonschema; jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))' \
  "$schema" "$tmp/action.sarif" || flunk "action SARIF does not validate"

[ $fail = 0 ] && echo "ci e2e tests passed"
exit $fail
