# Parses the test sentences of the claim-language spec (§16–§19) into corpus cases with expected claims.
"""Reads `claim-language.md` (the K…/E… items of §16/§17 and the numbered short-form lines of
§18/§19) and turns every item into a case:

    {"id": "K2", "lang": "ko", "sentence": "...", "date": "2023-04-14" | null,
     "context": "text of the items it continues (run before it)" | "",
     "expected": [claim, ...], "forbidden": ["AR·VR", ...]}

An expected claim holds only the fields the spec states (a missing key means "not checked"):
kind, point, low, high (null = open side), currency, unit, year, period_from, period_to, hedge,
rate_kind, source (null = must be null), distributed (one claim per source, same span), forecast,
per, tol (absolute tolerances for repeating decimals such as 0.333).

Usage: spec_cases.py [SPEC.md] [--write-fixture | --dump]
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
SPEC = ROOT.parent / "shared" / "spec" / "claim-language.md"
FIXTURE = ROOT / "fixtures" / "grammar" / "claim-language-cases.json"

KINDS = ("size", "quantity", "growth", "change", "share", "rate")
PLURAL = {"sizes": "size", "shares": "share"}
HEDGES = ("exact", "about", "nearly", "over", "at_least", "under", "at_most", "a_bit_over",
          "a_bit_under", "band", "range", "vague")
RATE_KINDS = ("cagr", "yoy", "qoq", "total", "other", "percent", "points", "factor", "difference")
CURRENCIES = ("USD", "KRW", "EUR", "GBP", "INR", "CNY", "JPY")
UNITS = ("units", "people", "users")
RELATIONS = ("in", "by", "around", "from", "since", "until", "before", "after", "as_of", "fiscal")

NUM = r"[+\-−]?×?\d+(?:\.\d+)?(?:e[+\-−]?\d+)?(?:/\d+)?"
BOUND = NUM + r"|∞|−|-"
INTERVAL = re.compile(r"([\[(])\s*(" + BOUND + r")\s*,\s*(" + BOUND + r")\s*([\])])")
NUMBER = re.compile(r"(≥)?(" + NUM + r")(?![\w.])")
YEAR = r"(?:19|20)\d\d"
DASH = r"\s*[–\-~]\s*"


def number(text):
    """Value of a spec literal: '1.4e9', '−0.776', '×3', '+0.05', '1/3'."""
    t = text.replace("−", "-").replace("×", "").replace("+", "")
    if "/" in t:
        a, b = t.split("/")
        return float(a) / float(b)
    return float(t)


def half_unit(text):
    """Half a unit of the last written digit of a decimal literal ('0.367' -> 0.0005)."""
    t = text.replace("−", "-").replace("×", "").replace("+", "")
    return 0.5 * 10 ** -len(t.split(".")[1]) if "." in t and "e" not in t else 0.0


def repeating(text):
    """True for literals that stand for a repeating fraction ('0.333', '1/3'): they and their
    interval are exact only to half a unit of their last written digit."""
    return "/" in text or bool(re.search(r"\.\d*(333|666|667)$", text))


def bound(text):
    return None if text in ("∞", "−", "-") else number(text)


def strip_notes(text):
    """Drops `code` spans and parenthesised notes, keeping a parenthesis whose first word is
    a hedge or a rate kind ('(nearly, …)', '(range)', '(difference)')."""
    text = re.sub(r"`[^`]*`", "", text)

    def keep(m):
        words = re.findall(r"[a-z_]+", m.group(1))
        return " " + words[0] + " " if words and words[0] in HEDGES + RATE_KINDS else " "
    return re.sub(r"\(([^()]*)\)", keep, text).replace("**", "")


def words(text):
    return [w.strip(".,;:*") for w in text.split()]


def scan_tokens(claim, text, short):
    """Currency, unit, hedge, rate kind, year/period, forecast and per from free text. In the
    long form a year or period only counts at the start of a field ('2023 by', 'Q3 2023')."""
    toks = words(text)
    for i, w in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if w in CURRENCIES:
            claim["currency"] = w
        elif w in UNITS:
            claim["unit"] = w
        elif w in HEDGES and "hedge" not in claim:
            claim["hedge"] = w
        elif w in RATE_KINDS and "rate_kind" not in claim:
            claim["rate_kind"] = w
        elif w == "per" and nxt:
            claim["per"] = nxt
        elif w == "forecast":
            prev = toks[i - 1] if i else ""
            claim["forecast"] = not (prev == "not" or nxt == "false")
    find = re.search if short else (lambda rx, t: re.match(r"\s*(?:period )?" + rx, t))
    m = find(r"(" + YEAR + r")" + DASH + r"(" + YEAR + r")", text)
    if m:
        claim["period_from"], claim["period_to"] = int(m.group(1)), int(m.group(2))
        return
    m = find(r"\bto (" + YEAR + r")\b", text)
    if m and not short:
        claim["period_to"] = int(m.group(1))
        return
    m = find(r"\bFY ?(" + YEAR + r")/(\d\d)\b", text)
    if m:
        claim["year"], claim["year_relation"] = int(m.group(1)[:2] + m.group(2)), "fiscal"
        return
    m = find(r"\b(?:FY ?|FY labelled |Q[1-4] )?(" + YEAR + r")\b(?: (\w+))?", text)
    if m:
        claim["year"] = int(m.group(1))
        if "FY" in m.group(0):
            claim["year_relation"] = "fiscal"
        elif m.group(2) in RELATIONS:
            claim["year_relation"] = m.group(2)


def parse_value(claim, rest):
    """Point and interval of the first value in `rest`; returns `rest` without them, or None
    when there is no value."""
    iv = INTERVAL.search(rest)
    num = NUMBER.search(rest)
    if num and (not iv or num.start() < iv.start()):
        literal = num.group(2)
        claim["point"] = number(literal)
        if num.group(1):  # '≥3'
            claim["low"], claim["high"], claim["hedge"] = claim["point"], None, "at_least"
        iv = INTERVAL.search(rest, num.end())
        if iv:
            lo, hi = iv.group(2), iv.group(3)
            claim["low"], claim["high"] = bound(lo), bound(hi)
        if repeating(literal):
            claim["tol"] = {"point": half_unit(literal)}
            if iv:
                claim["tol"].update(low=half_unit(lo), high=half_unit(hi))
        if not iv:
            return rest[:num.start()] + " " + rest[num.end():]
        return (rest[:num.start()] + " " + rest[num.end():iv.start()] + " " +
                rest[iv.end():])
    if iv:
        claim["low"], claim["high"] = bound(iv.group(2)), bound(iv.group(3))
        return rest[:iv.start()] + " " + rest[iv.end():]
    return None


def finish(claim):
    """Normalizations the spec states in words: points written as '5 points' are 0.05;
    a quantity is never money."""
    if claim.get("rate_kind") == "points" and abs(claim.get("point") or 0) >= 1 \
            and "low" not in claim:
        claim["point"] /= 100
    if claim["kind"] == "quantity":
        claim["currency"] = None
    if claim["kind"] == "rate":
        claim["rate_kind"] = "other"
    return claim


def claim_start(text):
    """(kind, rest) when `text` begins a claim, else None. 'rate' needs a number right after
    it ('rate context (…)' is a note, not a claim)."""
    m = re.match(r"\s*(sizes|shares|size|quantity|growth|change|share|rate)\b\s*(.*)$", text, re.S)
    if not m:
        return None
    if m.group(1) == "rate" and not NUMBER.match(m.group(2)):
        return None
    return m.group(1), m.group(2)


def short_claims(text):
    """Claims and ✗ texts of a short-form line ('size 1e9 USD 2028 by, source X; growth …')."""
    claims, forbidden = [], re.findall(r"`([^`]+)` nothing", text)
    text = text.strip().rstrip(".")
    for seg in re.split(r";\s*", text):
        start = claim_start(seg)
        if not start and re.match(r"[+\-−]?\d", seg) and any(c in seg for c in CURRENCIES):
            start = ("size", seg)  # '→ 1.079e10 USD.': an amount without its kind word
        if not start:
            continue
        kind, rest = start
        parts = re.split(r",\s*(?=[+\-−×]?\d)", rest) if kind in PLURAL else [rest]
        for part in parts:
            claim = {"kind": PLURAL.get(kind, kind)}
            source = re.search(r"\bsources? ([^,;]+)", part)
            if source:
                if source.group(1).split()[0] == "both":
                    claim["distributed"] = True
                else:
                    claim["source"] = source.group(1).strip()
                part = part[:source.start()] + part[source.end():]
            rest2 = parse_value(claim, part)
            if rest2 is None:
                continue
            scan_tokens(claim, strip_notes(rest2), short=True)
            claims.append(finish(claim))
    return claims, forbidden


def field_source(field):
    body = field[4:]
    if "null in isolation" in body:
        return None
    body = re.split(r"\s+\(|\s+→", body)[0]
    return body.replace("`", "").strip()


def long_claims(line):
    """Claims of one bullet line of §16/§17 ('kind value [interval] unit · hedge · year · …')."""
    sources = []
    m = re.search(r"\s+—\s+\**two claims\**.*?:\s*(.*)$", line)
    if m:
        sources = [s.strip()[4:].strip().rstrip(".") for s in m.group(1).split(";")
                   if s.strip().startswith("src ")]
        line = line[:m.start()]
    segments, current = [], ""
    for piece in line.split(";"):
        if current and claim_start(piece):
            segments.append(current)
            current = piece
        else:
            current = current + ";" + piece if current else piece
    segments.append(current)
    claims = []
    for seg in segments:
        start = claim_start(seg)
        if not start:
            continue
        kind, rest = start
        fields = [f.strip() for f in rest.split(" · ")]
        claim = {"kind": kind}
        head = parse_value(claim, fields[0])
        if head is None:
            continue
        scan_tokens(claim, strip_notes(head), short=False)
        for f in fields[1:]:
            plain = f.replace("**", "")
            if plain.startswith("src "):
                claim["source"] = field_source(plain)
            elif plain.startswith(("subject", "`", "of ", "with ", "links", "year from context")):
                if "null in isolation" in plain:
                    claim["year"] = None
                continue
            else:
                scan_tokens(claim, strip_notes(re.split(r"\s+—\s+", plain)[0]), short=False)
        claim.setdefault("hedge", "exact")
        finish(claim)
        if sources:
            for s in sources:
                claims.append(dict(claim, source=s))
        else:
            claims.append(claim)
    return claims


HEAD_LONG = re.compile(r"^\*\*([KE]\d+)\.\*\*\s*(?:\(continues ([KE]\d+)\)\s*)?`([^`]+)`"
                       r"\s*(?:\(date (\d{4}-\d\d-\d\d)\))?")
HEAD_SHORT = re.compile(r"^(\d+)\.\s+`([^`]+)`\s*(?:\(date (\d{4}-\d\d-\d\d)\))?\s*→\s*(.*)$")


def parse_spec(text):
    cases, section, current = [], None, None
    by_id = {}
    for line in text.split("\n"):
        h = re.match(r"^## (\d+)\.", line)
        if h:
            section = int(h.group(1))
            current = None
            continue
        if section in (16, 17):
            m = HEAD_LONG.match(line)
            if m:
                cid, prev, sentence, date = m.groups()
                context, lang = "", "ko" if section == 16 else "en"
                if prev:
                    p = by_id[prev]
                    context = (p["context"] + " " if p["context"] else "") + p["sentence"]
                    date = date or p["date"]
                current = {"id": cid, "lang": lang, "sentence": sentence, "date": date,
                           "context": context, "expected": [], "forbidden": []}
                cases.append(current)
                by_id[cid] = current
            elif current and line.startswith("- "):
                body = line[2:].strip()
                if body.startswith("src ") and "null in isolation" in body:
                    for c in current["expected"]:
                        c["source"] = None
                elif body.startswith(("✗", "nothing")):
                    current["forbidden"] += re.findall(r"`([^`]+)`", body)
                else:
                    current["expected"] += long_claims(body)
        elif section in (18, 19):
            m = HEAD_SHORT.match(line)
            if m:
                num, sentence, date, rest = m.groups()
                claims, forbidden = short_claims(rest)
                cases.append({"id": f"S{section}.{num}", "lang": "en" if section == 18 else "ko",
                              "sentence": sentence, "date": date, "context": "",
                              "expected": claims, "forbidden": forbidden})
    return cases


def load_cases(spec=None):
    """Cases from the spec when it is there, else from the committed fixture; returns
    (cases, origin)."""
    path = pathlib.Path(spec) if spec else SPEC
    if path.exists():
        return parse_spec(path.read_text(encoding="utf-8")), str(path)
    return json.loads(FIXTURE.read_text(encoding="utf-8"))["cases"], str(FIXTURE)


def dumps(cases):
    """The fixture: one case per line, with a leading note on what it is."""
    about = ("Test sentences of ../shared/spec/claim-language.md (§16–§19) with their expected "
             "claims, as parsed by tests/corpus/spec_cases.py; the corpus test reads this copy "
             "when the spec is absent")
    rows = ",\n".join(json.dumps(c, ensure_ascii=False, sort_keys=True) for c in cases)
    return '{"about": %s,\n"cases": [\n%s\n]}\n' % (json.dumps(about, ensure_ascii=False), rows)


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    cases, origin = load_cases(args[0] if args else None)
    if "--write-fixture" in argv:
        FIXTURE.parent.mkdir(parents=True, exist_ok=True)
        FIXTURE.write_text(dumps(cases), encoding="utf-8")
        print(f"{len(cases)} cases from {origin} -> {FIXTURE}")
    else:
        sys.stdout.write(dumps(cases))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
