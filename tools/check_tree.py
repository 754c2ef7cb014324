#!/usr/bin/env python3
"""Tree hygiene for forecheck's sources: files at most 400 lines, a final newline, no CRLF or
trailing spaces, and includes that follow the one-way layer arrows of the engine."""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
LAYERS = ["support", "document", "grammar", "lang", "claims", "archive", "findings", "config",
          "consistency", "rules"]
# Each engine folder may include itself and the folders listed here (the architecture arrows).
ALLOWED = {
    "support": set(),
    "document": {"support"},
    "grammar": {"support"},
    "lang": {"support"},
    "claims": {"support", "document", "grammar", "lang"},
    "archive": {"support", "claims"},
    "findings": {"support", "claims", "config", "consistency", "rules", "archive"},
    "config": {"support", "findings"},
    "consistency": {"support", "claims"},
    "rules": {"support", "claims", "consistency", "findings", "archive"},
}


def main() -> int:
    problems = []
    files = [p for p in ROOT.glob("engine/**/*") if p.suffix in (".cpp", ".hpp")]
    files += [p for p in ROOT.glob("tools/**/*") if p.suffix in (".cpp", ".hpp")]
    for path in sorted(files):
        rel = path.relative_to(ROOT)
        data = path.read_bytes()
        lines = data.split(b"\n")
        if len(lines) - 1 > 400:
            problems.append(f"{rel}: {len(lines) - 1} lines (limit 400)")
        if data and not data.endswith(b"\n"):
            problems.append(f"{rel}: no final newline")
        if b"\r\n" in data:
            problems.append(f"{rel}: CRLF line endings")
        for n, line in enumerate(lines, 1):
            if line.rstrip(b" \t") != line:
                problems.append(f"{rel}:{n}: trailing whitespace")
        parts = rel.parts
        if parts[0] == "engine" and len(parts) > 2 and parts[1] in ALLOWED:
            layer = parts[1]
            for n, line in enumerate(data.decode("utf-8", "replace").split("\n"), 1):
                m = re.match(r'#include "([a-z_]+)/', line)
                if m and m.group(1) != layer and m.group(1) in LAYERS and \
                        m.group(1) not in ALLOWED[layer]:
                    problems.append(f"{rel}:{n}: {layer} must not include {m.group(1)}/")
    for p in problems:
        print(p)
    print(f"check_tree: {len(files)} files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
