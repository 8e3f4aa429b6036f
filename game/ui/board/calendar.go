package board

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"sort"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"backchannel/game"
	"backchannel/game/ui"
	"backchannel/game/ui/widget"
)

// markKind is what a calendar mark stands for.
type markKind int

const (
	markForum markKind = iota
	markDeadline
	markExpiry
	markDilemma
)

// calMark is one dated thing on the calendar strip.
type calMark struct {
	turn  int
	kind  markKind
	label string
	tip   string
}

// calendarStrip is the strip of turns across the top: the current turn,
// coming forums, deadlines of agreed terms, offers about to lapse and
// decisions due. When focused, Left and Right step through the marks and
// the tooltip tells each.
type calendarStrip struct {
	widget.Base
	b      *Board
	marks  []calMark
	cursor int
	hover  int
	pos    []image.Point // each mark's centre, from the last draw or update
	cache  layer
}

// calKey is what the calendar's picture depends on.
type calKey struct {
	drawKey
	hover, cursor int
	focused       bool
}

func newCalendar(b *Board) *calendarStrip {
	return &calendarStrip{b: b, hover: -1, Base: widget.Base{
		Tip: "The calendar: one tick per turn. Marks show coming summits, deadlines and offers about to lapse; Left and Right step through them."}}
}

// buildMarks lists the marks for the view, by turn.
func buildMarks(v *game.View) []calMark {
	var out []calMark
	cal := v.Scenario.Calendar
	for _, f := range v.Scenario.Forums {
		t := cal.TurnOf(f.Date)
		if t < 1 || t > v.Turns {
			continue
		}
		out = append(out, calMark{turn: t, kind: markForum, label: f.Name,
			tip: fmt.Sprintf("%s, %s: %s meet face to face. While it is open, offers made there arrive at once.", f.Name, f.Date.Pretty(), names(v, f.Attendees))})
	}
	for _, ag := range v.Agreements {
		for _, t := range ag.Terms {
			if t.Status != game.TermPending || t.Deadline < v.Turn {
				continue
			}
			whose := shortName(v, t.Actor)
			if t.Actor == v.Actor {
				whose = "Your"
			} else {
				whose += "'s"
			}
			out = append(out, calMark{turn: t.Deadline, kind: markDeadline, label: "Deadline",
				tip: fmt.Sprintf("%s term falls due by turn %d (%s): %s.", whose, t.Deadline, turnDate(v, t.Deadline), termText(v, t.Term))})
		}
	}
	for _, o := range v.Offers {
		if o.Status != game.OfferOpen || o.Expires < v.Turn {
			continue
		}
		mine := o.From == v.Actor
		to := false
		for _, r := range o.To {
			to = to || r == v.Actor
		}
		if (!mine && !to) || o.Expires >= v.Scenario.Calendar.Turns() {
			continue // an offer open past the last turn never lapses
		}
		what := fmt.Sprintf("The offer from %s %s", shortName(v, o.From), lapses(v, o.Expires))
		if mine {
			what = fmt.Sprintf("Your offer to %s %s", names(v, o.To), lapses(v, o.Expires))
		}
		out = append(out, calMark{turn: o.Expires, kind: markExpiry, label: "Offer lapses",
			tip: what + " unless it is answered."})
	}
	for _, d := range v.Dilemmas {
		if d.Choice != "" || d.Deadline < v.Turn {
			continue
		}
		out = append(out, calMark{turn: d.Deadline, kind: markDilemma, label: "Decision due",
			tip: fmt.Sprintf("A decision is due by the end of turn %d: see the inbox. Without an answer, the default is taken: %s.", d.Deadline, labelOf(d.Choices, d.Default))})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].turn < out[j].turn })
	return out
}

// Focusable implements widget.Widget.
func (c *calendarStrip) Focusable() bool { return len(c.marks) > 0 }

