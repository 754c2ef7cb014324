# Shared helpers of the hardening shell tests: a scratch directory, exit-code and output checks.
# Sourced with the binary as $1; each test ends with `finish`.
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1
flunk() { echo "FAIL: $*"; fail=1; }
run() {  # expected-exit description command... ; stdout in $tmp/out, stderr in $tmp/err
  local want=$1 what=$2
  shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  [ "$got" = "$want" ] || { flunk "$what: exit $got, expected $want"; head -c 2000 "$tmp/out" "$tmp/err"; }
}
has() {  # description file fixed-string
  grep -qF -- "$3" "$2" || { flunk "$1: '$3' not in $2"; head -c 2000 "$2"; }
}
lacks() {  # description file fixed-string
  ! grep -qF -- "$3" "$2" || { flunk "$1: '$3' in $2"; head -c 2000 "$2"; }
}
finish() { exit "$fail"; }
BAD='The global market was valued at USD 10.8 billion in 2022 and is expected to reach USD 51.8 billion by 2028, a CAGR of 34.6%.'
OK='The cloud security market stood at USD 4.3 billion in 2023 and is projected to reach USD 12.9 billion by 2030, a CAGR of 17.0%.'
