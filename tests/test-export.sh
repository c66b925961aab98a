#!/bin/sh
# test-export.sh: `offload --export-pdf` and `--export-csv`, as a user's shell
# runs them, with no display. The figures looked for in the PDF come from the
# tool itself (`offload --summary`), never from this file. TAP output.
set -u

bin=${OFFLOAD_BIN:?OFFLOAD_BIN must point at the built offload}
localedir=${OFFLOAD_TEST_LOCALEDIR:?OFFLOAD_TEST_LOCALEDIR must point at the po folder of the build tree}
src=${G_TEST_SRCDIR:-$(dirname "$0")}
good="$src/documents/good"
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
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
pages () { pdfinfo "$1" 2>/dev/null | sed -n 's/^Pages: *//p'; }
text () { pdftotext -layout "$1" - 2>/dev/null; }
one_line_error () { [ "$(status)" = 1 ] && [ "$(wc -l <"$tmp/err")" = 1 ] && grep -q '^offload: ' "$tmp/err"; }

# expect.py MODE JSON [TEXT_SUMMARY]: what the report must show, one string
# a line, formatted as the C locale formats them (offload-format.c).
cat >"$tmp/expect.py" <<'EOF'
import json, re, sys
from decimal import Decimal, ROUND_HALF_UP

mode, data = sys.argv[1], json.load(open(sys.argv[2]))

def whole(v):
    return int(Decimal(str(v)).quantize(Decimal('1'), rounding=ROUND_HALF_UP))

def money(v):
    n = whole(v)
    return ('-' if n < 0 else '') + '€{:,}'.format(abs(n))

def hours(v):
    t = str(Decimal(str(v)).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP))
    return (t[:-2] if t.endswith('.0') else t) + ' h'

if mode == 'hours':
    for k in ('monthly_hours', 'focus_hours', 'hours_freed_month'):
        print(hours(data[k]))
    print('%d/100' % data['readiness'])
elif mode == 'money':
    for k in ('monthly_cost', 'yearly_cost', 'focus_cost', 'value_recovered_month',
              'freelance_cost_month', 'freelance_net_month', 'hire_cost_month', 'hire_net_month'):
        print(money(data[k]))
elif mode == 'amounts':
    # Every amount as digits, with and without grouping: none may show.
    for k in ('monthly_cost', 'yearly_cost', 'focus_cost', 'value_recovered_month',
              'freelance_cost_month', 'hire_cost_month'):
        n = abs(whole(data[k]))
        if n >= 1000:
            print('{:,}'.format(n))
elif mode == 'words':
    # From the text summary: the verdict's title and the tasks, words
    # without an amount.
    text = open(sys.argv[3], encoding='utf-8').read().splitlines()
    for line in text:
        if line.startswith('Verdict: '):
            print(line[len('Verdict: '):].split('. ')[0])
        m = re.match(r'^  \d+\. (.+)$', line)
        if m:
            print(m.group(1))
    print(data['scenario'])
elif mode == 'why':
    # The decision's reasons, in the owner's figures.
    for line in data['answer']['why']:
        print(line)
elif mode == 'headline':
    print(data['answer']['headline'])
EOF

# contains FILE LIST: every line of LIST is in FILE (spaces of any kind as one).
cat >"$tmp/contains.py" <<'EOF'
import re, sys
norm = lambda s: re.sub(r'[\s\u00a0\u202f]+', ' ', s)
text = norm(open(sys.argv[1], encoding='utf-8').read())
missing = [w for w in open(sys.argv[2], encoding='utf-8').read().splitlines() if w and norm(w) not in text]
for w in missing:
    print('# missing:', w)
sys.exit(1 if missing else 0)
EOF
contains () { python3 "$tmp/contains.py" "$1" "$2"; }