// Tooltip implements widget.Widget.
func (c *calendarStrip) Tooltip() string {
	if c.hover >= 0 && c.hover < len(c.marks) {
		return c.marks[c.hover].tip
	}
	if c.b.form.Focused() == widget.Widget(c) && c.cursor < len(c.marks) {
		return c.marks[c.cursor].tip
	}
	if sn := c.b.snap; sn != nil && sn.v != nil && len(sn.v.Scenario.Calendar.Periods) > 0 {
		// The pace changes: say how, as the scenario screen does.
		return c.Tip + " The pace: " + sn.v.Scenario.Calendar.Summary() + "."
	}
	return c.Tip
}

// Update implements widget.Widget.
func (c *calendarStrip) Update(ctx *ui.Context, st widget.State) {
	in := ctx.Input
	c.place(ctx.Theme)
	c.hover = -1
	if st.Hovered {
		best := float64(ctx.Theme.Px(calHoverReach))
		for i, p := range c.pos {
			if d := math.Hypot(float64(in.Cursor().X-p.X), float64(in.Cursor().Y-p.Y)); d < best {
				c.hover, best = i, d
			}
		}
		if c.hover >= 0 && in.ButtonPressed(ebiten.MouseButtonLeft) && !in.MouseUsed() {
			in.UseMouse()
			c.cursor = c.hover
		}
	}
	if !st.Focused {
		return
	}
	switch {
	case c.cursor > 0 && in.Consume(ui.ActionLeft):
		c.cursor--
	case c.cursor < len(c.marks)-1 && in.Consume(ui.ActionRight):
		c.cursor++
	}
}

// timeline is the area of the turn ticks.
func (c *calendarStrip) timeline(th *ui.Theme) image.Rectangle {
	r := c.Rect
	return image.Rect(r.Min.X+th.Pxi(calCaptionW), r.Min.Y+th.Pxi(ui.SpaceSmall), r.Max.X-th.Pxi(calEndRoom), r.Max.Y-th.Pxi(ui.SpaceSnug))
}

// turnX is the x of turn t's tick.
func (c *calendarStrip) turnX(th *ui.Theme, t int) int {
	tl := c.timeline(th)
	n := max(1, c.b.snap.v.Turns-1)
	return tl.Min.X + (t-1)*tl.Dx()/n
}

// place computes where each mark is drawn: above its turn's tick, marks
// of one turn side by side.
func (c *calendarStrip) place(th *ui.Theme) {
	c.pos = c.pos[:0]
	if c.b.snap == nil || c.b.snap.v == nil {
		return
	}
	tl := c.timeline(th)
	y := tl.Min.Y + th.Pxi(calMarksTop)
	perTurn := map[int]int{}
	for _, m := range c.marks {
		k := perTurn[m.turn]
		perTurn[m.turn]++
		dx := k * th.Pxi(ui.MetricPad)
		if m.turn >= c.b.snap.v.Turns {
			dx = -dx // the last turn's marks stack inwards, inside the strip
		}
		c.pos = append(c.pos, image.Pt(c.turnX(th, m.turn)+dx, y))
	}
}

// Draw implements widget.Widget. The card behind it is the board's.
func (c *calendarStrip) Draw(dst *ebiten.Image, th *ui.Theme, st widget.State) {
	if c.b.snap == nil || c.b.snap.v == nil {
		return
	}
	key := calKey{drawKey{c.Rect, th.Scale, th.Palette.Name, c.b.version}, c.hover, c.cursor, st.Focused}
	c.cache.draw(dst, th, c.b.paint, c.Rect, key, func(dst *ebiten.Image) { c.paint(dst, th, st) })
}

