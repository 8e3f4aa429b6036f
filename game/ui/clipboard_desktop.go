//go:build !js

package ui

import (
	"time"

	"golang.design/x/clipboard"
)

// clipboardPatience bounds a paste: on X11 reading the clipboard asks the
// program that copied, and one that never answers must not freeze the
// game.
const clipboardPatience = 2 * time.Second

// x11Clipboard is the system's clipboard on the desktop (X11, Windows,
// macOS), through golang.design/x/clipboard: ebiten has no clipboard of its
// own outside the browser. While the game's own copy is still on the
// clipboard it pastes that without asking the system: on X11 the game
// would be asking itself, and that read did not always come back (the
// real-key test lost one paste in two).
type x11Clipboard struct {
	own     string
	changed <-chan struct{} // closed or signalled once another copy replaced own
}

// systemClipboard returns the system's clipboard, or the game's own when
// the system's cannot be reached (no display, a build without cgo).
func systemClipboard() Clipboard {
	if clipboard.Init() != nil {
		return &MemoryClipboard{}
	}
	return &x11Clipboard{}
}

// ReadText implements Clipboard. A clipboard that does not answer in time
// pastes nothing.
func (x *x11Clipboard) ReadText() string {
	if x.changed != nil {
		select {
		case <-x.changed:
			x.changed = nil // someone else copied since
		default:
			return x.own
		}
	}
	got := make(chan []byte, 1)
	go func() { got <- clipboard.Read(clipboard.FmtText) }()
	select {
	case b := <-got:
		return string(b)
	case <-time.After(clipboardPatience):
		return ""
	}
}

// WriteText implements Clipboard. The library keeps offering the text to
// other programs until something else is copied.
func (x *x11Clipboard) WriteText(s string) {
	x.own, x.changed = s, clipboard.Write(clipboard.FmtText, []byte(s))
}
