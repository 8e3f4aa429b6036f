// Command mapgen builds the game's map asset (assets/map.json) from Natural
// Earth country shapes in TopoJSON form, as shipped by the npm package
// world-atlas. It is run by `go generate ./assets`; see docs/map.md.
//
// The pipeline: decode the topology's delta-encoded, quantised arcs to
// lon/lat; project every arc with a Lambert conformal conic centred on the
// view; simplify each arc once with Douglas–Peucker (so shared borders
// stay shared); assemble country rings from the simplified arcs; clip them
// to the view rectangle; drop specks; pick label points; and write the
// compact format defined by game/geo.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"backchannel/game/geo"
)

// Options control the generated map. The defaults are the game's map:
// Europe to Iran, 1000 map units wide.
type Options struct {
	Object string     // TopoJSON object holding the countries
	Kind   string     // projection: geo.ProjectionLCC (the default) or geo.ProjectionMiller
	View   [4]float64 // west, south, east, north in degrees; the map is the bounding rectangle of this box once projected
	Lon0   float64    // central meridian
	Lat0   float64    // latitude of origin
	Lat1   float64    // standard parallels
	Lat2   float64
	Width  float64 // map width in map units
	// Tolerance is the Douglas–Peucker tolerance in map units. 0.25 unit is
	// about 2 km on the ground and well under a pixel on a full-HD window.
	Tolerance float64
	// MinArea drops islands and lakes smaller than this many square map
	// units (1 unit is about 7.8 km, so 1 unit² is about 60 km²): they would be sub-pixel specks that
	// only cost bytes.
	MinArea float64
	// MinClippedArea drops pieces cut by the map edge that keep less than
	// this many square map units: a sliver of Niger or Mongolia in a corner
	// would get a label on the very edge and invite clicks on nothing.
	MinClippedArea float64
	Quantum        float64 // coordinate grid of the asset, in map units
}

// DefaultOptions returns the settings used for the committed asset.
func DefaultOptions() Options {
	return Options{
		Object: "countries",
		// 69°N at the corners takes in Iceland and the North Cape; the
		// conic's curved parallels give the south-west corner Western
		// Sahara and the east edge Kazakhstan to Pakistan.
		View:           [4]float64{-12, 24, 65, 69},
		Lon0:           25,
		Lat0:           45,
		Lat1:           32,
		Lat2:           58,
		Width:          1000,
		Tolerance:      0.25,
		MinArea:        1,
		MinClippedArea: 200,
		Quantum:        0.1,
	}
}

// WorldOptions returns the settings of the world map (assets/world.json),
// drawn from the 1:110m shapes to stay small: a Miller cylinder from pole
// to pole but for Antarctica, 5000 map units wide, so a map unit is about
// 8 km at the equator, close to the Europe map's, and the board's margins
// and hit distances mean the same on both.
func WorldOptions() Options {
	return Options{
		Object:         "countries",
		Kind:           geo.ProjectionMiller,
		View:           [4]float64{-180, -58, 180, 84},
		Width:          5000,
		Tolerance:      1,
		MinArea:        4,
		MinClippedArea: 200,
		Quantum:        0.1,
	}
}

