package geo

// Choose returns the map to draw a scenario on, from maps ordered from the
// most detailed to the world: the first that shows the whole of the
// scenario's view box (box, in degrees: X is longitude, Y latitude), or,
// without a box, more than half of its places (X lon, Y lat). The rest of
// the places then get edge markers; with no map that fits, the last one
// (the world) is used. Europe's detailed map thus stays the map of every
// episode set there, even with Washington at the table, and a crisis in the
// Caribbean or the Sea of Japan is drawn on the world map.
func Choose(maps []*Map, places []Point, box *Rect) *Map {
	if len(maps) == 0 {
		return nil
	}
	for _, m := range maps[:len(maps)-1] {
		if box != nil {
			if m.showsBox(*box) {
				return m
			}
			continue
		}
		in := 0
		for _, p := range places {
			if m.Bounds.Contains(m.Project(p.X, p.Y)) {
				in++
			}
		}
		if 2*in > len(places) {
			return m
		}
	}
	return maps[len(maps)-1]
}

// showsBox reports whether the lon/lat box lies on the map, sampled along
// its edges since a conic bends parallels.
func (m *Map) showsBox(b Rect) bool {
	const steps = 16
	for k := 0; k <= steps; k++ {
		f := float64(k) / steps
		lon, lat := b.Min.X+f*b.Dx(), b.Min.Y+f*b.Dy()
		for _, p := range []Point{m.Project(lon, b.Min.Y), m.Project(lon, b.Max.Y), m.Project(b.Min.X, lat), m.Project(b.Max.X, lat)} {
			if !m.Bounds.Contains(p) {
				return false
			}
		}
	}
	return true
}
