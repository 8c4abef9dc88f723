#!/bin/sh
# bench-suggest.sh - time `turnabout-cli suggest` on a 5,000-person programme
#
# Copyright 2026 The Turnabout developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: tests/benchmarks/bench-suggest.sh [BUILDDIR] [RUNS]
#
# Makes the cohort of issue 3 with `demo --participants 5000 --no-pairings`
# (2,500 active mentors, 2,500 active mentees, nobody paired: 6.25 million
# pairs to score), then runs `turnabout-cli suggest` on it RUNS times
# (default 3) under GNU time, end to end: process start, opening the file,
# loading, scoring, solving and printing.  Prints the elapsed seconds and
# the peak resident memory of each run against the targets (≤ 1 s,
# ≤ 200 MB); exits with status 1 if the slowest run misses one.
#
# BUILDDIR defaults to "build" in the source tree.  Use an optimised build
# without sanitizers: figures from an ASan build mean nothing.

set -eu

srcdir=$(cd "$(dirname "$0")/../.." && pwd)
builddir=${1:-"$srcdir/build"}
runs=${2:-3}
participants=5000
target_seconds=1.0
target_mb=200

if [ ! -x /usr/bin/time ] || ! /usr/bin/time -v true >/dev/null 2>&1; then
  echo "error: GNU time is needed as /usr/bin/time (Debian: sudo apt-get install time)" >&2
  exit 2
fi

if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" "$srcdir"
fi
ninja -C "$builddir" src/cli/turnabout-cli >/dev/null
cli="$builddir/src/cli/turnabout-cli"

sanitize=$(meson introspect "$builddir" --buildoptions |
  python3 -c 'import json, sys
print(next(str(o["value"]) for o in json.load(sys.stdin) if o["name"] == "b_sanitize"))')
if [ "$sanitize" != "none" ]; then
  echo "warning: $builddir is built with sanitizers ($sanitize); the figures will be off" >&2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/turnabout-bench-suggest-XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
database="$work/programme.db"

echo "# reproduce: $0 $builddir $runs"
echo "# machine: $(nproc) CPUs, $(uname -sr)"
"$cli" demo --participants "$participants" --no-pairings --database "$database" >/dev/null
echo "# programme: $participants participants, made by: turnabout-cli demo --participants $participants --no-pairings"
echo "# command: /usr/bin/time -v $cli suggest --database $database"

worst_seconds=0
worst_mb=0
run=1
while [ "$run" -le "$runs" ]; do
  /usr/bin/time -v -o "$work/time.txt" "$cli" suggest --database "$database" >"$work/suggest.txt"

  # "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:00.22" and
  # "Maximum resident set size (kbytes): 58580"
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {
              n = split($2, part, ":"); s = 0
              for (i = 1; i <= n; i++) s = s * 60 + part[i]
              printf "%.2f", s }' "$work/time.txt")
  mb=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$work/time.txt")
  pairs=$(tail -n 1 "$work/suggest.txt")

  echo "run $run: elapsed_seconds $seconds (target ≤ $target_seconds), peak_rss_mb $mb (target ≤ $target_mb); $pairs"

  worst_seconds=$(awk -v a="$worst_seconds" -v b="$seconds" 'BEGIN { print (b > a) ? b : a }')
  worst_mb=$(awk -v a="$worst_mb" -v b="$mb" 'BEGIN { print (b > a) ? b : a }')
  run=$((run + 1))
done

status=0
verdict=$(awk -v s="$worst_seconds" -v t="$target_seconds" 'BEGIN { print (s <= t) ? "met" : "MISSED" }')
echo "slowest elapsed_seconds $worst_seconds: target ≤ $target_seconds s $verdict"
[ "$verdict" = met ] || status=1
verdict=$(awk -v m="$worst_mb" -v t="$target_mb" 'BEGIN { print (m <= t) ? "met" : "MISSED" }')
echo "largest peak_rss_mb $worst_mb: target ≤ $target_mb MB $verdict"
[ "$verdict" = met ] || status=1

exit $status
