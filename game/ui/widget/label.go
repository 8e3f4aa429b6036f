package widget

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// Tone is the colour role of text.
type Tone int

// Tones.
const (
	ToneNormal Tone = iota
	ToneMuted
	ToneAccent
	ToneInk // on Paper
	ToneDanger
)

// Color returns the palette colour of a tone.
func (t Tone) Color(p ui.Palette) color.RGBA {
	switch t {
	case ToneMuted:
		return p.TextMuted
	case ToneAccent:
		return p.Accent
	case ToneInk:
		return p.Ink
	case ToneDanger:
		return p.Danger
	}
	return p.Text
}

// LabelConfig describes a label.
type LabelConfig struct {
	Text    string
	Role    ui.TextRole
	Tone    Tone
	Align   ui.Align
	VAlign  ui.Align
	Wrap    bool
	Tooltip string
}

// Label shows text fitted to its bounds: wrapped or ellipsised, never
// spilling out.
type Label struct {
	Base
	Text   string
	Role   ui.TextRole
	Tone   Tone
	Align  ui.Align
	VAlign ui.Align
	Wrap   bool
}

// NewLabel returns a label made from cfg.
func NewLabel(cfg LabelConfig) *Label {
	return &Label{Base: Base{Tip: cfg.Tooltip}, Text: cfg.Text, Role: cfg.Role, Tone: cfg.Tone,
		Align: cfg.Align, VAlign: cfg.VAlign, Wrap: cfg.Wrap}
}

// Focusable implements Widget: labels are read, not used.
func (l *Label) Focusable() bool { return false }

// Update implements Widget.
func (l *Label) Update(*ui.Context, State) {}

// Draw implements Widget.
func (l *Label) Draw(dst *ebiten.Image, th *ui.Theme, _ State) {
	ui.DrawTextBox(dst, l.Text, l.Rect, ui.TextOptions{
		Face: th.Face(l.Role), Color: l.Tone.Color(th.Palette),
		HAlign: l.Align, VAlign: l.VAlign, Wrap: l.Wrap,
	})
}

// Height returns the height the label needs at width w.
func (l *Label) Height(th *ui.Theme, w int) int {
	lt := ui.LayoutText(l.Text, image.Rect(0, 0, w, 1<<20), ui.TextOptions{Face: th.Face(l.Role), Wrap: l.Wrap})
	return int(lt.Height + 0.999)
}
