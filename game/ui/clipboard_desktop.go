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
// own outside the browser.
type x11Clipboard struct{}

// systemClipboard returns the system's clipboard, or the game's own when
// the system's cannot be reached (no display, a build without cgo).
func systemClipboard() Clipboard {
	if clipboard.Init() != nil {
		return &MemoryClipboard{}
	}
	return x11Clipboard{}
}

// ReadText implements Clipboard. A clipboard that does not answer in time
// pastes nothing.
func (x11Clipboard) ReadText() string {
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
func (x11Clipboard) WriteText(s string) { clipboard.Write(clipboard.FmtText, []byte(s)) }
