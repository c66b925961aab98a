#!/bin/sh
# install-deps.sh [--tests]: installs what Offload needs on Debian 12 to
# build and run it; with --tests, also what its tests need (a virtual
# display, valgrind, clang for the fuzzers, PDF tools, the French locale).
# Root runs apt-get directly; anyone else goes through sudo.
set -eu

tests=false
case "${1:-}" in
  "") ;;
  --tests) tests=true ;;
  *) echo "usage: $0 [--tests]" >&2; exit 2 ;;
esac

# Building and running (python3 runs build-aux/catalog-strings.py).
packages="
  build-essential pkg-config meson ninja-build gettext python3
  libglib2.0-dev libglib2.0-bin libjson-glib-dev libgtk-4-dev
"
if $tests; then
  packages="$packages
    desktop-file-utils appstream
    xvfb xauth dbus dbus-x11 xdotool imagemagick
    locales time poppler-utils
    valgrind clang libclang-rt-14-dev
  "
fi

if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi

missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done

if [ -n "$missing" ]; then
  echo "Installing:$missing"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing
fi

# French tests need the locale itself, not only the package.
if $tests && ! locale -a 2>/dev/null | grep -qi '^fr_FR\.utf-\?8$'; then
  $sudo sed -i 's/^# *\(fr_FR.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  $sudo locale-gen
fi
