#!/bin/sh
# bench-assign.sh - the assignment solver against SciPy (issue 3)
#
# Copyright 2026 The Turnabout developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: tests/benchmarks/bench-assign.sh [BUILDDIR] [-- bench-assign.py OPTIONS]
#
# Builds turnabout-cli in BUILDDIR (default: "build" in the source tree,
# set up if needed) and runs bench-assign.py with Debian's python3, which
# has python3-scipy; a python3 that comes first on PATH may not.  With
# TURNABOUT_CLI set, that binary is used and nothing is built.  Use an
# optimised build without sanitizers: figures from an ASan build mean
# nothing.
#
# Options of bench-assign.py: --sizes 2000x2000,4000x4000,500x5000
# --repeat 3 --seed 2026.

set -eu

srcdir=$(cd "$(dirname "$0")/../.." && pwd)
invocation="$0${*:+ $*}"
python=${PYTHON:-/usr/bin/python3}

builddir="$srcdir/build"
if [ $# -gt 0 ] && [ "$1" != "--" ]; then
  builddir=$1
  shift
fi
[ "${1:-}" = "--" ] && shift

if [ -z "${TURNABOUT_CLI:-}" ]; then
  if [ ! -f "$builddir/build.ninja" ]; then
    meson setup "$builddir" "$srcdir"
  fi
  if meson introspect "$builddir" --buildoptions |
       "$python" -c 'import json, sys
sys.exit(0 if any(o["name"] == "b_sanitize" and o["value"] != "none"
                  for o in json.load(sys.stdin)) else 1)'; then
    echo "warning: $builddir is built with sanitizers; the figures will be off" >&2
  fi
  ninja -C "$builddir" src/cli/turnabout-cli >&2
  TURNABOUT_CLI="$builddir/src/cli/turnabout-cli"
fi

echo "# reproduce: $invocation"
echo "# turnabout-cli: $TURNABOUT_CLI"
exec "$python" "$srcdir/tests/benchmarks/bench-assign.py" --cli "$TURNABOUT_CLI" "$@"
