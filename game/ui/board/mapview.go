package board

import (
	"fmt"
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/geo"
	"backchannel/game/ui"
	"backchannel/game/ui/widget"
)

// mapView is the map panel: the region with each actor's country tinted,
// a token per actor (clickable; the selected one is studied in the analyst
// panel), lines of trust from the player to each other actor, and a badge
// when a forum is in session. When focused, the arrow keys move the
// selection from actor to actor.
type mapView struct {
	widget.Base
	b     *Board
	layer mapLayer
	m     *geo.Map // the map the scenario is drawn on, chosen by place

	// Placed by place for the current bounds and snapshot.
	placedFor image.Rectangle
	placedGen int
	placedPal string // the palette the tints were taken from
	inner     image.Rectangle
	xf        geo.Transform
	view      geo.Rect
	tokens    []token
	tints     map[string]color.RGBA
	hover     int
	cache     layer
}

// mapKey is what the map's picture depends on.
type mapKey struct {
	drawKey
	hover, selected int
}

// token is an actor's marker on the map, in screen pixels.
type token struct {
	x, y    float64
	off     bool   // the actor is off the map; the token sits at its edge
	side    string // where off the map: "west", "north"…
	country string // code of the country it stands on
}

const tokenR = 15 // token radius at scale 1

func newMapView(b *Board) *mapView {
	return &mapView{b: b, hover: -1, Base: widget.Base{
		Tip: "The map. Click a government, or use the arrow keys, to study it in the analyst panel."}}
}

// Focusable implements widget.Widget.
func (mv *mapView) Focusable() bool { return mv.b.snap != nil && mv.b.snap.v != nil }

// Tooltip implements widget.Widget.
func (mv *mapView) Tooltip() string {
	if mv.hover >= 0 {
		return mv.b.actorTip(mv.hover)
	}
	if mv.b.selected >= 0 && mv.b.form.Focused() == widget.Widget(mv) {
		return mv.b.actorTip(mv.b.selected)
	}
	return mv.Tip
}

// place computes the view, the transform and the tokens for the bounds.
func (mv *mapView) place(th *ui.Theme) {
	sn := mv.b.snap
	if sn == nil || sn.v == nil {
		return
	}
	// The countries' tints follow the palette: a change of palette in the
	// settings must repaint them at once, not at the next turn.
	if mv.placedFor == mv.Rect && mv.placedGen == mv.b.gen && mv.placedPal == th.Palette.Name {
		return
	}
	mv.placedFor, mv.placedGen, mv.placedPal = mv.Rect, mv.b.gen, th.Palette.Name
	m, err := scenarioMap(sn.v.Scenario)
	if err != nil {
		return
	}
	mv.m = m
	mv.inner = mv.Rect.Inset(th.Pxi(ui.SpaceTight))
	actors := sn.v.Scenario.Actors
	pts := make([]geo.Point, len(actors))
	for i, a := range actors {
		pts[i] = m.Project(a.Lon, a.Lat)
	}
	aspect := float64(mv.inner.Dx()) / math.Max(1, float64(mv.inner.Dy()))
	mv.view = viewRegion(m, pts, aspect)
	if box := sn.v.Scenario.View; box != nil {
		mv.view = boxRegion(m, *box, aspect)
	}
	dst := geo.Rect{Max: geo.Point{X: float64(mv.inner.Dx()), Y: float64(mv.inner.Dy())}}
	mv.xf = geo.Fit(mv.view, dst)

	r := th.Px(tokenR)
	edge := r + th.Px(ui.SpaceLine)
	lo := geo.Point{X: edge, Y: edge + th.Px(cardTitleFoot)} // below the title plate
	hi := geo.Point{X: float64(mv.inner.Dx()) - edge, Y: float64(mv.inner.Dy()) - edge - th.Px(mapLegendH)}
	mv.tokens = make([]token, len(actors))
	mv.tints = map[string]color.RGBA{}
	for i := range actors {
		q := mv.xf.Apply(pts[i])
		t := token{x: q.X, y: q.Y}
		if q.X < lo.X || q.X > hi.X || q.Y < lo.Y || q.Y > hi.Y {
			t.off = !m.Bounds.Contains(pts[i]) || q.X < 0 || q.Y < 0 || q.X > dst.Max.X || q.Y > dst.Max.Y
			t.side = sideOf(q, lo, hi)
			t.x, t.y = math.Max(lo.X, math.Min(hi.X, q.X)), math.Max(lo.Y, math.Min(hi.Y, q.Y))
		}
		if !t.off {
			if code, ok := m.CountryNear(pts[i], 8); ok {
				t.country = code
				mv.tints[code] = actorColour(th.Palette, actors[i].Colour, i)
			}
		}
		mv.tokens[i] = t
	}
	spread(mv.tokens, 2*r+th.Px(ui.SpaceSmall), lo, hi)
	for i := range mv.tokens {
		mv.tokens[i].x += float64(mv.inner.Min.X)
		mv.tokens[i].y += float64(mv.inner.Min.Y)
	}
}

// sideOf says where q lies outside the box lo–hi.
func sideOf(q, lo, hi geo.Point) string {
	switch {
	case q.X < lo.X:
		return "west"
	case q.X > hi.X:
		return "east"
	case q.Y < lo.Y:
		return "north"
	}
	return "south"
}

