// Package geo holds the game's map geography: country shapes in a flat
// "map unit" space, the projection that put them there, hit testing and
// fitting the map to a screen rectangle.
//
// The shapes come from the assets map.json (Europe to Iran) and world.json
// (the world), produced by tools/mapgen
// from Natural Earth data; see docs/map.md. The package is pure Go (no
// ebiten, no cgo) so the model, the AI and headless tools can ask "which
// country is this?" without a window.
package geo

import (
	"math"
	"sort"
)

// Point is a position in map units: X grows to the east, Y grows to the
// south (screen convention), and the map occupies Map.Bounds.
type Point struct {
	X, Y float64
}

// Rect is an axis-aligned rectangle; Min is the top-left corner.
type Rect struct {
	Min, Max Point
}

// Dx returns the width of r.
func (r Rect) Dx() float64 { return r.Max.X - r.Min.X }

// Dy returns the height of r.
func (r Rect) Dy() float64 { return r.Max.Y - r.Min.Y }

// Contains reports whether p lies inside r (edges included).
func (r Rect) Contains(p Point) bool {
	return p.X >= r.Min.X && p.X <= r.Max.X && p.Y >= r.Min.Y && p.Y <= r.Max.Y
}

// Ring is a closed outline; the closing point is implied, not repeated.
// Orientation is not normalised: fill and hit-test with the even-odd rule.
type Ring []Point

// Polygon is one piece of a country: the first ring is the outer edge, any
// further rings are holes (enclaves such as San Marino inside Italy).
type Polygon []Ring

// Country is one Natural Earth country (or territory) in view.
type Country struct {
	// Code is the ISO 3166-1 alpha-3 code ("POL"), or the code Natural
	// Earth and common usage give to places without one (Kosovo "XKX",
	// Northern Cyprus "CYN"). Scenarios refer to countries by this code.
	Code string
	// Num is the ISO 3166-1 numeric code as in the source ("616"); empty
	// where the source has none.
	Num string
	// Name is a short English display name.
	Name string
	// Polygons are the country's pieces, clipped to the map bounds. Very
	// small states (Vatican, Monaco) have none at this scale and keep only
	// their Label, so actors can still be placed on them.
	Polygons []Polygon
	// Label is a point well inside the largest piece, suitable for a name
	// tag or an actor token.
	Label Point
	// Box bounds all polygons (or is the Label alone when there are none).
	// Decode fills it in, with the area; hit tests rely on both.
	Box Rect

	area float64
}

// Area returns the country's visible area in square map units.
func (c *Country) Area() float64 { return c.area }

// Contains reports whether p lies inside the country.
func (c *Country) Contains(p Point) bool {
	if len(c.Polygons) == 0 || !c.Box.Contains(p) {
		return false
	}
	for _, poly := range c.Polygons {
		if poly.Contains(p) {
			return true
		}
	}
	return false
}

// Contains reports whether p lies inside the polygon by the even-odd rule
// over all its rings, which treats holes correctly whatever their winding.
func (poly Polygon) Contains(p Point) bool {
	in := false
	for _, r := range poly {
		if r.crossings(p)%2 == 1 {
			in = !in
		}
	}
	return in
}

// crossings counts edges of r crossed by a ray from p towards +X.
func (r Ring) crossings(p Point) int {
	n := 0
	for i, a := range r {
		b := r[(i+1)%len(r)]
		if (a.Y > p.Y) != (b.Y > p.Y) {
			x := a.X + (p.Y-a.Y)*(b.X-a.X)/(b.Y-a.Y)
			if p.X < x {
				n++
			}
		}
	}
	return n
}

// Area returns the absolute area enclosed by r.
func (r Ring) Area() float64 {
	s := 0.0
	for i, a := range r {
		b := r[(i+1)%len(r)]
		s += a.X*b.Y - b.X*a.Y
	}
	return math.Abs(s) / 2
}

// Area returns the outer ring's area less the holes'.
func (poly Polygon) Area() float64 {
	if len(poly) == 0 {
		return 0
	}
	a := poly[0].Area()
	for _, h := range poly[1:] {
		a -= h.Area()
	}
	return a
}

