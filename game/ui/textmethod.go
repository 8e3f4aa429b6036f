package ui

import "image"

// TextTarget is a text field as an input method sees it: where its caret
// is, the text around it, and what to do with text typed or composed.
type TextTarget interface {
	// Surrounding is the text before and after the caret, and the caret's box
	// on screen (an IME puts its candidate window there).
	Surrounding() (before, after string, box image.Rectangle)
	// Insert puts text typed or committed at the caret.
	Insert(s string)
	// Compose shows s as being composed at the caret (an IME's preedit,
	// not yet part of the text); "" when nothing is.
	Compose(s string)
}

// TextMethod is how typed text reaches the field that has the keyboard.
// In the game it is the platform's input method (ebiten's exp/textinput:
// IME composition and commits, the browser's own text input); in tests it
// is the characters the script types. A field reads its text only through
// its Input's TextMethod, never Input.Chars as well, so that no character
// arrives twice.
type TextMethod interface {
	// Type delivers this tick's text to t, the focused field. It reports
	// whether the input method used the keys of this tick (a composition
	// in progress takes Backspace, the arrows and Enter), so that the
	// field leaves them alone.
	Type(in *Input, t TextTarget) (composing bool)
	// Stop ends typing into t (it lost the keyboard), keeping what was
	// composed.
	Stop(t TextTarget)
}

// TextMethoder is an InputSource with a text method of its own: the
// platform's, for the real keyboard.
type TextMethoder interface {
	TextMethod() TextMethod
}

// typedChars is the text method of a source without one of its own: the
// characters of each tick, as the source reports them (a script's typed
// text).
type typedChars struct{}

// Type implements TextMethod.
func (typedChars) Type(in *Input, t TextTarget) bool {
	if cs := in.Chars(); len(cs) > 0 {
		t.Insert(string(cs))
	}
	return false
}

// Stop implements TextMethod.
func (typedChars) Stop(TextTarget) {}

// TextMethod returns how typed text reaches a focused field.
func (in *Input) TextMethod() TextMethod {
	if in.text == nil {
		return typedChars{}
	}
	return in.text
}

// SetTextMethod sets how typed text reaches a focused field: the source's
// own method, when it has one.
func (in *Input) SetTextMethod(m TextMethod) { in.text = m }