full="$good/full.offload"
"$bin" --summary "$full" --format=json >"$tmp/full.json"
LANGUAGE=C LC_ALL=C.UTF-8 "$bin" --summary "$full" >"$tmp/full.txt"
python3 "$tmp/expect.py" hours "$tmp/full.json" >"$tmp/hours.list"
python3 "$tmp/expect.py" money "$tmp/full.json" >"$tmp/money.list"
python3 "$tmp/expect.py" amounts "$tmp/full.json" >"$tmp/amounts.list"
python3 "$tmp/expect.py" words "$tmp/full.json" "$tmp/full.txt" >"$tmp/words.list"
python3 "$tmp/expect.py" why "$tmp/full.json" >"$tmp/why.list"
python3 "$tmp/expect.py" headline "$tmp/full.json" >"$tmp/headline.list"
check "the expectations come from --summary" \
  sh -c "[ -s '$tmp/hours.list' ] && [ -s '$tmp/money.list' ] && [ \$(wc -l <'$tmp/words.list') -ge 5 ] &&
         [ \$(wc -l <'$tmp/why.list') -ge 2 ] && [ -s '$tmp/headline.list' ]"

# ---- the PDF ---------------------------------------------------------------
run --export-pdf "$full" "$tmp/full.pdf"
check "export-pdf exits 0" [ "$(status)" = 0 ]
check "export-pdf prints nothing" sh -c "[ ! -s '$tmp/out' ] && [ ! -s '$tmp/err' ]"
check "the PDF is a PDF" sh -c "head -c 5 '$tmp/full.pdf' | grep -q '%PDF-'"
check "the PDF has 3 pages" [ "$(pages "$tmp/full.pdf")" = 3 ]
text "$tmp/full.pdf" >"$tmp/full.pdf.txt"
check "the PDF's last page says it is the last" grep -q "Page 3 of 3" "$tmp/full.pdf.txt"
check "the PDF shows the hours and the readiness of --summary" contains "$tmp/full.pdf.txt" "$tmp/hours.list"
check "the PDF shows the amounts of --summary" contains "$tmp/full.pdf.txt" "$tmp/money.list"
check "the PDF shows the verdict, the tasks and the scenario" contains "$tmp/full.pdf.txt" "$tmp/words.list"
check "the PDF gives the decision's reasons" contains "$tmp/full.pdf.txt" "$tmp/why.list"
pdftotext -layout -f 1 -l 1 "$tmp/full.pdf" - >"$tmp/full.page1.txt" 2>/dev/null
check "the PDF's first page gives the headline of --summary" contains "$tmp/full.page1.txt" "$tmp/headline.list"
check "the headline opens the summary box, before the inputs" python3 - "$tmp/full.page1.txt" "$tmp/headline.list" <<'EOF'
import re, sys
norm = lambda s: re.sub(r'[\s\u00a0\u202f]+', ' ', s)
page = norm(open(sys.argv[1], encoding='utf-8').read())
headline = norm(open(sys.argv[2], encoding='utf-8').read().strip())
sys.exit(0 if page.index('In short') < page.index(headline) < page.index('Your figures') else 1)
EOF
check "the PDF names the document" grep -q 'Atelier "Dupont & fils"' "$tmp/full.pdf.txt"
check "the PDF's title is the document's" sh -c "pdfinfo '$tmp/full.pdf' | grep -q '^Title: *Atelier'"

# Every sign and counter-indication ticked and a 500-character title: more
# pages, and still every title whole.
python3 - "$full" "$tmp/long.offload" <<'EOF'
import json, subprocess, sys, os
doc = json.load(open(sys.argv[1]))
signs = json.loads(subprocess.run([os.environ['OFFLOAD_BIN'], '--list-signs', '--format=json'],
                                  capture_output=True, check=True).stdout)
doc['answers'] = {s['id']: True for s in signs}
doc['title'] = ('A very long name for a workshop that does many things ' * 10)[:500]
doc.pop('results')
json.dump(doc, open(sys.argv[2], 'w'), ensure_ascii=False)
open(sys.argv[2] + '.titles', 'w').write('\n'.join(s['title'] for s in signs) + '\n')
EOF
run --export-pdf "$tmp/long.offload" "$tmp/long.pdf"
check "a long assessment exports" [ "$(status)" = 0 ]
long_pages=$(pages "$tmp/long.pdf")
check "a long assessment takes more pages" [ "${long_pages:-0}" -gt "$(pages "$tmp/full.pdf")" ]
text "$tmp/long.pdf" >"$tmp/long.pdf.txt"
check "a long assessment: every sign's title is there, whole" contains "$tmp/long.pdf.txt" "$tmp/long.offload.titles"
check "a long assessment: the page count in the footer is pdfinfo's" grep -q "Page $long_pages of $long_pages" "$tmp/long.pdf.txt"
check "a long assessment: the verdict is Prepare first" grep -q "Prepare first" "$tmp/long.pdf.txt"

