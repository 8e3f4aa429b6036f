package main

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"testing"

	"backchannel/game/geo"
)

// tinyTopology is two unit-square countries side by side sharing one arc
// (the border), quantised with scale 0.5 and translate (20, 49): grid
// point (x, y) is lon 20+x/2, lat 49+y/2, inside the game's view.
//
//	arc 0: the shared border (2,0)→(2,2)
//	arc 1: the west country's other sides (2,2)→(0,2)→(0,0)→(2,0)
//	arc 2: the east country's other sides (2,0)→(4,0)→(4,2)→(2,2)
//
// The east country walks arc 0 backwards (index -1, i.e. ^0).
const tinyTopology = `{
  "type": "Topology",
  "transform": {"scale": [0.5, 0.5], "translate": [20, 49]},
  "arcs": [
    [[2,0],[0,2]],
    [[2,2],[-2,0],[0,-2],[2,0]],
    [[2,0],[2,0],[0,2],[-2,0]]
  ],
  "objects": {"countries": {"type": "GeometryCollection", "geometries": [
    {"type": "Polygon", "arcs": [[0, 1]], "id": "203", "properties": {"name": "Czechia"}},
    {"type": "MultiPolygon", "arcs": [[[-1, 2]]], "id": 616, "properties": {"name": "Poland"}},
    {"type": null, "id": "999", "properties": {"name": "Nowhere"}}
  ]}}
}`

func parseTiny(t *testing.T) *Topology {
	t.Helper()
	var topo Topology
	if err := json.Unmarshal([]byte(tinyTopology), &topo); err != nil {
		t.Fatal(err)
	}
	return &topo
}

func TestDecodeArcs(t *testing.T) {
	topo := parseTiny(t)
	arcs, err := topo.DecodeArcs()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]geo.Point{
		{{X: 21, Y: 49}, {X: 21, Y: 50}},
		{{X: 21, Y: 50}, {X: 20, Y: 50}, {X: 20, Y: 49}, {X: 21, Y: 49}},
		{{X: 21, Y: 49}, {X: 22, Y: 49}, {X: 22, Y: 50}, {X: 21, Y: 50}},
	}
	if len(arcs) != len(want) {
		t.Fatalf("got %d arcs, want %d", len(arcs), len(want))
	}
	for i := range want {
		if len(arcs[i]) != len(want[i]) {
			t.Fatalf("arc %d: got %v, want %v", i, arcs[i], want[i])
		}
		for j := range want[i] {
			if arcs[i][j] != want[i][j] {
				t.Errorf("arc %d point %d: got %v, want %v", i, j, arcs[i][j], want[i][j])
			}
		}
	}
}

func TestDecodeArcsUnquantised(t *testing.T) {
	topo := Topology{Arcs: [][][]float64{{{1.5, 2.5}, {3, 4}}}}
	arcs, err := topo.DecodeArcs()
	if err != nil {
		t.Fatal(err)
	}
	if arcs[0][1] != (geo.Point{X: 3, Y: 4}) {
		t.Errorf("without a transform positions are absolute: got %v", arcs[0])
	}
}

func TestAssembleRing(t *testing.T) {
	topo := parseTiny(t)
	arcs, err := topo.DecodeArcs()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		idx  []int
		want geo.Ring
	}{
		{[]int{0, 1}, geo.Ring{{X: 21, Y: 49}, {X: 21, Y: 50}, {X: 20, Y: 50}, {X: 20, Y: 49}}},
		{[]int{-1, 2}, geo.Ring{{X: 21, Y: 50}, {X: 21, Y: 49}, {X: 22, Y: 49}, {X: 22, Y: 50}}},
	} {
		got, err := AssembleRing(arcs, tc.idx)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(tc.want) {
			t.Fatalf("%v: got %v, want %v", tc.idx, got, tc.want)
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%v: point %d is %v, want %v", tc.idx, i, got[i], tc.want[i])
			}
		}
	}
	if _, err := AssembleRing(arcs, []int{7}); err == nil {
		t.Error("out-of-range arc index: want an error")
	}
}

func TestGeometry(t *testing.T) {
	g := parseTiny(t).Objects["countries"].Geometries
	if g[0].IDString() != "203" || g[1].IDString() != "616" {
		t.Errorf("ids: got %q and %q", g[0].IDString(), g[1].IDString())
	}
	p, err := g[1].PolygonArcs()
	if err != nil || len(p) != 1 || len(p[0]) != 1 || p[0][0][0] != -1 {
		t.Errorf("multipolygon arcs: got %v, %v", p, err)
	}
	if p, err := g[2].PolygonArcs(); err != nil || p != nil {
		t.Errorf("null geometry: got %v, %v", p, err)
	}
	if _, err := (Geometry{Type: "LineString"}).PolygonArcs(); err == nil {
		t.Error("LineString: want an error")
	}
}

