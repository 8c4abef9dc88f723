#!/bin/sh
# take-screenshot.sh - takes the directory screenshot under Xvfb
#
# Copyright 2026 The Turnabout developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: data/screenshots/take-screenshot.sh [BUILDDIR [WIDTH HEIGHT [OUTPUT]]]
#
# Makes a sample programme with the built turnabout-cli, opens it in the
# built turnabout on a private X server (Xvfb), selects the
# first participant and saves the screen to OUTPUT (by default
# data/screenshots/directory.png, 1280×800).  Needs Xvfb,
# ImageMagick's import, python3 and libXtst (for the click).
#
#   data/screenshots/take-screenshot.sh build 360 740 /tmp/narrow.png

set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
builddir=$(cd "${1:-$top/build}" && pwd)
width=${2:-1280}
height=${3:-800}
output=${4:-$here/directory.png}

tmp=$(mktemp -d)
xvfb_pid=
app_pid=
cleanup () {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

# Sends X events through XTest: "move X Y" or "click X Y".
xtest () {
  python3 - "$@" <<'PYTHON'
import ctypes, sys
x11 = ctypes.CDLL("libX11.so.6")
xtst = ctypes.CDLL("libXtst.so.6")
x11.XOpenDisplay.restype = ctypes.c_void_p
display = ctypes.c_void_p(x11.XOpenDisplay(None))
what, x, y = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
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

"$builddir/src/cli/turnabout-cli" demo --seed 1 --database "$tmp/programme.db" >/dev/null

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

# The first participant, so that the detail pane shows someone; then the
# pointer goes where it highlights nothing.
xtest click 80 140
sleep 0.5
xtest move "$((width - 1))" "$((height - 1))"
sleep 1

import -window root "$output"
echo "Saved $output (${width}×${height})"
