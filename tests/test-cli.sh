#!/bin/sh
# test-cli.sh: the command line as a user's shell runs it, with no display.
# TAP output, one line per check.
set -u

bin=${OFFLOAD_BIN:?OFFLOAD_BIN must point at the built offload}
src=${G_TEST_SRCDIR:-$(dirname "$0")}
good="$src/documents/good"
bad="$src/documents/bad"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset DISPLAY WAYLAND_DISPLAY

. "$src/tap.sh"

# Runs the binary with a time limit; stdout, stderr and status to $tmp.
run () {
  timeout 20 "$bin" "$@" >"$tmp/out" 2>"$tmp/err"
  echo $? >"$tmp/status"
}
status () { cat "$tmp/status"; }
json () { python3 -c "import json,sys; d=json.load(open('$tmp/out')); sys.exit(0 if ($1) else 1)"; }

run --summary "$good/seed-example.offload"
check "summary exits 0" [ "$(status)" = 0 ]
check "summary shows 40 h" grep -q "40 h" "$tmp/out"
check "summary shows €3,200 a month" grep -q "€3,200" "$tmp/out"
check "summary shows €38,400 a year" grep -q "€38,400" "$tmp/out"
check "summary prints nothing on stderr" [ ! -s "$tmp/err" ]

run --summary "$good/seed-example.offload" --format=json
check "json summary exits 0" [ "$(status)" = 0 ]
check "json summary has the seed figures" \
  json "d['monthly_hours'] == 40 and d['monthly_cost'] == 3200 and d['yearly_cost'] == 38400"
check "json summary has every result key, reasons and ignored_answers" \
  json "set(d) == {'monthly_hours','monthly_cost','yearly_cost','focus_hours','focus_cost','readiness','verdict','reasons','ignored_answers',
                   'hours_freed_week','hours_freed_month','value_recovered_month','freelance_cost_month','freelance_net_month',
                   'hire_weekly_hours','hire_at_minimum','hire_over_full_time','hire_paid_hours_month','hire_cost_month',
                   'hire_net_month','cheapest','breakeven_hourly_value','breakeven_hire_hours','range_option',
                   'net_low_month','net_high_month','most_sensitive_input','scenario','scenarios',
                   'brief','kept','automated','task_hours','continuity_risk','plan',
                   'answer','warnings','working_hours_month','total_hours_lost_month','total_cost_month',
                   'year','year_freelance_cost','year_hire_cost','hire_idle_hours_year','cheapest_year'}"
check "json summary: the answer has its contract's members" \
  json "set(d['answer']) == {'verdict','delegation_pays','best_option','net_gain_month','net_gain_year','need','headline','why'} and isinstance(d['answer']['why'], list) and all(isinstance(w, str) and w for w in d['answer']['why'])"
check "json summary verdict is a band id, the answer's, and readiness is its need" \
  json "d['verdict'] == d['answer']['verdict'] and d['verdict'] in ('not-yet','costs-more','consider','ready','urgent','prepare-first') and d['readiness'] == d['answer']['need']"
# 2 h of admin in an 8 h day, nothing ticked: need = 50 % × (25 % of the day ÷ 50 %) = 25.
check "json summary: need from the signs half and the time half" \
  json "d['working_hours_month'] == 8 * 5 * 4 and d['answer']['need'] == round(100 * 0.5 * min(1, d['total_hours_lost_month'] / d['working_hours_month'] / 0.5))"
check "json summary: it pays exactly when the cheapest option nets more than 0" \
  json "d['answer']['delegation_pays'] == (max(d['freelance_net_month'], d['hire_net_month']) > 0) and d['answer']['best_option'] == d['cheapest']"
check "json summary: the net gain is the best option's in whole units, twelve times a year" \
  json "d['answer']['net_gain_month'] == round(d['freelance_net_month']) and abs(d['answer']['net_gain_year'] - 12 * d['answer']['net_gain_month']) < 0.01"
check "json summary: paying with little need is worth considering, never not a priority" \
  json "d['answer']['verdict'] == 'consider'"
check "json summary: no warning is an empty list" json "d['warnings'] == []"
check "json summary: the total is admin plus focus" \
  json "d['total_hours_lost_month'] == d['monthly_hours'] + d['focus_hours'] and d['total_cost_month'] == d['monthly_cost'] + d['focus_cost']"
check "nothing ticked: an empty brief, no continuity risk, five steps not done" \
  json "d['brief'] == [] and d['continuity_risk'] is False and len(d['plan']) == 5 and not any(p['done'] for p in d['plan'])"