func TestBuildTiny(t *testing.T) {
	m, st, err := Build(parseTiny(t), DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Countries) != 2 || m.Countries[0].Code != "CZE" || m.Countries[1].Code != "POL" {
		t.Fatalf("countries: got %+v", m.Countries)
	}
	if st.Rings != 2 || st.Points != 8 {
		t.Errorf("stats: got %+v", st)
	}
	// Both countries hold the same two border points: the shared arc was
	// projected and simplified once.
	share := func(a, b geo.Ring) int {
		n := 0
		for _, p := range a {
			for _, q := range b {
				if p == q {
					n++
				}
			}
		}
		return n
	}
	if n := share(m.Countries[0].Polygons[0][0], m.Countries[1].Polygons[0][0]); n != 2 {
		t.Errorf("shared border points: got %d, want 2", n)
	}
	enc, err := geo.Encode(m, 0.1)
	if err != nil {
		t.Fatal(err)
	}
	dm, err := geo.Decode(enc)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		lon, lat float64
		code     string
	}{{20.5, 49.5, "CZE"}, {21.5, 49.5, "POL"}} {
		if got, ok := dm.CountryAt(dm.Project(c.lon, c.lat)); !ok || got != c.code {
			t.Errorf("(%g, %g): got %q, %v; want %s", c.lon, c.lat, got, ok, c.code)
		}
		cc, _ := dm.Country(c.code)
		if got, _ := dm.CountryAt(cc.Label); got != c.code {
			t.Errorf("%s label %v hits %q", c.code, cc.Label, got)
		}
	}
}

func TestBuildUnknownCode(t *testing.T) {
	topo := parseTiny(t)
	topo.Objects["countries"].Geometries[0].ID = json.RawMessage(`"998"`)
	if _, _, err := Build(topo, DefaultOptions()); err == nil {
		t.Error("a country on the map without an alpha-3 code: want an error")
	}
}

func TestSimplify(t *testing.T) {
	line := []geo.Point{pt(0, 0), pt(1, 0.1), pt(2, 0), pt(3, 5), pt(4, 0)}
	got := Simplify(line, 0.5)
	want := []geo.Point{pt(0, 0), pt(2, 0), pt(3, 5), pt(4, 0)}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("point %d: got %v, want %v", i, got[i], want[i])
		}
	}
	// A closed arc (an island) keeps its far side.
	island := []geo.Point{pt(0, 0), pt(4, 0), pt(4, 4), pt(0, 4), pt(0, 0)}
	if got := Simplify(island, 0.5); len(got) < 4 {
		t.Errorf("closed arc collapsed to %v", got)
	}
}

func TestClipRing(t *testing.T) {
	r := geo.Rect{Max: geo.Point{X: 10, Y: 10}}
	sq := geo.Ring{pt(-5, -5), pt(5, -5), pt(5, 5), pt(-5, 5)}
	if a := ClipRing(sq, r).Area(); math.Abs(a-25) > 1e-9 {
		t.Errorf("clipped area: got %g, want 25", a)
	}
	if got := ClipRing(geo.Ring{pt(20, 20), pt(30, 20), pt(30, 30)}, r); len(got) != 0 {
		t.Errorf("ring outside: got %v, want nothing", got)
	}
	inner := geo.Ring{pt(1, 1), pt(2, 1), pt(2, 2)}
	if got := ClipRing(inner, r); len(got) != 3 {
		t.Errorf("ring inside: got %v, want it unchanged", got)
	}
}

func TestLabelPoint(t *testing.T) {
	// A U shape: its centroid lies in the notch, outside the shape.
	u := geo.Polygon{{pt(0, 0), pt(10, 0), pt(10, 10), pt(7, 10), pt(7, 3), pt(3, 3), pt(3, 10), pt(0, 10)}}
	p := LabelPoint(u, 0.01)
	if !u.Contains(p) {
		t.Fatalf("label %v is outside the polygon", p)
	}
	if d := signedDist(p, u); d < 1.4 {
		t.Errorf("label %v is only %g from the edge", p, d)
	}
}

// TestAssetUpToDate regenerates both maps from world-atlas and compares
// them with the committed assets, when the npm package is installed.
func TestAssetUpToDate(t *testing.T) {
	for _, c := range []struct {
		in, asset string
		o         Options
	}{
		{"countries-50m.json", "map.json", DefaultOptions()},
		{"countries-110m.json", "world.json", WorldOptions()},
	} {
		in := "node_modules/world-atlas/" + c.in
		if _, err := os.Stat(in); err != nil {
			t.Skip("world-atlas not installed (npm install in tools/mapgen)")
		}
		enc, _, _, err := Generate(in, c.o)
		if err != nil {
			t.Fatal(err)
		}
		committed, err := os.ReadFile("../../assets/" + c.asset)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(enc, committed) {
			t.Errorf("assets/%s is stale: run go generate ./assets", c.asset)
		}
	}
}

// TestWrapCopies: a ring that steps across the antimeridian (as Fiji's do
// in the 1:110m shapes) becomes one continuous ring past the east edge and
// a copy past the west edge, so neither draws a line across the world.
func TestWrapCopies(t *testing.T) {
	const w = 100
	r := geo.Ring{pt(98, 10), pt(1, 10), pt(1, 12), pt(98, 12)}
	got := WrapCopies(r, w)
	if len(got) != 2 {
		t.Fatalf("%d rings; want the ring and its copy", len(got))
	}
	for k, g := range got {
		for i := 1; i < len(g); i++ {
			if d := math.Abs(g[i].X - g[i-1].X); d > w/2 {
				t.Errorf("ring %d jumps %g units between points %d and %d", k, d, i-1, i)
			}
		}
	}
	if got[0][1].X != 101 || got[1][0].X != -2 {
		t.Errorf("rings %v; want the first past the east edge and the copy past the west", got)
	}
	if one := WrapCopies(geo.Ring{pt(10, 10), pt(20, 10), pt(20, 20)}, w); len(one) != 1 {
		t.Errorf("a ring inside the map gave %d rings", len(one))
	}
}

func pt(x, y float64) geo.Point { return geo.Point{X: x, Y: y} }
