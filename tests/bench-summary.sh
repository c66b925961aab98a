#!/bin/sh
# bench-summary.sh: `offload --summary FILE` as a whole process.
# Target: ≤ 20 ms wall (median of 50 runs). Fails when missed.
set -eu

bin=${OFFLOAD_BIN:?OFFLOAD_BIN must point at the built offload}
src=${G_TEST_SRCDIR:-$(dirname "$0")}
file="$src/documents/good/full.offload"
runs=50

"$bin" --summary "$file" >/dev/null   # warm the page cache

times=""
i=0
while [ $i -lt $runs ]; do
  start=$(date +%s%N)
  "$bin" --summary "$file" >/dev/null
  end=$(date +%s%N)
  times="$times $(( (end - start) / 1000 ))"
  i=$((i + 1))
done

echo "$times" | tr ' ' '\n' | sed '/^$/d' | sort -n | awk -v runs=$runs '
  { t[NR] = $1; sum += $1 }
  END {
    median = (t[int((NR + 1) / 2)] + t[int(NR / 2) + 1]) / 2
    printf "offload --summary: median %.2f ms, mean %.2f ms, min %.2f ms, max %.2f ms over %d runs\n",
           median / 1000, sum / NR / 1000, t[1] / 1000, t[NR] / 1000, NR
    printf "target: <= 20 ms\n"
    exit (median <= 20000 ? 0 : 1)
  }'
