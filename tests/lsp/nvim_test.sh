#!/usr/bin/env bash
# Real editor: headless Neovim attaches `forecheck lsp` to the Korean fixture; the diagnostic
# must land on the bytes of 10억달러 (UTF-16 from the server, byte columns in Neovim).
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
command -v nvim >/dev/null || { echo "FAIL: nvim not installed (tools/build installs neovim)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$here/genai-ko.md" "$tmp/claim.md"
cd "$tmp"
FC_LSP_CMD="$bin lsp" FC_DOC=claim.md FC_OUT=diags.json HOME="$tmp" \
  timeout 60 nvim --headless --clean -c "luafile $here/nvim_check.lua" </dev/null >nvim.log 2>&1
rc=$?
[ $rc = 0 ] || { echo "FAIL: nvim exited $rc"; cat nvim.log; exit 1; }
python3 - diags.json claim.md <<'PY'
import json, sys
got = json.load(open(sys.argv[1]))
lines = open(sys.argv[2], encoding="utf-8").read().split("\n")
d = got["vim_diagnostic"]
assert len(d) == 1, d
d = d[0]
line = lines[2].encode("utf-8")
start = line.index("10억달러".encode("utf-8"))
want = (2, start, start + len("10억달러".encode("utf-8")))
assert (d["lnum"], d["col"], d["end_col"]) == want, (d, want)
assert d["text"] == "10억달러", d["text"]
assert d["severity"] == 1 and d["code"] == "growth-contradiction" and d["source"] == "forecheck", d
print(f"nvim: diagnostic at line {d['lnum']} bytes {d['col']}-{d['end_col']} = {d['text']}")
PY
