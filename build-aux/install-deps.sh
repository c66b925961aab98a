#!/bin/sh
# Installs what Offload needs to build, run and test on Debian 12.
# Root runs apt-get directly; anyone else goes through sudo.
set -eu

packages="
  build-essential pkg-config meson ninja-build gettext
  libglib2.0-dev libglib2.0-bin libjson-glib-dev libgtk-4-dev
  desktop-file-utils appstream
  xvfb xauth dbus dbus-x11 xdotool imagemagick
  python3 locales time poppler-utils
  valgrind clang libclang-rt-14-dev
"

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
if ! locale -a 2>/dev/null | grep -qi '^fr_FR\.utf-\?8$'; then
  $sudo sed -i 's/^# *\(fr_FR.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  $sudo locale-gen
fi
