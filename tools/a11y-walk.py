#!/usr/bin/python3
# tools/a11y-walk.py - what a screen reader hears in Turnabout
#
# Copyright 2026 The Turnabout developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Walks the accessibility tree (AT-SPI) of a running Turnabout, optionally
# pressing buttons by name first to open pages and dialogs, and lists the
# controls a screen reader would announce badly: no name, a class name
# ("TaParticipantEditor"), a mnemonic underscore ("_Held…"), or the same
# words twice ("Held… Held…").  Exit status 1 when it found any.
#
# Run it in a session with an accessibility bus, for example headless:
#   dbus-run-session -- sh -c 'Xvfb :99 & export DISPLAY=:99 GDK_BACKEND=x11;
#     ./build/src/turnabout --database /tmp/t.db & sleep 4;
#     python3 tools/a11y-walk.py --press "Pairs" --press "New Pair…"'
#
# Needs python3-pyatspi and at-spi2-core.

import argparse
import re
import sys
import time

import pyatspi

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_SWITCH
    if hasattr(pyatspi, "ROLE_SWITCH") else pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_LINK, pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_PAGE_TAB_LIST,
}
WINDOWS = {pyatspi.ROLE_FRAME, pyatspi.ROLE_DIALOG, pyatspi.ROLE_WINDOW,
           pyatspi.ROLE_ALERT}
CLASS_NAME = re.compile(r"^(Ta|Gtk|Adw)[A-Z][A-Za-z]+$")


def find_app(name):
    desktop = pyatspi.Registry.getDesktop(0)
    for _ in range(50):
        for app in desktop:
            if app is not None and app.name and name in app.name.lower():
                return app
        time.sleep(0.2)
    sys.exit("No running application named %s on the accessibility bus" % name)


def showing(node):
    try:
        return node.getState().contains(pyatspi.STATE_VISIBLE)
    except Exception:
        return False


def walk(node, path=()):
    try:
        children = list(node)
    except Exception:
        children = []
    yield node, path
    for child in children:
        if child is not None and showing(child):
            yield from walk(child, path + (node,))


def label_of(node):
    name = node.name or ""
    if not name:
        # GTK exposes a labelled-by relation when a label names the control.
        for relation in node.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                target = relation.getTarget(0)
                if target is not None:
                    name = target.name or ""
    return name


def problem(node):
    role = node.getRole()
    if role not in INTERACTIVE and role not in WINDOWS:
        return None

    name = label_of(node)
    if not name.strip():
        return "no name"
    if CLASS_NAME.match(name):
        return "a class name"
    if re.search(r"(^|\s)_\w", name):
        return "a mnemonic underscore"
    words = name.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return "the same words twice"
    return None


def press(app, name):
    for node, _ in walk(app):
        if label_of(node) == name and node.getRole() in INTERACTIVE | {pyatspi.ROLE_PAGE_TAB}:
            action = node.queryAction()
            for i in range(action.nActions):
                if action.getName(i) in ("click", "activate", "press"):
                    action.doAction(i)
                    time.sleep(1.0)
                    return
    sys.exit("Nothing named %r to press" % name)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--app", default="turnabout")
    parser.add_argument("--press", action="append", default=[],
                        help="press the control with this accessible name first")
    args = parser.parse_args()

    app = find_app(args.app)
    for name in args.press:
        press(app, name)

    found = 0
    checked = 0
    for node, path in walk(app):
        role = node.getRole()
        if role in INTERACTIVE or role in WINDOWS:
            checked += 1
        why = problem(node)
        if why:
            found += 1
            where = " > ".join(p.name or p.getRoleName() for p in path[-3:])
            try:
                siblings = [c.name for c in node.parent if c is not None and c.name]
                where += "; beside %s" % ", ".join(repr(n) for n in siblings[:4])
            except Exception:
                pass
            print("%s %r has %s (in %s)" % (node.getRoleName(), node.name, why, where))
    print("%d controls and windows checked, %d named badly" % (checked, found))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
