# Corpus test: runs `forecheck extract` on every test sentence of the claim-language spec and scores it.
"""Usage: corpus_test.py FORECHECK [--spec PATH] [--update-floors] [--only ID,ID…]

Each case (see spec_cases.py) is extracted with `--lang`, `--input-format text` and `--date` when
the case gives one; a case that continues an earlier sentence is run together with it and only
the claims in its own sentence count. Actual claims are matched to expected ones by kind and
value/rate point (1e-6 relative); several claims on one span are allowed when attribution
distributes over sources. Prints precision and recall per language and claim kind, how often the
interval, year, currency, hedge (and rate kind, source, forecast flag) of matched claims are
right, then every miss, false positive and wrong field. Fails when a language's overall precision
or recall is below tests/corpus/floors.json."""
import json
import math
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import spec_cases  # noqa: E402

FLOORS = HERE / "floors.json"
TARGET = 0.97
KIND_ORDER = ["size", "quantity", "growth", "change", "share", "rate"]
ATTRS = ["interval", "year", "currency", "hedge", "rate_kind", "source", "forecast"]


def close(x, y, tol=0.0):
    if x is None or y is None:
        return x is None and y is None
    return abs(x - y) <= max(tol, 1e-6 * max(abs(x), abs(y)), 1e-12)


def interval(a):
    iv = a.get("rate") or a.get("value") or {}
    return iv.get("low"), iv.get("high")


def points(a):
    return [iv["point"] for iv in (a.get("rate"), a.get("value")) if iv and iv.get("point") is not None]


def bucket(a):
    return "rate" if a.get("rate_kind") == "other" else a.get("kind")


def kind_ok(e, a):
    return a.get("rate_kind") == "other" if e["kind"] == "rate" else a.get("kind") == e["kind"]


def value_ok(e, a):
    tol = e.get("tol", {})
    if "point" in e:
        return any(close(p, e["point"], tol.get("point", 0.0)) for p in points(a))
    lo, hi = interval(a)
    if close(lo, e.get("low"), tol.get("low", 0.0)) and close(hi, e.get("high"), tol.get("high", 0.0)):
        return True
    low = -math.inf if e.get("low") is None else e["low"]
    high = math.inf if e.get("high") is None else e["high"]
    return any(low <= p <= high for p in points(a))


def norm(s):
    return " ".join(s.lower().split()) if isinstance(s, str) else s


def attr_checks(e, a):
    """{attribute: (ok, expected, found)} for the attributes the expected claim states."""
    out = {}
    tol = e.get("tol", {})
    if "low" in e or "high" in e:
        lo, hi = interval(a)
        ok = close(lo, e.get("low"), tol.get("low", 0.0)) and close(hi, e.get("high"), tol.get("high", 0.0))
        out["interval"] = (ok, fmt_iv(e.get("low"), e.get("high")), fmt_iv(lo, hi))
    period = a.get("period") or {}
    if "period_from" in e or "period_to" in e:
        want = (e.get("period_from"), e.get("period_to"))
        got = (period.get("from"), period.get("to"))
        ok = all(w == g for w, g in zip(want, got) if w is not None)
        out["year"] = (ok, "period %s–%s" % want, "period %s–%s (year %s)" % (*got, a.get("year")))
    elif "year" in e:
        ok = a.get("year") == e["year"] or (e["year"] is not None and period.get("to") == e["year"])
        out["year"] = (ok, e["year"], a.get("year"))
    for key, field in (("currency", "currency"), ("hedge", "value_hedge"),
                       ("rate_kind", "rate_kind"), ("forecast", "forecast")):
        if key in e:
            out[key] = (a.get(field) == e[key], e[key], a.get(field))
    if "source" in e:
        out["source"] = (norm(a.get("source")) == norm(e["source"]), e["source"], a.get("source"))
    return out


def match(expected, actual):
    """Greedy best-first assignment; returns (pairs, unmatched expected, false positives)."""
    cands = []
    for i, e in enumerate(expected):
        for j, a in enumerate(actual):
            if kind_ok(e, a) and value_ok(e, a):
                score = sum(ok for ok, _, _ in attr_checks(e, a).values())
                cands.append((-score, i, j))
    pairs, used_e, used_a = [], set(), set()
    for _, i, j in sorted(cands):
        if i not in used_e and j not in used_a:
            pairs.append((i, j))
            used_e.add(i)
            used_a.add(j)
    fps = []
    for j, a in enumerate(actual):
        if j in used_a:
            continue
        same = [(i, actual[k]) for i, k in pairs if actual[k]["span"]["start"] == a["span"]["start"]
                and actual[k].get("kind") == a.get("kind")
                and any(close(p, q) for p in points(a) for q in points(actual[k]))]
        if any(expected[i].get("distributed") or norm(b.get("source")) != norm(a.get("source"))
               for i, b in same):
            continue  # one claim per source on a distributed span
        fps.append(a)
    missed = [e for i, e in enumerate(expected) if i not in used_e]
    return pairs, missed, fps


