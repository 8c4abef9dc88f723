#!/bin/sh
# run-benchmarks.sh - build and run Turnabout's benchmarks
#
# Copyright 2026 The Turnabout developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: tests/benchmarks/run-benchmarks.sh [BUILDDIR] [-- BENCHMARK OPTIONS]
#
# BUILDDIR defaults to "build" in the source tree and is set up if needed.
# Use an optimised build without sanitizers: figures from an ASan build
# mean nothing.

set -eu

srcdir=$(cd "$(dirname "$0")/../.." && pwd)
builddir=${1:-"$srcdir/build"}
[ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift

if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" "$srcdir" -Dbenchmarks=true
fi

# meson needs Python anyway: read its options as JSON, not with grep.
option () {
  meson introspect "$builddir" --buildoptions |
    python3 -c 'import json, sys
print(next(str(o["value"]) for o in json.load(sys.stdin) if o["name"] == sys.argv[1]))' "$1"
}

if [ "$(option benchmarks)" != "True" ]; then
  meson configure "$builddir" -Dbenchmarks=true
fi
if [ "$(option b_sanitize)" != "none" ]; then
  echo "warning: $builddir is built with sanitizers; the figures will be off" >&2
fi

echo "# reproduce: $0 $builddir${*:+ -- $*}"
ninja -C "$builddir" tests/benchmarks/bench-directory tests/benchmarks/bench-calendar \
  tests/benchmarks/bench-ical-import tests/benchmarks/bench-board tests/benchmarks/bench-problem-list \
  tests/benchmarks/bench-csv
"$builddir/tests/benchmarks/bench-calendar"
"$builddir/tests/benchmarks/bench-ical-import"
"$builddir/tests/benchmarks/bench-board"
"$builddir/tests/benchmarks/bench-csv"
# A dialog on a window: on an X server of its own, so that nothing else
# on the desktop draws at the same time.
xvfb-run --auto-servernum --server-args='-screen 0 1280x800x24 -nolisten tcp' \
  env GDK_BACKEND=x11 "$builddir/tests/benchmarks/bench-problem-list"
exec "$builddir/tests/benchmarks/bench-directory" "$@"
