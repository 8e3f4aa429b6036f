package widget

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// TextInputConfig describes a text field.
type TextInputConfig struct {
	Text        string
	Placeholder string
	MaxLen      int // in characters; 0 for no limit
	// Lines above 1 makes a note of that many lines in view: its text
	// wraps and scrolls, Enter starts a new line and Ctrl+Enter submits.
	Lines    int
	OnChange func(ctx *ui.Context, s string)
	OnSubmit func(ctx *ui.Context, s string) // Enter; when nil, Enter confirms the screen
	Tooltip  string
}

// TextInput is a text field: one line, or a note of several. Its text
// comes through the input's ui.TextMethod (the platform's input method, so
// an IME's composition shows at the caret until it is committed; a
// script's typed characters in tests); it reads keys itself only to edit,
// move and select, and copies and pastes through the input's ui.Clipboard.
// The caret does not blink, so an idle screen stays idle.
type TextInput struct {
	Base
	Placeholder string
	OnChange    func(ctx *ui.Context, s string)
	OnSubmit    func(ctx *ui.Context, s string)
	edit        textEdit
	lines       int
	scrollX     float64 // one line: how far the text is scrolled left
	top         int     // a note: the first line in view
	mouse       textMouse
	// typing is the text method the field had the keyboard from last
	// tick, told when it loses it; composing is the input method's text
	// not yet committed, drawn at the caret; changed notes an edit.
	typing    ui.TextMethod
	composing string
	changed   bool
	caretBox  image.Rectangle // on screen, where the field last drew it
}

// NewTextInput returns a text field made from cfg, with the caret at the end.
func NewTextInput(cfg TextInputConfig) *TextInput {
	t := &TextInput{Base: Base{Tip: cfg.Tooltip}, Placeholder: cfg.Placeholder,
		OnChange: cfg.OnChange, OnSubmit: cfg.OnSubmit, lines: max(1, cfg.Lines)}
	t.edit.maxLen, t.edit.multiline = cfg.MaxLen, t.lines > 1
	t.edit.set(cfg.Text)
	return t
}

// Text returns the field's text.
func (t *TextInput) Text() string { return string(t.edit.text) }

// Typing reports whether the field has the keyboard: it has updated with
// the focus, so its input method is listening for the student's keys.
func (t *TextInput) Typing() bool { return t.typing != nil }

// SetText replaces the text, with the caret at its end; OnChange is not
// called.
func (t *TextInput) SetText(s string) {
	t.edit.set(s)
	t.scrollX, t.top = 0, 0
}

// Caret returns the caret position, in characters.
func (t *TextInput) Caret() int { return t.edit.caret }

// Selected returns the selected text, "" when none is.
func (t *TextInput) Selected() string { return t.edit.selected() }

// Focusable implements Widget.
func (t *TextInput) Focusable() bool { return !t.Disabled }

// Surrounding implements ui.TextTarget.
func (t *TextInput) Surrounding() (before, after string, box image.Rectangle) {
	e := &t.edit
	return string(e.text[:e.caret]), string(e.text[e.caret:]), t.caretBox
}

// Insert implements ui.TextTarget: text typed or committed takes the
// selection's place, but for control characters and what MaxLen leaves no
// room for.
func (t *TextInput) Insert(s string) {
	if t.edit.insert(s) {
		t.changed = true
	}
}

// Compose implements ui.TextTarget.
func (t *TextInput) Compose(s string) { t.composing = s }

// Update implements Widget.
func (t *TextInput) Update(ctx *ui.Context, st State) {
	in := ctx.Input
	if t.Disabled {
		st.Focused = false
	}
	t.mouse.update(ctx, t, st.Focused)
	if !st.Focused {
		if t.typing != nil {
			t.typing.Stop(t) // a composition left behind is committed
			t.typing = nil
		}
		t.fire(ctx)
		return
	}
	t.typing = in.TextMethod()
	wasComposing := t.composing != ""
	if t.typing.Type(in, t) && (wasComposing || t.composing != "") {
		t.fire(ctx) // the input method had the keys of its composition
		return
	}
	// A commit of a typed character (or of a control character an input
	// method may make of Ctrl+V, which Insert drops) leaves the keys of this
	// tick to the field: a shortcut pressed on that tick still counts (the
	// real-key test lost one Ctrl+V in three without this).
	if in.KeyTriggered(ebiten.KeySpace) {
		in.Consume(ui.ActionActivate) // a typed space, not a button press
	}
	if !t.clipboardKeys(in) && !t.editKeys(ctx) {
		t.moveKeys(ctx)
	}
	t.fire(ctx)
}