cp "$tmp/out" "$tmp/seed.json"
run --summary "$good/seed-example.offload"
check "text summary: the headline is the first line after the title, the same as the JSON's" \
  python3 -c "import json,sys; h=json.load(open(sys.argv[1]))['answer']['headline']; l=open(sys.argv[2]).read().splitlines(); sys.exit(0 if l[0].startswith('Assessment: ') and l[1] == h else 1)" "$tmp/seed.json" "$tmp/out"
check "text summary: the chain from the time lost to the net gain" \
  grep -q "^From time lost to net gain: €3,200 of admin time → 30 h handed over → 15 h turned into paid work, worth €1,200 − €1,050 for the freelance assistant = €150 a month" "$tmp/out"

run --summary "$good/full.offload" --format=json
check "full document: reasons are ids, heaviest first" \
  json "d['reasons'][:3] == ['evenings-weekends', 'late-invoicing', 'key-person']"
check "full document: yearly is 12 × monthly" json "abs(d['yearly_cost'] - 12 * d['monthly_cost']) < 0.1"
check "full document: the brief starts with low-risk tasks and frees no more than the hours lost" \
  json "d['brief'][0]['risk'] == 'low' and [b['position'] for b in d['brief']] == list(range(1, len(d['brief']) + 1)) and sum(b['hours_month'] for b in d['brief']) <= d['monthly_hours'] + 0.01"
check "full document: a key person means a continuity risk" json "d['continuity_risk'] is True"
check "full document: two steps done, the urgent ones first" \
  json "[p['step'] for p in d['plan'] if p['done']] == ['formalise-processes', 'set-indicators'] and [p['urgent'] for p in d['plan']] == sorted([p['urgent'] for p in d['plan']], reverse=True)"

check "full document: three scenarios, the second active" \
  json "[x['name'] for x in d['scenarios']][1] == 'Everything to a freelancer, with VAT' and len(d['scenarios']) == 3 and d['scenarios'][1]['active'] and d['scenario'] == d['scenarios'][1]['name']"
check "full document: VAT adds 20 % to the freelance cost" \
  json "abs(d['freelance_cost_month'] - 2.75 * 6 * 4.25 * 42 * 1.2) < 0.006"
run --summary "$good/full.offload"
check "full document in text: the brief, the continuity risk and the plan" \
  sh -c "grep -q '1. Inbox triage — 14 h a month, low risk' '$tmp/out' && grep -q 'rests on one person' '$tmp/out' && grep -q 'Action plan (2 of 5 done):' '$tmp/out' && grep -q '\\[x\\] Write down how each task is done' '$tmp/out'"

# 40 h a month at 80 €/h, 75 % to a freelancer at 35 €/h without VAT, all reinvested.
run --summary "$good/hand-case.offload" --format=json
check "hand case: 30 h freed, 1,050 cost, 2,400 recovered, 1,350 net" \
  json "(d['hours_freed_month'], d['freelance_cost_month'], d['value_recovered_month'], d['freelance_net_month']) == (30, 1050, 2400, 1350)"
check "hand case: a freelancer is cheapest, break-even at 35 an hour" \
  json "d['cheapest'] == 'freelance' and d['breakeven_hourly_value'] == 35"
run --summary "$good/hand-case.offload"
check "hand case in text: the freelance line" grep -q "Freelance assistant: €1,050 a month, net gain €1,350" "$tmp/out"
check "hand case in text: the hire sits at the weekly minimum" grep -q "weekly minimum" "$tmp/out"

# The cases an owner could not trust before: each built from the seed example.
variant () {
  python3 - "$good/seed-example.offload" "$tmp/$1.offload" "$2" "$3" "$4" "$5" "$src/../data/signs.json" <<'PY'
import json, sys
src, out, hours, value, interruptions, signs, catalog = sys.argv[1:]
d = json.load(open(src))
d['inputs'].update(hours_per_day=float(hours), hourly_value=float(value), interruptions_per_day=int(interruptions))
ids = [e['id'] for e in json.load(open(catalog))['signs'] if e['kind'] == 'sign']
d['answers'] = {i: True for i in ids} if signs == 'all' else {}
json.dump(d, open(out, 'w'))
PY
}
variant every-sign 0.5 15 0 all
run --summary "$tmp/every-sign.offload" --format=json
check "every sign at 0.5 h a day and 15 an hour: overloaded, but handing over costs more" \
  json "d['answer']['verdict'] == 'costs-more' and not d['answer']['delegation_pays'] and d['answer']['best_option'] == 'yourself' and d['answer']['net_gain_month'] == 0"
