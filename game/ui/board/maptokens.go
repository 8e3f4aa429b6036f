package board

import (
	"image"
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/ui"
)

// drawTrust draws a gently curved line from the player to each other
// actor: thicker and greener with more trust, dashed when trust is low.
func (mv *mapView) drawTrust(dst *ebiten.Image, th *ui.Theme) {
	v := mv.b.snap.v
	me := mv.tokens[v.Me]
	side := 1.0
	for i, t := range mv.tokens {
		if i == v.Me || i >= len(v.Trust) {
			continue
		}
		tr := v.Trust[i]
		w := th.Px(trustLineMin + trustLineSpan*tr/100)
		clr := ui.Fade(trustColour(th.Palette, tr), 0.85)
		if mv.b.selected == i {
			w += th.Px(trustLineMin)
			clr = trustColour(th.Palette, tr)
		}
		dashed := tr < 40
		// A quadratic curve bowed to alternate sides, so lines to actors
		// in a row do not lie on top of each other.
		dx, dy := t.x-me.x, t.y-me.y
		cx, cy := (me.x+t.x)/2-dy*0.16*side, (me.y+t.y)/2+dx*0.16*side
		side = -side
		const steps = 18
		px, py := me.x, me.y
		for k := 1; k <= steps; k++ {
			u := float64(k) / steps
			x := (1-u)*(1-u)*me.x + 2*(1-u)*u*cx + u*u*t.x
			y := (1-u)*(1-u)*me.y + 2*(1-u)*u*cy + u*u*t.y
			if !dashed || k%2 == 0 {
				segment(dst, px, py, x, y, w, clr)
			}
			px, py = x, y
		}
	}
}

func (mv *mapView) drawTokens(dst *ebiten.Image, th *ui.Theme) {
	pal := th.Palette
	v := mv.b.snap.v
	r := th.Px(tokenR)
	forum := mv.b.forumAttendees()
	for i, t := range mv.tokens {
		a := v.Scenario.Actors[i]
		c := actorColour(pal, a.Colour, i)
		if i == mv.b.selected {
			ring(dst, t.x, t.y, r+th.Px(ui.SpaceSmall), th.Px(tokenRing), pal.Focus)
		}
		disc(dst, t.x+th.Px(ui.MetricBorder), t.y+th.Px(ui.SpaceHair), r, ui.Fade(color.RGBA{A: 255}, 0.45))
		disc(dst, t.x, t.y, r, c)
		edge := ui.Mix(c, pal.Background, 0.45)
		if i == v.Me {
			edge = pal.AccentBright
		}
		if i == mv.hover {
			edge = pal.Text
		}
		ring(dst, t.x, t.y, r, th.Px(ui.MetricStroke), edge)
		fg := pal.Text
		if luminance(c) > 0.6 {
			fg = pal.Ink
		}
		box := image.Rect(int(t.x-r)+th.Pxi(ui.SpaceHair), int(t.y-r), int(t.x+r)-th.Pxi(ui.SpaceHair), int(t.y+r))
		mv.b.paint.line(dst, tokenCode(a.ID), box, th.FaceOf(ui.FontBold, 10.5), fg, ui.AlignCenter)
		if t.off {
			mv.drawArrow(dst, th, t, r, c)
		}
		if forum[a.ID] {
			d := th.Px(forumMark)
			x, y := t.x+r*0.75, t.y-r*0.75
			ui.FillPolygon(dst, []ui.PointF{{X: x, Y: y - d}, {X: x + d, Y: y}, {X: x, Y: y + d}, {X: x - d, Y: y}}, pal.AccentBright)
		}
	}
	mv.drawNames(dst, th)
}

