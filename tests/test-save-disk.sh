#!/bin/sh
# test-save-disk.sh: real failures under a real save, as TAP.
#  - a full disk and a read-only file system, in a small tmpfs mounted in a
#    private mount namespace (unshare: no root needed, nothing leaks out);
#  - a stress test that kills a saving process at random moments until 1000
#    saves have gone through, and checks after every kill that the file is
#    either the previous or the next version, whole, and that the next start
#    (a load) leaves no temporary file behind.
set -u

helper=${SAVE_HELPER:?}
offload=${OFFLOAD_BIN:?}

# ---- inside the mount namespace ------------------------------------------
if [ "${1:-}" = "--inside" ]; then
  dir=$2
  mount -t tmpfs -o size=64k tmpfs "$dir" || { echo "not ok - mount a 64 KiB tmpfs"; exit 0; }
  doc="$dir/shop.offload"
  "$helper" save "$doc" "Before" || echo "not ok - first save on the tmpfs"
  cp "$doc" "$dir/../before.offload"

  # Fill the disk to the last block.
  dd if=/dev/zero of="$dir/filler" bs=1k count=1000 2>/dev/null
  msg=$("$helper" save "$doc" "After, on a full disk" 2>&1); rc=$?
  [ $rc = 1 ] && echo "ok - a save on a full disk fails" || echo "not ok - a save on a full disk fails (exit $rc)"
  echo "$msg" | grep -q 'shop.offload.*disk is full' && echo "ok - the message names the file and says the disk is full" \
    || echo "not ok - the message names the file and says the disk is full: $msg"
  cmp -s "$doc" "$dir/../before.offload" && echo "ok - the previous file is intact after a full disk" \
    || echo "not ok - the previous file is intact after a full disk"
  [ "$(ls -A "$dir" | wc -l)" = 2 ] && echo "ok - no temporary file is left on the full disk" \
    || echo "not ok - no temporary file is left on the full disk: $(ls -A "$dir")"

  rm -f "$dir/filler"
  mount -o remount,ro "$dir"
  msg=$("$helper" save "$doc" "After, read-only" 2>&1); rc=$?
  [ $rc = 1 ] && echo "ok - a save on a read-only file system fails" || echo "not ok - a save on a read-only file system fails (exit $rc)"
  echo "$msg" | grep -q 'shop.offload.*read-only' && echo "ok - the message says the disk is read-only" \
    || echo "not ok - the message says the disk is read-only: $msg"
  cmp -s "$doc" "$dir/../before.offload" && echo "ok - the previous file is intact on a read-only file system" \
    || echo "not ok - the previous file is intact on a read-only file system"
  exit 0
fi

# ---- outside ---------------------------------------------------------------
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
failed=0
report () {
  while IFS= read -r line; do
    n=$((n + 1))
    case $line in
      "not ok"*) failed=$((failed + 1)); echo "not ok $n ${line#not ok }" ;;
      "ok"*) echo "ok $n ${line#ok }" ;;
    esac
  done
}

mkdir "$tmp/mnt"
if unshare -rm true 2>/dev/null; then
  unshare -rm "$0" --inside "$tmp/mnt" >"$tmp/inside.log" 2>&1
  report <"$tmp/inside.log"
else
  n=$((n + 1)); echo "ok $n # SKIP this system does not allow unprivileged mount namespaces (unshare -rm)"
fi

# The stress test: kill -9 at random moments during saves.
mkdir "$tmp/stress"
doc="$tmp/stress/stress.offload"
counter="$tmp/saves"
: >"$counter"
"$helper" save "$doc" "Version A" >/dev/null 2>&1
kills=0
midway=0
bad=""
while { [ "$(wc -c <"$counter")" -lt 1000 ] || [ $kills -lt 100 ]; } && [ $kills -lt 2000 ]; do
  before=$(wc -c <"$counter")
  "$helper" loop "$doc" "$counter" 2>>"$tmp/loop.err" &
  pid=$!
  # Past the start-up (however slow: sanitizers, valgrind), then 0 to 19 ms
  # more: a kill at any step of a save.
  i=0
  while [ "$(wc -c <"$counter")" -le "$before" ] && [ $i -lt 5000 ] && kill -0 $pid 2>/dev/null; do
    sleep 0.001; i=$((i + 1))
  done
  sleep "$(printf '0.%03d' $(( $(od -An -N1 -tu1 /dev/urandom) % 20 )))"
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  kills=$((kills + 1))

  # A kill between creating the temporary file and renaming it leaves one.
  [ -n "$(ls -A "$tmp/stress" | grep -v '^stress.offload$')" ] && midway=$((midway + 1))

  # The next start: loading the file must find one whole version, and leave
  # nothing but the file and the counter in the folder.
  summary=$(LANGUAGE=C LC_ALL=C.UTF-8 "$offload" --summary "$doc" 2>&1)
  title=$(echo "$summary" | sed -n 's/^Assessment: //p')
  case $title in
    "Version A"|"Version B") ;;
    *) bad="after kill $kills: the file is neither version: $summary"; cp "$doc" "$tmp/../offload-stress-failure.offload" 2>/dev/null; break ;;
  esac
  left=$(ls -A "$tmp/stress" | grep -v '^stress.offload$')
  if [ -n "$left" ]; then bad="after kill $kills: left behind: $left"; break; fi
done
saves=$(wc -c <"$counter")
echo "# $saves saves, $kills kills, $midway of them in the middle of a save"
n=$((n + 1))
if [ -z "$bad" ] && [ "$saves" -ge 1000 ] && [ $midway -gt 0 ]; then
  echo "ok $n - $kills kills during $saves saves ($midway midway): always one whole version, no temporary file after the next start"
else
  failed=$((failed + 1))
  echo "not ok $n - killed saves: ${bad:-$saves saves in $kills kills, $midway midway}"
fi
[ -s "$tmp/loop.err" ] && sed 's/^/# save error: /' "$tmp/loop.err"

echo "1..$n"
[ $failed = 0 ]
