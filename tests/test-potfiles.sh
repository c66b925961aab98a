#!/bin/sh
# Every source or template with a translatable string is listed in
# po/POTFILES.in, or its strings never reach translators (and the French
# window shows English). Fix: add the file to po/POTFILES.in.
set -eu
src=${G_TEST_SRCDIR:?}/..
cd "$src"
missing=$(grep -l -e '_(' -e 'N_(' -e 'C_(' -e 'ngettext' -e 'translatable="yes"' src/*/*.c src/*.c data/ui/*.ui 2>/dev/null |
  while read -r file; do grep -qx "$file" po/POTFILES.in || echo "$file"; done)
if [ -z "$missing" ]; then
  echo "ok 1 - po/POTFILES.in lists every file with translatable strings"
else
  echo "not ok 1 - po/POTFILES.in misses: $(echo $missing)"
fi
echo "1..1"
[ -z "$missing" ]
