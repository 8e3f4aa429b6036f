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

// TextInput is a one-line text field. The caret does not blink, so an
// idle screen stays idle.
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

// Update implements Widget.
func (t *TextInput) Update(ctx *ui.Context, st State) {
	in := ctx.Input
	t.click.update(in, t.Rect)
	if !st.Focused || t.Disabled {
		return
	}
	changed := false
	for _, r := range in.Chars() {
		if unicode.IsControl(r) || (t.MaxLen > 0 && len(t.text) >= t.MaxLen) {
			continue
		}
		t.text = append(t.text[:t.caret], append([]rune{r}, t.text[t.caret:]...)...)
		t.caret++
		changed = true
	}
	if in.KeyTriggered(ebiten.KeySpace) {
		in.Consume(ui.ActionActivate) // a typed space, not a button press
	}
	switch {
	case in.KeyTriggered(ebiten.KeyBackspace) && t.caret > 0:
		t.text = append(t.text[:t.caret-1], t.text[t.caret:]...)
		t.caret--
		changed = true
	case in.KeyTriggered(ebiten.KeyDelete) && t.caret < len(t.text):
		t.text = append(t.text[:t.caret], t.text[t.caret+1:]...)
		changed = true
	case t.caret > 0 && in.Consume(ui.ActionLeft):
		t.caret--
	case t.caret < len(t.text) && in.Consume(ui.ActionRight):
		t.caret++
	case in.Consume(ui.ActionHome):
		t.caret = 0
	case in.Consume(ui.ActionEnd):
		t.caret = len(t.text)
	case t.OnSubmit != nil && in.KeyTriggered(ebiten.KeyEnter) && in.Consume(ui.ActionActivate):
		t.OnSubmit(ctx, t.Text())
	}
	if changed {
		ctx.Invalidate()
		if t.OnChange != nil {
			t.OnChange(ctx, t.Text())
		}
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
	// Scroll so the caret stays in view.
	caretX := text.Advance(string(t.text[:t.caret]), face)
	if caretX-t.offset > float64(box.Dx()-2) {
		t.offset = caretX - float64(box.Dx()-2)
	}
	if caretX < t.offset {
		t.offset = caretX
	}
	clip := dst.SubImage(box).(*ebiten.Image)
	m := face.Metrics()
	y := float64(box.Min.Y) + (float64(box.Dy())-m.HAscent-m.HDescent)/2
	ui.DrawText(clip, string(t.text), face, float64(box.Min.X)-t.offset, y, p.Text, ui.AlignStart)
	if st.Focused {
		x := box.Min.X + int(caretX-t.offset)
		ui.VLine(dst, x, int(y), int(y+m.HAscent+m.HDescent), th.Px(ui.MetricStroke), p.AccentBright)
	}
}
