#!/bin/sh
# test-handover.sh: `offload --export-handover FILE OUT.md|OUT.pdf`, as a
# user's shell runs it, with no display: the delegated tasks and their
# sheets, in the Markdown and in the PDF read back with pdftotext, no
# amount in either, a long sheet across pages, and an unknown extension
# refused. TAP output.
set -u

bin=${OFFLOAD_BIN:?OFFLOAD_BIN must point at the built offload}
src=${G_TEST_SRCDIR:-$(dirname "$0")}
doc="$src/documents/good/bakery-tasks.offload"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset DISPLAY WAYLAND_DISPLAY

. "$src/tap.sh"

for tool in pdfinfo pdftotext python3; do
  if ! command -v "$tool" >/dev/null; then
    echo "1..0 # SKIP $tool is missing (poppler-utils, python3: build-aux/install-deps.sh --tests)"
    exit 0
  fi
done

run () {
  timeout 60 "$bin" "$@" >"$tmp/out" 2>"$tmp/err"
  echo $? >"$tmp/status"
}
status () { cat "$tmp/status"; }
no_amount () { ! grep -Eq '€|EUR|£|\$|[0-9][  ]?(€|EUR|£|\$)' "$1"; }
# The "## N. title" lines of the Markdown, in order.
task_headings () { sed -n 's/^## //p' "$1"; }

run --export-handover "$doc" "$tmp/pack.md"
check "Markdown: exits 0" [ "$(status)" = 0 ]
printf '1. Scheduling and planning\n2. Invoicing and payment reminders\n3. Préparer la paie\n' >"$tmp/expected"
task_headings "$tmp/pack.md" >"$tmp/headings"
check "Markdown: exactly the delegated tasks, in hand-over order" cmp -s "$tmp/expected" "$tmp/headings"
check "Markdown: the sheet's text" grep -qF "Claire Martin relit les relances avant l'envoi." "$tmp/pack.md"
check "Markdown: the steps, line by line" grep -qx "4. Le 5 du mois, lister les factures impayées et préparer les relances." "$tmp/pack.md"
check "Markdown: no kept or automated task" sh -c "! grep -Eq 'Inbox|Data entry' '$tmp/pack.md'"
check "Markdown: no amount" no_amount "$tmp/pack.md"
check "Markdown: a task without a sheet says to ask" \
  sh -c "sed -n '/^## 3\\./,\$p' '$tmp/pack.md' | grep -q '^No hand-over sheet yet'"

run --export-handover "$doc" "$tmp/pack.PDF"
check "PDF (upper-case extension): exits 0" [ "$(status)" = 0 ]
check "PDF: a PDF" sh -c "head -c 5 '$tmp/pack.PDF' | grep -q '%PDF-'"
pdftotext "$tmp/pack.PDF" "$tmp/pack.txt" 2>/dev/null
check "PDF: the task titles" sh -c "grep -q '1. Scheduling and planning' '$tmp/pack.txt' && grep -q '2. Invoicing and payment reminders' '$tmp/pack.txt' && grep -q '3. Préparer la paie' '$tmp/pack.txt'"
check "PDF: the sheet's text" grep -qF "Claire Martin relit les relances avant l'envoi." "$tmp/pack.txt"
check "PDF: no kept or automated task" sh -c "! grep -Eq 'Inbox|Data entry' '$tmp/pack.txt'"
check "PDF: no amount" no_amount "$tmp/pack.txt"
check "PDF: the placeholder" grep -q "No hand-over sheet yet" "$tmp/pack.txt"

# A sheet too long for one page flows onto the next, none of it lost.
python3 - "$doc" "$tmp/long.offload" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d['tasks']['invoicing']['sheet']['notes'] = '\n'.join('Ligne %d de la note, à garder en tête.' % i for i in range(1, 81))
json.dump(d, open(sys.argv[2], 'w'), ensure_ascii=False)
PY
run --export-handover "$tmp/long.offload" "$tmp/long.pdf"
check "long sheet: exits 0" [ "$(status)" = 0 ]
check "long sheet: more than one page" [ "$(pdfinfo "$tmp/long.pdf" | sed -n 's/^Pages: *//p')" -ge 2 ]
pdftotext "$tmp/long.pdf" "$tmp/long.txt" 2>/dev/null
check "long sheet: its first and last lines are there" \
  sh -c "grep -q 'Ligne 1 de la note' '$tmp/long.txt' && grep -q 'Ligne 80 de la note' '$tmp/long.txt'"
check "long sheet: the tasks after it are there" grep -q "3. Préparer la paie" "$tmp/long.txt"

run --export-handover "$doc" "$tmp/pack.txt.out"
check "an unknown extension: non-zero exit" [ "$(status)" != 0 ]
check "an unknown extension: one line saying why" \
  sh -c "[ \"\$(wc -l <'$tmp/err')\" = 1 ] && grep -q '^offload: .*Markdown or PDF' '$tmp/err'"
check "an unknown extension: nothing written" [ ! -e "$tmp/pack.txt.out" ]
run --export-handover "$doc"
check "no output file: usage error (2)" [ "$(status)" = 2 ]
run --export-handover "$tmp/missing.offload" "$tmp/x.md"
check "a missing assessment: exit 1" [ "$(status)" = 1 ]
run --export-handover "$doc" --export-csv "$doc" "$tmp/x.md"
check "with another export: usage error (2)" [ "$(status)" = 2 ]
run --help
check "--help names --export-handover" grep -q -- "--export-handover" "$tmp/out"

finish
