#!/bin/sh
# The committed N_() header must hold exactly the texts of data/signs.json,
# or translators miss some. Fix: meson compile -C build update-catalog-strings
set -eu
src=${G_TEST_SRCDIR:?}/..
if python3 "$src/build-aux/catalog-strings.py" "$src/data/signs.json" | diff -u "$src/src/core/offload-catalog-strings.h" -; then
  echo "ok 1 - src/core/offload-catalog-strings.h matches data/signs.json"
  echo "1..1"
else
  echo "not ok 1 - src/core/offload-catalog-strings.h is stale: run meson compile -C build update-catalog-strings"
  echo "1..1"
  exit 1
fi