# ---- without amounts ---------------------------------------------------------
run --no-amounts --export-pdf "$full" "$tmp/na.pdf"
check "export-pdf --no-amounts exits 0" [ "$(status)" = 0 ]
text "$tmp/na.pdf" >"$tmp/na.pdf.txt"
check "no amounts: no currency sign or code in the PDF" sh -c "! grep -q '[€\$£]\|EUR' '$tmp/na.pdf.txt'"
check "no amounts: none of the amounts, even without a sign" sh -c "! grep -qF -f '$tmp/amounts.list' '$tmp/na.pdf.txt'"
check "no amounts: no hourly value" sh -c "! grep -q 'What one hour of your time is worth' '$tmp/na.pdf.txt'"
check "no amounts: the hours and readiness are still there" contains "$tmp/na.pdf.txt" "$tmp/hours.list"
check "no amounts: the verdict and the tasks are still there" contains "$tmp/na.pdf.txt" "$tmp/words.list"
check "no amounts: neither the headline nor the reasons in money" python3 - "$tmp/na.pdf.txt" "$tmp/headline.list" "$tmp/why.list" <<'EOF'
import re, sys
norm = lambda s: re.sub(r'[\s\u00a0\u202f]+', ' ', s)
text = norm(open(sys.argv[1], encoding='utf-8').read())
said = [l for f in sys.argv[2:] for l in open(f, encoding='utf-8').read().splitlines() if '€' in l]
assert said, 'the headline quotes an amount'
sys.exit(1 if any(norm(l) in text for l in said) else 0)
EOF
check "no amounts: the summary box is still there" grep -q "In short" "$tmp/na.pdf.txt"
check "no amounts: the report says so" grep -q "Shared without amounts" "$tmp/na.pdf.txt"

# ---- CSV ---------------------------------------------------------------------
cat >"$tmp/read_csv.py" <<'EOF'
import csv, io, json, sys
raw = open(sys.argv[1], 'rb').read()
text = raw.decode('utf-8')                       # UTF-8, or this raises
assert not text.startswith('\ufeff'), 'no byte order mark'
assert text.endswith('\r\n') and text.count('\r\n') == text.count('\n'), 'CRLF line ends'
rows = list(csv.reader(io.StringIO(text, newline=''), strict=True))
assert rows[0] == ['id', 'label', 'value', 'unit'], rows[0]
body = rows[1:]
assert all(len(r) == 4 for r in body), 'four fields a row'
ids = [r[0] for r in body]
assert len(ids) == len(set(ids)), 'ids are unique'
def value(v):
    # A figure, an empty cell, or the answer's words (ids, true/false, sentences).
    try:
        return float(v)
    except ValueError:
        return v if v else None
values = {r[0]: value(r[2]) for r in body}
units = {r[0]: r[3] for r in body}
print(json.dumps({'values': values, 'units': units, 'labels': {r[0]: r[1] for r in body}}))
EOF
csv_check () { python3 "$tmp/read_csv.py" "$1" >"$2" 2>"$tmp/err"; }

run --export-csv "$full" "$tmp/full.csv"
check "export-csv exits 0" [ "$(status)" = 0 ]
check "the CSV parses (RFC 4180, UTF-8, CRLF, a header, unique ids)" csv_check "$tmp/full.csv" "$tmp/full.csv.json"
check "the CSV's figures are --summary's, in the same units" python3 - "$tmp/full.csv.json" "$tmp/full.json" "$full" <<'EOF'
import json, sys
csv = json.load(open(sys.argv[1]))
summary, doc = json.load(open(sys.argv[2])), json.load(open(sys.argv[3]))
v = csv['values']
shared = [k for k in summary if isinstance(summary[k], (int, float)) and not isinstance(summary[k], bool)]
assert len(shared) >= 19 and all(k in v for k in shared), shared
bad = [k for k in shared if abs(v[k] - summary[k]) > 1e-9]
bad += [k for k in ('hours_per_day', 'days_per_week', 'weeks_per_month', 'hourly_value', 'interruptions_per_day')
        if v[k] != doc['inputs'][k]]
