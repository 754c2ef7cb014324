// The demo page at `/`: a text area whose claims and conflicts are underlined as you type.
// Article text only ever reaches the page through textContent and text nodes, never as HTML.
#include "http/http.hpp"

namespace fc::http {

std::string_view demo_page() {
  static constexpr std::string_view page = R"html(<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><title>forecheck demo</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body { font-family: "NanumGothic", "Noto Sans KR", sans-serif; margin: 2em auto; max-width: 56em; color: #222; }
.wrap { position: relative; }
.field, #backdrop { font: 16px/1.7 "NanumGothic", "Noto Sans KR", sans-serif; padding: 12px; margin: 0;
  width: 100%; height: 16em; box-sizing: border-box; border: 1px solid #999; white-space: pre-wrap;
  overflow-wrap: break-word; overflow-y: auto; letter-spacing: normal; }
#backdrop { position: absolute; inset: 0; color: transparent; border-color: transparent; }
textarea.field { position: relative; background: transparent; resize: vertical; }
mark { color: transparent; background: none; border-radius: 2px; }
mark.claim { background: #e6eefc; }
mark.related { background: #fde8c8; }
mark.finding { text-decoration: underline wavy 2px; text-decoration-skip-ink: none; }
mark.error { text-decoration-color: #d00; background: #fbe3e3; }
mark.warning { text-decoration-color: #c80; }
mark.info { text-decoration-color: #07c; }
#findings li { margin: .5em 0; }
.rule { font-family: monospace; }
#status { color: #666; font-size: 90%; }
</style></head><body>
<h1>forecheck</h1>
<p>Type or paste a market-forecast passage; figures that cannot all be true are underlined.</p>
<p><label>lang <select id="lang"><option>auto</option><option>ko</option><option>en</option></select></label>
<label>article date <input id="date" placeholder="YYYY-MM-DD" size="10" value="2023-05-10"></label>
<span id="status"></span></p>
<div class="wrap"><div id="backdrop" aria-hidden="true"></div>
<textarea id="text" class="field" spellcheck="false">한국스마트팜협회는 국내 스마트팜 시장이 2023년 2조4000억원에서 2028년 3조원으로 연평균 15% 성장할 것으로 내다봤다. 이 가운데 시설원예 부문이 1조6000억원으로 가장 크다.</textarea></div>
<ol id="findings"></ol>
<script>
"use strict";
const ta = document.getElementById("text"), back = document.getElementById("backdrop");
const list = document.getElementById("findings"), status = document.getElementById("status");
const lang = document.getElementById("lang"), date = document.getElementById("date");
let timer = 0, seq = 0;
function schedule() { clearTimeout(timer); timer = setTimeout(check, 200); }
async function check() {
  const my = ++seq, text = ta.value;
  try {
    const res = await fetch("/v1/check", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text, lang: lang.value, date: date.value || null, format: "text" }) });
    const data = await res.json();
    if (my !== seq) return;  // a newer edit is on its way
    if (!res.ok) { status.textContent = "error: " + (data.error || res.status); return; }
    render(text, data.files[0], data.summary);
  } catch (e) { if (my === seq) status.textContent = "cannot reach the server"; }
}
function render(text, file, summary) {
  const bytes = new TextEncoder().encode(text), dec = new TextDecoder();
  const slice = (a, b) => dec.decode(bytes.subarray(a, b));  // spans are UTF-8 byte offsets
  const inConflict = new Set(file.findings.flatMap(f => f.claims));
  const marks = file.findings.map(f => ({ s: f.span.start, e: f.span.end,
    cls: "finding " + f.severity, title: f.rule + ": " + f.message }));
  for (const c of file.claims)
    if (!file.findings.some(f => f.span.start === c.span.start))
      marks.push({ s: c.span.start, e: c.span.end, cls: inConflict.has(c.id) ? "claim related" : "claim",
        title: c.kind + (c.year ? " " + c.year : "") + (c.source ? " · " + c.source : "") });
  marks.sort((a, b) => a.s - b.s || b.e - a.e);
  const nodes = [];
  let pos = 0;
  for (const m of marks) {
    if (m.s < pos) continue;
    nodes.push(document.createTextNode(slice(pos, m.s)));
    const el = document.createElement("mark");
    el.className = m.cls; el.title = m.title; el.textContent = slice(m.s, m.e);
    nodes.push(el);
    pos = m.e;
  }
  nodes.push(document.createTextNode(slice(pos) + "\n"));
  back.replaceChildren(...nodes);
  back.scrollTop = ta.scrollTop;
  list.replaceChildren(...file.findings.map(f => {
    const li = document.createElement("li"), rule = document.createElement("span");
    rule.className = "rule"; rule.textContent = f.severity + "[" + f.rule + "] ";
    const why = document.createElement("div"); why.textContent = f.explanation;
    li.append(rule, f.message + " — “" + slice(f.span.start, f.span.end) + "”", why);
    return li;
  }));
  status.textContent = summary.claims + " claims, " + summary.errors + " errors, " + summary.warnings + " warnings";
}
ta.addEventListener("input", schedule);
ta.addEventListener("scroll", () => { back.scrollTop = ta.scrollTop; });
lang.addEventListener("change", schedule);
date.addEventListener("input", schedule);
const seed = new URLSearchParams(location.search).get("text");
// A first visit opens on a sample passage whose rate cannot fit its figures.
if (seed !== null) { ta.value = seed; date.value = ""; }
check();
</script></body></html>
)html";
  return page;
}

}  // namespace fc::http