check "every sign at 0.5 h a day: the headline says by how much it costs more" \
  json "'costs' in d['answer']['headline'] and ('€%d' % round(-max(d['freelance_net_month'], d['hire_net_month']))) in d['answer']['headline']"
check "every sign at 0.5 h a day: the reasons say what would make it pay" \
  json "any('would pay once an hour of your time is worth more than' in w for w in d['answer']['why'])"
variant nothing-ticked 5 150 0 none
run --summary "$tmp/nothing-ticked.offload" --format=json
check "nothing ticked at 5 h a day and 150 an hour: it pays, so it is not 'not a priority'" \
  json "d['answer']['delegation_pays'] and d['answer']['verdict'] in ('consider','ready','urgent') and d['answer']['net_gain_month'] == round(max(d['freelance_net_month'], d['hire_net_month'])) > 0"
variant all-day 24 80 0 none
run --summary "$tmp/all-day.offload" --format=json
check "24 h of admin a day: a warning on the hours, with a message" \
  json "d['warnings'][0]['id'] == 'admin-over-working-day' and d['warnings'][0]['input'] == 'hours_per_day' and '24 h' in d['warnings'][0]['message']"
variant interrupted 2 80 40 none
run --summary "$tmp/interrupted.offload" --format=json
check "40 interruptions a day: focus capped at what the working day leaves, and said" \
  json "'focus-capped' in [w['id'] for w in d['warnings']] and d['total_hours_lost_month'] == d['working_hours_month'] and d['focus_hours'] == d['working_hours_month'] - d['monthly_hours']"
run --summary "$tmp/interrupted.offload"
check "40 interruptions a day: the text summary lists the warning" grep -q "⚠ 40 interruptions a day would cost" "$tmp/out"
variant free-hour 2 0 0 none
run --summary "$tmp/free-hour.offload" --format=json
check "an hour worth 0: warned, and handing over never pays" \
  json "'hourly-value-zero' in [w['id'] for w in d['warnings']] and not d['answer']['delegation_pays'] and d['answer']['verdict'] in ('not-yet', 'costs-more')"
