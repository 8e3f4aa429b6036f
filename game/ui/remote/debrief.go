package remote

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/prose"
	"backchannel/game/ui/screen"
	"backchannel/game/ui/widget"
)

// debrief shows a hosted seat's own report once the game is over: its
// score, what its government knew turn by turn and what its team did.
// The full debrief of solo play reads the whole game, which a seat never
// receives (it holds the other seats' secrets); the report holds only what
// the seat saw. Done goes back to the board.
type debrief struct {
	form *widget.Form
	page *widget.Panel
	body *widget.Doc
	done *widget.Button
	size image.Point
	scl  float64
}

// The report page's margin round the window and its Done button's
// narrowest width, at scale 1.
const (
	pageMargin = 56
	doneW      = 180
)

func newDebrief(report string) *debrief {
	d := &debrief{}
	d.page = widget.NewPanel(widget.PanelConfig{Title: "Your report", Paper: true})
	d.body = widget.NewDoc(widget.DocPage, true, "Scroll with the wheel, or ↑ ↓ when focused.")
	d.body.Set(prose.FromMarkdown(report))
	d.done = widget.NewButton(widget.ButtonConfig{Text: "Back to the board", Style: widget.ButtonPrimary,
		Tooltip: "Look at the board as the game ended. (Esc)", OnClick: func(ctx *ui.Context) { ctx.Pop() }})
	d.form = widget.NewForm(d.page, d.body, d.done)
	return d
}

// Enter implements ui.Enterer.
func (d *debrief) Enter(ctx *ui.Context) {
	d.layout(ctx)
	d.form.Focus(d.body)
}

func (d *debrief) layout(ctx *ui.Context) {
	th := ctx.Theme
	if d.size == ctx.Size && d.scl == th.Scale {
		return
	}
	d.size, d.scl = ctx.Size, th.Scale
	W, H := ctx.Size.X, ctx.Size.Y
	m := th.Pxi(pageMargin)
	top := m + int(th.LineHeight(ui.TextTitle)) + th.Pxi(ui.SpaceBlock) + int(th.LineHeight(ui.TextSmall)) + th.Pxi(ui.SpaceLoose)
	btnH := th.Pxi(ui.MetricControlH)
	by := H - m/2 - btnH
	d.page.SetBounds(image.Rect(m, top, W-m, by-th.Pxi(2*ui.SpaceLine)))
	c := d.page.Content(th)
	pad := th.Pxi(ui.MetricPad)
	d.body.SetBounds(image.Rect(c.Min.X-pad, c.Min.Y-pad, c.Max.X+pad, c.Max.Y+pad))
	bw := max(d.done.PreferredSize(th).X, th.Pxi(doneW))
	d.done.SetBounds(image.Rect(W-m-bw, by, W-m, by+btnH))
}

// Update implements ui.Scene.
func (d *debrief) Update(ctx *ui.Context) error {
	d.layout(ctx)
	d.form.Update(ctx)
	if ctx.Input.Consume(ui.ActionBack) {
		ctx.Pop()
	}
	return nil
}

// Draw implements ui.Scene.
func (d *debrief) Draw(dst *ebiten.Image, th *ui.Theme) {
	screen.DrawBackdrop(dst, th)
	m := th.Pxi(pageMargin)
	screen.DrawHeader(dst, th, "Debrief", "The game is over: what your government knew and did", m, m)
	d.form.Draw(dst, th)
}