// spread pushes tokens apart until none overlap (or it gives up), keeping
// them in the box: capitals a few hundred kilometres apart, or a dozen
// actors, would otherwise stack into one unreadable blob.
func spread(ts []token, minD float64, lo, hi geo.Point) {
	for range 40 {
		moved := false
		for i := range ts {
			for j := i + 1; j < len(ts); j++ {
				dx, dy := ts[j].x-ts[i].x, ts[j].y-ts[i].y
				d := math.Hypot(dx, dy)
				if d >= minD {
					continue
				}
				if d < 0.01 {
					dx, dy, d = 1, float64(j-i)*0.3, 1
				}
				push := (minD - d) / 2
				ux, uy := dx/d, dy/d
				ts[i].x, ts[i].y = ts[i].x-ux*push, ts[i].y-uy*push
				ts[j].x, ts[j].y = ts[j].x+ux*push, ts[j].y+uy*push
				moved = true
			}
		}
		for i := range ts {
			ts[i].x = math.Max(lo.X, math.Min(hi.X, ts[i].x))
			ts[i].y = math.Max(lo.Y, math.Min(hi.Y, ts[i].y))
		}
		if !moved {
			return
		}
	}
}

// tokenAt returns the actor whose token is under p, or -1.
func (mv *mapView) tokenAt(th *ui.Theme, p image.Point) int {
	r := th.Px(tokenR) + th.Px(ui.SpaceTight)
	best, bestD := -1, r
	for i, t := range mv.tokens {
		if d := math.Hypot(float64(p.X)-t.x, float64(p.Y)-t.y); d <= bestD {
			best, bestD = i, d
		}
	}
	return best
}

// countryActor returns the actor whose tinted country is under p, or -1.
func (mv *mapView) countryActor(p image.Point) int {
	m := mv.m
	if m == nil || mv.xf.Scale == 0 {
		return -1
	}
	q := mv.xf.Invert(geo.Point{X: float64(p.X - mv.inner.Min.X), Y: float64(p.Y - mv.inner.Min.Y)})
	code, ok := m.CountryAt(q)
	if !ok {
		return -1
	}
	for i, t := range mv.tokens {
		if t.country == code {
			return i
		}
	}
	return -1
}

// Update implements widget.Widget.
func (mv *mapView) Update(ctx *ui.Context, st widget.State) {
	mv.place(ctx.Theme)
	in := ctx.Input
	mv.hover = -1
	if st.Hovered {
		mv.hover = mv.tokenAt(ctx.Theme, in.Cursor())
		if in.ButtonPressed(ebiten.MouseButtonLeft) && !in.MouseUsed() {
			hit := mv.hover
			if hit < 0 {
				hit = mv.countryActor(in.Cursor())
			}
			if hit >= 0 {
				in.UseMouse()
				mv.b.selectActor(hit)
			}
		}
	}
	if !st.Focused || len(mv.tokens) == 0 {
		return
	}
	n := len(mv.tokens)
	switch {
	case in.Consume(ui.ActionRight), in.Consume(ui.ActionDown):
		mv.b.selectActor((mv.b.selected + 1) % n)
	case in.Consume(ui.ActionLeft), in.Consume(ui.ActionUp):
		mv.b.selectActor((mv.b.selected - 1 + n) % n)
	}
}

// Draw implements widget.Widget. The frame around it is the board's.
func (mv *mapView) Draw(dst *ebiten.Image, th *ui.Theme, st widget.State) {
	mv.place(th)
	if mv.b.snap == nil || mv.b.snap.v == nil {
		return
	}
	key := mapKey{drawKey{mv.inner, th.Scale, th.Palette.Name, mv.b.version}, mv.hover, mv.b.selected}
	mv.cache.draw(dst, th, mv.b.paint, mv.inner, key, func(dst *ebiten.Image) { mv.paint(dst, th) })
}

func (mv *mapView) paint(dst *ebiten.Image, th *ui.Theme) {
	pal := th.Palette
	m := mv.m
	if m == nil {
		return
	}
	spec := layerSpec{kind: m.Projection.Kind, size: mv.inner.Size(), xf: mv.xf, view: mv.view, palette: pal.Name, tints: mv.tints}
	if img := mv.layer.image(th, m, spec); img != nil {
		op := &ebiten.DrawImageOptions{}
		op.GeoM.Translate(float64(mv.inner.Min.X), float64(mv.inner.Min.Y))
		dst.DrawImage(img, op)
	}
	clip := dst.SubImage(mv.inner.Intersect(dst.Bounds())).(*ebiten.Image)
	mv.drawTrust(clip, th)
	mv.drawTokens(clip, th)
	mv.drawPlates(clip, th)
}

// tokenCode is the short code on a token: the actor's id, cut to four
// characters.
func tokenCode(id string) string {
	r := []rune(id)
	if len(r) > 4 {
		r = r[:4]
	}
	return string(r)
}

// actorTip describes actor i for tooltips on the map and the analyst.
func (b *Board) actorTip(i int) string {
	v := b.snap.v
	if i < 0 || i >= len(v.Scenario.Actors) {
		return ""
	}
	a := v.Scenario.Actors[i]
	s := a.Name
	if a.Leader != "" {
		s += " — " + a.Leader
	}
	if i == v.Me {
		s += fmt.Sprintf(". You. Support at home %.0f%%.", v.Support[i])
	} else {
		s += fmt.Sprintf(". Your trust in them: %.0f (%s). Support at home %.0f%%.", v.Trust[i], trustWord(v.Trust[i]), v.Support[i])
		if k, p := topBelief(v.Beliefs[i]); k >= 0 {
			s += fmt.Sprintf(" Most likely %s (%.0f%%).", a.Types[k].Name, p*100)
		}
	}
	if i < len(b.mapw.tokens) && b.mapw.tokens[i].off {
		s += " Off the map, to the " + b.mapw.tokens[i].side + "."
	}
	return s + " Click to study them."
}

// topBelief returns the most likely type and its probability, or -1.
func topBelief(p []float64) (int, float64) {
	best := -1
	for k, x := range p {
		if best < 0 || x > p[best] {
			best = k
		}
	}
	if best < 0 {
		return -1, 0
	}
	return best, p[best]
}
