-- wrk script for tests/http/load_test.sh: POSTs a Korean forecast paragraph to /v1/check and,
-- every eighth request, GETs /healthz. Each thread counts answers by kind; done() prints one
-- `result key=value ...` line that the shell script asserts on.
local paragraph = "리포트링커는 2028년 생성 AI 시장 규모를 10억달러로 예측했고, " ..
  "그랜드 뷰 리서치는 2023년까지 14억달러에 이를 것으로 내다봤다. " ..
  "양사 모두 생성 AI 시장이 연평균 약 17%씩 성장할 것으로 봤다. " ..
  "한편 IDC는 2025년 국내 클라우드 시장이 5조원 규모에 이를 것으로 전망했다."
local body = '{"text": "' .. paragraph .. '", "lang": "ko", "format": "text"}'

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  check_request = wrk.format("POST", "/v1/check", {["Content-Type"] = "application/json"}, body)
  health_request = wrk.format("GET", "/healthz")
  sent, checked, healthy, busy, wrong = 0, 0, 0, 0, 0
end

function request()
  sent = sent + 1
  if sent % 8 == 0 then return health_request end
  return check_request
end

-- Answers on one connection come in order, but the thread's connections share these
-- counters, so an answer is recognised by its body rather than matched to its request.
function response(status, headers, body)
  if status == 200 and body:find('"rule": "growth-contradiction"', 1, true)
      and body:find('"start": 54', 1, true) then
    checked = checked + 1
  elseif status == 200 and body == '{"status":"ok"}\n' then
    healthy = healthy + 1
  elseif status == 503 and body:find("too many connections", 1, true) then
    busy = busy + 1
  else
    wrong = wrong + 1
    if wrong <= 3 then io.stderr:write("unexpected answer ", status, ": ", body:sub(1, 200), "\n") end
  end
end

function done(summary, latency, requests)
  local total = {checked = 0, healthy = 0, busy = 0, wrong = 0}
  for _, t in ipairs(threads) do
    for k in pairs(total) do total[k] = total[k] + t:get(k) end
  end
  local e = summary.errors
  io.write(string.format(
    "result requests=%d seconds=%.2f rps=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f " ..
    "connect=%d read=%d write=%d timeout=%d status=%d checked=%d healthy=%d busy=%d wrong=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1e3, latency:percentile(90) / 1e3, latency:percentile(99) / 1e3,
    latency.max / 1e3, e.connect, e.read, e.write, e.timeout, e.status,
    total.checked, total.healthy, total.busy, total.wrong))
end
