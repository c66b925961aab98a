#!/bin/sh
# open-example.sh BUILD_DIR [OFFLOAD OPTIONS…]: runs Offload from the build
# tree (meson devenv: the build tree's settings schema and translations) on
# the sample assessment in the desktop's language: data/examples/bakery.offload,
# or its French twin boulangerie.offload when messages are in French.
set -eu

repo=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
[ $# -gt 0 ] && shift

# The language gettext will pick: LANGUAGE first, then the locale's messages.
lang=${LANGUAGE:-${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}}
case $lang in
  fr*) example=boulangerie.offload ;;
  *) example=bakery.offload ;;
esac

exec meson devenv -C "$build" ./src/offload "$@" "$repo/data/examples/$example"
