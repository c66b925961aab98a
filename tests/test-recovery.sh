#!/bin/sh
# test-recovery.sh: unsaved work survives a crash.
#
# The built program edits a document with the keyboard, keeps a draft in its
# state folder (never in the user's file), is killed with SIGKILL, and is
# started again: it offers to recover, Enter recovers, Ctrl+S saves the
# recovered work into the original file and the draft goes. A second crash
# followed by "Discard" (Alt+D) throws the draft away and leaves the file as
# it was. Needs DISPLAY and a session bus (meson test runs it inside
# `dbus-run-session -- xvfb-run -a`). TAP output.
set -u

bin=${OFFLOAD_BIN:?OFFLOAD_BIN must point at the built offload}
src=${G_TEST_SRCDIR:-$(dirname "$0")}

tmp=$(mktemp -d)
doc="$tmp/shop.offload"
drafts="$tmp/state/offload/drafts"
export XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" XDG_STATE_HOME="$tmp/state"
pid=""
cleanup () {
  [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' HUP INT TERM

. "$src/tap.sh"
# json FILE EXPR: EXPR holds for the JSON document d in FILE.
json () { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$1"; }
draft () { ls "$drafts"/*.offload 2>/dev/null | head -n 1; }
draft_json () { f=$(draft); [ -n "$f" ] && json "$f" "$1"; }
no_draft () { [ -z "$(draft)" ]; }

start () {
  "$bin" "$@" >>"$tmp/out" 2>>"$tmp/err" &
  pid=$!
}
# The first visible window of the program whose name matches $1, waiting up
# to $2 seconds. A search that meets a window being destroyed (the recovery
# dialog closing) fails with an X error: it is tried again, not believed.
find_window () {
  deadline=$(( $(date +%s) + $2 ))
  while :; do
    found=$(xdotool search --all --onlyvisible --pid "$pid" --name "$1" 2>/dev/null | head -n 1)
    if [ -n "$found" ] || [ "$(date +%s)" -ge "$deadline" ]; then
      echo "$found"
      return
    fi
    sleep 0.2
  done
}
# Focus the first visible window of the program whose name matches $1.
focus () {
  win=$(find_window "$1" 15)
  [ -n "$win" ] && timeout 5 xdotool windowfocus --sync "$win" && sleep 0.5
}
crash () {
  kill -9 "$pid"
  wait "$pid" 2>/dev/null
  pid=""
}

for tool in xdotool python3 timeout; do
  command -v "$tool" >/dev/null || { echo "1..0 # SKIP $tool is not installed"; exit 0; }
done
[ -n "${DISPLAY:-}" ] || { echo "1..0 # SKIP no DISPLAY (run under xvfb-run)"; exit 0; }

cp "$src/documents/good/seed-example.offload" "$doc" || bail "copy the seed document"
cp "$doc" "$tmp/original.offload"

# ---- an edit, a draft, a crash -------------------------------------------
start "$doc"
focus "Offload" || bail "the window appears and takes the focus"
ok "the window appears and takes the focus"
key alt+2
key alt+h ctrl+a
xdotool type --delay 40 "6"
key Tab
check "a draft of the edit is written a moment later" wait_for 10 draft_json "d['inputs']['hours_per_day'] == 6"
check "the user's own file is untouched by the draft" cmp -s "$doc" "$tmp/original.offload"
crash
check "the draft survives SIGKILL" test -n "$(draft)"

# ---- restart: recover, save ------------------------------------------------
start
opened=$(find_window Offload 15)
check "the restarted program opens" test -n "$opened"
# The recovery dialog comes last, with the keyboard focus on Recover: Enter
# recovers (nothing else is focused by hand, as a user would just press Enter).
sleep 1
key Return
win=$(find_window "Boulangerie" 10)
check "Enter recovers the document into a window of its own" test -n "$win"
name=$(xdotool getwindowname "$win" 2>/dev/null)
echo "# recovered window: $name"
case $name in "• Boulangerie"*) ok "the recovered document is marked unsaved" ;; *) not_ok "the recovered document is marked unsaved" ;; esac
[ -n "$win" ] && timeout 5 xdotool windowfocus --sync "$win" && sleep 0.5
key ctrl+s
check "Ctrl+S saves the recovered work into the original file" wait_for 10 json "$doc" "d['inputs']['hours_per_day'] == 6"
check "the saved file keeps the rest of the document" \
  json "$doc" "d['title'] == 'Boulangerie Martin — November' and d['inputs']['hourly_value'] == 80"
check "once saved, the draft is gone" wait_for 5 no_draft

# ---- another edit, another crash, and Discard --------------------------------
cp "$doc" "$tmp/saved.offload"
key alt+2
key alt+h ctrl+a
xdotool type --delay 40 "9"
key Tab
check "the new edit has its draft" wait_for 10 draft_json "d['inputs']['hours_per_day'] == 9"
crash
start
find_window Offload 15 >/dev/null
sleep 1
key alt+d
check "Discard throws the draft away" wait_for 10 no_draft
check "the file is as it was last saved" cmp -s "$doc" "$tmp/saved.offload"
check "the program is still running after the choice" kill -0 "$pid"
kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
pid=""

finish