bad += [k for k in ('delegated_share', 'reinvested_share') if abs(v[k] - 100 * doc['inputs'][k]) > 1e-9]
assert not bad, bad
assert csv['units']['monthly_cost'] == 'EUR/month' and csv['units']['monthly_hours'] == 'h/month'
# The totals and the answer, as --summary has them.
assert all(k in shared for k in ('working_hours_month', 'total_hours_lost_month', 'total_cost_month')), shared
assert v['working_hours_per_day'] == doc['inputs']['working_hours_per_day']
answer = summary['answer']
for k in ('verdict', 'best_option', 'headline'):
    assert v[k] == answer[k], (k, v[k], answer[k])
assert v['delegation_pays'] == ('true' if answer['delegation_pays'] else 'false')
for k in ('net_gain_month', 'net_gain_year', 'need'):
    assert abs(v[k] - answer[k]) < 1e-9, (k, v[k], answer[k])
assert csv['units']['net_gain_year'] == 'EUR/year' and csv['units']['need'] == '/100'
warnings = {'warning:' + w['id']: w['message'] for w in summary['warnings']}
assert {k: x for k, x in v.items() if k.startswith('warning:')} == warnings
EOF

# Figures that cannot be right: each warning of --summary is a row of the
# CSV, its sentence the JSON's message, and a line of the PDF.
python3 - "$full" "$tmp/warned.offload" <<'EOF'
import json, sys
doc = json.load(open(sys.argv[1]))
doc['inputs'].update(hours_per_day=15, working_hours_per_day=14, reinvested_share=0)
for s in doc['scenarios']:
    s['reinvested_share'] = 0
doc.pop('results', None)
json.dump(doc, open(sys.argv[2], 'w'), ensure_ascii=False)
EOF
"$bin" --summary "$tmp/warned.offload" --format=json >"$tmp/warned.json"
python3 -c "
import json, sys
for w in json.load(open(sys.argv[1]))['warnings']:
    print(w['message'])" "$tmp/warned.json" >"$tmp/warned.list"
run --export-csv "$tmp/warned.offload" "$tmp/warned.csv"
check "warnings: a CSV row for each of --summary's warnings" python3 -c "
import csv, json, sys
rows = {r[0]: r for r in csv.reader(open(sys.argv[1], encoding='utf-8', newline=''))}
warnings = json.load(open(sys.argv[2]))['warnings']
assert len(warnings) >= 3, warnings
for w in warnings:
    r = rows['warning:' + w['id']]
    assert r[2] == w['message'] and r[3] == '', r
assert len([k for k in rows if k.startswith('warning:')]) == len(warnings)
" "$tmp/warned.csv" "$tmp/warned.json"
run --export-pdf "$tmp/warned.offload" "$tmp/warned.pdf"
text "$tmp/warned.pdf" >"$tmp/warned.pdf.txt"
check "warnings: the PDF gives each of them" contains "$tmp/warned.pdf.txt" "$tmp/warned.list"

run --no-amounts --export-csv "$full" "$tmp/na.csv"
check "export-csv --no-amounts exits 0" [ "$(status)" = 0 ]
check "no amounts: the CSV parses" csv_check "$tmp/na.csv" "$tmp/na.csv.json"
check "no amounts: the CSV keeps exactly the rows that are not money" python3 - "$tmp/full.csv.json" "$tmp/na.csv.json" <<'EOF'
import json, sys
full, na = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
# The headline quotes amounts: it goes with the money rows.
not_money = {k: x for k, x in full['values'].items() if 'EUR' not in full['units'][k] and k != 'headline'}
# What the shared file adds: the row that says the money was left out.
assert 'amounts_left_out' not in full['values'] and na['values'].pop('amounts_left_out') == 1
assert na['values'] == not_money, set(na['values']) ^ set(not_money)
assert 'hourly_value' not in na['values'] and 'readiness' in na['values']
EOF
check "no amounts: no currency sign or code in the CSV" sh -c "! grep -q '[€\$£]\|EUR' '$tmp/na.csv'"