def fmt_num(x):
    return "null" if x is None else "%.6g" % x


def fmt_iv(lo, hi):
    return "[%s, %s]" % ("−" if lo is None else fmt_num(lo), "∞" if hi is None else fmt_num(hi))


def fmt_expected(e):
    parts = [e["kind"]]
    if "point" in e:
        parts.append(fmt_num(e["point"]))
    if "low" in e or "high" in e:
        parts.append(fmt_iv(e.get("low"), e.get("high")))
    for key in ("currency", "unit", "hedge", "rate_kind"):
        if e.get(key):
            parts.append(str(e[key]))
    if "period_from" in e or "period_to" in e:
        parts.append("period %s–%s" % (e.get("period_from"), e.get("period_to")))
    elif e.get("year"):
        parts.append("%s %s" % (e["year"], e.get("year_relation", "")))
    if e.get("source"):
        parts.append("src " + e["source"])
    if e.get("distributed"):
        parts.append("(one per source)")
    if "forecast" in e:
        parts.append("forecast" if e["forecast"] else "not forecast")
    return " ".join(p.strip() for p in parts)


def fmt_actual(a):
    pts = points(a)
    lo, hi = interval(a)
    return "%s %s %s `%s` %s %s year=%s period=%s src=%s %s" % (
        a.get("kind"), fmt_num(pts[0]) if pts else "-", fmt_iv(lo, hi), a.get("text"),
        a.get("currency") or a.get("unit") or "", a.get("value_hedge"), a.get("year"),
        a.get("period"), a.get("source"), a.get("rate_kind") or "")


def run_case(binary, case):
    prefix = case["context"] + " " if case["context"] else ""
    data = (prefix + case["sentence"]).encode("utf-8")
    cmd = [binary, "extract", "-", "--lang", case["lang"], "--input-format", "text"]
    if case.get("date"):
        cmd += ["--date", case["date"]]
    try:
        proc = subprocess.run(cmd, input=data, capture_output=True, timeout=60)
        claims = json.loads(proc.stdout)["files"][0]["claims"]
    except (subprocess.TimeoutExpired, ValueError, KeyError, IndexError) as err:
        return None, "forecheck failed: %s" % err
    start = len(prefix.encode("utf-8"))
    return [c for c in claims if c["span"]["start"] >= start], None


def trap_of(case, a):
    text = a.get("text") or ""
    return next((f for f in case["forbidden"] if text and text in f), None)


def main(argv):
    if not argv or argv[0].startswith("--"):
        print(__doc__)
        return 2
    binary, opts = argv[0], argv[1:]
    spec = opts[opts.index("--spec") + 1] if "--spec" in opts else None
    only = set(opts[opts.index("--only") + 1].split(",")) if "--only" in opts else None
    cases, origin = spec_cases.load_cases(spec)
    if origin != str(spec_cases.FIXTURE) and spec_cases.FIXTURE.exists() and \
            json.loads(spec_cases.FIXTURE.read_text(encoding="utf-8"))["cases"] != \
            json.loads(spec_cases.dumps(cases))["cases"]:
        print("note: %s is out of date with the spec; regenerate it with "
              "`python3 tests/corpus/spec_cases.py --write-fixture`" % spec_cases.FIXTURE)
    per_lang = {lang: sum(c["lang"] == lang for c in cases) for lang in ("ko", "en")}
    if min(per_lang.values()) < 40:  # the spec has ~80 per language; fewer means a format change
        print("corpus: only %s cases parsed from %s — has the spec's test-sentence format "
              "changed?" % (per_lang, origin))
        return 1
    if only:
        cases = [c for c in cases if c["id"] in only]
    langs = sorted({c["lang"] for c in cases}, reverse=True)
    print("corpus: %d cases from %s (%s)" % (len(cases), origin, ", ".join(
        "%s %d" % (lang, sum(c["lang"] == lang for c in cases)) for lang in langs)))
    stats = {}  # (lang, kind) -> counters

    def st(lang, kind):
        return stats.setdefault((lang, kind), {"exp": 0, "found": 0, "tp": 0, "fp": 0, "fn": 0,
                                               **{a: [0, 0] for a in ATTRS}})
    report, traps = [], 0
    for case in cases:
        actual, error = run_case(binary, case)
        lines = []
        if error:
            lines.append("  ERROR  " + error)
            actual = []
        pairs, missed, fps = match(case["expected"], actual)
        lang = case["lang"]
        for e in case["expected"]:
            st(lang, e["kind"])["exp"] += 1
        for a in actual:
            st(lang, bucket(a))["found"] += 1
        for i, j in pairs:
            e, a = case["expected"][i], actual[j]
            s = st(lang, e["kind"])
            s["tp"] += 1
            wrong = []
            for attr, (ok, want, got) in attr_checks(e, a).items():
                s[attr][0] += ok
                s[attr][1] += 1
                if not ok:
                    wrong.append("%s expected %s, found %s" % (attr, want, got))
            if wrong:
                lines.append("  WRONG  %s `%s`: %s" % (e["kind"], a.get("text"), "; ".join(wrong)))
        for e in missed:
            st(lang, e["kind"])["fn"] += 1
            near = [a for a in actual if value_ok(e, a)]
            hint = " — found as: " + " | ".join(fmt_actual(a) for a in near) if near else ""
            lines.append("  MISS   " + fmt_expected(e) + hint)
        for a in fps:
            st(lang, bucket(a))["fp"] += 1
            trap = trap_of(case, a)
            traps += bool(trap)
            lines.append("  FALSE+ " + fmt_actual(a) + (" (✗ trap `%s`)" % trap if trap else ""))
        if lines:
            date = " (date %s)" % case["date"] if case.get("date") else ""
            ctx = " [after: %s]" % case["context"] if case["context"] else ""
            report.append("%s [%s] %s%s%s\n%s" % (case["id"], lang, case["sentence"], date, ctx,
                                                   "\n".join(lines)))
    totals = print_table(stats, langs)
    print("\nMisses (MISS), false positives (FALSE+) and wrong fields of matched claims (WRONG):")
    print("\n".join(report) if report else "  none")
    print("\ntrap violations (claims on ✗ text): %d" % traps)
    return check_floors(totals, "--update-floors" in opts)


