#!/bin/sh
# take-views-screenshots.sh - every view in four languages at 1280 and 360 px
#
# Copyright 2026 The Turnabout developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: data/screenshots/take-views-screenshots.sh [BUILDDIR [OUTDIR]]
#
# Makes a sample programme with the built turnabout-cli, opens it in the
# built turnabout on a private X server (Xvfb) in English, Dutch (nl_BE),
# French (fr_BE) and German, at 1280×800 and at 360 px wide, shows the
# Directory, Pairs, Calendar and Board (Alt+1…4) and saves each screen,
# then one contact sheet per language and width (sheet-LANG-WIDTH.png).
# Needs Xvfb, xdotool, ImageMagick and the locales (locales-all).
#
# The app reads its translations from where it is installed: this script
# copies the build's catalogues there first (meson's localedir), so run
# it as a user who may write there, or after `meson install`.
#
# The dialogs, in the same four languages at 360 px, come from the widget
# test that measures them:
#   TURNABOUT_SCREENSHOT_DIR=/tmp/fit DISPLAY=:N build/tests/ui/test-fit

set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$top/build}" && pwd)
out=${2:-$here/views}
display=:93
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

localedir=$(meson introspect --buildoptions "$build" | python3 -c '
import json, sys
options = {o["name"]: o["value"] for o in json.load(sys.stdin)}
print(options["prefix"] + "/" + options["localedir"])')
for lang in nl fr de; do
  if mkdir -p "$localedir/$lang/LC_MESSAGES" 2>/dev/null &&
     cp "$build/po/$lang/LC_MESSAGES/turnabout.mo" "$localedir/$lang/LC_MESSAGES/" 2>/dev/null; then
    :
  else
    echo "Cannot write the $lang catalogue to $localedir: $lang shows what is installed" >&2
  fi
done

"$build/src/cli/turnabout-cli" demo --database "$work/programme.db" >/dev/null
mkdir -p "$out"

for lang in en nl fr de; do
  case $lang in
    en) locale=en_GB.UTF-8 ;;
    nl) locale=nl_BE.UTF-8 ;;
    fr) locale=fr_BE.UTF-8 ;;
    de) locale=de_DE.UTF-8 ;;
  esac
  for width in 1280 360; do
    Xvfb $display -screen 0 "${width}x800x24" -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    sleep 1
    DISPLAY=$display GDK_BACKEND=x11 GSETTINGS_BACKEND=memory \
      GSETTINGS_SCHEMA_DIR="$build/data" LANG=$locale LC_ALL=$locale LANGUAGE=$lang \
      "$build/src/turnabout" --database "$work/programme.db" >/dev/null 2>&1 &
    app=$!
    sleep 4
    window=$(DISPLAY=$display xdotool search --onlyvisible --name . | tail -1)
    # Under Xvfb the first resize to 360 px stops short; the next ones land.
    for attempt in 1 2 3; do
      DISPLAY=$display xdotool windowmove "$window" 0 0 windowsize "$window" "$width" 800
      sleep 1
    done
    key=1
    for view in directory pairs calendar board; do
      DISPLAY=$display xdotool key --window "$window" "alt+$key"
      sleep 1.5
      DISPLAY=$display import -window root "$work/$lang-$width-$view.png"
      key=$((key + 1))
    done
    kill "$app" "$xvfb" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    sleep 0.5
  done
  montage "$work/$lang-1280-directory.png" "$work/$lang-1280-pairs.png" \
          "$work/$lang-1280-calendar.png" "$work/$lang-1280-board.png" \
          -tile 2x2 -geometry 640x400+4+4 PNG8:"$out/sheet-$lang-1280.png"
  montage "$work/$lang-360-directory.png" "$work/$lang-360-pairs.png" \
          "$work/$lang-360-calendar.png" "$work/$lang-360-board.png" \
          -tile 4x1 -geometry 360x800+4+4 PNG8:"$out/sheet-$lang-360.png"
done

echo "Contact sheets in $out"
