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
finish
