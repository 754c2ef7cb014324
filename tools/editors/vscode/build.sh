#!/usr/bin/env bash
# Builds the VS Code extension into forecheck-<version>.vsix (needs node and npm; not part of CI).
set -euo pipefail
cd "$(dirname "$0")"
command -v npm >/dev/null || { echo "build.sh: npm is required (apt-get install npm)" >&2; exit 2; }
npm install --no-audit --no-fund
npm run compile
npx vsce package --allow-missing-repository --skip-license
ls -1 ./*.vsix
