package widget

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// Draw implements Widget.
func (t *TextInput) Draw(dst *ebiten.Image, th *ui.Theme, st State) {
	p := th.Palette
	edge := p.BorderStrong
	if st.Focused || st.Hovered {
		edge = p.Accent
	}
	ui.FillRoundRect(dst, t.Rect, th.Px(ui.MetricRadius), p.Background)
	ui.StrokeRoundRect(dst, t.Rect, th.Px(ui.MetricRadius), th.Px(ui.MetricBorder), edge)
	v := t.view(th)
	if len(t.edit.text) == 0 {
		opts := ui.TextOptions{Face: th.Face(ui.TextBodyItalic), Color: p.TextDisabled, VAlign: ui.AlignCenter}
		if t.edit.multiline {
			opts.VAlign = ui.AlignStart
		}
		ui.DrawTextBox(dst, t.Placeholder, v.box, opts)
	}
	clip := dst.SubImage(v.box).(*ebiten.Image)
	t.drawSelection(clip, th, v)
	caretLine := v.lineOf(t.edit.caret)
	for l := t.top; l < min(len(v.lines), t.top+v.shown); l++ {
		if l == caretLine && t.composing != "" {
			t.drawComposing(clip, th, v, l)
			continue
		}
		s := v.lines[l]
		ui.DrawText(clip, string(t.edit.text[s.Start:s.End]), v.face, v.x(t, l, s.Start), v.lineTop(t, l), p.Text, ui.AlignStart)
	}
	x := int(v.x(t, caretLine, t.edit.caret) + ui.MeasureFunc(v.face)(t.composing))
	y := int(v.lineTop(t, caretLine))
	t.caretBox = image.Rect(x, y, x+th.Pxi(ui.MetricStroke), y+int(v.textH))
	if st.Focused {
		ui.VLine(dst, x, y, y+int(v.textH), th.Px(ui.MetricStroke), p.AccentBright)
	}
}

// drawComposing draws line l with what the input method composes at the
// caret, underlined, until it is committed; the rest of the line makes
// room for it.
func (t *TextInput) drawComposing(dst *ebiten.Image, th *ui.Theme, v fieldView, l int) {
	p, s, c := th.Palette, v.lines[l], t.edit.caret
	y := v.lineTop(t, l)
	x0, cx := v.x(t, l, s.Start), v.x(t, l, c)
	end := cx + ui.MeasureFunc(v.face)(t.composing)
	ui.DrawText(dst, string(t.edit.text[s.Start:c]), v.face, x0, y, p.Text, ui.AlignStart)
	ui.DrawText(dst, t.composing, v.face, cx, y, p.AccentBright, ui.AlignStart)
	ui.DrawText(dst, string(t.edit.text[c:s.End]), v.face, end, y, p.Text, ui.AlignStart)
	ui.HLine(dst, int(cx), int(end), int(y+v.textH), th.Px(ui.MetricBorder), p.AccentBright)
}

// drawSelection tints the selected text's lines.
func (t *TextInput) drawSelection(dst *ebiten.Image, th *ui.Theme, v fieldView) {
	a, b := t.edit.selection()
	if a == b {
		return
	}
	for l := t.top; l < min(len(v.lines), t.top+v.shown); l++ {
		s := v.lines[l]
		from, to := max(a, s.Start), min(b, s.End)
		if from > to || (from == to && b <= s.End) {
			continue
		}
		x0, x1 := v.x(t, l, from), v.x(t, l, to)
		if b > s.End {
			x1 += th.Px(ui.SpaceSnug) // the line's end is selected too
		}
		y := v.lineTop(t, l)
		ui.FillRect(dst, image.Rect(int(x0), int(y), int(x1), int(y+v.textH)), ui.Fade(th.Palette.Accent, 0.45))
	}
}