func (c *calendarStrip) paint(dst *ebiten.Image, th *ui.Theme, st widget.State) {
	pal := th.Palette
	b := c.b
	p := b.paint
	v := b.snap.v
	c.place(th)
	r := c.Rect
	// The caption at the left.
	cap := image.Rect(r.Min.X+th.Pxi(ui.MetricPad), r.Min.Y+th.Pxi(ui.SpaceSmall), r.Min.X+th.Pxi(calCaptionW-ui.MetricPad), r.Min.Y+r.Dy()/2)
	p.line(dst, "CALENDAR", cap, th.FaceOf(ui.FontSmallcaps, 15), pal.Accent, ui.AlignStart)
	sub := image.Rect(cap.Min.X, cap.Max.Y, cap.Max.X, r.Max.Y-th.Pxi(ui.SpaceSmall))
	p.line(dst, game.DaysWords(v.Scenario.Calendar.DaysOfTurn(v.Turn))+" a turn", sub, th.FaceOf(ui.FontRegular, 11), pal.TextMuted, ui.AlignStart)

	tl := c.timeline(th)
	base := tl.Min.Y + th.Pxi(ui.SpaceLoose)
	ui.HLine(dst, tl.Min.X, tl.Max.X, base, th.Px(headerRule), pal.BorderStrong)
	c.paintSpans(dst, th, base)
	// Label the current turn and the last one, then every other turn
	// whose label keeps clear of the labels already placed.
	face := th.FaceOf(ui.FontRegular, 11)
	bold := th.FaceOf(ui.FontBold, 11)
	for t := 1; t <= v.Turns; t++ {
		x := c.turnX(th, t)
		clr := pal.TextMuted
		if t < v.Turn {
			clr = pal.TextDisabled
		}
		tick := th.Pxi(ui.SpaceSnug)
		if t == v.Turn {
			ui.FillRoundRect(dst, image.Rect(x-th.Pxi(calNowR), base-th.Pxi(calNowR), x+th.Pxi(calNowR), base+th.Pxi(calNowR)), th.Px(calNowR), pal.AccentBright)
		} else {
			ui.VLine(dst, x, base-tick, base+tick, th.Px(ui.MetricBorder), clr)
		}
	}
	var placed []image.Rectangle
	label := func(t int, s string, f text.Face, clr color.Color) {
		x := c.turnX(th, t)
		lw := advance(s, f) + th.Pxi(ui.SpaceHair)
		// At least a line's height, so large scales do not clip the glyphs.
		m := f.Metrics()
		box := image.Rect(x-lw/2, base+th.Pxi(calNowR), x-lw/2+lw, max(tl.Max.Y, base+th.Pxi(calNowR)+int(math.Ceil(m.HAscent+m.HDescent))+1))
		// Labels at either end slide in rather than run off the strip.
		if d := r.Min.X + th.Pxi(calLabelStart) - box.Min.X; d > 0 {
			box = box.Add(image.Pt(d, 0))
		}
		if d := box.Max.X - (r.Max.X - th.Pxi(ui.SpaceSmall)); d > 0 {
			box = box.Sub(image.Pt(d, 0))
		}
		for _, q := range placed {
			if box.Inset(-th.Pxi(ui.SpaceSmall)).Overlaps(q) {
				return
			}
		}
		placed = append(placed, box)
		p.line(dst, s, box, f, clr, ui.AlignCenter)
	}
	label(v.Turn, "Now · "+turnDate(v, v.Turn), bold, pal.AccentBright)
	if v.Turn != v.Turns {
		label(v.Turns, "Last turn · "+turnDate(v, v.Turns), face, pal.TextMuted)
	}
	for t := 1; t < v.Turns; t++ {
		clr := pal.TextMuted
		if t < v.Turn {
			clr = pal.TextDisabled
		}
		label(t, turnDate(v, t), face, clr)
	}

	for i, m := range c.marks {
		at := c.pos[i]
		hot := i == c.hover || (st.Focused && i == c.cursor)
		drawMark(dst, th, m.kind, float64(at.X), float64(at.Y), hot)
		// A forum's name beside it, when there is room before the next mark.
		if m.kind == markForum {
			nx := tl.Max.X
			if i+1 < len(c.marks) {
				nx = c.pos[i+1].X - th.Pxi(ui.SpaceGap)
			}
			box := image.Rect(at.X+th.Pxi(calMarkLabelX), at.Y-th.Pxi(ui.SpaceLine), nx, at.Y+th.Pxi(ui.SpaceLine))
			if box.Dx() > th.Pxi(calMarkLabelMinW) {
				// Abridged: the mark's tooltip names the forum in full.
				p.text(dst, m.label, box, ui.TextOptions{Face: th.FaceOf(ui.FontMedium, 11), Color: pal.Accent,
					VAlign: ui.AlignCenter, Abridged: true})
			}
		}
	}
}