func main() {
	o := DefaultOptions()
	in := flag.String("in", "", "world-atlas TopoJSON file (countries-50m.json or countries-110m.json)")
	out := flag.String("out", "map.json", "output asset")
	world := flag.Bool("world", false, "make the world map (a Miller cylinder) instead of Europe's; give it countries-110m.json")
	view := flag.String("view", "", fmt.Sprintf("view box west,south,east,north in degrees (default %g,%g,%g,%g)",
		o.View[0], o.View[1], o.View[2], o.View[3]))
	flag.Float64Var(&o.Tolerance, "tolerance", o.Tolerance, "Douglas–Peucker tolerance in map units")
	flag.Float64Var(&o.MinArea, "min-area", o.MinArea, "drop rings smaller than this (map units²)")
	flag.Float64Var(&o.MinClippedArea, "min-clipped-area", o.MinClippedArea, "drop pieces cut by the map edge smaller than this (map units²)")
	flag.Float64Var(&o.Width, "width", o.Width, "map width in map units")
	png := flag.String("png", "", "also render a preview PNG to this file (a debugging aid)")
	flag.Parse()
	if *world {
		w := WorldOptions()
		// Flags given on the command line still win over the world's defaults.
		flag.Visit(func(f *flag.Flag) {
			switch f.Name {
			case "tolerance":
				w.Tolerance = o.Tolerance
			case "min-area":
				w.MinArea = o.MinArea
			case "min-clipped-area":
				w.MinClippedArea = o.MinClippedArea
			case "width":
				w.Width = o.Width
			}
		})
		o = w
	}
	if *in == "" {
		fail(fmt.Errorf("-in is required (see docs/map.md)"))
	}
	if *view != "" {
		parts := strings.Split(*view, ",")
		if len(parts) != 4 {
			fail(fmt.Errorf("-view wants west,south,east,north"))
		}
		for i, s := range parts {
			v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
			if err != nil {
				fail(fmt.Errorf("-view: %w", err))
			}
			o.View[i] = v
		}
	}
	enc, dm, st, err := Generate(*in, o)
	if err != nil {
		fail(err)
	}
	if err := os.WriteFile(*out, enc, 0o644); err != nil {
		fail(err)
	}
	fmt.Fprintf(os.Stderr, "mapgen: %s: %d countries, %d rings, %d points, %d bytes, %.0f×%.0f units\n",
		*out, len(dm.Countries), st.Rings, st.Points, len(enc), dm.Bounds.Dx(), dm.Bounds.Dy())
	if *png != "" {
		if err := writePreview(dm, *png, 1600); err != nil {
			fail(err)
		}
	}
}

// Generate reads the TopoJSON file in, builds the map and returns the
// encoded asset together with the map as the game will decode it.
func Generate(in string, o Options) ([]byte, *geo.Map, Stats, error) {
	data, err := os.ReadFile(in)
	if err != nil {
		return nil, nil, Stats{}, err
	}
	var t Topology
	if err := json.Unmarshal(data, &t); err != nil {
		return nil, nil, Stats{}, fmt.Errorf("%s: %w", in, err)
	}
	m, st, err := Build(&t, o)
	if err != nil {
		return nil, nil, st, err
	}
	m.Source = source(in)
	enc, err := geo.Encode(m, o.Quantum)
	if err != nil {
		return nil, nil, st, err
	}
	// Decode what we wrote, so a format bug fails here and not in the game.
	dm, err := geo.Decode(enc)
	if err != nil {
		return nil, nil, st, fmt.Errorf("re-reading the asset: %w", err)
	}
	return enc, dm, st, nil
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "mapgen:", err)
	os.Exit(1)
}

// source credits the data, reading world-atlas's version from its
// package.json when the input sits in the npm package.
func source(in string) string {
	s := "Natural Earth (public domain) via world-atlas " + filepath.Base(in)
	b, err := os.ReadFile(filepath.Join(filepath.Dir(in), "package.json"))
	if err != nil {
		return s
	}
	var pkg struct{ Name, Version string }
	if json.Unmarshal(b, &pkg) == nil && pkg.Name == "world-atlas" {
		s = fmt.Sprintf("Natural Earth (public domain) via world-atlas %s %s", pkg.Version, filepath.Base(in))
	}
	return s
}

// Stats counts what went into the map, for the log line.
type Stats struct{ Rings, Points int }

// Projection returns the projection for o, scaled so the projected view box
// spans Width map units, and the map bounds. The view box's edges are
// sampled because a conic bends parallels into arcs: the bounding
// rectangle is set by the box's corners on one side and its middle on the
// other.
func (o Options) Projection() (geo.Projection, geo.Rect) {
	p := geo.NewLCC(o.Lon0, o.Lat0, o.Lat1, o.Lat2)
	if o.Kind == geo.ProjectionMiller {
		p = geo.NewMiller(o.Lon0)
	}
	w, s, e, n := o.View[0], o.View[1], o.View[2], o.View[3]
	minX, minY := math.Inf(1), math.Inf(1)
	maxX, maxY := math.Inf(-1), math.Inf(-1)
	add := func(lon, lat float64) {
		x, y := p.Raw(lon, lat)
		minX, maxX = math.Min(minX, x), math.Max(maxX, x)
		minY, maxY = math.Min(minY, y), math.Max(maxY, y)
	}
	const steps = 200
	for i := 0; i <= steps; i++ {
		f := float64(i) / steps
		add(w+f*(e-w), s)
		add(w+f*(e-w), n)
		add(w, s+f*(n-s))
		add(e, s+f*(n-s))
	}
	p.Scale = o.Width / (maxX - minX)
	p.X0, p.Y0 = minX, maxY
	return p, geo.Rect{Max: geo.Point{X: o.Width, Y: p.Scale * (maxY - minY)}}
}

