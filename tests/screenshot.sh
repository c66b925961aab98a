#!/bin/sh
# screenshot.sh: takes the screenshots under data/screenshots/ from the
# built program showing data/examples/bakery.offload (its French twin,
# boulangerie.offload, for the French one), under Xvfb (no window
# manager, cairo renderer).
#
#   tests/screenshot.sh [BUILD_DIR]      (BUILD_DIR defaults to build)
#
# Writes, 1200×860 on a 1280×900 screen unless said otherwise:
#   offload-window.png    the signs, light style, English
#   offload-figures.png   the owner's figures and what they add up to
#   offload-compare.png   Compare options
#   offload-narrow.png    the signs at 360 px wide, with the switcher
#   offload-dark.png      the figures in the dark style
#   offload-french.png    the figures in French (the build tree's catalog)
#   offload-plan.png      the task table of the Plan section, from
#                         bakery-tasks.offload (the same bakery, its tasks filled in)
#   offload-plan-french.png  the same from its French twin, boulangerie-taches.offload
# Needs xvfb-run, dbus-run-session, xdotool and ImageMagick's import
# (build-aux/install-deps.sh --tests installs them).
set -eu

repo=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
case $build in /*) ;; *) build="$(pwd)/$build" ;; esac
out="$repo/data/screenshots"
example="$repo/data/examples/bakery.offload"

wide_w=1200 wide_h=860
narrow_w=360 narrow_h=860

# ---- outside: start Xvfb and a D-Bus session, then run the inside ----------
if [ -z "${OFFLOAD_SCREENSHOT_INSIDE:-}" ]; then
  for tool in xvfb-run dbus-run-session xdotool import; do
    if ! command -v "$tool" >/dev/null; then
      echo "screenshot.sh: $tool is missing; run build-aux/install-deps.sh --tests (or apt-get install xvfb dbus xdotool imagemagick)" >&2
      exit 1
    fi
  done
  if [ ! -x "$build/src/offload" ]; then
    echo "screenshot.sh: $build/src/offload is not built; run ninja -C $build" >&2
    exit 1
  fi
  OFFLOAD_SCREENSHOT_INSIDE=1 exec xvfb-run -a -s "-screen 0 1280x900x24" \
    dbus-run-session -- /bin/sh "$0" "$build"
fi

# ---- inside: DISPLAY and a session bus exist ---------------------------------
tmp=$(mktemp -d)
pid=""
cleanup () {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' HUP INT TERM

# Nothing from the user's own settings, theme choice or recent files.
export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data" NO_AT_BRIDGE=1
export GSK_RENDERER=cairo GDK_DEBUG=gl-disable GTK_A11Y=none
export LC_ALL=C.UTF-8 LANGUAGE=C
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache" XDG_STATE_HOME="$tmp/state"
unset GTK_THEME

# The window names the document's folder; show a plausible one, not this checkout.
export HOME="$tmp/home"
mkdir -p "$HOME/Documents"
cp "$example" "$repo/data/examples/boulangerie.offload" "$repo/data/examples/bakery-tasks.offload" \
   "$repo/data/examples/boulangerie-taches.offload" "$HOME/Documents/"
example="$HOME/Documents/$(basename "$example")"

win=""
pid=""

# Starts program $1 on the example with the rest of the arguments as
# environment assignments, and waits for its window.
start () {
  program=$1; shift
  env "$@" "$program" "$example" >"$tmp/log" 2>&1 &
  pid=$!
  win=$(timeout 20 xdotool search --sync --onlyvisible --pid "$pid" --name "Offload" | head -n 1)
  if [ -z "$win" ]; then
    echo "screenshot.sh: the window did not appear" >&2
    cat "$tmp/log" >&2
    exit 1
  fi
  xdotool windowmove "$win" 0 0
}

stop () {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=""
}

# Waits until the window has the size asked for, then until two captures a
# moment apart are identical (the frame is drawn and nothing is animating).
settle () {
  want="$1x$2"
  i=0
  until [ "$(xdotool getwindowgeometry "$win" | sed -n 's/^ *Geometry: //p')" = "$want" ]; do
    i=$((i + 1))
    if [ "$i" -ge 50 ]; then echo "screenshot.sh: the window never became $want" >&2; exit 1; fi
    sleep 0.1
  done
  sleep 0.5
  import -window "$win" "$tmp/a.rgb"
  i=0
  while :; do
    sleep 0.3
    import -window "$win" "$tmp/b.rgb"
    cmp -s "$tmp/a.rgb" "$tmp/b.rgb" && break
    mv "$tmp/b.rgb" "$tmp/a.rgb"
    i=$((i + 1))
    if [ "$i" -ge 30 ]; then echo "screenshot.sh: the window never stopped changing" >&2; exit 1; fi
  done
}

# shoot FILE WIDTH HEIGHT [KEY...]: the window at that size, after the keys
# (Alt+1 to Alt+4 choose the section).
shoot () {
  file=$1 width=$2 height=$3; shift 3
  xdotool windowsize "$win" "$width" "$height"
  settle "$width" "$height"
  for key in "$@"; do
    xdotool key --window "$win" "$key"
    sleep 0.3
  done
  settle "$width" "$height"
  # No date chunks: an unchanged window gives a byte-identical file.
  import -window "$win" -define png:exclude-chunk=date,time "$tmp/shot.png"
  mv "$tmp/shot.png" "$out/$file"
  echo "$out/$file: $(identify -format '%wx%h' "$out/$file")"
}

mkdir -p "$out"

# English, the theme's light style: the signs, the figures, Compare options,
# and the signs on a phone-sized window.
start "$build/src/offload"
shoot offload-window.png "$wide_w" "$wide_h"
shoot offload-figures.png "$wide_w" "$wide_h" alt+2
shoot offload-compare.png "$wide_w" "$wide_h" alt+3
shoot offload-narrow.png "$narrow_w" "$narrow_h" alt+1
stop

# The dark style, as a desktop that prefers it gets it.
start "$build/src/offload" GTK_THEME=Default:dark
shoot offload-dark.png "$wide_w" "$wide_h" alt+2
stop

# French, from the build tree's translations, as `meson devenv` points the
# program at them.
example="$HOME/Documents/boulangerie.offload"
start "$build/src/offload" OFFLOAD_LOCALEDIR="$build/po" LC_ALL=fr_FR.UTF-8 LANGUAGE=fr
shoot offload-french.png "$wide_w" "$wide_h" alt+2
stop

# The task table, English then French.
example="$HOME/Documents/bakery-tasks.offload"
start "$build/src/offload"
shoot offload-plan.png "$wide_w" "$wide_h" alt+4
stop
example="$HOME/Documents/boulangerie-taches.offload"
start "$build/src/offload" OFFLOAD_LOCALEDIR="$build/po" LC_ALL=fr_FR.UTF-8 LANGUAGE=fr
shoot offload-plan-french.png "$wide_w" "$wide_h" alt+4
stop
