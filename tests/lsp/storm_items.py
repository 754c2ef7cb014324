"""The seeded message storm for storm_test.py: each item is bytes on the wire plus what the server
must answer to the requests in it. Expectations follow the documented behaviour: -32700 for bad
JSON, -32600 for a bad envelope, -32601 for an unknown method, -32602 for wrong params, a result
for a valid request; notifications and replies get no answer; broken frames are skipped."""
import json
import random

FRAGMENTS = ["10억달러", "14억달러", "연평균 약 17%씩", "2028년", "그랜드 뷰 리서치는", "🚀", "\n",
             "시장 규모를", " ", "IDC는 2025년 국내 클라우드 시장이 5조원 규모에 이를 것으로 전망했다.",
             "$1.4bn by 2030", "about 17% a year", "", "\u200b", "e\u0301", "\t", "999999999조",
             "# 제목\n", "<b>5억원</b>", "-3.5%p", "１０억 달러", "\r\n", "😀😀"]
METHODS = ["textDocument/hover", "textDocument/codeAction", "textDocument/didChange",
           "textDocument/didOpen", "textDocument/didClose", "initialize", "initialized",
           "workspace/didChangeConfiguration", "$/cancelRequest", "$/setTrace", "nope", ""]


class Item:
    def __init__(self, data, kind, expect=(), reach=None, framed=True):
        self.data, self.kind, self.expect = data, kind, list(expect)
        self.reach = reach  # how far past its start a broken frame may read into what follows
        self.framed = framed  # starts with a Content-Length header


def frame(body, length=None):
    return b"Content-Length: %d\r\n\r\n" % (len(body) if length is None else length) + body


