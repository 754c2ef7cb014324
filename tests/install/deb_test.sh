#!/usr/bin/env bash
# The .deb: CPack builds it, its control fields declare the runtime libraries, apt-get installs
# it (as root), /usr/bin/forecheck checks the demo article from another directory, and
# apt-get removes it again. Exit 77 (skipped) when not root or without apt-get.
# Usage: deb_test.sh BUILD_DIR (run from the source root).
set -u
build=$(cd "$1" && pwd)
src=$(pwd)
if [ "$(id -u)" != 0 ]; then
  echo "SKIP: installing the .deb needs root (apt-get install); run the test as root"
  exit 77
fi
for tool in apt-get dpkg-deb dpkg-query cpack flock; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done
fail=0
tmp=$(mktemp -d)
chmod 755 "$tmp"  # apt's _apt user reads the .deb from here
installed=0
cleanup() {
  [ "$installed" = 1 ] && apt-get remove -y -qq -o DPkg::Lock::Timeout=300 forecheck >/dev/null 2>&1
  rm -rf "$tmp"
}
trap cleanup EXIT
flunk() { echo "FAIL: $*"; fail=1; }

# One package test at a time on this machine (other work trees run it too), and never over a
# forecheck that someone installed for real.
exec 9>/tmp/forecheck-deb-test.lock
flock -w 900 9 || { echo "FAIL: another forecheck .deb test holds /tmp/forecheck-deb-test.lock"; exit 1; }
if dpkg-query -W -f='${Status}' forecheck 2>/dev/null | grep -q "install ok installed"; then
  echo "SKIP: a forecheck package is installed already; not replacing it"
  exit 77
fi

(cd "$tmp" && cpack --config "$build/CPackConfig.cmake" -B "$tmp/pkg") >"$tmp/cpack.log" 2>&1 ||
  { cat "$tmp/cpack.log"; echo "FAIL: cpack"; exit 1; }
deb=$(ls "$tmp"/pkg/forecheck_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { cat "$tmp/cpack.log"; echo "FAIL: no forecheck_*.deb written"; exit 1; }
version=$(grep -oP '^project\(forecheck VERSION \K[0-9.]+' "$src/CMakeLists.txt")
[ "$(basename "$deb")" = "forecheck_${version}_$(dpkg --print-architecture).deb" ] ||
  flunk "package file name $(basename "$deb")"

# Control fields: the shared libraries the binary links against are declared.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in $(ldd "$build/forecheck" | awk '$3 ~ /^\// {print $3}'); do
  real=$(readlink -f "$lib")
  owner=$(dpkg-query -S "$real" 2>/dev/null | head -1 | cut -d: -f1)
  [ -z "$owner" ] && owner=$(dpkg-query -S "$lib" 2>/dev/null | head -1 | cut -d: -f1)
  [ -n "$owner" ] || { flunk "no Debian package owns $lib"; continue; }
  sed 's/, /\n/g; s/ (/\n/g' <<<"$depends" | grep -qxF -- "$owner" || flunk "Depends lacks $owner (for $lib)"
done
[ "$(dpkg-deb -f "$deb" Package)" = forecheck ] || flunk "Package: $(dpkg-deb -f "$deb" Package)"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || flunk "Version: $(dpkg-deb -f "$deb" Version)"
dpkg-deb -c "$deb" | awk '{print $6}' >"$tmp/contents"
for f in ./usr/bin/forecheck ./usr/share/man/man1/forecheck.1 \
  ./usr/share/bash-completion/completions/forecheck ./usr/share/zsh/vendor-completions/_forecheck \
  ./usr/share/fish/vendor_completions.d/forecheck.fish \
  ./usr/share/doc/forecheck/rules/growth-contradiction.md ./usr/lib/cmake/forecheck/forecheckConfig.cmake; do
  grep -qxF "$f" "$tmp/contents" || flunk "the package lacks $f"
done
grep -q "site-functions" "$tmp/contents" && flunk "the package uses zsh's site-functions"

export DEBIAN_FRONTEND=noninteractive
(cd "$tmp/pkg" && apt-get install -y -o DPkg::Lock::Timeout=300 "./$(basename "$deb")") \
  >"$tmp/apt.log" 2>&1 || { cat "$tmp/apt.log"; echo "FAIL: apt-get install ./$(basename "$deb")"; exit 1; }
installed=1
dpkg-query -W -f='${Status}' forecheck | grep -q "install ok installed" || flunk "not installed"

mkdir -p "$tmp/elsewhere"
cp "$src/fixtures/demo/genai-market.md" "$tmp/elsewhere/"
(cd "$tmp/elsewhere" && env -i PATH=/usr/bin:/bin /usr/bin/forecheck check genai-market.md) \
  >"$tmp/out" 2>&1
got=$?
[ "$got" = 1 ] || flunk "/usr/bin/forecheck check: exit $got, expected 1"
grep -qF 'genai-market.md:13:55: error[growth-contradiction]:' "$tmp/out" ||
  flunk "/usr/bin/forecheck does not report the growth contradiction: $(cat "$tmp/out")"
# dpkg may be told to leave out manual pages (path-exclude), as slim images do.
if command -v man >/dev/null && [ -e /usr/share/man/man1/forecheck.1 ]; then
  [ "$(man -w forecheck 2>/dev/null)" = /usr/share/man/man1/forecheck.1 ] ||
    flunk "man -w forecheck: $(man -w forecheck 2>&1)"
fi

apt-get remove -y -o DPkg::Lock::Timeout=300 forecheck >"$tmp/apt.log" 2>&1 ||
  { cat "$tmp/apt.log"; flunk "apt-get remove forecheck"; }
installed=0
[ -e /usr/bin/forecheck ] && flunk "/usr/bin/forecheck is still there after apt-get remove"

[ "$fail" = 0 ] && echo "deb: $(basename "$deb") built, installed, checked the demo, removed"
exit "$fail"
