package widget

import (
	"testing"

	"backchannel/game/ui"
)

func TestLabel(t *testing.T) {
	l := NewLabel(LabelConfig{Text: "Audience costs make public threats credible and retreat expensive.", Wrap: true, Tooltip: "why"})
	r := newRig(t, l)
	if l.Focusable() {
		t.Error("labels take no focus")
	}
	if l.Tooltip() != "why" {
		t.Error("tooltip lost")
	}
	th := r.ctx.Theme
	narrow, wide := l.Height(th, 120), l.Height(th, 2000)
	if narrow <= wide || wide != int(textHeight(th, 1)+0.999) {
		t.Errorf("heights: narrow %d, wide %d", narrow, wide)
	}
	if got := ToneInk.Color(th.Palette); got != th.Palette.Ink {
		t.Errorf("ink tone %v", got)
	}
}

// textHeight is the height of n lines of body text.
func textHeight(th *ui.Theme, n int) float64 {
	m := th.Face(ui.TextBody).Metrics()
	return float64(n-1)*th.LineHeight(ui.TextBody) + m.HAscent + m.HDescent
}
