#!/usr/bin/env bash
# Byte-order marks at the command line and in the language server: a UTF-8 BOM moves no column
# and hides no front matter; UTF-16 files are named as such, not called binary.
. "$(dirname "$0")/lib.sh"
cd "$tmp" || exit 1
printf '%s\n' "$BAD" >plain.txt
printf '\xef\xbb\xbf%s\n' "$BAD" >bom.txt
run 1 "BOM" "$bin" check bom.txt
has "column" out "bom.txt:1:119: error[cagr-mismatch]"
if "$bin" lsp --help >/dev/null 2>&1; then
  "$bin" lsp --check plain.txt | grep -A3 '"start"' >plain.range
  "$bin" lsp --check bom.txt | grep -A3 '"start"' >bom.range
  cmp -s plain.range bom.range || { flunk "LSP range moved by the BOM"; diff plain.range bom.range; }
fi
printf '\xef\xbb\xbf---\ndate: 2024-05-01\n---\nThe market will reach $5 billion in 2022.\n' >stale.md
run 0 "front matter after a BOM" "$bin" check stale.md
has "front matter date" out "stale.md:4:23: warning[stale-forecast]"
python3 -c "import sys; open('u16.txt','wb').write('\ufeff$BAD\n'.encode('utf-16-le'))"
python3 -c "import sys; open('u16nobom.md','wb').write('$BAD\n'.encode('utf-16-be'))"
python3 -c "import sys; open('u32.txt','wb').write('$BAD\n'.encode('utf-32'))"
printf 'abc\0\0\xff\xfe binary' >bin.dat
run 2 "UTF-16 and binary" "$bin" check u16.txt u16nobom.md u32.txt bin.dat
has "UTF-16 with BOM" out "u16.txt:1:1: input: UTF-16LE is not supported; convert to UTF-8 (iconv -f UTF-16LE -t UTF-8)"
has "UTF-16 without BOM" out "u16nobom.md:1:1: input: UTF-16BE is not supported"
has "UTF-32" out "u32.txt:1:1: input: UTF-32LE is not supported"
has "stderr names the path" err "forecheck: u16.txt: UTF-16LE is not supported"
has "binary stays binary" out "bin.dat:1:1: input: binary file (NUL byte at offset 3), not checked"
finish
