// CSS and JavaScript of the report. The script only reads the table it enhances and writes
// text with textContent, never markup, so it cannot turn article text into code.
#include "report/assets.hpp"

namespace fc::report {

const char* const stylesheet = R"CSS(
:root{--red:#c0392b;--amber:#d97706;--blue:#1d4ed8}
body{font-family:"NanumGothic","Noto Sans CJK KR","Apple SD Gothic Neo","Malgun Gothic","DejaVu Sans",sans-serif;
 margin:24px auto;max-width:1100px;padding:0 16px;color:#1f2328;line-height:1.55}
h1{font-size:1.6em;margin:0 0 .3em}h2{font-size:1.3em;border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:2em;word-break:break-all}
h3{font-size:1.05em;margin:1.2em 0 .4em}
a{color:var(--blue)}
.stats{display:flex;flex-wrap:wrap;gap:10px;margin:.6em 0 1em;padding:0;list-style:none}
.stats li{border:1px solid #ddd;border-radius:6px;padding:6px 12px;min-width:90px}
.stats b{display:block;font-size:1.4em}
table{border-collapse:collapse;width:100%;font-size:.92em;margin:.4em 0 1em}
th,td{border-bottom:1px solid #e5e7eb;padding:4px 6px;text-align:left;vertical-align:top}
thead th{background:#f6f8fa;white-space:nowrap}
th.sortable{cursor:pointer;user-select:none}th.sortable::after{content:" \2195";color:#999}
td.num,th.num{text-align:right}
.controls{display:flex;gap:8px;align-items:center;margin:.4em 0}
.controls input{flex:1;max-width:320px;padding:4px 6px}
.badge{display:inline-block;border-radius:4px;padding:0 6px;font-size:.85em;color:#fff;background:#6b7280}
.badge.sev-error{background:var(--red)}.badge.sev-warning{background:var(--amber)}.badge.sev-info{background:#0e7490}
pre.article-text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:inherit;font-size:.95em;
 background:#fafafa;border:1px solid #e5e7eb;border-radius:6px;padding:12px}
mark{border-radius:3px;padding:0 2px;color:inherit}
mark.k-size{background:#dbeafe}mark.k-quantity{background:#ccfbf1}mark.k-growth{background:#dcfce7}
mark.k-change{background:#ede9fe}mark.k-share{background:#fef3c7}
mark.conflict{background:#fde2e1;color:#7f1d1d;box-shadow:0 0 0 2px var(--red)}
mark.warn{box-shadow:0 0 0 2px var(--amber)}mark.note{box-shadow:0 0 0 1px #0e7490}
mark:target,li:target{outline:3px solid #facc15}
td.k-size{color:#1d4ed8}td.k-growth{color:#15803d}td.k-change{color:#6d28d9}td.k-share{color:#b45309}
sup.ref a{font-size:.75em;color:var(--red);text-decoration:none;margin-left:1px}
ol.findings{padding-left:1.4em}ol.findings li{margin:.5em 0}
.arith{font-size:.9em;background:#fff7f6;border-left:3px solid var(--red);padding:4px 8px;margin:4px 0;white-space:pre-wrap}
li.sev-warning .arith{border-color:var(--amber);background:#fffbeb}li.sev-info .arith{border-color:#0e7490;background:#f0f9ff}
.expected,.involved,.meta,.chart-note{font-size:.88em;color:#555}
.input-error{color:var(--red)}
.empty{color:#666;font-style:italic}
section.article{content-visibility:auto;contain-intrinsic-size:auto 1800px}
figure.chart-box{margin:.6em 0 1.2em;break-inside:avoid}figure.chart-box figcaption{font-weight:bold;font-size:.95em}
svg.chart{max-width:100%;height:auto;background:#fff;border:1px solid #eee}
svg.chart .axis{stroke:#333}svg.chart .grid{stroke:#eceff3}svg.chart .tick{font-size:11px;fill:#555}
svg.chart .band{fill:#16a34a;fill-opacity:.10;stroke:#16a34a;stroke-opacity:.45}
svg.chart .fit{stroke:#111827;stroke-width:1.5;stroke-dasharray:6 4}
svg.chart .errbar{stroke:#1d4ed8;stroke-width:1.5;fill:none}
svg.chart circle.figure{fill:#1d4ed8;stroke:#fff;stroke-width:1.5}
svg.chart circle.archived{fill:none;stroke:#1d4ed8;stroke-width:1.5}
svg.chart circle.conflict{fill:var(--red)}svg.chart circle.warn{fill:var(--amber)}
svg.chart .label{font-size:11px;fill:#111}
@media print{
 body{max-width:none;margin:0;font-size:10.5pt}
 .controls,.meta a{display:none}
 section.article{break-before:page}
 a{color:inherit;text-decoration:none}
 tr,li,figure,pre{break-inside:avoid-page}
 h2,h3{break-after:avoid-page}
 tr[hidden]{display:table-row}
 thead th{background:none}
}
)CSS";

const char* const table_script = R"JS(
(function () {
  var table = document.getElementById('findings-table');
  if (!table || !table.tBodies.length) return;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var bar = document.createElement('div');
  bar.className = 'controls';
  var query = document.createElement('input');
  query.type = 'search';
  query.placeholder = table.getAttribute('data-filter');
  var level = document.createElement('select');
  ['', 'error', 'warning', 'info'].forEach(function (v) {
    var o = document.createElement('option');
    o.value = v;
    o.textContent = table.getAttribute('data-label-' + (v || 'all'));
    level.appendChild(o);
  });
  var count = document.createElement('span');
  bar.appendChild(query); bar.appendChild(level); bar.appendChild(count);
  table.parentNode.insertBefore(bar, table);
  function apply() {
    var q = query.value.toLowerCase(), v = level.value, shown = 0;
    rows.forEach(function (r) {
      var ok = (!v || r.getAttribute('data-severity') === v) &&
               (!q || r.textContent.toLowerCase().indexOf(q) >= 0);
      r.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = shown + ' / ' + rows.length;
  }
  query.addEventListener('input', apply);
  level.addEventListener('change', apply);
  function key(r, i) {
    var c = r.cells[i];
    return c.hasAttribute('data-sort') ? c.getAttribute('data-sort') : c.textContent;
  }
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
    th.className += ' sortable';
    th.addEventListener('click', function () {
      var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      Array.prototype.forEach.call(th.parentNode.cells, function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
      rows.sort(function (a, b) {
        var x = key(a, i), y = key(b, i), nx = parseFloat(x), ny = parseFloat(y);
        var d = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
        return d * dir;  // Array.prototype.sort is stable, so ties keep their order
      });
      rows.forEach(function (r) { table.tBodies[0].appendChild(r); });
    });
  });
  apply();
})();
)JS";

}  // namespace fc::report
