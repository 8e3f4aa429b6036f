package widget

import "unicode"

// textEdit is a field's text with its caret and selection, and the edits
// keys make on them. It draws nothing and reads no input, so that the
// editing rules are plain to test. The selection runs between anchor and
// caret; none when they are equal.
type textEdit struct {
	text          []rune
	caret, anchor int // in runes
	maxLen        int // 0 for no limit
	multiline     bool
}

// selection returns the selected runes' bounds, a <= b.
func (e *textEdit) selection() (a, b int) {
	return min(e.caret, e.anchor), max(e.caret, e.anchor)
}

// selected returns the selected text.
func (e *textEdit) selected() string {
	a, b := e.selection()
	return string(e.text[a:b])
}

// set replaces the text, with the caret at its end and nothing selected.
func (e *textEdit) set(s string) {
	e.text = []rune(s)
	e.caret, e.anchor = len(e.text), len(e.text)
}

// moveTo puts the caret at i; extend keeps the anchor, selecting what lies
// between them (Shift held), else the selection is dropped.
func (e *textEdit) moveTo(i int, extend bool) {
	e.caret = max(0, min(i, len(e.text)))
	if !extend {
		e.anchor = e.caret
	}
}

// selectAll selects the whole text.
func (e *textEdit) selectAll() { e.anchor, e.caret = 0, len(e.text) }

// selectWord selects the word at i (a double click): the run of letters and
// digits around it, or the run of other characters when i is on one.
func (e *textEdit) selectWord(i int) {
	i = max(0, min(i, len(e.text)))
	if i == len(e.text) && i > 0 {
		i--
	}
	if len(e.text) == 0 {
		return
	}
	kind := wordRune(e.text[i])
	a, b := i, i
	for a > 0 && wordRune(e.text[a-1]) == kind && e.text[a-1] != '\n' {
		a--
	}
	for b < len(e.text) && wordRune(e.text[b]) == kind && e.text[b] != '\n' {
		b++
	}
	e.anchor, e.caret = a, b
}

// wordRune reports whether r belongs to a word.
func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-' }

// insert puts s in place of the selection, but for characters the field
// does not take (control characters; a newline in a one-line field) and
// what maxLen leaves no room for. It reports whether the text changed.
func (e *textEdit) insert(s string) bool {
	changed := e.deleteSelection()
	for _, r := range s {
		if r == '\r' || (unicode.IsControl(r) && !(r == '\n' && e.multiline)) {
			continue
		}
		if e.maxLen > 0 && len(e.text) >= e.maxLen {
			break
		}
		e.text = append(e.text[:e.caret], append([]rune{r}, e.text[e.caret:]...)...)
		e.caret++
		changed = true
	}
	e.anchor = e.caret
	return changed
}

// deleteSelection removes the selected text; it reports whether there was
// any.
func (e *textEdit) deleteSelection() bool {
	a, b := e.selection()
	if a == b {
		return false
	}
	e.text = append(e.text[:a], e.text[b:]...)
	e.caret, e.anchor = a, a
	return true
}

// erase deletes the selection, or else the character before the caret
// (dir -1, Backspace) or after it (dir +1, Delete). It reports whether the
// text changed.
func (e *textEdit) erase(dir int) bool {
	if e.deleteSelection() {
		return true
	}
	i := e.caret
	if dir < 0 {
		i--
	}
	if i < 0 || i >= len(e.text) {
		return false
	}
	e.text = append(e.text[:i], e.text[i+1:]...)
	e.caret, e.anchor = i, i
	return true
}
