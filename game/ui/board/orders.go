package board

import (
	"fmt"
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
	"backchannel/game/ui/widget"
)

// ordersBar is the foot of the board: this turn's orders as removable
// chips, the capital they spend, and the buttons that write orders and end
// the turn.
type ordersBar struct {
	b         *Board
	chips     *orderChips
	compose   *button
	statement *button
	end       *button
	rect      image.Rectangle
}

func newOrdersBar(b *Board) *ordersBar {
	ob := &ordersBar{b: b, chips: &orderChips{b: b, hover: -1}}
	ob.chips.Tip = "This turn's orders. Left and Right choose one; Enter or Delete removes it; or click its ×."
	ob.compose = &button{p: b.paint, text: "Write an offer…", onClick: func(ctx *ui.Context) { b.openCompose(ctx, "") }}
	ob.compose.Tip = "Propose a package of terms to one or more governments: by letter, at a summit, or in public."
	ob.statement = &button{p: b.paint, text: "Statement…", onClick: func(ctx *ui.Context) { b.openStatement(ctx, b.issues.Selected) }}
	ob.statement.Tip = "Take a public position on an issue, or move an issue you control. Public words are costly to take back."
	ob.end = &button{p: b.paint, text: "End turn", primary: true, onClick: func(ctx *ui.Context) { b.endTurn(ctx) }}
	ob.end.Tip = "Hand in this turn's orders (Ctrl+Enter). The other capitals then decide, and the turn is resolved."
	return ob
}

func (ob *ordersBar) widgets() []widget.Widget {
	return []widget.Widget{ob.chips, ob.compose, ob.statement, ob.end}
}

// layout places the bar in r.
func (ob *ordersBar) layout(th *ui.Theme, r image.Rectangle) {
	ob.rect = r
	in := r.Inset(th.Pxi(ui.SpaceLine))
	h := in.Dy()
	x := in.Max.X
	ob.end.text = "End turn"
	if n := ob.b.inbox.waiting(); n > 0 {
		// The count sits on the button itself: offers lapse unanswered
		// when nothing on the way to ending the turn says they wait.
		ob.end.text = fmt.Sprintf("End turn · %d to answer", n)
	}
	place := func(btn *button, minW int) {
		w := max(btn.width(th), th.Pxi(float64(minW)))
		btn.SetBounds(image.Rect(x-w, in.Min.Y, x, in.Max.Y))
		x -= w + th.Pxi(ui.SpaceLine)
	}
	place(ob.end, 150)
	place(ob.statement, 110)
	place(ob.compose, 140)
	left := in.Min.X + th.Pxi(ordersChipsX)
	ob.chips.SetBounds(image.Rect(left, in.Min.Y, x-th.Pxi(ui.SpaceSmall), in.Min.Y+h))
}

// draw draws the bar's card and its capital summary.
func (ob *ordersBar) draw(dst *ebiten.Image, th *ui.Theme) {
	pal := th.Palette
	b := ob.b
	drawCard(dst, th, b.paint, ob.rect, "", "")
	if b.snap == nil || b.snap.v == nil {
		return
	}
	v := b.snap.v
	in := ob.rect.Inset(th.Pxi(ui.SpaceLine))
	x := in.Min.X + th.Pxi(ui.SpaceSmall)
	cap := image.Rect(x, in.Min.Y, in.Min.X+th.Pxi(ordersCaptionW), in.Min.Y+in.Dy()/2)
	b.paint.line(dst, "THIS TURN", cap, th.FaceOf(ui.FontSmallcaps, 15), pal.Accent, ui.AlignStart)
	spent := b.orders.cost(v.Rules)
	left := v.Capital - spent
	clr := pal.TextMuted
	if left < 0 {
		clr = pal.Danger
	}
	sub := image.Rect(x, cap.Max.Y, cap.Max.X, in.Max.Y)
	b.paint.line(dst, fmt.Sprintf("%s spent · %d left", plural(spent, "point", "points"), left), sub, th.FaceOf(ui.FontRegular, 12), clr, ui.AlignStart)
	ui.VLine(dst, in.Min.X+th.Pxi(ordersCaptionW+ui.SpaceSnug), in.Min.Y+th.Pxi(ui.SpaceSnug), in.Max.Y-th.Pxi(ui.SpaceSnug), th.Px(ui.MetricBorder), ui.Fade(pal.Border, 0.8))
}

// orderChips shows this turn's orders as chips with a × to remove each.
type orderChips struct {
	widget.Base
	b      *Board
	cursor int
	hover  int
	hoverX bool
	rects  []image.Rectangle
	cache  layer
}

// chipsBarKey is what the order chips' picture depends on.
type chipsBarKey struct {
	drawKey
	hover, cursor   int
	hoverX, focused bool
}

// Focusable implements widget.Widget.
func (c *orderChips) Focusable() bool { return len(c.b.orders.orders) > 0 }

// Tooltip implements widget.Widget.
func (c *orderChips) Tooltip() string {
	if c.hover >= 0 && c.hover < len(c.b.orders.orders) {
		o := c.b.orders.orders[c.hover]
		return fmt.Sprintf("%s. Costs %s. Click × to remove it.", orderText(c.b.snap.v, o), plural(o.Cost(c.b.snap.v.Rules), "point", "points"))
	}
	return c.Tip
}

