#!/usr/bin/env bash
# `forecheck serve` under load (wrk): a bounded run within the connection cap must give no socket
# error and no non-2xx answer; a run above the cap may only add the documented 503s; running out
# of file descriptors must not make the accept loop spin. After each, the server must still
# answer correctly. Prints the measured requests/s and latency. Exit 77 (skipped) without wrk.
# usage: load_test.sh FORECHECK [MIN_REQUESTS]
set -u
bin=$1
min_requests=${2:-2000}
sanitized=${3:-}  # "sanitized": the sanitizer runtime itself needs descriptors (phase 3 skipped)
here=$(cd "$(dirname "$0")" && pwd)
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
if ! command -v wrk >/dev/null; then
  # CI installs wrk through tools/build, so there a missing wrk is a failure, not a skip.
  [ -n "${CI:-}" ] && { echo "FAIL: wrk not installed (tools/build installs it)"; exit 1; }
  echo "SKIP: wrk not installed (tools/build installs it)"
  exit 77
fi
tmp=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  wait 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
fail=0
no() { echo "FAIL: $*"; fail=1; }

# start NAME [serve options...]: runs the server in the background (after `ulimit -n $fds` when
# set); sets pid and url.
start() {
  local name=$1
  shift
  (
    [ -n "${fds:-}" ] && ulimit -n "$fds"
    exec "$bin" serve --port 0 "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"
  ) &
  pid=$!
  pids+=("$pid")
  for _ in $(seq 100); do grep -q listening "$tmp/$name.out" && break; sleep 0.05; done
  url=$(grep -o 'http://[0-9.:]*' "$tmp/$name.out") || {
    echo "FAIL: $name: server did not start"
    cat "$tmp/$name.err"
    exit 1
  }
}

# answers NAME: the server is alive, /healthz is ok and /v1/check finds the conflict.
answers() {
  kill -0 "$pid" 2>/dev/null || { no "$1: server died"; cat "$tmp/$1.err"; return; }
  python3 - "$url" <<'PY' || no "$1: wrong answer afterwards"
import json, sys, urllib.request
url = sys.argv[1]
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
assert json.load(opener.open(url + "/healthz", timeout=10)) == {"status": "ok"}
text = ("리포트링커는 2028년 생성 AI 시장 규모를 10억달러로 예측했고, 그랜드 뷰 리서치는 2023년까지 "
        "14억달러에 이를 것으로 내다봤다. 양사 모두 생성 AI 시장이 연평균 약 17%씩 성장할 것으로 봤다.")
req = urllib.request.Request(url + "/v1/check", json.dumps({"text": text}).encode(),
                             {"Content-Type": "application/json"})
findings = json.load(opener.open(req, timeout=10))["files"][0]["findings"]
start = text.encode().index("10억달러".encode())
assert [(f["rule"], f["span"]["start"]) for f in findings] == [("growth-contradiction", start)], findings
PY
}

# load NAME WRK_OPTIONS...: runs wrk with load.lua and sets w_<key> from its `result` line.
load() {
  local name=$1
  shift
  wrk "$@" --timeout 10s --latency -s "$here/load.lua" "$url/" >"$tmp/$name.wrk" 2>&1
  sed 's/^/  /' "$tmp/$name.wrk"
  local line
  line=$(grep '^result ' "$tmp/$name.wrk") || { no "$name: wrk printed no result"; return 1; }
  for kv in ${line#result }; do declare -g "w_${kv%%=*}=${kv#*=}"; done
}

# 1. Within the caps (64 connections, 16 per client): every request answered 2xx with the right
# body, no socket error. 12 connections, not 16: a connection wrk reopens may arrive while the
# server still counts the one it replaces, which at exactly the per-client cap is one too many.
start steady
load steady -t2 -c12 -d5s && {
  [ "$w_requests" -ge "$min_requests" ] || no "steady: $w_requests requests < $min_requests"
  for k in connect read write timeout; do
    v=w_$k
    [ "${!v}" -eq 0 ] || no "steady: $k socket errors: ${!v}"
  done
  [ "$w_status" -eq 0 ] || no "steady: $w_status non-2xx answers"
  [ "$w_wrong" -eq 0 ] && [ "$w_busy" -eq 0 ] || no "steady: $w_wrong wrong answers, $w_busy 503s"
  [ "$w_checked" -gt 0 ] && [ "$w_healthy" -gt 0 ] || no "steady: no checks or no health answers"
  echo "http-load: ${w_rps} requests/s over 12 connections (2 wrk threads, ${w_seconds} s," \
    "${w_requests} requests); latency p50 ${w_p50_ms} ms, p90 ${w_p90_ms} ms," \
    "p99 ${w_p99_ms} ms, max ${w_max_ms} ms"
}
answers steady
kill -TERM "$pid"
wait "$pid"
rc=$?
[ "$rc" -eq 0 ] || no "steady: exit code $rc after SIGTERM"

# 2. Six times the cap: the connections beyond it get 503 "too many connections" and nothing else
# goes wrong; the ones within it are still served.
start over --max-connections 8
load over -t2 -c48 -d2s && {
  [ "$w_wrong" -eq 0 ] || no "over: $w_wrong answers neither a correct 200 nor the documented 503"
  [ "$w_busy" -gt 0 ] || no "over: the cap of 8 was never hit"
  [ "$w_checked" -gt 0 ] || no "over: nothing was served"
  [ "$w_timeout" -eq 0 ] || no "over: $w_timeout timeouts"
  echo "http-load: 48 connections against a cap of 8: ${w_rps} answers/s," \
    "$((w_checked + w_healthy)) served and ${w_busy} turned away with 503"
}
answers over

# 3. Out of file descriptors: with 64 and 100 connections waiting, the accept loop must back off
# (it used to spin a core); once they close, the server answers again. Under sanitizers the
# runtime checks memory through a pipe, which cannot be opened then, and reports false errors.
if [ "$sanitized" = sanitized ]; then
  echo "http-load: out-of-descriptors phase skipped in a sanitizer build"
  echo "http-load: $([ $fail -eq 0 ] && echo ok || echo FAILED)"
  exit $fail
fi
fds=64 start nofile --timeout 2
python3 - "${url##*:}" "$pid" <<'PY' || no "nofile: accept loop busy while out of descriptors"
import os, socket, sys, time
port, pid = int(sys.argv[1]), sys.argv[2]
def cpu():
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
held = [socket.create_connection(("127.0.0.1", port)) for _ in range(100)]
time.sleep(0.2)
before = cpu()
time.sleep(1.0)
used = cpu() - before
print(f"http-load: out of descriptors, the server used {used:.2f} s of CPU in 1 s")
for s in held:
    s.close()
sys.exit(0 if used < 0.5 else 1)
PY
grep -q 'cannot accept: Too many open files' "$tmp/nofile.err" || no "nofile: no accept error logged"
sleep 0.3
answers nofile

echo "http-load: $([ $fail -eq 0 ] && echo ok || echo FAILED)"
exit $fail