// Map is the decoded map asset.
type Map struct {
	// Countries are sorted by Code.
	Countries []Country
	// Bounds is the map's extent in map units, with Min at (0, 0).
	Bounds Rect
	// Projection maps lon/lat to map units exactly as the generator did.
	Projection Projection
	// Source credits the data ("Natural Earth ... via world-atlas ...").
	Source string

	byCode map[string]int
}

// Project maps lon/lat in degrees to map units with the map's projection.
func (m *Map) Project(lon, lat float64) Point { return m.Projection.Project(lon, lat) }

// Country returns the country with the given code.
func (m *Map) Country(code string) (*Country, bool) {
	if m.byCode == nil {
		m.index()
	}
	i, ok := m.byCode[code]
	if !ok {
		return nil, false
	}
	return &m.Countries[i], true
}

// CountryAt returns the code of the country under p, or ok=false for sea
// and the empty margins. If shapes overlap (an enclave whose hole was too
// small to keep), the smaller country wins, since it is the one the player
// can otherwise never point at.
func (m *Map) CountryAt(p Point) (code string, ok bool) {
	best := -1
	for i := range m.Countries {
		c := &m.Countries[i]
		if c.Contains(p) && (best < 0 || c.area < m.Countries[best].area) {
			best = i
		}
	}
	if best < 0 {
		return "", false
	}
	return m.Countries[best].Code, true
}

// CountryNear returns the country under p or, failing that, the one whose
// outline passes closest to p, if within maxDist map units. At this scale
// several coastal capitals (Stockholm, Lisbon, Istanbul, Beirut) fall just
// offshore, and a click aimed at Luxembourg easily misses it; this gives
// both a forgiving target.
func (m *Map) CountryNear(p Point, maxDist float64) (code string, ok bool) {
	if code, ok := m.CountryAt(p); ok {
		return code, true
	}
	best, bestD := -1, maxDist
	for i := range m.Countries {
		c := &m.Countries[i]
		if p.X < c.Box.Min.X-bestD || p.X > c.Box.Max.X+bestD || p.Y < c.Box.Min.Y-bestD || p.Y > c.Box.Max.Y+bestD {
			continue
		}
		for _, poly := range c.Polygons {
			for _, r := range poly {
				for j, a := range r {
					if d := segDist(p, a, r[(j+1)%len(r)]); d <= bestD {
						best, bestD = i, d
					}
				}
			}
		}
	}
	if best < 0 {
		return "", false
	}
	return m.Countries[best].Code, true
}

// segDist is the distance from p to the segment ab.
func segDist(p, a, b Point) float64 {
	dx, dy := b.X-a.X, b.Y-a.Y
	l2 := dx*dx + dy*dy
	if l2 == 0 {
		return math.Hypot(p.X-a.X, p.Y-a.Y)
	}
	t := math.Max(0, math.Min(1, ((p.X-a.X)*dx+(p.Y-a.Y)*dy)/l2))
	return math.Hypot(p.X-(a.X+t*dx), p.Y-(a.Y+t*dy))
}

// finish computes the derived fields (areas, boxes, index, order) so maps
// built by hand and maps decoded from the asset behave the same.
func (m *Map) finish() {
	for i := range m.Countries {
		c := &m.Countries[i]
		c.area = 0
		box := Rect{Min: c.Label, Max: c.Label}
		first := true
		for _, poly := range c.Polygons {
			c.area += poly.Area()
			for _, r := range poly {
				for _, p := range r {
					if first {
						box = Rect{Min: p, Max: p}
						first = false
					}
					box.Min.X = math.Min(box.Min.X, p.X)
					box.Min.Y = math.Min(box.Min.Y, p.Y)
					box.Max.X = math.Max(box.Max.X, p.X)
					box.Max.Y = math.Max(box.Max.Y, p.Y)
				}
			}
		}
		c.Box = box
	}
	sort.SliceStable(m.Countries, func(i, j int) bool { return m.Countries[i].Code < m.Countries[j].Code })
	m.index()
}

func (m *Map) index() {
	m.byCode = make(map[string]int, len(m.Countries))
	for i, c := range m.Countries {
		m.byCode[c.Code] = i
	}
}
