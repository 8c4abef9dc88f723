#!/bin/sh
# board-open-benchmark.sh - how long the research board takes to open on 5,000 topics
#
# Copyright 2026 The Turnabout developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: data/screenshots/board-open-benchmark.sh [BUILDDIR]
#
# Makes a board of 5,000 topics with the built bench-board (-Dbenchmarks=true),
# then starts the built turnabout on it on a private X server (Xvfb) with
# TURNABOUT_BENCHMARK_BOARD=1: a second after its first frame it shows the
# Board page, which reads the board when first shown, and prints the time
# from there to the end of the frame that shows it.  Prints
# "board_open_seconds VALUE", the median of three starts after a warm-up.
# The target is 0.2 s or less.

set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
builddir=$(cd "${1:-$top/build}" && pwd)

kept=
xvfb_pid=
cleanup () {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  [ -n "$kept" ] && rm -rf "$kept"
}
trap cleanup EXIT INT TERM

kept=$("$builddir/tests/benchmarks/bench-board" --keep | sed -n 's/^# kept //p')
[ -f "$kept/programme.db" ] || { echo "bench-board made no programme" >&2; exit 1; }

n=90
while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do
  n=$((n + 1))
done
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=":$n"
for _ in $(seq 50); do
  [ -e "/tmp/.X11-unix/X$n" ] && break
  sleep 0.1
done

export XDG_CONFIG_HOME="$kept/config" XDG_DATA_HOME="$kept/data" XDG_CACHE_HOME="$kept/cache"
export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$builddir/data"
export GDK_BACKEND=x11 GTK_A11Y=none NO_AT_BRIDGE=1
export DBUS_SESSION_BUS_ADDRESS=disabled:

run () {
  TURNABOUT_BENCHMARK_FIRST_FRAME=1 TURNABOUT_BENCHMARK_BOARD=1 timeout 60 \
    "$builddir/src/turnabout" --database "$kept/programme.db" | sed -n 's/^board_open_seconds //p'
}

run >/dev/null
a=$(run)
b=$(run)
c=$(run)
echo "# 5000 topics; starts after a warm-up: $a $b $c"
printf '%s\n%s\n%s\n' "$a" "$b" "$c" | sort -n | sed -n '2s/^/board_open_seconds /p'
