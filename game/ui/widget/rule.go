package widget

import (
	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// Rule is a thin horizontal line across its bounds' top, to separate
// sections.
type Rule struct {
	Base
	Tone Tone
}

// NewRule returns a rule in tone.
func NewRule(tone Tone) *Rule { return &Rule{Tone: tone} }

// Focusable implements Widget.
func (r *Rule) Focusable() bool { return false }

// Update implements Widget.
func (r *Rule) Update(*ui.Context, State) {}

// Draw implements Widget.
func (r *Rule) Draw(dst *ebiten.Image, th *ui.Theme, _ State) {
	ui.HLine(dst, r.Rect.Min.X, r.Rect.Max.X, r.Rect.Min.Y, th.Px(ui.MetricBorder), ui.Fade(r.Tone.Color(th.Palette), 0.5))
}