# ---- in French -----------------------------------------------------------------
cat >"$tmp/french.py" <<'EOF'
import gettext, sys
t = gettext.translation('offload', localedir=sys.argv[1], languages=['fr'])
for msgid in sys.argv[2:]:
    print(t.gettext(msgid))
EOF
# Headings already translated in po/fr.po must read in French; the others
# read as the build's translation has them (their English until translated).
python3 "$tmp/french.py" "$localedir" "Your figures" "What it costs you" "What to hand over, in this order" \
  "Compare options" "Worth considering" "Inbox triage" >"$tmp/fr-known.list"
python3 "$tmp/french.py" "$localedir" "Outsourcing self-assessment" "The warning signs you ticked" \
  "Counter-indications" "The value of your time lost, and what handing over costs, per month" >"$tmp/fr-new.list"
check "French translations exist for the known headings" sh -c "! grep -qx 'Your figures\|What it costs you\|Compare options' '$tmp/fr-known.list'"
OFFLOAD_LOCALEDIR="$localedir" LANGUAGE=fr LC_ALL=fr_FR.UTF-8 timeout 60 "$bin" --export-pdf "$full" "$tmp/fr.pdf" 2>"$tmp/err"
check "a French export exits 0" [ $? = 0 ]
text "$tmp/fr.pdf" >"$tmp/fr.pdf.txt"
check "in French: French headings, verdict and tasks" contains "$tmp/fr.pdf.txt" "$tmp/fr-known.list"
check "in French: the new headings as translated" contains "$tmp/fr.pdf.txt" "$tmp/fr-new.list"
check "in French: no English heading left among the known ones" sh -c "! grep -q 'What it costs you\|Compare options' '$tmp/fr.pdf.txt'"
# 6 661,88 € → "6 662 €", with narrow and plain no-break spaces.
check "in French: money the French way" python3 -c "
import re, sys
t = open(sys.argv[1], encoding='utf-8').read()
sys.exit(0 if re.search(r'6[\s\u202f\u00a0]662[\s\u00a0]€', t) and '€6,662' not in t else 1)" "$tmp/fr.pdf.txt"
OFFLOAD_LOCALEDIR="$localedir" LANGUAGE=fr LC_ALL=fr_FR.UTF-8 timeout 60 "$bin" --export-csv "$full" "$tmp/fr.csv" 2>"$tmp/err"
check "in French: the CSV parses" csv_check "$tmp/fr.csv" "$tmp/fr.csv.json"
# The headline and the warnings are sentences, translated; every other value
# is a C-locale number or an id.
check "in French: the CSV's values are the English export's C-locale numbers" python3 -c "
import json, sys
fr, en = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
fixed = lambda v: {k: x for k, x in v.items() if k != 'headline' and not k.startswith('warning:')}
sys.exit(0 if fixed(fr['values']) == fixed(en['values']) and fr['units'] == en['units']
         and set(fr['values']) == set(en['values']) else 1)" "$tmp/fr.csv.json" "$tmp/full.csv.json"
check "in French: the CSV's labels are translated" grep -q "Heures perdues par mois" "$tmp/fr.csv"
OFFLOAD_LOCALEDIR="$localedir" LANGUAGE=fr LC_ALL=fr_FR.UTF-8 timeout 60 "$bin" --export-pdf "$full" "$tmp/missing-folder/out.pdf" 2>"$tmp/err"
check "in French: an unwritable output is explained in French" grep -q "Impossible d’enregistrer" "$tmp/err"

# ---- failures leave what exists intact ------------------------------------------
printf 'the previous export\n' >"$tmp/keep.pdf"
cp "$tmp/keep.pdf" "$tmp/keep.orig"
intact () { cmp -s "$tmp/keep.pdf" "$tmp/keep.orig"; }

