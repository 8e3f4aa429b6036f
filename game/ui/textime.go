package ui

import (
	"github.com/hajimehoshi/ebiten/v2/exp/textinput"
)

// imeText is the real keyboard's text method: ebiten's textinput.Composer,
// which speaks to the platform's input method (XIM on X11, the IME on
// Windows and macOS, a hidden text area in the browser), so that composed
// scripts (Chinese, Japanese, accents by dead keys) reach the field. One
// Composer serves whichever field has the keyboard; a field that loses it
// has its composition committed.
type imeText struct {
	c      textinput.Composer
	target TextTarget
}

func newIMEText() *imeText {
	m := &imeText{}
	m.c.OnNewSession = func() *textinput.SessionOptions {
		if m.target == nil {
			return nil
		}
		before, after, box := m.target.Surrounding()
		return &textinput.SessionOptions{CaretBounds: box, TextBeforeCaret: before, TextAfterCaret: after}
	}
	m.c.OnCommit = func(c *textinput.Commit) {
		if m.target != nil && c.Text() != "" {
			m.target.Insert(c.Text())
		}
	}
	m.c.OnComposition = func(c *textinput.Composition) {
		if m.target != nil {
			m.target.Compose(c.Text())
		}
	}
	return m
}

// Type implements TextMethod.
func (m *imeText) Type(in *Input, t TextTarget) bool {
	if m.target != t {
		m.c.Confirm() // what another field was composing stays there
		m.target = t
	}
	handled, err := m.c.Update()
	// The session ebiten put off can start in this tick, before the
	// student's first key arrives; but not while a key or a button is
	// down: the canvas losing the focus makes ebiten let go of every held
	// key and button at once, before the student does (Enter pressed as
	// the save screen opened was reported released while still down, and
	// its real release was lost). ebiten's own handler starts the session
	// when that key comes up.
	if err == nil && !in.Held() && wakeDeferredText() {
		handled, err = m.c.Update()
	}
	if err != nil {
		// The platform's input method failed: end the session; the next
		// tick starts another.
		m.c.Cancel()
		return false
	}
	return handled
}

// Stop implements TextMethod.
func (m *imeText) Stop(t TextTarget) {
	if m.target == t {
		m.c.Confirm()
		m.target = nil
	}
}
