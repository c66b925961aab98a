#!/bin/sh
# run-fuzzers.sh SECONDS: fuzzes every target of fuzzing/ for SECONDS seconds
# each, under AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer.
#
# Configures the clang build in build-fuzz (or $FUZZ_BUILD_DIR) when it does
# not exist yet and builds only the fuzz targets. Each target starts from its
# seed corpus (the folders the "fuzzing" test suite replays); what it learns
# goes to BUILD/fuzz-corpus/TARGET, never into the source tree, and a crash,
# leak, timeout or sanitizer report is saved in BUILD/fuzz-artifacts/TARGET
# and makes this script exit with status 1. Installs nothing: it stops with
# a message when clang or the libFuzzer runtime is missing.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

usage () {
  echo "usage: $0 SECONDS" >&2
  exit 2
}

[ $# -eq 1 ] || usage
seconds=$1
case $seconds in
  '' | *[!0-9]*) usage ;;
esac
[ "$seconds" -gt 0 ] || usage

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
build=${FUZZ_BUILD_DIR:-build-fuzz}

# ---- what the build needs -------------------------------------------------
if ! command -v clang >/dev/null 2>&1; then
  echo "$0: clang is not installed; libFuzzer needs it (on Debian 12: apt-get install clang)" >&2
  exit 3
fi

probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
cat > "$probe/probe.c" <<'EOF'
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) { return data == NULL && size > 0; }
EOF
if ! clang -fsanitize=fuzzer,address,undefined "$probe/probe.c" -o "$probe/probe" 2>"$probe/log"; then
  echo "$0: clang cannot link a libFuzzer target with AddressSanitizer: the compiler runtime is missing" >&2
  echo "  (on Debian 12: apt-get install libclang-rt-14-dev)" >&2
  sed 's/^/  /' "$probe/log" >&2
  exit 3
fi

# ---- the build ----------------------------------------------------------
if [ ! -f "$build/build.ninja" ]; then
  CC=clang meson setup "$build" -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false
elif ! meson introspect --buildoptions "$build" |
       python3 -c 'import json, sys; sys.exit(not any(o["name"] == "fuzzing" and o["value"] is True for o in json.load(sys.stdin)))'; then
  echo "$0: $build exists but was not configured with -Dfuzzing=true; remove it or set FUZZ_BUILD_DIR" >&2
  exit 3
fi
meson compile -C "$build" fuzz_document fuzz_catalog

# ---- the runs -----------------------------------------------------------
# Plain malloc() for GLib's slices, so that the sanitizers see every object
# (fuzz.h would otherwise restart each target with these set).
export G_SLICE=always-malloc
export G_DEBUG=gc-friendly
export LC_ALL=C.UTF-8
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"

status=0

# fuzz TARGET SEED_FOLDER…: one target, SECONDS long.
fuzz () {
  target=$1
  shift
  work="$build/fuzz-corpus/$target"
  artifacts="$build/fuzz-artifacts/$target"
  mkdir -p "$work" "$artifacts"

  echo "== $target: $seconds s"
  # The first folder is where libFuzzer writes; the seeds are only read.
  if "$build/fuzzing/$target" "$work" "$@" \
       -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
       -dict="fuzzing/$target.dict" -artifact_prefix="$artifacts/" \
       -print_final_stats=1 2>"$build/fuzz-$target.log"; then
    grep -E '^(#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|stat::new_units_added|Done )' \
      "$build/fuzz-$target.log" || true
  else
    status=1
    tail -n 60 "$build/fuzz-$target.log"
    echo "== $target: FOUND A PROBLEM; reproducer(s) in $artifacts/:" >&2
    ls -1 "$artifacts" >&2
  fi
}

fuzz fuzz_document tests/documents/good tests/documents/bad tests/documents/v1 tests/documents/v2 \
  tests/documents/v3 fuzzing/corpus/document

# libFuzzer takes folders, and the shipped catalog is a file.
mkdir -p "$build/fuzz-corpus/catalog-seed"
cp data/signs.json "$build/fuzz-corpus/catalog-seed/"
fuzz fuzz_catalog "$build/fuzz-corpus/catalog-seed" fuzzing/corpus/catalog

exit $status