// drawNames puts each actor's name by its token on a dark plate, so it
// reads over land: below it, else above, beside it, or slid aside. A plate
// never covers a token or another plate; where none of those places is
// free (crowded capitals) the actor shows only its token, and the tooltip
// still names it. The selected actor, the player and the hovered one
// choose first.
func (mv *mapView) drawNames(dst *ebiten.Image, th *ui.Theme) {
	pal := th.Palette
	v := mv.b.snap.v
	order := []int{mv.b.selected, v.Me, mv.hover}
	for i := range mv.tokens {
		order = append(order, i)
	}
	face := th.FaceOf(ui.FontMedium, 12)
	h := th.Pxi(plateH)
	// The plates keep clear of the map's own plates: its title and legend.
	placed := []image.Rectangle{mv.legendRect(th), mv.titleRect(th)}
	done := map[int]bool{}
	for _, i := range order {
		if i < 0 || i >= len(mv.tokens) || done[i] {
			continue
		}
		done[i] = true
		name := shortName(v, v.Scenario.Actors[i].ID)
		if i == v.Me {
			name += " (you)"
		}
		w := min(advance(name, face)+th.Pxi(ui.SpaceGap), th.Pxi(plateMaxW))
		plate, ok := mv.namePlace(th, i, w, h, placed)
		if !ok {
			continue
		}
		placed = append(placed, plate)
		ui.FillRoundRect(dst, plate, float64(h)/2, ui.Fade(pal.Background, 0.8))
		tb := image.Rect(plate.Min.X+th.Pxi(ui.SpaceSnug), plate.Min.Y, plate.Max.X-th.Pxi(ui.SpaceSnug), plate.Max.Y)
		mv.b.paint.line(dst, name, tb, face, pal.Text, ui.AlignCenter)
	}
}

// namePlace finds where token i's name plate (w by h) goes: the first
// place that stays on the map and clears every token and every plate in
// placed; ok is false where there is none.
func (mv *mapView) namePlace(th *ui.Theme, i, w, h int, placed []image.Rectangle) (image.Rectangle, bool) {
	t := mv.tokens[i]
	r := th.Px(tokenR)
	gap := th.Pxi(ui.SpaceTight)
	x := int(t.x) - w/2
	yBelow, yAbove, yMid := int(t.y+r)+gap, int(t.y-r)-gap-h, int(t.y)-h/2
	slide := w/2 + int(r)
	spots := []image.Point{
		{x, yBelow}, {x, yAbove},
		{int(t.x+r) + gap, yMid}, {int(t.x-r) - gap - w, yMid},
		{x + slide, yBelow}, {x - slide, yBelow}, {x + slide, yAbove}, {x - slide, yAbove},
	}
	in := mv.inner.Inset(th.Pxi(ui.SpaceHair))
	for _, s := range spots {
		s.X = max(in.Min.X, min(s.X, in.Max.X-w)) // slid back onto the map
		plate := image.Rect(s.X, s.Y, s.X+w, s.Y+h)
		if !plate.In(in) || mv.plateClashes(th, plate, placed) {
			continue
		}
		return plate, true
	}
	return image.Rectangle{}, false
}

// plateClashes reports whether plate covers a token (its own too: a plate
// slid back onto the map may reach it) or any plate in placed.
func (mv *mapView) plateClashes(th *ui.Theme, plate image.Rectangle, placed []image.Rectangle) bool {
	for _, p := range placed {
		if p.Overlaps(plate) {
			return true
		}
	}
	r := th.Px(tokenR)
	for _, u := range mv.tokens {
		if plate.Overlaps(circleBox(u.x, u.y, r)) {
			return true
		}
	}
	return false
}

// titleRect is where drawPlates puts the map's title.
func (mv *mapView) titleRect(th *ui.Theme) image.Rectangle {
	x, y := mv.inner.Min.X+th.Pxi(ui.SpaceSmall), mv.inner.Min.Y+th.Pxi(ui.SpaceSmall)
	return image.Rect(x, y, x+advance("THE MAP", th.FaceOf(ui.FontSmallcaps, 14))+th.Pxi(ui.MetricPad), y+th.Pxi(ui.SpaceSection))
}

// legendRect is where drawPlates puts the legend, bottom right.
func (mv *mapView) legendRect(th *ui.Theme) image.Rectangle {
	in := mv.inner
	lh, lw := th.Pxi(legendH), th.Pxi(legendW)
	return image.Rect(in.Max.X-lw-th.Pxi(ui.SpaceSmall), in.Max.Y-lh-th.Pxi(ui.SpaceSmall), in.Max.X-th.Pxi(ui.SpaceSmall), in.Max.Y-th.Pxi(ui.SpaceSmall))
}

