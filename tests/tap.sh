# tap.sh: the TAP helpers the shell tests share, sourced after $tmp is set.
#
#   ok DESC / not_ok DESC      one numbered result line
#   check DESC COMMAND...      ok when COMMAND succeeds
#   bail DESC                  a failure that ends the test
#   finish                     the plan line, then the exit status; after a
#                              failure, $tmp/err (the program's stderr) as comments
#   diag FILE...               FILE as TAP comments
#   wait_for SECONDS COMMAND...  polls COMMAND every 0.1 s until it succeeds
#   key KEYS...                xdotool keys, with a human's pace
#
# SPDX-License-Identifier: GPL-3.0-or-later

n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }
check () { desc=$1; shift; if "$@"; then ok "$desc"; else not_ok "$desc"; fi; }
diag () { sed 's/^/# /' "$@"; }
finish () {
  echo "1..$n"
  [ "$failed" = 0 ] && exit 0
  if [ -s "$tmp/err" ]; then echo "# the program's stderr:"; diag "$tmp/err"; fi
  exit 1
}
bail () { not_ok "$1"; finish; }
wait_for () {
  limit=$(($1 * 10)); shift
  i=0
  while ! "$@" 2>/dev/null; do
    i=$((i + 1))
    [ "$i" -ge "$limit" ] && return 1
    sleep 0.1
  done
}
key () { xdotool key --delay 40 "$@"; }