func (c *orderChips) place(th *ui.Theme) {
	c.rects = c.rects[:0]
	face := th.FaceOf(ui.FontMedium, 13)
	x := c.Rect.Min.X
	h := th.Pxi(chipH)
	y := c.Rect.Min.Y + (c.Rect.Dy()-h)/2
	for _, o := range c.b.orders.orders {
		w := min(advance(orderText(c.b.snap.v, o), face)+th.Pxi(chipChrome), th.Pxi(chipMaxW))
		c.rects = append(c.rects, image.Rect(x, y, x+w, y+h))
		x += w + th.Pxi(ui.SpaceSmall)
	}
}

// Update implements widget.Widget.
func (c *orderChips) Update(ctx *ui.Context, st widget.State) {
	th := ctx.Theme
	in := ctx.Input
	c.place(th)
	n := len(c.b.orders.orders)
	c.cursor = min(max(c.cursor, 0), max(0, n-1))
	c.hover, c.hoverX = -1, false
	if st.Hovered {
		for i, r := range c.rects {
			if in.Cursor().In(r) {
				c.hover = i
				c.hoverX = in.Cursor().X >= r.Max.X-th.Pxi(ui.SpaceWide)
			}
		}
		if c.hover >= 0 && in.ButtonPressed(ebiten.MouseButtonLeft) && !in.MouseUsed() {
			in.UseMouse()
			c.cursor = c.hover
			if c.hoverX {
				c.b.removeOrder(c.hover)
				return
			}
		}
	}
	if !st.Focused || n == 0 {
		return
	}
	switch {
	case c.cursor > 0 && in.Consume(ui.ActionLeft):
		c.cursor--
	case c.cursor < n-1 && in.Consume(ui.ActionRight):
		c.cursor++
	case in.Consume(ui.ActionActivate), in.KeyTriggered(ebiten.KeyDelete), in.KeyTriggered(ebiten.KeyBackspace):
		c.b.removeOrder(c.cursor)
	}
}

// Draw implements widget.Widget.
func (c *orderChips) Draw(dst *ebiten.Image, th *ui.Theme, st widget.State) {
	hover := c.hover
	if !st.Hovered {
		hover = -1
	}
	key := chipsBarKey{drawKey{c.Rect, th.Scale, th.Palette.Name, c.b.version}, hover, c.cursor, c.hoverX, st.Focused}
	c.cache.draw(dst, th, c.b.paint, c.Rect, key, func(dst *ebiten.Image) { c.paint(dst, th, st) })
}

func (c *orderChips) paint(dst *ebiten.Image, th *ui.Theme, st widget.State) {
	pal := th.Palette
	b := c.b
	c.place(th)
	clip := dst.SubImage(c.Rect.Intersect(dst.Bounds())).(*ebiten.Image)
	if len(b.orders.orders) == 0 {
		b.paint.text(clip, "No orders yet. Answer a letter in the inbox, write an offer, or make a statement.", c.Rect,
			ui.TextOptions{Face: th.FaceOf(ui.FontItalic, 13), Color: pal.TextMuted, VAlign: ui.AlignCenter, Wrap: true})
		return
	}
	face := th.FaceOf(ui.FontMedium, 13)
	for i, o := range b.orders.orders {
		r := c.rects[i]
		if r.Min.X >= c.Rect.Max.X {
			break
		}
		rad := float64(r.Dy()) / 2
		fill, edge := ui.Mix(pal.Surface, pal.Accent, 0.16), ui.Fade(pal.Accent, 0.7)
		if i == c.hover {
			fill, edge = ui.Mix(pal.Surface, pal.Accent, 0.28), pal.Accent
		}
		ui.FillRoundRect(clip, r, rad, fill)
		ui.StrokeRoundRect(clip, r, rad, th.Px(ui.MetricBorder), edge)
		cost := o.Cost(b.snap.v.Rules)
		// The cost as a brass coin at the left.
		cx, cy := float64(r.Min.X)+th.Px(ui.MetricPad), float64(r.Min.Y+r.Dy()/2)
		disc(clip, cx, cy, th.Px(costCoinR), pal.Accent)
		b.paint.line(clip, fmt.Sprint(cost), image.Rect(int(cx-th.Px(costCoinR)), r.Min.Y, int(cx+th.Px(costCoinR)), r.Max.Y), th.FaceOf(ui.FontBold, 11), pal.OnAccent, ui.AlignCenter)
		tb := image.Rect(r.Min.X+th.Pxi(chipTextX), r.Min.Y, r.Max.X-th.Pxi(ui.SpaceSection), r.Max.Y)
		b.paint.line(clip, orderText(b.snap.v, o), tb, face, pal.Text, ui.AlignStart)
		xc := pal.TextMuted
		if i == c.hover && c.hoverX {
			xc = pal.Danger
		}
		b.paint.line(clip, "×", image.Rect(r.Max.X-th.Pxi(ui.SpaceSection), r.Min.Y, r.Max.X-th.Pxi(ui.SpaceSmall), r.Max.Y), th.FaceOf(ui.FontBold, 15), xc, ui.AlignCenter)
		if st.Focused && i == c.cursor {
			ui.StrokeRoundRect(clip, r.Inset(-th.Pxi(ui.MetricBorder)), rad, th.Px(ui.MetricStroke), pal.Focus)
		}
	}
}
