#!/usr/bin/env bash
# A hostile or out-of-range .forecheck.toml stops every front end with `path:line:col: …` and
# exit code 2 — never a crash, never a silently disabled rule.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
cd "$tmp" || exit 1
printf '%s\n' "$OK" >ok.md
if "$bin" lsp --help >/dev/null 2>&1; then  # before the root directory's config is written
  mkdir session
  python3 "$here/lsp_session.py" "$bin" session || flunk "live language server session"
fi
python3 -c "print('['+'.'.join(['a']*100000)+']')" >.forecheck.toml
run 2 "100,000-part table header" "$bin" check ok.md
has "dotted parts" err ".forecheck.toml:1:2: a key has more than 32 dotted parts"
if "$bin" report --help >/dev/null 2>&1; then
  run 2 "report on a hostile config" "$bin" report ok.md -o report.html
  has "report" err ".forecheck.toml:1:2:"
fi
if "$bin" lsp --help >/dev/null 2>&1; then
  "$bin" lsp --check ok.md >out 2>err
  rc=$?
  [ "$rc" -lt 128 ] || flunk "lsp --check died with $rc"
  has "lsp --check diagnostic" out "a key has more than 32 dotted parts"
fi
python3 -c "print('x' * 1000000 + ' = 1')" >.forecheck.toml
run 2 "a 1 MB key" "$bin" check ok.md
[ "$(wc -c <err)" -lt 1000 ] || flunk "a 1 MB key is echoed on stderr ($(wc -c <err) bytes)"
printf '[rules.implausible-rate]\nmax_cagr = nan\n' >.forecheck.toml
run 2 "max_cagr = nan" "$bin" check ok.md
has "nan" err ".forecheck.toml:2:12: 'max_cagr' must be a finite number"
printf '[rules.implausible-rate]\nmin_cagr = 0.5\nmax_cagr = 0.2\n' >.forecheck.toml
run 2 "min_cagr above max_cagr" "$bin" check ok.md
has "range" err ".forecheck.toml:2:1: rule 'implausible-rate': 'min_cagr' (0.5) must be below"
python3 -c "print('[rules.implausible-rate]\n' + 'k' * 900 + ' = 1')" >.forecheck.toml
run 2 "long unknown parameter" "$bin" check ok.md
has "shortened" err "unknown parameter '$(printf 'k%.0s' $(seq 60))…'"
finish
