package widget

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"backchannel/game/ui"
)

// tabPadX is the room each side of a tab's label, at scale 1.
const tabPadX = 18

// TabsConfig describes a row of tabs.
type TabsConfig struct {
	Labels   []string
	Selected int
	OnChange func(ctx *ui.Context, i int)
	Tooltip  string
}

// Tabs is a row of tabs; one is selected. Left and Right move between
// them when focused; clicks pick one.
type Tabs struct {
	Base
	Labels   []string
	Selected int
	OnChange func(ctx *ui.Context, i int)
	hoverTab int
}

// NewTabs returns tabs made from cfg.
func NewTabs(cfg TabsConfig) *Tabs {
	return &Tabs{Base: Base{Tip: cfg.Tooltip}, Labels: cfg.Labels, Selected: cfg.Selected, OnChange: cfg.OnChange}
}

// Focusable implements Widget.
func (t *Tabs) Focusable() bool { return len(t.Labels) > 1 }

// TabRects returns each tab's area.
func (t *Tabs) TabRects(th *ui.Theme) []image.Rectangle {
	face := th.Face(ui.TextButton)
	x := t.Rect.Min.X
	out := make([]image.Rectangle, len(t.Labels))
	for i, l := range t.Labels {
		w := int(text.Advance(l, face)) + 2*th.Pxi(tabPadX)
		out[i] = image.Rect(x, t.Rect.Min.Y, x+w, t.Rect.Max.Y)
		x += w + th.Pxi(ui.SpaceSnug)
	}
	return out
}

// PreferredWidth returns the width of all the tabs together.
func (t *Tabs) PreferredWidth(th *ui.Theme) int {
	r := t.TabRects(th)
	if len(r) == 0 {
		return 0
	}
	return r[len(r)-1].Max.X - t.Rect.Min.X
}

// Select makes tab i current.
func (t *Tabs) Select(ctx *ui.Context, i int) {
	if i < 0 || i >= len(t.Labels) || i == t.Selected {
		return
	}
	t.Selected = i
	if t.OnChange != nil {
		t.OnChange(ctx, i)
	}
}

// Update implements Widget.
func (t *Tabs) Update(ctx *ui.Context, st State) {
	in := ctx.Input
	t.hoverTab = -1
	for i, r := range t.TabRects(ctx.Theme) {
		if st.Hovered && in.Cursor().In(r) {
			t.hoverTab = i
		}
	}
	if t.hoverTab >= 0 && in.ButtonPressed(ebiten.MouseButtonLeft) && !in.MouseUsed() {
		in.UseMouse()
		t.Select(ctx, t.hoverTab)
	}
	if !st.Focused {
		return
	}
	switch {
	case t.Selected > 0 && in.Consume(ui.ActionLeft):
		t.Select(ctx, t.Selected-1)
	case t.Selected < len(t.Labels)-1 && in.Consume(ui.ActionRight):
		t.Select(ctx, t.Selected+1)
	}
}

// Draw implements Widget.
func (t *Tabs) Draw(dst *ebiten.Image, th *ui.Theme, st State) {
	p := th.Palette
	for i, r := range t.TabRects(th) {
		clr := p.TextMuted
		if st.Hovered && i == t.hoverTab {
			clr = p.Text
		}
		if i == t.Selected {
			clr = p.AccentBright
			ui.FillRoundRect(dst, r, th.Px(ui.MetricRadius), ui.Fade(p.SurfaceRaised, 0.8))
			ui.FillRect(dst, image.Rect(r.Min.X, r.Max.Y-th.Pxi(ui.SpaceTight), r.Max.X, r.Max.Y), p.Accent)
		}
		ui.DrawTextBox(dst, t.Labels[i], r, ui.TextOptions{Face: th.Face(ui.TextButton), Color: clr, HAlign: ui.AlignCenter, VAlign: ui.AlignCenter})
	}
}
