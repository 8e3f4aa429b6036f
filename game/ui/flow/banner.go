package flow

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/widget"
)

// The banner's measures at scale 1: its widest, its height, the window
// left beside and under it, its button's height, where its text starts,
// its shadow and its edge.
const (
	bannerW       = 1100
	bannerH       = 50
	bannerRoom    = 80
	bannerButtonH = 36
	bannerTextX   = 18
	bannerShadow  = 10
	bannerStroke  = 1.5
)

// banner is a strip across the top of the board with a message and a few
// buttons: the scenario file changed, or the autosave failed. The game
// goes on under it; the pause menu offers the same choices by keyboard.
type banner struct {
	text    string
	danger  bool
	form    *widget.Form
	buttons []*widget.Button
	rect    image.Rectangle
	lay     ui.LayoutKey
}

func newBanner(text string, danger bool, buttons ...widget.ButtonConfig) *banner {
	b := &banner{text: text, danger: danger, form: widget.NewForm()}
	for _, c := range buttons {
		bt := widget.NewButton(c)
		b.buttons = append(b.buttons, bt)
		b.form.Add(bt)
	}
	return b
}

func (b *banner) layout(ctx *ui.Context) {
	if !b.lay.Changed(ctx) {
		return
	}
	th := ctx.Theme
	// A strip low on the screen, just above the board's bar of orders, so
	// that the header with the menu stays in view.
	w := min(ctx.Size.X-th.Pxi(bannerRoom), th.Pxi(bannerW))
	h := th.Pxi(bannerH)
	x := (ctx.Size.X - w) / 2
	y := ctx.Size.Y - th.Pxi(bannerRoom) - h
	b.rect = image.Rect(x, y, x+w, y+h)
	right := b.rect.Max.X - th.Pxi(ui.SpaceLine)
	bh := th.Pxi(bannerButtonH)
	for i := len(b.buttons) - 1; i >= 0; i-- {
		bt := b.buttons[i]
		bw := bt.PreferredSize(th).X
		bt.SetBounds(image.Rect(right-bw, b.rect.Min.Y+(h-bh)/2, right, b.rect.Min.Y+(h+bh)/2))
		right -= bw + th.Pxi(ui.SpaceLine)
	}
}

// textBox is where the message goes: left of the buttons.
func (b *banner) textBox(th *ui.Theme) image.Rectangle {
	right := b.rect.Max.X
	if len(b.buttons) > 0 {
		right = b.buttons[0].Bounds().Min.X
	}
	return image.Rect(b.rect.Min.X+th.Pxi(bannerTextX), b.rect.Min.Y+th.Pxi(ui.SpaceSmall), right-th.Pxi(ui.SpaceBlock), b.rect.Max.Y-th.Pxi(ui.SpaceSmall))
}

// Update runs the buttons; it goes before the board, so that a click on
// the banner does not reach the board beneath.
func (b *banner) Update(ctx *ui.Context) {
	b.layout(ctx)
	b.form.Update(ctx)
	if ctx.Input.Cursor().In(b.rect) {
		ctx.Input.UseMouse()
	}
}

func (b *banner) Draw(dst *ebiten.Image, th *ui.Theme) {
	p := th.Palette
	edge := p.Warning
	if b.danger {
		edge = p.Danger
	}
	rad := th.Px(ui.MetricRadius)
	ui.DrawShadow(dst, b.rect, rad, th.Px(bannerShadow), p.Shadow)
	ui.FillRoundRect(dst, b.rect, rad, p.SurfaceRaised)
	ui.StrokeRoundRect(dst, b.rect, rad, th.Px(bannerStroke), edge)
	ui.FillRect(dst, image.Rect(b.rect.Min.X, b.rect.Min.Y+th.Pxi(ui.SpaceLine), b.rect.Min.X+th.Pxi(ui.SpaceSnug), b.rect.Max.Y-th.Pxi(ui.SpaceLine)), edge)
	ui.DrawTextBox(dst, b.text, b.textBox(th), ui.TextOptions{Face: th.Face(ui.TextSmall), Color: p.Text,
		Wrap: true, VAlign: ui.AlignCenter})
	b.form.Draw(dst, th)
}
