package widget

import (
	"image"
	"unicode"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"backchannel/game/ui"
)

// TextInputConfig describes a one-line text field.
type TextInputConfig struct {
	Text        string
	Placeholder string
	MaxLen      int // in characters; 0 for no limit
	OnChange    func(ctx *ui.Context, s string)
	OnSubmit    func(ctx *ui.Context, s string) // Enter; when nil, Enter confirms the screen
	Tooltip     string
}

// TextInput is a one-line text field. Its text comes through the input's
// ui.TextMethod (the platform's input method, so an IME's composition shows
// at the caret until it is committed; a script's typed characters in
// tests); it reads keys itself only to edit and move. The caret does not
// blink, so an idle screen stays idle.
type TextInput struct {
	Base
	Placeholder string
	MaxLen      int
	OnChange    func(ctx *ui.Context, s string)
	OnSubmit    func(ctx *ui.Context, s string)
	text        []rune
	caret       int // in runes
	offset      float64
	click       clicker
	// typing is the text method the field had the keyboard from last
	// tick, told when it loses it; composing is the input method's text
	// not yet committed, drawn at the caret; changed notes an Insert.
	typing    ui.TextMethod
	composing string
	changed   bool
	caretBox  image.Rectangle // on screen, where the field last drew it
}

// NewTextInput returns a text field made from cfg, with the caret at the end.
func NewTextInput(cfg TextInputConfig) *TextInput {
	t := &TextInput{Base: Base{Tip: cfg.Tooltip}, Placeholder: cfg.Placeholder, MaxLen: cfg.MaxLen,
		OnChange: cfg.OnChange, OnSubmit: cfg.OnSubmit, text: []rune(cfg.Text)}
	t.caret = len(t.text)
	return t
}

// Text returns the field's text.
func (t *TextInput) Text() string { return string(t.text) }

// SetText replaces the text, with the caret at its end; OnChange is not
// called.
func (t *TextInput) SetText(s string) {
	t.text = []rune(s)
	t.caret = len(t.text)
	t.offset = 0
}

// Caret returns the caret position, in characters.
func (t *TextInput) Caret() int { return t.caret }

// Focusable implements Widget.
func (t *TextInput) Focusable() bool { return !t.Disabled }

// Surrounding implements ui.TextTarget.
func (t *TextInput) Surrounding() (before, after string, box image.Rectangle) {
	return string(t.text[:t.caret]), string(t.text[t.caret:]), t.caretBox
}

// Insert implements ui.TextTarget: text typed or committed goes in at the
// caret, but for control characters and what MaxLen leaves no room for.
func (t *TextInput) Insert(s string) {
	for _, r := range s {
		if unicode.IsControl(r) || (t.MaxLen > 0 && len(t.text) >= t.MaxLen) {
			continue
		}
		t.text = append(t.text[:t.caret], append([]rune{r}, t.text[t.caret:]...)...)
		t.caret++
		t.changed = true
	}
}

// Compose implements ui.TextTarget.
func (t *TextInput) Compose(s string) { t.composing = s }

// Update implements Widget.
func (t *TextInput) Update(ctx *ui.Context, st State) {
	in := ctx.Input
	t.click.update(in, t.Rect)
	if !st.Focused || t.Disabled {
		if t.typing != nil {
			t.typing.Stop(t) // a composition left behind is committed
			t.typing = nil
		}
		t.fire(ctx)
		return
	}
	t.typing = in.TextMethod()
	if t.typing.Type(in, t) {
		t.fire(ctx) // the input method had the keys this tick
		return
	}
	if in.KeyTriggered(ebiten.KeySpace) {
		in.Consume(ui.ActionActivate) // a typed space, not a button press
	}
	switch {
	case in.KeyTriggered(ebiten.KeyBackspace) && t.caret > 0:
		t.text = append(t.text[:t.caret-1], t.text[t.caret:]...)
		t.caret--
		t.changed = true
	case in.KeyTriggered(ebiten.KeyDelete) && t.caret < len(t.text):
		t.text = append(t.text[:t.caret], t.text[t.caret+1:]...)
		t.changed = true
	case t.caret > 0 && in.Consume(ui.ActionLeft):
		t.caret--
	case t.caret < len(t.text) && in.Consume(ui.ActionRight):
		t.caret++
	case in.Consume(ui.ActionHome):
		t.caret = 0
	case in.Consume(ui.ActionEnd):
		t.caret = len(t.text)
	case t.OnSubmit != nil && in.KeyTriggered(ebiten.KeyEnter) && in.Consume(ui.ActionActivate):
		t.fire(ctx)
		t.OnSubmit(ctx, t.Text())
	}
	t.fire(ctx)
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

// Draw implements Widget.
func (t *TextInput) Draw(dst *ebiten.Image, th *ui.Theme, st State) {
	p := th.Palette
	edge := p.BorderStrong
	if st.Focused || st.Hovered {
		edge = p.Accent
	}
	ui.FillRoundRect(dst, t.Rect, th.Px(ui.MetricRadius), p.Background)
	ui.StrokeRoundRect(dst, t.Rect, th.Px(ui.MetricRadius), th.Px(ui.MetricBorder), edge)
	pad := th.Pxi(ui.MetricPad * 0.8)
	box := image.Rect(t.Rect.Min.X+pad, t.Rect.Min.Y, t.Rect.Max.X-pad, t.Rect.Max.Y)
	face := th.Face(ui.TextBody)
	if len(t.text) == 0 {
		ui.DrawTextBox(dst, t.Placeholder, box, ui.TextOptions{Face: th.Face(ui.TextBodyItalic), Color: p.TextDisabled, VAlign: ui.AlignCenter})
	}
	// Scroll so the caret, and what is being composed after it, stay in
	// view.
	caretX := text.Advance(string(t.text[:t.caret]), face)
	endX := caretX + text.Advance(t.composing, face)
	if endX-t.offset > float64(box.Dx()-2) {
		t.offset = endX - float64(box.Dx()-2)
	}
	if caretX < t.offset {
		t.offset = caretX
	}
	clip := dst.SubImage(box).(*ebiten.Image)
	m := face.Metrics()
	y := float64(box.Min.Y) + (float64(box.Dy())-m.HAscent-m.HDescent)/2
	x0 := float64(box.Min.X) - t.offset
	lineH := int(m.HAscent + m.HDescent)
	if t.composing == "" {
		ui.DrawText(clip, string(t.text), face, x0, y, p.Text, ui.AlignStart)
	} else {
		// What the input method composes sits at the caret, underlined,
		// until it is committed; the rest of the text makes room for it.
		ui.DrawText(clip, string(t.text[:t.caret]), face, x0, y, p.Text, ui.AlignStart)
		ui.DrawText(clip, t.composing, face, x0+caretX, y, p.AccentBright, ui.AlignStart)
		ui.DrawText(clip, string(t.text[t.caret:]), face, x0+endX, y, p.Text, ui.AlignStart)
		ui.HLine(clip, int(x0+caretX), int(x0+endX), int(y)+lineH, th.Px(ui.MetricBorder), p.AccentBright)
	}
	x := box.Min.X + int(endX-t.offset)
	t.caretBox = image.Rect(x, int(y), x+th.Pxi(ui.MetricStroke), int(y)+lineH)
	if st.Focused {
		ui.VLine(dst, x, int(y), int(y)+lineH, th.Px(ui.MetricStroke), p.AccentBright)
	}
}