// clipboardKeys handles Ctrl+A, Ctrl+C, Ctrl+X and Ctrl+V, once for each
// press (a held Ctrl+V pastes once).
func (t *TextInput) clipboardKeys(in *ui.Input) bool {
	if in.Mods()&ui.ModCtrl == 0 {
		return false
	}
	e := &t.edit
	switch {
	case in.KeyPressed(ebiten.KeyA):
		e.selectAll()
	case in.KeyPressed(ebiten.KeyC) && e.selected() != "":
		in.Clipboard().WriteText(e.selected())
	case in.KeyPressed(ebiten.KeyX) && e.selected() != "":
		in.Clipboard().WriteText(e.selected())
		t.changed = e.deleteSelection() || t.changed
	case in.KeyPressed(ebiten.KeyV):
		if s := in.Clipboard().ReadText(); s != "" {
			t.Insert(s)
		}
	default:
		return false
	}
	return true
}

// editKeys handles Backspace, Delete and Enter.
func (t *TextInput) editKeys(ctx *ui.Context) bool {
	in, e := ctx.Input, &t.edit
	enter := in.KeyTriggered(ebiten.KeyEnter) || in.KeyTriggered(ebiten.KeyNumpadEnter)
	switch {
	case in.KeyTriggered(ebiten.KeyBackspace):
		t.changed = e.erase(-1) || t.changed
	case in.KeyTriggered(ebiten.KeyDelete):
		t.changed = e.erase(1) || t.changed
	case enter && e.multiline && in.Mods()&ui.ModCtrl != 0:
		// Ctrl+Enter sends the note, where it would otherwise end the turn.
		in.Consume(ui.ActionEndTurn)
		t.submit(ctx)
	case enter && e.multiline && in.Mods() == 0:
		// Enter starts a new line; it neither presses nor confirms.
		in.Consume(ui.ActionActivate)
		in.Consume(ui.ActionConfirm)
		t.Insert("\n")
	case enter && t.OnSubmit != nil && in.Consume(ui.ActionActivate):
		t.fire(ctx)
		t.OnSubmit(ctx, t.Text())
	default:
		return false
	}
	return true
}

// submit hands the text to OnSubmit, or else confirms the screen.
func (t *TextInput) submit(ctx *ui.Context) {
	t.fire(ctx)
	if t.OnSubmit != nil {
		t.OnSubmit(ctx, t.Text())
		return
	}
	ctx.Input.Trigger(ui.ActionConfirm)
}

// moveKeys moves the caret, Shift extending the selection: the arrows,
// Home and End (of the line, in a note; Ctrl+Home and Ctrl+End go to the
// ends of the text, and a Ctrl let go a moment before End still counts).
func (t *TextInput) moveKeys(ctx *ui.Context) {
	in, e := ctx.Input, &t.edit
	shift := in.Mods()&ui.ModShift != 0
	v := t.view(ctx.Theme)
	line := v.lines[v.lineOf(e.caret)]
	a, b := e.selection()
	switch {
	case a != b && !shift && in.Consume(ui.ActionLeft):
		e.moveTo(a, false) // a selection collapses to its start
	case a != b && !shift && in.Consume(ui.ActionRight):
		e.moveTo(b, false)
	case e.caret > 0 && in.Consume(ui.ActionLeft):
		e.moveTo(e.caret-1, shift)
	case e.caret < len(e.text) && in.Consume(ui.ActionRight):
		e.moveTo(e.caret+1, shift)
	case in.Mods()&ui.ModCtrl != 0 && in.KeyTriggered(ebiten.KeyHome):
		e.moveTo(0, shift) // Ctrl+Home: the start of the whole text
	case in.Mods()&ui.ModCtrl != 0 && in.KeyTriggered(ebiten.KeyEnd):
		e.moveTo(len(e.text), shift)
	case in.Consume(ui.ActionHome):
		e.moveTo(line.Start, shift)
	case in.Consume(ui.ActionEnd):
		e.moveTo(v.lineEnd(v.lineOf(e.caret)), shift)
	case e.multiline && v.lineOf(e.caret) > 0 && in.Consume(ui.ActionUp):
		e.moveTo(v.verticalStep(t, -1), shift)
	case e.multiline && v.lineOf(e.caret) < len(v.lines)-1 && in.Consume(ui.ActionDown):
		e.moveTo(v.verticalStep(t, 1), shift)
	default:
		return
	}
	ctx.Invalidate()
}

// fire tells OnChange of what was typed or deleted since it last did.
func (t *TextInput) fire(ctx *ui.Context) {
	if !t.changed {
		return
	}
	t.changed = false
	ctx.Invalidate()
	if t.OnChange != nil {
		t.OnChange(ctx, t.Text())
	}
}
