#!/usr/bin/env bash
# `cmake --install` into a scratch prefix: every installed file is there, the installed binary
# checks the demo article from another directory with nothing of the build around, the man page
# renders without warnings, and the CMake package gives forecheck::forecheck.
# Usage: install_test.sh BUILD_DIR (run from the source root).
set -u
build=$(cd "$1" && pwd)
src=$(pwd)
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
flunk() { echo "FAIL: $*"; fail=1; }
prefix=$tmp/prefix

cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 ||
  { cat "$tmp/install.log"; echo "FAIL: cmake --install"; exit 1; }
for f in bin/forecheck share/man/man1/forecheck.1 \
  share/bash-completion/completions/forecheck share/zsh/site-functions/_forecheck \
  share/fish/vendor_completions.d/forecheck.fish \
  share/doc/forecheck/README.md share/doc/forecheck/rules/growth-contradiction.md \
  share/doc/forecheck/rules/growth-contradiction.toml \
  lib/cmake/forecheck/forecheckConfig.cmake lib/cmake/forecheck/forecheckConfigVersion.cmake \
  lib/cmake/forecheck/forecheckTargets.cmake; do
  [ -f "$prefix/$f" ] || flunk "not installed: $f"
done
[ -x "$prefix/bin/forecheck" ] || flunk "bin/forecheck is not executable"
# The VS Code extension is installed when tools/editors/vscode/build.sh has built it.
vsix=forecheck-$("$build/forecheck" --version | awk '{print $2}').vsix
if [ -f "$src/tools/editors/vscode/$vsix" ]; then
  [ -f "$prefix/share/forecheck/vscode/$vsix" ] || flunk "not installed: $vsix"
else
  [ -e "$prefix/share/forecheck" ] && flunk "share/forecheck installed without a .vsix to hold"
fi
rules=$(ls "$src"/rules/*.md | wc -l)
docs=$(ls "$prefix"/share/doc/forecheck/rules/*.md | wc -l)
[ "$docs" = "$rules" ] || flunk "$docs rule pages installed, $rules in rules/"

# The installed binary, from an unrelated directory, with a bare environment: the rule data is
# compiled in, so no source tree or data directory is needed.
mkdir -p "$tmp/elsewhere"
cp "$src/fixtures/demo/genai-market.md" "$tmp/elsewhere/"
run_installed() {  # expected-exit description args...
  local want=$1 what=$2
  shift 2
  (cd "$tmp/elsewhere" && env -i PATH=/usr/bin:/bin HOME="$tmp" "$prefix/bin/forecheck" "$@") \
    >"$tmp/out" 2>"$tmp/err"
  local got=$?
  [ "$got" = "$want" ] || { flunk "$what: exit $got, expected $want"; cat "$tmp/out" "$tmp/err"; }
}
run_installed 1 "check the demo article" check genai-market.md
grep -qF 'genai-market.md:13:55: error[growth-contradiction]: 2028년 수치(10억 달러)가 2023년 수치(14억 달러)보다 작은데' "$tmp/out" ||
  flunk "the growth contradiction is not reported: $(cat "$tmp/out")"
grep -qF '오류 1건, 경고 0건' "$tmp/out" || flunk "summary line: $(tail -1 "$tmp/out")"
run_installed 1 "check by absolute path" check --format json "$src/fixtures/demo/genai-market.md"
grep -qF '"rule": "growth-contradiction"' "$tmp/out" || grep -qF '"rule":"growth-contradiction"' "$tmp/out" ||
  flunk "JSON output lacks the growth-contradiction finding"
run_installed 0 "explain a rule" explain growth-contradiction
[ -s "$tmp/out" ] || flunk "explain printed nothing"
run_installed 0 "list the rules" rules
[ "$(wc -l <"$tmp/out")" = "$rules" ] || flunk "rules lists $(wc -l <"$tmp/out") rules, expected $rules"
run_installed 0 "version" --version
grep -qF "forecheck" "$tmp/out" || flunk "version: $(cat "$tmp/out")"

# The man page: groff must accept it without a warning; without groff, it must at least be roff.
man_page=$prefix/share/man/man1/forecheck.1
if command -v groff >/dev/null; then
  groff -man -Tutf8 -ww -z "$man_page" 2>"$tmp/groff.err" || flunk "groff failed"
  [ -s "$tmp/groff.err" ] && flunk "groff warnings: $(cat "$tmp/groff.err")"
  groff -man -Tutf8 "$man_page" 2>/dev/null | grep -q "forecheck - fact-check" ||
    flunk "the rendered man page lacks its NAME line"
  if command -v man >/dev/null; then
    MANWIDTH=80 man -l "$man_page" 2>/dev/null | grep -q "EXIT STATUS" || flunk "man -l"
  fi
else
  echo "note: groff not installed; checking only that forecheck.1 is roff"
  grep -q '^\.TH FORECHECK 1' "$man_page" || flunk "forecheck.1 has no .TH line"
fi
bash -n "$prefix/share/bash-completion/completions/forecheck" || flunk "bash -n rejects the completion"

# A CMake project that finds the package gets the installed binary as forecheck::forecheck.
mkdir -p "$tmp/consumer"
cat >"$tmp/consumer/CMakeLists.txt" <<'EOF'
cmake_minimum_required(VERSION 3.25)
project(consumer NONE)
find_package(forecheck 0.1 CONFIG REQUIRED)
# The build type picks the configuration (Release; Debug in the sanitizer build).
get_target_property(location forecheck::forecheck IMPORTED_LOCATION)
get_target_property(configs forecheck::forecheck IMPORTED_CONFIGURATIONS)
foreach(config IN LISTS configs)
  if(NOT location)
    get_target_property(location forecheck::forecheck IMPORTED_LOCATION_${config})
  endif()
endforeach()
message(STATUS "forecheck::forecheck=${location}")
EOF
cmake -S "$tmp/consumer" -B "$tmp/consumer/build" -DCMAKE_PREFIX_PATH="$prefix" \
  >"$tmp/consumer.log" 2>&1 || { flunk "find_package(forecheck) failed"; cat "$tmp/consumer.log"; }
grep -qF "forecheck::forecheck=$prefix/bin/forecheck" "$tmp/consumer.log" ||
  { flunk "forecheck::forecheck is not the installed binary"; cat "$tmp/consumer.log"; }
sed -i 's/forecheck 0.1 CONFIG/forecheck 1.0 CONFIG/' "$tmp/consumer/CMakeLists.txt"
cmake -S "$tmp/consumer" -B "$tmp/consumer/build3" -DCMAKE_PREFIX_PATH="$prefix" \
  >/dev/null 2>&1 && flunk "find_package(forecheck 1.0) accepted a 0.x package"

[ "$fail" = 0 ] && echo "install: all checks passed"
exit "$fail"
