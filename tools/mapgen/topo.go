package main

import (
	"encoding/json"
	"fmt"
	"strconv"

	"backchannel/game/geo"
)

// Topology is the subset of the TopoJSON format
// (https://github.com/topojson/topojson-specification) that mapgen needs.
type Topology struct {
	Type      string                     `json:"type"`
	Transform *Transform                 `json:"transform"`
	Arcs      [][][]float64              `json:"arcs"`
	Objects   map[string]GeometryCollect `json:"objects"`
}

// Transform is TopoJSON's quantisation: positions are integers that become
// coordinates by x*scale+translate (after undoing the delta encoding).
type Transform struct {
	Scale     [2]float64 `json:"scale"`
	Translate [2]float64 `json:"translate"`
}

// GeometryCollect is a TopoJSON object holding geometries (world-atlas's
// "countries" and "land").
type GeometryCollect struct {
	Type       string     `json:"type"`
	Geometries []Geometry `json:"geometries"`
}

// Geometry is one feature. Arcs is kept raw because its nesting depends on
// Type.
type Geometry struct {
	Type       string            `json:"type"`
	ID         json.RawMessage   `json:"id"`
	Arcs       json.RawMessage   `json:"arcs"`
	Properties map[string]string `json:"properties"`
}

// IDString returns the geometry id as text whether the file stores it as a
// string ("616", as world-atlas does) or a number; "" when absent.
func (g Geometry) IDString() string {
	if len(g.ID) == 0 || string(g.ID) == "null" {
		return ""
	}
	var s string
	if err := json.Unmarshal(g.ID, &s); err == nil {
		return s
	}
	var f float64
	if err := json.Unmarshal(g.ID, &f); err == nil {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	return string(g.ID)
}

// PolygonArcs returns the geometry's polygons as lists of rings of arc
// indices: one polygon for a Polygon, several for a MultiPolygon, none for
// a null geometry. Other types are an error, since countries are areas.
func (g Geometry) PolygonArcs() ([][][]int, error) {
	switch g.Type {
	case "Polygon":
		var rings [][]int
		if err := json.Unmarshal(g.Arcs, &rings); err != nil {
			return nil, fmt.Errorf("polygon arcs: %w", err)
		}
		return [][][]int{rings}, nil
	case "MultiPolygon":
		var polys [][][]int
		if err := json.Unmarshal(g.Arcs, &polys); err != nil {
			return nil, fmt.Errorf("multipolygon arcs: %w", err)
		}
		return polys, nil
	case "", "null":
		return nil, nil
	}
	return nil, fmt.Errorf("unsupported geometry type %q", g.Type)
}

// DecodeArcs returns every arc as absolute lon/lat points (X=lon, Y=lat).
// In a quantised topology each arc's first position is absolute and the
// rest are deltas from the previous one, all in integer grid steps; the
// transform then scales the grid to degrees.
func (t *Topology) DecodeArcs() ([][]geo.Point, error) {
	out := make([][]geo.Point, len(t.Arcs))
	for i, arc := range t.Arcs {
		pts := make([]geo.Point, len(arc))
		var x, y float64
		for j, pos := range arc {
			if len(pos) < 2 {
				return nil, fmt.Errorf("arc %d position %d has %d coordinates", i, j, len(pos))
			}
			if t.Transform == nil {
				pts[j] = geo.Point{X: pos[0], Y: pos[1]}
				continue
			}
			x += pos[0]
			y += pos[1]
			pts[j] = geo.Point{
				X: x*t.Transform.Scale[0] + t.Transform.Translate[0],
				Y: y*t.Transform.Scale[1] + t.Transform.Translate[1],
			}
		}
		out[i] = pts
	}
	return out, nil
}

// AssembleRing joins arcs into one ring. A negative index ^i (written -i-1
// in the file) means arc i walked backwards. Consecutive arcs share their
// joining point, so it is taken once; the closing point is dropped too, as
// geo.Ring implies it.
func AssembleRing(arcs [][]geo.Point, idx []int) (geo.Ring, error) {
	var ring geo.Ring
	for k, i := range idx {
		rev := i < 0
		if rev {
			i = ^i
		}
		if i >= len(arcs) {
			return nil, fmt.Errorf("arc index %d out of range (%d arcs)", i, len(arcs))
		}
		a := arcs[i]
		n := len(a)
		for j := 0; j < n; j++ {
			p := a[j]
			if rev {
				p = a[n-1-j]
			}
			if j == 0 && k > 0 {
				continue
			}
			ring = append(ring, p)
		}
	}
	if len(ring) > 1 && ring[0] == ring[len(ring)-1] {
		ring = ring[:len(ring)-1]
	}
	return ring, nil
}