// Build turns the topology into a map: see the package comment for the
// steps. Countries absent from the code tables are an error if they end up
// on the map.
func Build(t *Topology, o Options) (*geo.Map, Stats, error) {
	var st Stats
	obj, ok := t.Objects[o.Object]
	if !ok {
		return nil, st, fmt.Errorf("topology has no object %q", o.Object)
	}
	proj, bounds := o.Projection()
	sel := selectBox(proj, bounds)
	ll, err := t.DecodeArcs()
	if err != nil {
		return nil, st, err
	}
	arcs := make([][]geo.Point, len(ll))
	for i, a := range ll {
		pts := make([]geo.Point, len(a))
		for j, p := range a {
			pts[j] = proj.Project(p.X, p.Y)
		}
		arcs[i] = Simplify(pts, o.Tolerance)
	}
	m := &geo.Map{Bounds: bounds, Projection: proj}
	index := map[string]int{}
	var unknown []string
	for gi, g := range obj.Geometries {
		polyArcs, err := g.PolygonArcs()
		if err != nil {
			return nil, st, fmt.Errorf("geometry %d (%s): %w", gi, g.Properties["name"], err)
		}
		var polys []geo.Polygon
		var sumLon, sumLat, nPts float64
		for _, pa := range polyArcs {
			if len(pa) == 0 {
				continue
			}
			outer, err := AssembleRing(ll, pa[0])
			if err != nil {
				return nil, st, fmt.Errorf("geometry %d (%s): %w", gi, g.Properties["name"], err)
			}
			if !overlaps(lonLatBox(outer), sel) {
				// Skipped in lon/lat, before projecting: pieces far from
				// the view can wrap around the cone (Antarctica encircles
				// the pole; Alaska straddles the meridian opposite Lon0)
				// and would then seem to cover the whole map.
				continue
			}
			for _, p := range outer {
				sumLon, sumLat, nPts = sumLon+p.X, sumLat+p.Y, nPts+1
			}
			rings := make([]geo.Ring, len(pa))
			for ri, ra := range pa {
				if rings[ri], err = AssembleRing(arcs, ra); err != nil {
					return nil, st, fmt.Errorf("geometry %d (%s): %w", gi, g.Properties["name"], err)
				}
			}
			shapes := [][]geo.Ring{rings}
			if o.Kind == geo.ProjectionMiller {
				// A piece across the antimeridian becomes one piece on each edge.
				shapes = nil
				for k, c := range WrapCopies(rings[0], bounds.Dx()) {
					sh := []geo.Ring{c}
					if k == 0 {
						sh = append(sh, rings[1:]...)
					}
					shapes = append(shapes, sh)
				}
			}
			for _, sh := range shapes {
				if poly := clipShape(sh, bounds, o); len(poly) > 0 {
					polys = append(polys, poly)
				}
			}
		}
		var label geo.Point
		if len(polys) > 0 {
			sort.SliceStable(polys, func(i, j int) bool { return polys[i].Area() > polys[j].Area() })
			label = LabelPoint(polys[0], 0.25)
		} else {
			// Too small to draw (Vatican, Monaco): keep a label at the
			// shape's mean vertex so actors can still be placed there.
			if nPts == 0 {
				continue
			}
			label = proj.Project(sumLon/nPts, sumLat/nPts)
			if !bounds.Contains(label) {
				continue
			}
		}
		id, name := g.IDString(), g.Properties["name"]
		pl, ok := byNum[id]
		if !ok {
			pl, ok = byName[name]
		}
		if !ok {
			unknown = append(unknown, fmt.Sprintf("%q (id %q)", name, id))
			continue
		}
		if i, dup := index[pl.code]; dup {
			// Two features with one code: merge their pieces, keeping the
			// label of the bigger country.
			c := &m.Countries[i]
			c.Polygons = append(c.Polygons, polys...)
			sort.SliceStable(c.Polygons, func(i, j int) bool { return c.Polygons[i].Area() > c.Polygons[j].Area() })
			if len(c.Polygons) > 0 {
				c.Label = LabelPoint(c.Polygons[0], 0.25)
			}
			continue
		}
		index[pl.code] = len(m.Countries)
		m.Countries = append(m.Countries, geo.Country{Code: pl.code, Num: id, Name: pl.name, Polygons: polys, Label: label})
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return nil, st, fmt.Errorf("no alpha-3 code for %s: add them to tools/mapgen/codes.go", strings.Join(unknown, ", "))
	}
	sort.Slice(m.Countries, func(i, j int) bool { return m.Countries[i].Code < m.Countries[j].Code })
	for _, c := range m.Countries {
		for _, p := range c.Polygons {
			st.Rings += len(p)
			for _, r := range p {
				st.Points += len(r)
			}
		}
	}
	return m, st, nil
}