for f in "$tmp"/every-sign.offload "$tmp"/nothing-ticked.offload "$tmp"/all-day.offload "$tmp"/interrupted.offload "$tmp"/free-hour.offload "$good"/*.offload; do
  run --summary "$f" --format=json
  check "$(basename "$f"): only finite numbers in the JSON" \
    python3 -c "import json,math,sys
def walk(v):
    if isinstance(v, float): return math.isfinite(v)
    if isinstance(v, dict): return all(walk(x) for x in v.values())
    if isinstance(v, list): return all(walk(x) for x in v)
    return True
sys.exit(0 if walk(json.load(open(sys.argv[1]), parse_constant=lambda c: float('nan'))) else 1)" "$tmp/out"
done

run --summary "$src/documents/v1/seed-example.offload" --format=json
check "a version 1 file opens with the default comparison (75 %, 50 %, 35 €/h)" \
  json "d['hours_freed_month'] == 30 and d['value_recovered_month'] == 1200 and d['freelance_cost_month'] == 1050"

sed 's/"answers": {}/"answers": {"from-a-newer-offload": true}/' "$good/seed-example.offload" >"$tmp/unknown.offload"
run --summary "$tmp/unknown.offload" --format=json
check "unknown answers are reported, not fatal" json "d['ignored_answers'] == ['from-a-newer-offload']"
run --summary "$tmp/unknown.offload"
check "unknown answers are named in the text summary" grep -q "from-a-newer-offload" "$tmp/out"

# A title and an answer id carrying terminal escapes, a bell and a line
# break: the text summary shows none of them raw; JSON keeps them, escaped.
sed -e 's/"title": "[^"]*"/"title": "Shop\\u001b]0;owned\\u0007\\u001b[2J\\nline"/' \
    -e 's/"answers": {}/"answers": {"x\\u001b[31my": true}/' \
    "$good/seed-example.offload" >"$tmp/escapes.offload"
run --summary "$tmp/escapes.offload"
check "escapes in a document: summary exits 0" [ "$(status)" = 0 ]
check "escapes in a document: no control character reaches the terminal" \
  python3 -c "import sys; t=open(sys.argv[1],'rb').read().decode(); sys.exit(0 if not any(ord(c) < 32 and c != '\n' or 127 <= ord(c) < 160 for c in t) else 1)" "$tmp/out"
check "escapes in a document: the title is still shown" grep -q "Shop.*owned.*line" "$tmp/out"
run --summary "$tmp/escapes.offload" --format=json
check "escapes in a document: JSON keeps the id, escaped" json "d['ignored_answers'] == ['x\x1b[31my']"

run --list-signs --format=json
check "list-signs exits 0" [ "$(status)" = 0 ]
check "list-signs lists 15 signs and 4 counter-indications" \
  json "len(d) == 19 and sum(e['kind'] == 'sign' for e in d) == 15 and sum(e['kind'] == 'counter' for e in d) == 4"
check "list-signs entries carry id, kind, group, weight, title" \
  json "all({'id','kind','group','weight','title'} <= set(e) for e in d)"

run --list-signs
check "list-signs text names the groups" grep -q "Before you outsource" "$tmp/out"

run --version
check "version" grep -q "^offload [0-9]" "$tmp/out"

run --format=xml --list-signs
check "an unknown format is a usage error (2)" [ "$(status)" = 2 ]
run --list-signs --summary "$good/seed-example.offload"
check "two commands at once are a usage error (2)" [ "$(status)" = 2 ]

run --summary "$tmp/does-not-exist.offload"
check "a missing file exits non-zero" [ "$(status)" = 1 ]
check "a missing file gets one line on stderr" [ "$(wc -l <"$tmp/err")" = 1 ]
run --summary "$tmp"
check "a directory exits 1" [ "$(status)" = 1 ]
mkfifo "$tmp/fifo"
run --summary "$tmp/fifo"
check "a FIFO is refused without hanging" [ "$(status)" = 1 ]

# Numbers: one rule everywhere. The bakery's part-time hire loses money
# (a real minus sign, never a hyphen), its break-even rate is a whole 70 €
# (no ".00"), hours have a decimal only when they need one.
bakery="$src/../data/examples/bakery.offload"
run --summary "$bakery"
check "English: a loss is written with a minus sign" grep -q "net gain −€650" "$tmp/out"
check "English: no amount starts with a hyphen" sh -c "! grep -q -- '-€' '$tmp/out'"
check "English: a whole rate has no cents" grep -q "more than: €70\$" "$tmp/out"
check "English: no amount with .00 cents" sh -c "! grep -q '\.00\b' '$tmp/out'"
check "English: hours without a useless decimal" sh -c "grep -q '20 h a month' '$tmp/out' && ! grep -q '[0-9]\.0 h' '$tmp/out'"

# French, from the build tree, exactly as the README's run command starts the
# program (build-aux/open-example.sh: `meson devenv` points it at the build
# tree's catalogs, and a French desktop gets the French twin of the sample).
if [ -n "${OFFLOAD_BUILD_ROOT:-}" ] && locale -a 2>/dev/null | grep -qi '^fr_FR\.utf-\?8$'; then
  LANGUAGE=fr LC_ALL=fr_FR.UTF-8 timeout 20 "$src/../build-aux/open-example.sh" "$OFFLOAD_BUILD_ROOT" --summary >"$tmp/out" 2>"$tmp/err"
  echo $? >"$tmp/status"
  nbsp=$(printf '\302\240')
  check "French via the README's run command: exits 0" [ "$(status)" = 0 ]
  check "French via the README's run command: the interface is French" grep -q "^Verdict${nbsp}: " "$tmp/out"
  check "French via the README's run command: the sample is the French twin" \
    sh -c "grep -q '^Évaluation${nbsp}: Boulangerie Martin — bilan de novembre\$' '$tmp/out' && grep -q '1 h par jour à un indépendant' '$tmp/out'"
  check "French: a loss is written with a minus sign" grep -q "gain net −650${nbsp}€" "$tmp/out"
  check "French: no amount starts with a hyphen" sh -c "! grep -q -- '-[0-9][0-9  ]*${nbsp}€' '$tmp/out'"
  check "French: a whole rate has no cents" sh -c "grep -q 'plus de${nbsp}: 70${nbsp}€\$' '$tmp/out' && ! grep -q ',00${nbsp}€' '$tmp/out'"
  check "French: decimals with a comma" sh -c "grep -q '76,7${nbsp}h' '$tmp/out' && ! grep -q '76\.7' '$tmp/out'"
else
  ok "# SKIP French via the README's run command: no build root or no fr_FR.UTF-8 locale"
fi

# The year. The seed example (40 h a month, 30 h handed over to a freelancer
# at 35 €/h or to a hire at the 24 h minimum) made seasonal: October to
# December twice as busy, so 0.8 and 1.6 times the average month (see
# docs/format.md). Freelance: 9 × 24 h + 3 × 48 h = 360 h a year at 35 € =
# 12,600 €, twelve average months. The hire at its 24 h minimum works
# 24 × 46 / 12 = 92 h a month, covering even the 48 h busy months: its cost
# stays twelve months of the seed's, 17,400.96 €, idle 9 × 68 + 3 × 44 = 744 h.
python3 - "$good/seed-example.offload" "$tmp/seasonal.offload" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
d['activity'] = {'profile': 'seasonal', 'monthly': [1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2]}
json.dump(d, open(sys.argv[2], 'w'))
EOF
run --summary "$tmp/seasonal.offload" --format=json
check "year: a seasonal document's summary exits 0" [ "$(status)" = 0 ]
check "year: twelve months, numbered 1 to 12, with the issue's members" \
  json "[m['month'] for m in d['year']] == list(range(1, 13)) and all(set(m) == {'month','hours_lost','hours_freed','freelance_cost','hire_cost'} for m in d['year'])"
check "year: quiet months 0.8, busy ones 1.6 times the average month" \
  json "[m['hours_lost'] for m in d['year']] == [32] * 9 + [64] * 3 and [m['hours_freed'] for m in d['year']] == [24] * 9 + [48] * 3"
check "year: a freelancer paid each month's hours, 12,600 € in all" \
  json "[m['freelance_cost'] for m in d['year']] == [840] * 9 + [1680] * 3 and d['year_freelance_cost'] == 12600"
check "year: the hire at its minimum costs the same each month, idle 744 h" \
  json "all(m['hire_cost'] == d['hire_cost_month'] for m in d['year']) and d['year_hire_cost'] == 17400.96 and d['hire_idle_hours_year'] == 744"
check "year: the rows add up to the totals" \
  json "abs(sum(m['freelance_cost'] for m in d['year']) - d['year_freelance_cost']) < 0.005 and abs(sum(m['hire_cost'] for m in d['year']) - d['year_hire_cost']) < 0.005"
check "year: the cheapest over the year is named" json "d['cheapest_year'] == 'freelance'"
run --summary "$tmp/seasonal.offload"
check "year: the text summary gives the year's costs" grep -q "Over the year (Seasonal): freelance €12,600, hire €17,401 with 744 h idle" "$tmp/out"
check "year: the text summary names the cheapest over the year" grep -q "^Cheapest over the year: Freelance assistant" "$tmp/out"
run --export-csv "$tmp/seasonal.offload" "$tmp/seasonal.csv"
check "year: four CSV rows a month" sh -c "[ \$(grep -c '^month:[0-9]*:' '$tmp/seasonal.csv') = 48 ]"
check "year: October's CSV rows" sh -c "grep -q '^month:10:hours_freed,October: hours handed over,48,h/month' '$tmp/seasonal.csv' && grep -q '^month:10:freelance_cost,.*,1680,EUR/month' '$tmp/seasonal.csv'"

if command -v pdftotext >/dev/null 2>&1; then
  run --export-pdf "$tmp/seasonal.offload" "$tmp/seasonal.pdf"
  pdftotext -layout "$tmp/seasonal.pdf" "$tmp/seasonal.pdf.txt" 2>/dev/null
  check "year: the PDF has the year ahead, its rhythm and its figures" \
    sh -c "grep -q 'The year ahead' '$tmp/seasonal.pdf.txt' && grep -q 'Seasonal' '$tmp/seasonal.pdf.txt' && grep -q '€12,600' '$tmp/seasonal.pdf.txt' && grep -q '744 h' '$tmp/seasonal.pdf.txt'"
  check "year: the PDF's chart names the twelve months" \
    sh -c "for m in Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec; do grep -q \"\$m\" '$tmp/seasonal.pdf.txt' || exit 1; done"
  run --export-pdf "$good/seed-example.offload" "$tmp/steady.pdf"
  check "year: a steady year's PDF has no year section" sh -c "! pdftotext '$tmp/steady.pdf' - | grep -q 'The year ahead'"
else
  ok "# SKIP the year in the PDF: no pdftotext"
fi

# Every hostile file: exit 1 (no crash, no hang), one line on stderr, nothing on stdout.
for f in "$bad"/*.offload; do
  name=$(basename "$f")
  run --summary "$f" --format=json
  s=$(status)
  if [ "$s" = 1 ] && [ "$(wc -l <"$tmp/err")" = 1 ] && grep -q '^offload: ' "$tmp/err" && [ ! -s "$tmp/out" ]; then
    ok "hostile $name: exit 1 with one line"
  else
    not_ok "hostile $name: status $s, stderr: $(head -c 200 "$tmp/err")"
  fi
done

finish