// drawArrow points from an edge token towards its actor, off the map.
func (mv *mapView) drawArrow(dst *ebiten.Image, th *ui.Theme, t token, r float64, c color.RGBA) {
	d := th.Px(arrowD)
	x, y := t.x, t.y
	var pts []ui.PointF
	switch t.side {
	case "west":
		x -= r + th.Px(ui.SpaceSnug)
		pts = []ui.PointF{{X: x - d, Y: y}, {X: x, Y: y - d}, {X: x, Y: y + d}}
	case "east":
		x += r + th.Px(ui.SpaceSnug)
		pts = []ui.PointF{{X: x + d, Y: y}, {X: x, Y: y - d}, {X: x, Y: y + d}}
	case "north":
		y -= r + th.Px(ui.SpaceSnug)
		pts = []ui.PointF{{X: x, Y: y - d}, {X: x - d, Y: y}, {X: x + d, Y: y}}
	default:
		y += r + th.Px(ui.SpaceSnug)
		pts = []ui.PointF{{X: x, Y: y + d}, {X: x - d, Y: y}, {X: x + d, Y: y}}
	}
	ui.FillPolygon(dst, pts, c)
}

// drawPlates draws the map's title, the forum badge and the legend.
func (mv *mapView) drawPlates(dst *ebiten.Image, th *ui.Theme) {
	pal := th.Palette
	p := mv.b.paint
	in := mv.inner
	h := th.Pxi(ui.SpaceSection)
	plateBg := ui.Fade(pal.Background, 0.8)
	x := in.Min.X + th.Pxi(ui.SpaceSmall)
	y := in.Min.Y + th.Pxi(ui.SpaceSmall)
	w := pill(dst, th, p, x, y, h, "THE MAP", th.FaceOf(ui.FontSmallcaps, 14), pal.Accent, plateBg, in.Dx()/3)
	if names := mv.b.openForums(); names != "" {
		x += w + th.Pxi(ui.SpaceSmall)
		face := th.FaceOf(ui.FontMedium, 12)
		maxW := in.Max.X - x - th.Pxi(ui.SpaceSmall)
		// The names when they fit; else a count (the calendar's tooltip
		// names them).
		n := len(mv.b.snap.v.Forums)
		s := ui.FirstFit(face, float64(maxW-th.Pxi(ui.MetricPad)), names+" in session",
			plural(n, "summit", "summits")+" in session", "In session")
		pill(dst, th, p, x, y, h, s, face, pal.OnAccent, ui.Fade(pal.AccentBright, 0.92), maxW)
	}
	// Legend, bottom right.
	face := th.FaceOf(ui.FontRegular, 11)
	lh := th.Pxi(legendH)
	lg := mv.legendRect(th)
	if lg.Min.X < in.Min.X+in.Dx()/2 {
		return
	}
	ui.FillRoundRect(dst, lg, float64(lh)/2, plateBg)
	cy := float64(lg.Min.Y) + float64(lh)/2
	x0 := float64(lg.Min.X) + th.Px(ui.SpaceLine)
	segment(dst, x0, cy, x0+th.Px(legendKeyW), cy, th.Px(legendTrustLine), trustColour(pal, 85))
	p.line(dst, "trust", image.Rect(int(x0+th.Px(ui.SpaceLoose)), lg.Min.Y, int(x0+th.Px(legendWordEnd)), lg.Max.Y), face, pal.TextMuted, ui.AlignStart)
	x1 := x0 + th.Px(legendSecond)
	for k := 0; k < 4; k += 2 {
		segment(dst, x1+float64(k)*th.Px(ui.SpaceSnug), cy, x1+float64(k+1)*th.Px(ui.SpaceSnug), cy, th.Px(legendDistrustLine), trustColour(pal, 20))
	}
	p.line(dst, "distrust", image.Rect(int(x1+th.Px(legendSecondWord)), lg.Min.Y, lg.Max.X-th.Pxi(ui.SpaceSmall), lg.Max.Y), face, pal.TextMuted, ui.AlignStart)
}
