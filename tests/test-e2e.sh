#!/bin/sh
# test-e2e.sh: the built program in a real X session, driven with the
# keyboard only (xdotool), then the file it saved checked with python3.
#
# Needs DISPLAY and a session bus: meson test runs it inside
# `dbus-run-session -- xvfb-run -a`. TAP output, one line per check.
#
# The key sequence, from the window's first frame:
#   Alt+H, Ctrl+A, "3", Tab        hours lost per day := 3 (Tab commits the spin button)
#   Alt+S, Ctrl+A, "7.5", Tab      hours worked a day := 7.5
#   Alt+N, Ctrl+A, <title>         the assessment's name
#   Shift+Tab ×2, space            ticks "structure-first" (see below)
#   Ctrl+S                         saves in place (the document has a file)
#   Ctrl+Q                         quits; nothing is unsaved, so no dialog
#
# Why two Shift+Tabs: GTK 4 orders Tab focus among siblings by the vertical
# centre of their bounds, then by x. Both columns are top-aligned and the
# figures column (the figures, then the answer and its table) is taller
# than the checklist, so the checklist column comes *before* the figures
# column. Backwards from the Name entry (the first focusable widget of the
# figures column) focus therefore goes to the end of the checklist, its last
# row, "structure-first": (1) its information button, (2) its check button.
# The answers check below asserts that exactly that answer was ticked, so a
# change in the focus order fails the test rather than ticking something
# else silently.
set -u

bin=${OFFLOAD_BIN:?OFFLOAD_BIN must point at the built offload}
src=${G_TEST_SRCDIR:-$(dirname "$0")}
title="E2E check-up"
answer="structure-first"

tmp=$(mktemp -d)
doc="$tmp/assessment.offload"

app_pid () { cat "$tmp/app.pid" 2>/dev/null; }
cleanup () {
  pid=$(app_pid)
  if [ -n "$pid" ] && [ ! -e "$tmp/status" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null
    sleep 0.2
    kill -9 "$pid" 2>/dev/null
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' HUP INT TERM

. "$src/tap.sh"
json () { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($1) else 1)" "$doc"; }

for tool in xdotool python3 timeout; do
  command -v "$tool" >/dev/null || { echo "1..0 # SKIP $tool is not installed"; exit 0; }
done
[ -n "${DISPLAY:-}" ] || { echo "1..0 # SKIP no DISPLAY (run under xvfb-run)"; exit 0; }

cp "$src/documents/good/seed-example.offload" "$doc" || bail "copy the seed document"

# The program's recent files and caches go to the temporary directory.
# The subshell keeps the program's pid and, once it ends, its exit status.
(
  export XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" XDG_STATE_HOME="$tmp/state"
  "$bin" "$doc" >"$tmp/out" 2>"$tmp/err" &
  echo $! >"$tmp/app.pid"
  wait $!
  echo $? >"$tmp/status"
) &
wait_for 5 test -s "$tmp/app.pid" || bail "the program starts"

win=$(timeout 15 xdotool search --sync --onlyvisible --name "Offload" | head -n 1)
if [ -z "$win" ]; then bail "the window appears"; fi
ok "the window appears"

timeout 5 xdotool windowfocus --sync "$win" || bail "the window takes the keyboard focus"
ok "the window takes the keyboard focus"
# Let the first frame (and with it every allocation) happen.
sleep 0.5

# The signs come first: Alt+1 shows them with the focus on the first sign,
# End moves to the last one (one Tab stop per sign, arrows between them),
# and Space ticks it.
key alt+1
sleep 0.2
key End
sleep 0.2
key space
sleep 0.2

# Alt+2: the owner's figures, the focus on the first of them, the hours
# lost per day: 3 (5 days × 4 weeks × 3 h = 60 h a month).
key alt+2
sleep 0.3
key ctrl+a
xdotool type --delay 40 "3"
key Tab
sleep 0.2

# The working day: 7.5 h (5 days × 4 weeks × 7.5 h = 150 h a month).
key alt+s ctrl+a
xdotool type --delay 40 "7.5"
key Tab
sleep 0.2

# The name.
key alt+n ctrl+a
xdotool type --delay 40 "$title"
sleep 0.2

key ctrl+s
check "Ctrl+S saves the document in place" \
  wait_for 5 json "d['title'] == '$title' and d['answers']"

check "hours_per_day is 3" json "d['inputs']['hours_per_day'] == 3"
check "the title is the typed one" json "d['title'] == '$title'"
check "the answer ticked with the keyboard is saved as true" json "d['answers'] == {'$answer': True}"
check "results.monthly_hours is 60" json "d['results']['monthly_hours'] == 60"
check "working_hours_per_day is 7.5" json "d['inputs']['working_hours_per_day'] == 7.5"
check "results.working_hours_month is 150" json "d['results']['working_hours_month'] == 150"
check "the saved file still has the seed's other inputs" \
  json "(d['inputs']['days_per_week'], d['inputs']['weeks_per_month'], d['inputs']['hourly_value']) == (5, 4, 80)"

# Undo from the keyboard: untick the sign (saved without it), Ctrl+Z ticks it
# again (saved with it).
key alt+1
sleep 0.2
key End
sleep 0.2
key space
sleep 0.2
key ctrl+s
check "unticked with Space, the sign is saved unticked" wait_for 5 json "not any(d['answers'].values())"
key ctrl+z
sleep 0.2
key ctrl+s
check "Ctrl+Z ticks it again" wait_for 5 json "d['answers'] == {'$answer': True}"

key ctrl+q
if wait_for 10 test -s "$tmp/status"; then
  ok "Ctrl+Q ends the program by itself (no unsaved-changes dialog)"
  check "the program exits with status 0" [ "$(cat "$tmp/status")" = 0 ]
else
  not_ok "Ctrl+Q ends the program by itself (no unsaved-changes dialog)"
  not_ok "the program exits with status 0"
fi

if [ "$failed" != 0 ] && [ -r "$doc" ]; then echo "# the saved file:"; diag "$doc"; fi
finish
