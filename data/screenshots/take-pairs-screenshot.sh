#!/bin/sh
# take-pairs-screenshot.sh - takes screenshots of the Pairs view under Xvfb
#
# Copyright 2026 The Turnabout developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: data/screenshots/take-pairs-screenshot.sh [BUILDDIR [WIDTH HEIGHT [OUTPUT [WHAT]]]]
#
# Makes a sample programme with the built turnabout-cli, opens it in the
# built turnabout on a private X server (Xvfb), goes to the Pairs page and
# saves the screen to OUTPUT (by default data/screenshots/pairs.png,
# 1280×800).  WHAT says what to show:
#
#   pairs        the pairs, the first one selected (the default)
#   suggestions  the suggestions of <Primary>g on a cohort not yet paired
#   empty        the Pairs page of a programme without pairs
#   finder       the partner finder for the first participant
#
# Keys to press after that can be given in KEYS, as X key names joined by
# "+" for chords, or clicks as click:X,Y: KEYS="click:800,328" expands
# the first "Why" of the suggestions.
#
# Needs Xvfb, ImageMagick's import, python3 and libXtst (for the keys).
#
#   data/screenshots/take-pairs-screenshot.sh build 360 740 /tmp/narrow.png suggestions

set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
builddir=$(cd "${1:-$top/build}" && pwd)
width=${2:-1280}
height=${3:-800}
output=${4:-$here/pairs.png}
what=${5:-pairs}

tmp=$(mktemp -d)
xvfb_pid=
app_pid=
cleanup () {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

# Sends X events through XTest: "move X Y", "click X Y", or "key [ctrl] KEYSYM".
xtest () {
  python3 - "$@" <<'PYTHON'
import ctypes, sys
x11 = ctypes.CDLL("libX11.so.6")
xtst = ctypes.CDLL("libXtst.so.6")
x11.XOpenDisplay.restype = ctypes.c_void_p
x11.XStringToKeysym.restype = ctypes.c_ulong
x11.XStringToKeysym.argtypes = [ctypes.c_char_p]
x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
display = ctypes.c_void_p(x11.XOpenDisplay(None))
what = sys.argv[1]
if what == "key":
    names = sys.argv[2:]
    codes = [x11.XKeysymToKeycode(display, x11.XStringToKeysym(n.encode())) for n in names]
    for code in codes:
        xtst.XTestFakeKeyEvent(display, code, True, 0)
    for code in reversed(codes):
        xtst.XTestFakeKeyEvent(display, code, False, 0)
else:
    x, y = int(sys.argv[2]), int(sys.argv[3])
    xtst.XTestFakeMotionEvent(display, -1, x, y, 0)
    if what == "click":
        xtst.XTestFakeButtonEvent(display, 1, True, 0)
        xtst.XTestFakeButtonEvent(display, 1, False, 0)
x11.XFlush(display)
x11.XCloseDisplay(display)
PYTHON
}

# A display nobody uses.
n=90
while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do
  n=$((n + 1))
done
Xvfb ":$n" -screen 0 "${width}x${height}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=":$n"
for _ in $(seq 50); do
  [ -e "/tmp/.X11-unix/X$n" ] && break
  sleep 0.1
done

case "$what" in
  suggestions|empty)
    "$builddir/src/cli/turnabout-cli" demo --seed 1 --no-pairings --database "$tmp/programme.db" >/dev/null ;;
  *)
    "$builddir/src/cli/turnabout-cli" demo --seed 1 --database "$tmp/programme.db" >/dev/null ;;
esac

# Settings of our own, nobody's real ones.  A key file rather than the
# memory backend, because the window takes its size from them.
mkdir -p "$tmp/config/glib-2.0/settings"
cat > "$tmp/config/glib-2.0/settings/keyfile" <<KEYFILE
[io/github/turnabout/Turnabout]
window-width=$width
window-height=$height
KEYFILE

# GNOME's window buttons (Xvfb has no desktop to say so): GTK's own
# default adds minimise and maximise, which alone make the header bar
# wider than a phone.
mkdir -p "$tmp/config/gtk-4.0"
cat > "$tmp/config/gtk-4.0/settings.ini" <<SETTINGS
[Settings]
gtk-decoration-layout=appmenu:close
SETTINGS

export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache"
export GSETTINGS_BACKEND=keyfile GSETTINGS_SCHEMA_DIR="$builddir/data"
export GDK_BACKEND=x11 GTK_A11Y=none NO_AT_BRIDGE=1
# No session bus: Turnabout then runs as a plain single process, and no
# bus daemon is left behind.
export DBUS_SESSION_BUS_ADDRESS=disabled: LC_ALL=C.UTF-8

"$builddir/src/turnabout" --database "$tmp/programme.db" &
app_pid=$!
sleep 3

# The keyboard reaches the window once the pointer is over it.
xtest move "$((width / 2))" "$((height / 2))"
sleep 0.3

case "$what" in
  suggestions)
    # Suggest Pairs, which also goes to the Pairs page.
    xtest key Control_L g
    sleep 3 ;;
  finder)
    # Find a Partner, for the first participant found by typing.
    xtest key Control_L p
    sleep 1
    xtest key a
    sleep 0.5
    xtest key Return
    sleep 1 ;;
  *)
    # The Pairs page, the middle one of the view switcher: in the header bar when wide,
    # in the bar at the bottom when narrow.
    if [ "$width" -ge 600 ]; then
      xtest click "$((width / 2))" 28
    else
      xtest click "$((width / 2))" "$((height - 25))"
    fi
    sleep 1
    # The first pair, under the first heading.
    [ "$what" = pairs ] && xtest click 180 165
    sleep 1 ;;
esac

# Then the keys in $KEYS, if any: chords like "Control_L+g Tab space",
# or clicks like "click:800,328".
for chord in ${KEYS:-}; do
  case "$chord" in
    click:*)
      xy=${chord#click:}
      xtest click "${xy%,*}" "${xy#*,}" ;;
    *)
      # shellcheck disable=SC2086
      xtest key $(echo "$chord" | tr '+' ' ') ;;
  esac
  sleep 0.5
done

xtest move "$((width - 1))" "$((height - 1))"
sleep 1

import -window root "$output"
echo "Saved $output (${width}×${height})"
