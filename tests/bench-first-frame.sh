#!/bin/sh
# bench-first-frame.sh: Offload's first frame with a filled document, as a
# whole process, against a bare GTK window of the same build and renderer,
# measured alternately in one run. Targets: median time within 1.2× of the
# bare window's, peak memory within 15 MiB of it. Fails when missed.
set -eu

bin=${OFFLOAD_BIN:?}
bare=${G_TEST_BUILDDIR:?}/bare-window
doc=${G_TEST_SRCDIR:?}/documents/good/full.offload
runs=${RUNS:-15}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export OFFLOAD_BENCHMARK_FIRST_FRAME=1 XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"
# Not the user's own drafts: a recovery dialog is no part of a first frame.
export XDG_STATE_HOME="$tmp/state" XDG_CACHE_HOME="$tmp/cache"

# Appends "<microseconds> <peak KiB>" of one run of "$@" to file $1.
measure () {
  out=$1; shift
  start=$(date +%s%N)
  # A start-up that never paints fails the benchmark instead of hanging it.
  timeout 30 /usr/bin/time -f %M -o "$tmp/rss" "$@" >/dev/null 2>"$tmp/err" || { echo "$* did not paint a first frame" >&2; cat "$tmp/err" >&2; exit 1; }
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000 )) $(cat "$tmp/rss")" >>"$out"
}

# One warm-up each, then alternate.
measure "$tmp/warm" "$bare"
measure "$tmp/warm" "$bin" "$doc"
i=0
while [ $i -lt "$runs" ]; do
  measure "$tmp/bare" "$bare"
  measure "$tmp/offload" "$bin" "$doc"
  i=$((i + 1))
done

median () { sort -n -k"$2" "$1" | awk -v k="$2" '{ v[NR] = $k } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

bare_us=$(median "$tmp/bare" 1)
off_us=$(median "$tmp/offload" 1)
bare_kb=$(median "$tmp/bare" 2)
off_kb=$(median "$tmp/offload" 2)

awk -v b="$bare_us" -v o="$off_us" -v bk="$bare_kb" -v ok="$off_kb" -v n="$runs" 'BEGIN {
  ratio = o / b; extra = (ok - bk) / 1024
  printf "first frame, median of %d runs each (%s):\n", n, ENVIRON["GSK_RENDERER"] ? "GSK_RENDERER=" ENVIRON["GSK_RENDERER"] : "default renderer"
  printf "  bare GTK window: %.1f ms, peak RSS %.1f MiB\n", b / 1000, bk / 1024
  printf "  Offload (full.offload): %.1f ms, peak RSS %.1f MiB\n", o / 1000, ok / 1024
  printf "  ratio %.2f (target <= 1.20), extra memory %.1f MiB (target <= 15)\n", ratio, extra
  exit (ratio <= 1.2 && extra <= 15) ? 0 : 1
}'
