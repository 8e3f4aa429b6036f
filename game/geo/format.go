package geo

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
)

// FormatVersion is the version of the map asset format written by Encode.
// Bump it when the layout changes so stale assets fail loudly.
const FormatVersion = 1

// The asset is JSON, one country per line so regenerating it gives readable
// diffs:
//
//	{"format":"backchannel-map","version":1,"source":"...",
//	 "projection":{"kind":"lcc","lon0":..,"lat0":..,"lat1":..,"lat2":..,"scale":..,"x0":..,"y0":..},
//	 "bounds":[minX,minY,maxX,maxY],"quantum":0.1,
//	 "countries":[
//	 {"code":"POL","num":"616","name":"Poland","label":[x,y],"polygons":[[[x0,y0,dx1,dy1,...],...],...]},
//	 ...]}
//
// Coordinates are integers counting quanta of map units (0.1 unit, well
// under a pixel at any likely window size). Each ring is a flat list whose
// first pair is absolute and whose further pairs are deltas from the
// previous point: deltas are short numbers, which is what keeps the file
// small. Borders shared by neighbours were simplified once, as shared
// TopoJSON arcs, so after quantising they coincide exactly and leave no
// slivers. Each polygon is [outer, holes...]; the label is absolute.
type wireMap struct {
	Format     string        `json:"format"`
	Version    int           `json:"version"`
	Source     string        `json:"source,omitempty"`
	Projection Projection    `json:"projection"`
	Bounds     [4]float64    `json:"bounds"`
	Quantum    float64       `json:"quantum"`
	Countries  []wireCountry `json:"countries"`
}

type wireCountry struct {
	Code     string      `json:"code"`
	Num      string      `json:"num,omitempty"`
	Name     string      `json:"name"`
	Label    [2]int64    `json:"label"`
	Polygons [][][]int64 `json:"polygons"`
}

const formatName = "backchannel-map"

// Decode parses a map asset (normally assets.MapJSON).
func Decode(data []byte) (*Map, error) {
	var w wireMap
	if err := json.Unmarshal(data, &w); err != nil {
		return nil, fmt.Errorf("geo: decode map: %w", err)
	}
	return fromWire(&w)
}

// fromWire checks a decoded asset and builds its Map: the one way from
// either form of the asset (JSON, or the binary of DecodeBinary) to a Map.
func fromWire(w *wireMap) (*Map, error) {
	if w.Format != formatName || w.Version != FormatVersion {
		return nil, fmt.Errorf("geo: map asset is %q version %d, want %q version %d (regenerate it, see docs/map.md)",
			w.Format, w.Version, formatName, FormatVersion)
	}
	if err := w.Projection.Validate(); err != nil {
		return nil, err
	}
	if !(w.Quantum > 0) {
		return nil, fmt.Errorf("geo: map quantum %g must be positive", w.Quantum)
	}
	q := w.Quantum
	m := &Map{
		Bounds:     Rect{Min: Point{w.Bounds[0], w.Bounds[1]}, Max: Point{w.Bounds[2], w.Bounds[3]}},
		Projection: w.Projection,
		Source:     w.Source,
		Countries:  make([]Country, 0, len(w.Countries)),
	}
	seen := map[string]bool{}
	for _, wc := range w.Countries {
		if wc.Code == "" {
			return nil, fmt.Errorf("geo: country %q has no code", wc.Name)
		}
		if seen[wc.Code] {
			return nil, fmt.Errorf("geo: duplicate country code %q", wc.Code)
		}
		seen[wc.Code] = true
		c := Country{
			Code:  wc.Code,
			Num:   wc.Num,
			Name:  wc.Name,
			Label: Point{float64(wc.Label[0]) * q, float64(wc.Label[1]) * q},
		}
		for pi, wp := range wc.Polygons {
			poly := make(Polygon, 0, len(wp))
			for ri, flat := range wp {
				if len(flat)%2 != 0 || len(flat) < 6 {
					return nil, fmt.Errorf("geo: %s polygon %d ring %d: %d numbers, want an even count of at least 6",
						wc.Code, pi, ri, len(flat))
				}
				r := make(Ring, len(flat)/2)
				var x, y int64
				for i := range r {
					if i == 0 {
						x, y = flat[0], flat[1]
					} else {
						x += flat[2*i]
						y += flat[2*i+1]
					}
					r[i] = Point{float64(x) * q, float64(y) * q}
				}
				poly = append(poly, r)
			}
			if len(poly) > 0 {
				c.Polygons = append(c.Polygons, poly)
			}
		}
		m.Countries = append(m.Countries, c)
	}
	m.finish()
	return m, nil
}

