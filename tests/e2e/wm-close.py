#!/usr/bin/python3
"""Asks the Eyelevel window to close, as a window manager does when its close button is
clicked: a WM_DELETE_WINDOW client message (there is no window manager under Xvfb)."""
import sys

from Xlib import X, display, protocol

TITLE = sys.argv[1] if len(sys.argv) > 1 else "Eyelevel"


def windows(node):
    yield node
    for child in node.query_tree().children:
        yield from windows(child)


def main():
    screen = display.Display()
    wm_protocols = screen.intern_atom("WM_PROTOCOLS")
    wm_delete = screen.intern_atom("WM_DELETE_WINDOW")
    sent = 0
    for window in windows(screen.screen().root):
        try:
            if window.get_wm_name() != TITLE:
                continue
            if wm_delete not in (window.get_wm_protocols() or []):
                continue
        except Exception:  # windows may vanish while we look
            continue
        event = protocol.event.ClientMessage(
            window=window, client_type=wm_protocols, data=(32, [wm_delete, X.CurrentTime, 0, 0, 0])
        )
        window.send_event(event, event_mask=X.NoEventMask)
        sent += 1
    screen.flush()
    if sent == 0:
        sys.exit(f"no window titled {TITLE!r} takes WM_DELETE_WINDOW")
    print(f"asked {sent} window(s) to close")


main()
