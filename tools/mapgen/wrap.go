package main

import "backchannel/game/geo"

// Unwrap makes a ring that crosses the antimeridian continuous on a
// cylinder width map units wide. Natural Earth's 1:110m shapes are meant
// for spherical clipping, so Fiji's and Chukotka's rings step from 180° to
// -180° and back; drawn flat, each step is a line across the whole world.
// Every jump of more than half the width is undone by shifting the rest of
// the ring a whole width, so the ring runs past one edge of the map
// instead.
func Unwrap(r geo.Ring, width float64) geo.Ring {
	out := make(geo.Ring, len(r))
	shift := 0.0
	for i, p := range r {
		if i > 0 {
			switch d := p.X - r[i-1].X; {
			case d > width/2:
				shift -= width
			case d < -width/2:
				shift += width
			}
		}
		out[i] = geo.Point{X: p.X + shift, Y: p.Y}
	}
	return out
}

// WrapCopies returns the unwrapped ring and, when it runs past an edge of
// the map [0, width], a copy a whole width the other way: clipped to the
// map, the two give the piece on each side of the antimeridian.
func WrapCopies(r geo.Ring, width float64) []geo.Ring {
	u := Unwrap(r, width)
	lo, hi := u[0].X, u[0].X
	for _, p := range u {
		lo, hi = min(lo, p.X), max(hi, p.X)
	}
	var d float64
	switch {
	case lo < 0:
		d = width
	case hi > width:
		d = -width
	default:
		return []geo.Ring{u}
	}
	c := make(geo.Ring, len(u))
	for i, p := range u {
		c[i] = geo.Point{X: p.X + d, Y: p.Y}
	}
	return []geo.Ring{u, c}
}