run --export-pdf "$tmp/does-not-exist.offload" "$tmp/keep.pdf"
check "a missing input: exit 1 with one line" one_line_error
check "a missing input: the existing output is intact" intact
run --export-pdf "$src/documents/bad/garbage.offload" "$tmp/keep.pdf"
check "a malformed input: exit 1 with one line" one_line_error
check "a malformed input: the existing output is intact" intact
run --export-csv "$src/documents/bad/garbage.offload" "$tmp/keep.pdf"
check "a malformed input, CSV: the existing output is intact" intact
run --export-pdf "$full" "$tmp/no-such-folder/out.pdf"
check "a missing folder: exit 1 with one line naming the file" sh -c "[ \"\$(cat '$tmp/status')\" = 1 ] && grep -q 'out.pdf.*folder does not exist' '$tmp/err'"
mkdir "$tmp/a-folder.pdf"
run --export-pdf "$full" "$tmp/a-folder.pdf"
check "a folder as output: exit 1, the folder untouched" sh -c "[ \"\$(cat '$tmp/status')\" = 1 ] && [ -d '$tmp/a-folder.pdf' ]"
cp "$full" "$tmp/self.offload"
run --export-pdf "$tmp/self.offload" "$tmp/./self.offload"
check "the assessment itself as output: refused, the assessment intact" \
  sh -c "[ \"\$(cat '$tmp/status')\" = 1 ] && cmp -s '$full' '$tmp/self.offload'"

# A folder the user may not write into (root ignores permissions, so root
# runs the export as nobody).
mkdir "$tmp/locked"
cp "$full" "$tmp/locked/in.offload"
cp "$tmp/keep.orig" "$tmp/locked/out.pdf"
chmod 755 "$tmp"
chmod 644 "$tmp/locked/in.offload" "$tmp/locked/out.pdf"
if [ "$(id -u)" = 0 ]; then
  chmod 755 "$tmp/locked"
  as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
else
  chmod 555 "$tmp/locked"
  as_user=""
fi
$as_user timeout 60 "$bin" --export-pdf "$tmp/locked/in.offload" "$tmp/locked/out.pdf" >"$tmp/out" 2>"$tmp/err"
echo $? >"$tmp/status"
check "a folder without write permission: exit 1 with one line" one_line_error
check "a folder without write permission: the message says why" grep -q "permission" "$tmp/err"
check "a folder without write permission: the existing PDF is intact" cmp -s "$tmp/locked/out.pdf" "$tmp/keep.orig"
check "a folder without write permission: no temporary file left" [ "$(ls -A "$tmp/locked" | wc -l)" = 2 ]
chmod 755 "$tmp/locked"

# Replacing an export keeps its permissions, and a link stays a link.
cp "$tmp/keep.orig" "$tmp/private.pdf"
chmod 600 "$tmp/private.pdf"
ln -s private.pdf "$tmp/link.pdf"
run --export-pdf "$full" "$tmp/link.pdf"
check "an export through a link replaces its target" sh -c "[ -L '$tmp/link.pdf' ] && head -c 5 '$tmp/private.pdf' | grep -q '%PDF-'"
check "a replaced export keeps its permissions" [ "$(stat -c %a "$tmp/private.pdf")" = 600 ]
check "no temporary file is left beside the export" sh -c "! ls -A '$tmp' | grep -q '~offload-'"

# ---- usage -----------------------------------------------------------------------
run --export-pdf "$full"
check "export without an output file: usage error (2)" [ "$(status)" = 2 ]
run --export-csv "$full" "$tmp/a.csv" "$tmp/b.csv"
check "export with two output files: usage error (2)" [ "$(status)" = 2 ]
run --export-pdf "$full" "$tmp/x.pdf" --format=json
check "export with --format: usage error (2)" [ "$(status)" = 2 ]
run --export-pdf "$full" --export-csv "$full" "$tmp/x"
check "two exports at once: usage error (2)" [ "$(status)" = 2 ]
run --no-amounts --summary "$full"
check "--no-amounts without an export: usage error (2)" [ "$(status)" = 2 ]
check "no file is written on a usage error" sh -c "[ ! -e '$tmp/x.pdf' ] && [ ! -e '$tmp/a.csv' ] && [ ! -e '$tmp/x' ]"

finish
