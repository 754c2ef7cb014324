#!/usr/bin/env bash
# The command line's own messages: impossible dates, the rule list, and usage errors that say
# what is wrong in one line with a hint instead of the whole help text.
. "$(dirname "$0")/lib.sh"
cd "$tmp" || exit 1
printf '%s\n' "$OK" >ok.txt
for d in 2023-02-30 2023-02-29 2023-04-31; do
  run 2 "--date $d" "$bin" check --date "$d" ok.txt
done
run 2 "--date 2023-02-30" "$bin" check --date 2023-02-30 ok.txt
has "date message" err "forecheck: invalid date '2023-02-30' (2023-02 has 28 days)"
run 0 "--date 2024-02-29" "$bin" check --date 2024-02-29 ok.txt
if "$bin" report --help >/dev/null 2>&1; then
  run 2 "report --date 2023-02-30" "$bin" report --date 2023-02-30 ok.txt -o r.html
  has "report date message" err "invalid date '2023-02-30' (2023-02 has 28 days)"
fi
run 0 "rules" "$bin" rules
has "rules: off by default" out "unattributed-forecast (off): "
has "rules: off by default" out "vague-figure (off): "
has "rules: on by default" out "cagr-mismatch (error): "
has "rules: on by default" out "currency-mix (info): "
# A usage error is one line and a hint, not the whole help text.
hint() {  # description expected-first-line expected-hint command...
  local what=$1 first=$2 second=$3
  shift 3
  run 2 "$what" "$@"
  printf '%s\n%s\n' "$first" "$second" >want
  cmp -s want err || { flunk "$what: stderr is not one line and a hint"; head -5 err; }
}
hint "unknown option" "forecheck: unknown option '--frobnicate'" "try 'forecheck check --help'" \
  "$bin" check --frobnicate ok.txt
hint "unknown option of extract" "forecheck: unknown option '-x'" "try 'forecheck extract --help'" \
  "$bin" extract -x ok.txt
hint "missing value" "forecheck: option --format needs a value" "try 'forecheck check --help'" \
  "$bin" check ok.txt --format
hint "unknown command" "forecheck: unknown command 'chekc'" "try 'forecheck --help'" "$bin" chekc ok.txt
run 0 "check --help" "$bin" check --help
has "check --help prints the usage" out "usage: forecheck <command> [options]"
if "$bin" report --help >/dev/null 2>&1; then
  hint "report: unknown option" "forecheck report: unknown option '--frobnicate'" \
    "try 'forecheck report --help'" "$bin" report --frobnicate ok.txt
fi
if "$bin" lsp --help >/dev/null 2>&1; then
  hint "lsp: unknown option" "forecheck lsp: unknown option '--frobnicate'" \
    "try 'forecheck lsp --help'" "$bin" lsp --frobnicate
fi
if "$bin" serve --help >/dev/null 2>&1; then
  hint "serve: unknown option" "forecheck serve: unknown option '--frobnicate'" \
    "try 'forecheck serve --help'" "$bin" serve --frobnicate
fi
finish