def encode(msg, ascii_only=False):
    return json.dumps(msg, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


def storm(seed, count, uri, text):
    """(chunks, {json id: (want, at_risk)}, {kind: count}); want is "result", an error code, or
    None for a message that must not be answered."""
    r = random.Random(seed)
    next_id = [1000]

    def new_id():
        next_id[0] += 1
        n = next_id[0]
        return r.choice([n, -n, f"s-{n}", f"한글-{n}", n + 2**62])

    def pos(wild=True):
        if wild and r.random() < 0.15:
            return {"line": r.choice([10**6, 2**40]), "character": r.choice([0, 10**9])}
        return {"line": r.randrange(5), "character": r.randrange(90)}

    def words(n):
        return "".join(r.choice(FRAGMENTS) for _ in range(n))

    def request(method, params, want, kind):
        rid = new_id()
        body = encode({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        return Item(frame(body), kind, [(rid, want)])

    def notify(method, params, kind, ascii_only=False):
        body = encode({"jsonrpc": "2.0", "method": method, "params": params}, ascii_only)
        return Item(frame(body), kind)

    def scratch_uri():
        return r.choice(["file:///tmp/forecheck-storm/a.md", "file:///tmp/forecheck-storm/b.html",
                         "file:///tmp/forecheck-storm/c.txt", "untitled:Untitled-1", "",
                         "file:///tmp/a%20b%ZZ.md", "file://", "file:///tmp/x%00y.md",
                         "file:///" + "d/" * 3000 + "long.md", "file:///proc/self/x.md"])

    def edit():
        c = r.random()
        if c < 0.5:
            start, end = pos(), pos()
            change = {"range": {"start": start, "end": end}, "text": words(r.randrange(4))}
        elif c < 0.6:
            change = {"text": words(r.randrange(1, 30))}
        else:
            change = {"range": {"start": pos(False), "end": pos(False)}, "text": words(2)}
        version = r.choice([r.randrange(2, 10**6), -1, "v", None, 2**63])
        return notify("textDocument/didChange",
                      {"textDocument": {"uri": uri, "version": version},
                       "contentChanges": [change] * r.randrange(1, 3)}, "edit")

    def scratch():
        c = r.random()
        u = scratch_uri()
        if c < 0.5:
            size = r.choice([1, 5, 50, 3000])
            body = words(size)
            if r.random() < 0.2:
                body += "\ud800 lone surrogate \x00 NUL"
            return notify("textDocument/didOpen",
                          {"textDocument": {"uri": u, "languageId": "markdown", "version": 1,
                                            "text": body}}, "scratch", ascii_only=True)
        if c < 0.8:
            return notify("textDocument/didChange",
                          {"textDocument": {"uri": u}, "contentChanges": [{"text": words(5)}]},
                          "scratch")
        return notify("textDocument/didClose", {"textDocument": {"uri": u}}, "scratch")

    def valid_request():
        if r.random() < 0.6:
            return request("textDocument/hover",
                           {"textDocument": {"uri": uri}, "position": pos()}, "result", "request")
        return request("textDocument/codeAction",
                       {"textDocument": {"uri": uri}, "range": {"start": pos(), "end": pos()},
                        "context": {"diagnostics": r.choice([[], [{"code": 5}], "x"])}},
                       "result", "request")

    def bad_params():
        doc = {"uri": uri}
        p = r.choice([
            {}, {"textDocument": doc}, {"textDocument": doc, "position": {"line": "0"}},
            {"textDocument": doc, "position": {"line": -1, "character": 0}},
            {"textDocument": doc, "position": {"line": 1.5, "character": 0}},
            {"textDocument": doc, "position": {"line": 2**63, "character": 0}},
            {"textDocument": doc, "position": {"line": 0, "character": 2**64}},
            {"textDocument": {"uri": 5}, "position": {"line": 0, "character": 0}},
            {"textDocument": "x", "position": {"line": 0, "character": 0}},
            {"textDocument": {"uri": "file:///never/opened.md"},
             "position": {"line": 0, "character": 0}}])
        method = r.choice(["textDocument/hover", "textDocument/codeAction"])
        if method == "textDocument/codeAction" and "position" in p:
            p = dict(p, range={"start": p["position"], "end": p.pop("position")})
        if r.random() < 0.2:
            p = r.choice([[1], "params", 5, True, None])
        return request(method, p, -32602, "bad-params")

    def bad_notification():
        return notify(r.choice(["textDocument/didChange", "textDocument/didOpen"]), r.choice([
            {"textDocument": {"uri": "file:///never/opened.md"}, "contentChanges": []},
            {"textDocument": {"uri": uri}, "contentChanges": "x"},
            {"textDocument": {"uri": uri}, "contentChanges": [5]},
            {"textDocument": {"uri": uri}, "contentChanges": [{"range": "bad", "text": "x"}]},
            {"textDocument": {"uri": uri}, "contentChanges": [{"range": {}, "text": "x"}]},
            {"textDocument": {"uri": uri}, "contentChanges": [{"text": 5}]},
            {"textDocument": {"uri": uri, "text": None}}, {}]), "bad-notification")

    def envelope():
        rid = new_id()
        c = r.randrange(9)
        if c == 0:
            return Item(frame(encode({"jsonrpc": "2.0", "id": rid, "method": 5})), "envelope",
                        [(rid, -32600)])
        if c == 1:
            return Item(frame(encode({"jsonrpc": "1.0", "id": rid, "method": "shutdown"})),
                        "envelope", [(rid, -32600)])
        if c == 2:
            return Item(frame(encode({"id": rid, "method": "initialize", "params": {}})),
                        "envelope", [(rid, -32600)])
        if c == 3:
            return Item(frame(encode({"jsonrpc": "2.0", "id": rid, "result": None})), "envelope",
                        [(rid, None)])
        if c == 4:
            return Item(frame(encode({"jsonrpc": "2.0", "id": rid,
                                      "error": {"code": 1, "message": "x"}})),
                        "envelope", [(rid, None)])
        if c == 5:
            bad_id = r.choice([{"a": 1}, [1], 1.5, True])
            return Item(frame(encode({"jsonrpc": "2.0", "id": bad_id, "method": "initialize"})),
                        "envelope")
        if c == 6:
            return Item(frame(r.choice([b"[1,2]", b"null", b"5", b'"x"', b"[]",
                                        b'[{"jsonrpc":"2.0","id":1,"method":"shutdown"}]'])),
                        "envelope")
        if c == 7:
            method = r.choice(METHODS[5:] + ["$/cancelRequest", "workspace/symbol"])
            want = "result" if method in ("initialize", "initialized") else -32601
            if method == "workspace/didChangeConfiguration":
                want = "result"
            return request(method, {"settings": {"lang": r.choice(["ko", "fr", 5])}}, want,
                           "envelope")
        return notify(r.choice(METHODS[7:]), {"id": rid}, "envelope")

    def bad_json():
        return Item(frame(r.choice([
            b'{"jsonrpc":', b"{", b"}", b"\xff\xfe\x00", b'{"jsonrpc":"2.0","id":1,}',
            b"[" * 5000, b"[" * 40 + b"]" * 40, b'{"text":"\xed\xa0\x80"}',
            b'{"jsonrpc":"2.0","method":"x","params":{"t":"\xc3\x28"}}',
            encode({"jsonrpc": "2.0", "method": "textDocument/didOpen",
                    "params": {"textDocument": {"uri": "file:///s.md", "text": "\ud800"}}}),
            bytes(r.randrange(256) for _ in range(r.randrange(1, 200)))])), "bad-json")

    def junk():
        while True:
            data = bytes(r.randrange(256) for _ in range(r.choice([1, 10, 200, 20000])))
            if b"content-length" not in data.lower():
                return Item(data, "junk", framed=False)

    def bad_header():
        body = encode({"jsonrpc": "2.0", "method": "$/setTrace", "params": {"value": "off"}})
        c = r.randrange(9)
        if c == 0:
            return Item(b"Content-Type: application/json\r\n\r\n" + body, "header", framed=False)
        if c == 1:
            return Item(b"Content-Length: abc\r\n\r\n", "header")
        if c == 2:
            return Item(b"Content-Length: -5\r\n\r\n" + body, "header")
        if c == 3:
            return Item(b"Content-Length: 99999999999\r\n\r\n" + body[:r.randrange(len(body))],
                        "header")
        if c == 4:
            return Item(b"Content-Length: 0\r\n\r\n", "header")
        if c == 5:
            return Item(b"content-length:%d\r\nContent-Type: x\r\n\r\n" % len(body) + body,
                        "header")
        if c == 6:
            # no blank line: a blank line in what follows would end the block and read a body
            data = b"Content-Length: %d\r\n" % len(body) + body
            return Item(data, "header", reach=len(data) + len(body))
        if c == 7:  # a short Content-Length: the rest of the body is junk before the next header
            return Item(frame(body, r.randrange(1, len(body))), "header")
        # a bad value without the blank line merges with the next header block: that one is lost
        return Item(b"Content-Length: 1x\r\n", "header", reach=20)

    def lying():
        rid = new_id()
        body = encode({"jsonrpc": "2.0", "id": rid, "method": "textDocument/hover",
                       "params": {"textDocument": {"uri": uri}, "position": pos(False)}})
        cut = r.randrange(len(body) + 1)
        length = r.choice([len(body) + r.randrange(1, 600), len(body) + 1])
        data = frame(body[:cut], length)
        return Item(data, "lying", [(rid, "result")], reach=len(data) - cut + length)

    makers = [(edit, 22), (scratch, 8), (valid_request, 14), (bad_params, 10),
              (bad_notification, 6), (envelope, 12), (bad_json, 8), (junk, 6), (bad_header, 10),
              (lying, 4)]
    total = sum(w for _, w in makers)
    items = []
    for _ in range(count):
        x = r.randrange(total)
        for make, w in makers:
            if x < w:
                items.append(make())
                break
            x -= w
    return assemble(items)


def assemble(items):
    offsets, at = [], 0
    for it in items:
        offsets.append(at)
        at += len(it.data)
    risky = [False] * len(items)
    for i, it in enumerate(items):
        if it.reach is None:
            continue
        risky[i] = True  # a lying frame's own request is never whole
        end = offsets[i] + it.reach + 64  # the next header may be cut anywhere in its line
        j = i + 1
        while j < len(items) and offsets[j] < end:
            risky[j] = True
            j += 1
        while j < len(items) and not items[j].framed:
            j += 1
        if j < len(items):
            risky[j] = True
    expected, kinds = {}, {}
    for it, risk in zip(items, risky):
        kinds[it.kind] = kinds.get(it.kind, 0) + 1
        for rid, want in it.expect:
            expected[json.dumps(rid)] = (want, risk)
    return [it.data for it in items], expected, kinds