// Encode writes m in the asset format with coordinates rounded to the given
// quantum of map units. Points that round onto their predecessor are
// dropped, as are rings left with fewer than three points (and a polygon
// whose outer ring goes). Encode is used by tools/mapgen; the game only
// decodes.
func Encode(m *Map, quantum float64) ([]byte, error) {
	if !(quantum > 0) {
		return nil, fmt.Errorf("geo: quantum %g must be positive", quantum)
	}
	if err := m.Projection.Validate(); err != nil {
		return nil, err
	}
	qi := func(v float64) int64 { return int64(math.Round(v / quantum)) }
	head := wireMap{
		Format:     formatName,
		Version:    FormatVersion,
		Source:     m.Source,
		Projection: m.Projection,
		Bounds:     [4]float64{m.Bounds.Min.X, m.Bounds.Min.Y, m.Bounds.Max.X, m.Bounds.Max.Y},
		Quantum:    quantum,
	}
	hb, err := json.Marshal(head)
	if err != nil {
		return nil, err
	}
	// Splice the countries in one per line in place of the null array.
	hb = bytes.TrimSuffix(hb, []byte(`"countries":null}`))
	var buf bytes.Buffer
	buf.Write(hb)
	buf.WriteString(`"countries":[`)
	seen := map[string]bool{}
	for i := range m.Countries {
		c := &m.Countries[i]
		if c.Code == "" || seen[c.Code] {
			return nil, fmt.Errorf("geo: country %q: missing or duplicate code %q", c.Name, c.Code)
		}
		seen[c.Code] = true
		wc := wireCountry{
			Code:     c.Code,
			Num:      c.Num,
			Name:     c.Name,
			Label:    [2]int64{qi(c.Label.X), qi(c.Label.Y)},
			Polygons: [][][]int64{},
		}
		for _, poly := range c.Polygons {
			var wp [][]int64
			for ri, r := range poly {
				flat := quantizeRing(r, qi)
				if flat == nil {
					if ri == 0 {
						break
					}
					continue
				}
				wp = append(wp, flat)
			}
			if len(wp) > 0 {
				wc.Polygons = append(wc.Polygons, wp)
			}
		}
		cb, err := json.Marshal(wc)
		if err != nil {
			return nil, err
		}
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.WriteByte('\n')
		buf.Write(cb)
	}
	buf.WriteString("\n]}\n")
	return buf.Bytes(), nil
}

// quantizeRing rounds r to the grid and delta-encodes it, or returns nil
// when fewer than three distinct points remain.
func quantizeRing(r Ring, qi func(float64) int64) []int64 {
	pts := make([][2]int64, 0, len(r))
	for _, p := range r {
		q := [2]int64{qi(p.X), qi(p.Y)}
		if len(pts) > 0 && pts[len(pts)-1] == q {
			continue
		}
		pts = append(pts, q)
	}
	for len(pts) > 1 && pts[len(pts)-1] == pts[0] {
		pts = pts[:len(pts)-1]
	}
	if len(pts) < 3 {
		return nil
	}
	flat := make([]int64, 0, 2*len(pts))
	prev := [2]int64{}
	for i, q := range pts {
		if i == 0 {
			flat = append(flat, q[0], q[1])
		} else {
			flat = append(flat, q[0]-prev[0], q[1]-prev[1])
		}
		prev = q
	}
	return flat
}
