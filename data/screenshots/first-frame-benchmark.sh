#!/bin/sh
# first-frame-benchmark.sh - how long the window takes to show a large programme
#
# Copyright 2026 The Turnabout developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: data/screenshots/first-frame-benchmark.sh [BUILDDIR [PARTICIPANTS]]
#
# Makes a programme of PARTICIPANTS people (100,000 by default) with the
# built turnabout-cli, then starts the built turnabout on it on a private X
# server (Xvfb) with TURNABOUT_BENCHMARK_FIRST_FRAME=1, which makes it print
# the time from the start of main() to the end of its first frame and quit.
# Prints "first_frame_seconds VALUE", the median of three starts after a
# warm-up.  The target is 1 s or less.

set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
builddir=$(cd "${1:-$top/build}" && pwd)
participants=${2:-100000}

tmp=$(mktemp -d)
xvfb_pid=
cleanup () {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

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

"$builddir/src/cli/turnabout-cli" demo --participants "$participants" --database "$tmp/programme.db" >/dev/null

export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache"
export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$builddir/data"
export GDK_BACKEND=x11 GTK_A11Y=none NO_AT_BRIDGE=1
# No session bus: Turnabout then runs as a plain single process, and no
# bus daemon is left behind.
export DBUS_SESSION_BUS_ADDRESS=disabled:

run () {
  TURNABOUT_BENCHMARK_FIRST_FRAME=1 timeout 60 \
    "$builddir/src/turnabout" --database "$tmp/programme.db" | sed -n 's/^first_frame_seconds //p'
}

# The first start fills the caches (fonts, icons, the GL shaders that
# Mesa's software renderer compiles under Xvfb) as a user's first start
# does once; the figure is the median of the three starts after it.
run >/dev/null
a=$(run)
b=$(run)
c=$(run)
echo "# $participants participants; starts after a warm-up: $a $b $c"
printf '%s\n%s\n%s\n' "$a" "$b" "$c" | sort -n | sed -n '2s/^/first_frame_seconds /p'
