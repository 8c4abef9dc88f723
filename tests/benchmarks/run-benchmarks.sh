#!/bin/sh
# run-benchmarks.sh - build and run every one of Turnabout's benchmarks
#
# Copyright 2026 The Turnabout developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: tests/benchmarks/run-benchmarks.sh [BUILDDIR] [-- BENCHMARK OPTIONS]
#
# BUILDDIR defaults to "build" in the source tree and is set up if needed.
# Use an optimised build without sanitizers: figures from an ASan build
# mean nothing.  BENCHMARK OPTIONS go to bench-directory.
#
# Runs, in one go and each under a "## NAME" heading: the bench-* programs
# of this folder, bench-suggest.sh and bench-assign.sh, and the window's
# first-frame-benchmark.sh and board-open-benchmark.sh (data/screenshots).
# A benchmark that fails or misses its target does not stop the others:
# all figures are printed, the failures are listed at the end and the exit
# status is 1.

set -u

srcdir=$(cd "$(dirname "$0")/../.." && pwd)
here="$srcdir/tests/benchmarks"
builddir=${1:-"$srcdir/build"}
[ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift

set -e
if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" "$srcdir" -Dbenchmarks=true
fi
builddir=$(cd "$builddir" && pwd)

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
echo "# machine: $(nproc) CPUs, $(uname -sr); buildtype $(option buildtype); $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "# tree: $(git -C "$srcdir" rev-parse --short HEAD 2>/dev/null || echo unknown)"
# Figures from a machine busy with other work are slower than its own.
echo "# load average at the start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
# By target name, not path: the programs may move between folders.  The
# window's benchmarks need the compiled settings schema.
meson compile -C "$builddir" turnabout turnabout-cli gschemas.compiled bench-directory bench-calendar \
  bench-ical-import bench-board bench-problem-list bench-csv bench-insights bench-insights-page \
  bench-exchange >/dev/null
set +e

# Where meson put a program, by target name.
program () {
  meson introspect "$builddir" --targets |
    python3 -c 'import json, sys
print(next(t["filename"][0] for t in json.load(sys.stdin) if t["name"] == sys.argv[1]))' "$1"
}

failed=""

# Runs one benchmark under a heading; a failure is noted, not fatal.
bench () {
  name=$1
  shift
  echo
  echo "## $name"
  "$@"
  status=$?
  if [ "$status" -ne 0 ]; then
    echo "## $name: FAILED or missed a target (exit status $status)"
    failed="$failed $name"
  fi
}

bench bench-calendar "$(program bench-calendar)"
bench bench-ical-import "$(program bench-ical-import)"
bench bench-board "$(program bench-board)"
bench bench-csv "$(program bench-csv)"
# A dialog on a window: on an X server of its own, so that nothing else
# on the desktop draws at the same time.
bench bench-problem-list xvfb-run --auto-servernum --server-args='-screen 0 1280x800x24 -nolisten tcp' \
  env GDK_BACKEND=x11 "$(program bench-problem-list)"
bench bench-directory "$(program bench-directory)" "$@"
bench bench-insights "$(program bench-insights)"
bench bench-exchange "$(program bench-exchange)"
# The window on the Insights page: on an X server of its own too; it
# keeps its settings in memory and its files in a temporary folder.
bench bench-insights-page xvfb-run --auto-servernum --server-args='-screen 0 1280x800x24 -nolisten tcp' \
  env GDK_BACKEND=x11 GSETTINGS_SCHEMA_DIR="$builddir/data" "$(program bench-insights-page)"
bench bench-suggest "$here/bench-suggest.sh" "$builddir"
bench bench-assign env TURNABOUT_CLI="$(program turnabout-cli)" "$here/bench-assign.sh" "$builddir"
bench first-frame-benchmark "$srcdir/data/screenshots/first-frame-benchmark.sh" "$builddir"
bench board-open-benchmark "$srcdir/data/screenshots/board-open-benchmark.sh" "$builddir"

echo
echo "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
if [ -n "$failed" ]; then
  echo "# failed or missed a target:$failed"
  exit 1
fi
echo "# every benchmark ran"
