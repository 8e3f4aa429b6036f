package ui

// Clipboard is where text fields copy to and paste from. In the game it is
// the system's clipboard, so text moves to and from other programs; in tests
// and where the system's cannot be reached it is the game's own.
type Clipboard interface {
	// ReadText returns the text on the clipboard, "" when it holds none.
	ReadText() string
	// WriteText puts s on the clipboard.
	WriteText(s string)
}

// Clipboarder is an InputSource with a clipboard of its own: the system's,
// for the real keyboard.
type Clipboarder interface {
	Clipboard() Clipboard
}

// MemoryClipboard is a clipboard that lives in the game: what was copied in
// it can be pasted in it, and nowhere else.
type MemoryClipboard struct{ text string }

// ReadText implements Clipboard.
func (m *MemoryClipboard) ReadText() string { return m.text }

// WriteText implements Clipboard.
func (m *MemoryClipboard) WriteText(s string) { m.text = s }

// Clipboard returns the clipboard text fields copy to and paste from: the
// source's own when it has one, else one that lives as long as in.
func (in *Input) Clipboard() Clipboard {
	if in.clip == nil {
		in.clip = &MemoryClipboard{}
	}
	return in.clip
}

// SetClipboard sets the clipboard text fields copy to and paste from.
func (in *Input) SetClipboard(c Clipboard) { in.clip = c }