// paintSpans draws the calendar's periods on the line of turns: each span
// with its own turn length is a band, alternately bright and plain, and a
// taller tick marks the turn where the pace changes. A calendar of one
// pace draws nothing more.
func (c *calendarStrip) paintSpans(dst *ebiten.Image, th *ui.Theme, base int) {
	v := c.b.snap.v
	spans := calendarSpans(v.Scenario.Calendar, v.Turns)
	if len(spans) < 2 {
		return
	}
	pal := th.Palette
	tl := c.timeline(th)
	for k, sp := range spans {
		x0, x1 := c.turnX(th, sp.from), tl.Max.X
		if k+1 < len(spans) {
			x1 = c.turnX(th, spans[k+1].from)
		}
		clr := pal.BorderStrong
		if k%2 == 1 {
			clr = pal.Accent
		}
		ui.HLine(dst, x0, x1, base, th.Px(calSpanLine), clr)
		if k > 0 {
			ui.VLine(dst, x0, base-th.Pxi(ui.SpaceLine), base+th.Pxi(ui.SpaceLine), th.Px(ui.MetricStroke), pal.Accent)
		}
	}
}

// calSpan is a run of turns of one length: from its first turn on.
type calSpan struct {
	from, days int
}

// calendarSpans lists the calendar's spans that start by the last turn:
// the opening pace from turn 1, then each period from the turn it starts.
func calendarSpans(cal game.Calendar, turns int) []calSpan {
	out := []calSpan{{from: 1, days: cal.DaysPerTurn}}
	for _, p := range cal.Periods {
		t := cal.TurnOf(p.From)
		if t < 1 || t > turns || cal.End.Before(p.From) {
			continue
		}
		if out[len(out)-1].from == t {
			out[len(out)-1].days = p.DaysPerTurn
			continue
		}
		out = append(out, calSpan{from: t, days: p.DaysPerTurn})
	}
	return out
}

// drawMark draws a mark's symbol: a diamond for a forum, a triangle for a
// deadline, a hollow circle for a lapsing offer, a square for a decision.
// Shapes differ so the marks do not rest on colour alone.
func drawMark(dst *ebiten.Image, th *ui.Theme, k markKind, x, y float64, hot bool) {
	pal := th.Palette
	d := th.Px(calMarkR)
	if hot {
		d = th.Px(calMarkHotR)
	}
	var clr color.RGBA
	switch k {
	case markForum:
		clr = pal.AccentBright
		ui.FillPolygon(dst, []ui.PointF{{X: x, Y: y - d}, {X: x + d, Y: y}, {X: x, Y: y + d}, {X: x - d, Y: y}}, clr)
	case markDeadline:
		clr = pal.Danger
		ui.FillPolygon(dst, []ui.PointF{{X: x, Y: y - d}, {X: x + d, Y: y + d*0.8}, {X: x - d, Y: y + d*0.8}}, clr)
	case markExpiry:
		clr = pal.Info
		ring(dst, x, y, d*0.8, th.Px(ui.MetricStroke), clr)
	case markDilemma:
		clr = pal.Warning
		s := d * 0.8
		ui.FillRoundRect(dst, image.Rect(int(x-s), int(y-s), int(x+s), int(y+s)), th.Px(calMarkCorner), clr)
	}
	if hot {
		ring(dst, x, y, d+th.Px(calFocusGap), th.Px(focusStroke), pal.Focus)
	}
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
