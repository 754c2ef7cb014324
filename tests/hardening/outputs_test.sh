#!/usr/bin/env bash
# `check --output` never replaces an input, and two formats never share one output file:
# either is refused with exit code 2 before anything is written.
. "$(dirname "$0")/lib.sh"
cd "$tmp" || exit 1
mkdir drafts
printf '%s\n' "$BAD" >drafts/art.md
printf '%s\n' "$OK" >drafts/notes.md
cp drafts/art.md art.orig
ln -s drafts/art.md link.md
unchanged() { cmp -s drafts/art.md art.orig || { flunk "$1: the input was overwritten"; cp art.orig drafts/art.md; }; }
run 2 "--output names the input" "$bin" check --output drafts/art.md drafts/art.md
has "message" err "forecheck: refusing to write 'drafts/art.md' (--format text): it is one of the inputs"
unchanged "--output names the input"
run 2 "--output spelled another way" "$bin" check --format json --output ./drafts/../drafts/art.md drafts/art.md
unchanged "--output spelled another way"
run 2 "--output through a symlink" "$bin" check --output link.md drafts/art.md
unchanged "--output through a symlink"
run 2 "--output inside a walked directory" "$bin" check --format sarif --output drafts/notes.md drafts
has "walked" err "refusing to write 'drafts/notes.md' (--format sarif): it is one of the inputs"
run 2 "two formats, one file" "$bin" check --format json --output o.json --format text --output o.json drafts/art.md
has "shared" err "forecheck: --format json and --format text both write to 'o.json'"
[ ! -e o.json ] || flunk "o.json written although the run was refused"
run 2 "two formats, one file spelled twice" "$bin" check --format json --output o.json --format sarif --output ./o.json drafts/art.md
run 1 "distinct outputs still work" "$bin" check --format json --output o.json --format text --output o.txt drafts/art.md
[ -s o.json ] && [ -s o.txt ] || flunk "outputs not written"
# JUnit agrees with the exit code: an info finding is no failure unless --fail-level info.
printf '국내 로봇 시장은 2023년 5조원으로 추산된다. 국내 로봇 시장은 2028년 20억 달러에 이른다.\n' >info.md
run 0 "junit with an info finding" "$bin" check --format junit info.md
has "info is no failure" out '<testsuites name="forecheck" tests="1" failures="0"'
has "info is shown" out '<system-out>info: '
run 1 "junit --fail-level info" "$bin" check --format junit --fail-level info info.md
has "info fails at --fail-level info" out '<testsuites name="forecheck" tests="1" failures="1"'
finish
