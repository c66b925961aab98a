#!/bin/sh
# build.sh BUILD_DIR [MESON OPTIONS…]: configures BUILD_DIR (or reconfigures
# an existing one with the given options) and compiles it.
set -eu

dir=${1:-build}
[ $# -gt 0 ] && shift

if [ -f "$dir/build.ninja" ]; then
  meson setup --reconfigure "$dir" "$@"
else
  meson setup "$dir" "$@"
fi
meson compile -C "$dir"