// clipShape clips a piece's rings (outer edge first, then holes) to the
// map and drops what is too small to see.
func clipShape(rings []geo.Ring, bounds geo.Rect, o Options) geo.Polygon {
	var poly geo.Polygon
	for ri, r := range rings {
		cut := !inside(r, bounds)
		r = ClipRing(r, bounds)
		if len(r) < 3 || r.Area() < o.MinArea || (ri == 0 && cut && r.Area() < o.MinClippedArea) {
			if ri == 0 {
				return nil // no outer edge, so no holes either
			}
			continue
		}
		poly = append(poly, r)
	}
	return poly
}

// selectBox returns the lon/lat box (as a Rect with X=lon, Y=lat) covering
// the map rectangle, with a degree of margin, found by unprojecting the
// rectangle's edges.
func selectBox(p geo.Projection, b geo.Rect) geo.Rect {
	box := geo.Rect{Min: geo.Point{X: math.Inf(1), Y: math.Inf(1)}, Max: geo.Point{X: math.Inf(-1), Y: math.Inf(-1)}}
	const steps = 200
	for i := 0; i <= steps; i++ {
		f := float64(i) / steps
		for _, pt := range []geo.Point{
			{X: b.Min.X + f*b.Dx(), Y: b.Min.Y}, {X: b.Min.X + f*b.Dx(), Y: b.Max.Y},
			{X: b.Min.X, Y: b.Min.Y + f*b.Dy()}, {X: b.Max.X, Y: b.Min.Y + f*b.Dy()},
		} {
			lon, lat := p.Unproject(pt)
			box = grow(box, geo.Point{X: lon, Y: lat})
		}
	}
	box.Min.X, box.Min.Y = box.Min.X-1, box.Min.Y-1
	box.Max.X, box.Max.Y = box.Max.X+1, box.Max.Y+1
	return box
}

func lonLatBox(r geo.Ring) geo.Rect {
	box := geo.Rect{Min: geo.Point{X: math.Inf(1), Y: math.Inf(1)}, Max: geo.Point{X: math.Inf(-1), Y: math.Inf(-1)}}
	for _, p := range r {
		box = grow(box, p)
	}
	return box
}

func grow(b geo.Rect, p geo.Point) geo.Rect {
	b.Min.X, b.Min.Y = math.Min(b.Min.X, p.X), math.Min(b.Min.Y, p.Y)
	b.Max.X, b.Max.Y = math.Max(b.Max.X, p.X), math.Max(b.Max.Y, p.Y)
	return b
}

func overlaps(a, b geo.Rect) bool {
	return a.Min.X <= b.Max.X && b.Min.X <= a.Max.X && a.Min.Y <= b.Max.Y && b.Min.Y <= a.Max.Y
}

func inside(r geo.Ring, b geo.Rect) bool {
	for _, p := range r {
		if !b.Contains(p) {
			return false
		}
	}
	return true
}