def ratio(num, den):
    return num / den if den else None


def cell(v, target=True):
    if v is None:
        return "—"
    return "%.3f (target %.2f)" % (v, TARGET) if target else "%.3f" % v


def acc(pair):
    return "%.2f %d/%d" % (pair[0] / pair[1], pair[0], pair[1]) if pair[1] else "—"


def print_table(stats, langs):
    head = "%-4s %-9s %4s %5s %4s %4s %4s  %-20s %-20s" % (
        "lang", "kind", "exp", "found", "tp", "fp", "fn", "precision", "recall")
    head += "".join(" %-12s" % a for a in ATTRS)
    print("\n" + head + "\n" + "-" * len(head))
    totals = {}
    for lang in langs:
        kinds = [k for k in KIND_ORDER if (lang, k) in stats]
        kinds += sorted(k for (la, k) in stats if la == lang and k not in KIND_ORDER)
        tot = {"exp": 0, "found": 0, "tp": 0, "fp": 0, "fn": 0, **{a: [0, 0] for a in ATTRS}}
        for k in kinds + ["all"]:
            s = tot if k == "all" else stats[(lang, k)]
            if k != "all":
                for key in ("exp", "found", "tp", "fp", "fn"):
                    tot[key] += s[key]
                for a in ATTRS:
                    tot[a] = [tot[a][0] + s[a][0], tot[a][1] + s[a][1]]
            p, r = ratio(s["tp"], s["tp"] + s["fp"]), ratio(s["tp"], s["tp"] + s["fn"])
            row = "%-4s %-9s %4d %5d %4d %4d %4d  %-20s %-20s" % (
                lang, k, s["exp"], s["found"], s["tp"], s["fp"], s["fn"], cell(p), cell(r))
            print(row + "".join(" %-12s" % acc(s[a]) for a in ATTRS))
        totals[lang] = {"precision": ratio(tot["tp"], tot["tp"] + tot["fp"]) or 0.0,
                        "recall": ratio(tot["tp"], tot["tp"] + tot["fn"]) or 0.0}
        print("-" * len(head))
    return totals


def check_floors(totals, update):
    if not update and not FLOORS.exists():
        print("corpus: %s is missing (create it with --update-floors)" % FLOORS)
        return 1
    if update:
        floors = {lang: {m: math.floor(v * 100 + 1e-9) / 100 for m, v in t.items()}
                  for lang, t in totals.items()}
        about = ("Lowest overall precision and recall per language the corpus test accepts: the "
                 "measured values rounded down (a regression guard; the target is %.2f). "
                 "Rewrite with corpus_test.py FORECHECK --update-floors." % TARGET)
        FLOORS.write_text(json.dumps({"about": about, "floors": floors}, indent=2,
                                     sort_keys=True) + "\n")
        print("floors written to %s" % FLOORS)
    floors = json.loads(FLOORS.read_text())["floors"]
    failed = False
    print()
    for lang, t in totals.items():
        for m in ("precision", "recall"):
            floor = floors.get(lang, {}).get(m, 0.0)
            ok = t[m] + 1e-9 >= floor
            failed |= not ok
            print("%s %-9s %.3f (floor %.2f, target %.2f) %s" % (
                lang, m, t[m], floor, TARGET, "ok" if ok else "BELOW FLOOR"))
    print("corpus: %s" % ("FAILED (below the floors in %s)" % FLOORS if failed else "passed"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
