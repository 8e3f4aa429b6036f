package geo_test

import (
	"math"
	"strings"
	"testing"

	"backchannel/assets"
	"backchannel/game/geo"
)

// maxAssetBytes is the size budget for assets/map.json: it ships inside
// the browser build, so it should stay small.
const maxAssetBytes = 150 * 1024

func loadMap(t *testing.T) *geo.Map {
	t.Helper()
	m, err := geo.Decode(assets.MapJSON)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestEmbeddedMap(t *testing.T) {
	m := loadMap(t)
	if n := len(assets.MapJSON); n >= maxAssetBytes {
		t.Errorf("map asset is %d bytes, budget %d", n, maxAssetBytes)
	}
	if m.Bounds.Min != (geo.Point{}) || m.Bounds.Dx() != 1000 || m.Bounds.Dy() <= 0 {
		t.Errorf("bounds: %+v", m.Bounds)
	}
	if !strings.Contains(m.Source, "Natural Earth") {
		t.Errorf("source credit: %q", m.Source)
	}
	for code, name := range map[string]string{
		"POL": "Poland", "CZE": "Czechia", "RUS": "Russia", "IRN": "Iran", "UKR": "Ukraine",
		"TUR": "Turkey", "DEU": "Germany", "FRA": "France", "GBR": "United Kingdom",
		"ISR": "Israel", "SYR": "Syria", "IRQ": "Iraq", "SAU": "Saudi Arabia", "EGY": "Egypt",
		"GEO": "Georgia", "ARM": "Armenia", "AZE": "Azerbaijan", "KAZ": "Kazakhstan",
		"TKM": "Turkmenistan", "BLR": "Belarus", "XKX": "Kosovo", "CYP": "Cyprus",
		"ISL": "Iceland", "NOR": "Norway", "ESP": "Spain", "MAR": "Morocco", "AFG": "Afghanistan",
	} {
		c, ok := m.Country(code)
		if !ok {
			t.Errorf("%s missing", code)
			continue
		}
		if c.Name != name {
			t.Errorf("%s is named %q, want %q", code, c.Name, name)
		}
		if len(c.Polygons) == 0 || c.Area() <= 0 {
			t.Errorf("%s has no shape", code)
		}
	}
	if _, ok := m.Country("USA"); ok {
		t.Error("USA should be off the map")
	}
	for i := 1; i < len(m.Countries); i++ {
		if m.Countries[i-1].Code >= m.Countries[i].Code {
			t.Errorf("countries not sorted by code at %s, %s", m.Countries[i-1].Code, m.Countries[i].Code)
		}
	}
}

// TestLabelsInside checks every drawn country's label point hits that
// country, so tokens and names never sit on the sea or a neighbour.
func TestLabelsInside(t *testing.T) {
	m := loadMap(t)
	for _, c := range m.Countries {
		if !m.Bounds.Contains(c.Label) {
			t.Errorf("%s label %v outside the map", c.Code, c.Label)
		}
		if len(c.Polygons) == 0 {
			continue // a microstate kept only as a point
		}
		if got, ok := m.CountryAt(c.Label); !ok || got != c.Code {
			t.Errorf("%s label %v hits %q", c.Code, c.Label, got)
		}
	}
}

func TestCities(t *testing.T) {
	m := loadMap(t)
	for _, c := range []struct {
		name     string
		lon, lat float64
		code     string
	}{
		{"Warsaw", 21.0122, 52.2297, "POL"},
		{"Prague", 14.4378, 50.0755, "CZE"},
		{"Tehran", 51.3890, 35.6892, "IRN"},
		{"Moscow", 37.6173, 55.7558, "RUS"},
		{"Kyiv", 30.5234, 50.4501, "UKR"},
		{"Minsk", 27.5615, 53.9045, "BLR"},
		{"Berlin", 13.4050, 52.5200, "DEU"},
		{"Paris", 2.3522, 48.8566, "FRA"},
		{"London", -0.1276, 51.5072, "GBR"},
		{"Vienna", 16.3738, 48.2082, "AUT"},
		{"Budapest", 19.0402, 47.4979, "HUN"},
		{"Rome", 12.4964, 41.9028, "ITA"},
		{"Madrid", -3.7038, 40.4168, "ESP"},
		{"Ankara", 32.8597, 39.9334, "TUR"},
		{"Tbilisi", 44.8271, 41.7151, "GEO"},
		{"Yerevan", 44.5152, 40.1872, "ARM"},
		{"Baku", 49.8671, 40.4093, "AZE"},
		{"Baghdad", 44.3661, 33.3152, "IRQ"},
		{"Damascus", 36.2765, 33.5138, "SYR"},
		{"Riyadh", 46.6753, 24.7136, "SAU"},
		{"Cairo", 31.2357, 30.0444, "EGY"},
		{"Helsinki", 24.9384, 60.1699, "FIN"},
		{"Reykjavik", -21.9426, 64.1466, "ISL"},
		{"Pristina", 21.1655, 42.6629, "XKX"},
		{"Ashgabat", 58.3261, 37.9601, "TKM"},
	} {
		p := m.Project(c.lon, c.lat)
		if !m.Bounds.Contains(p) {
			t.Errorf("%s projects to %v, outside the map", c.name, p)
			continue
		}
		if got, ok := m.CountryAt(p); !ok || got != c.code {
			t.Errorf("%s (%v): got %q, %v; want %s", c.name, p, got, ok, c.code)
		}
	}
}

// TestCoastalCapitals covers capitals that the 1:50m coastline leaves just
// offshore: CountryNear still finds them.
func TestCoastalCapitals(t *testing.T) {
	m := loadMap(t)
	for _, c := range []struct {
		name     string
		lon, lat float64
		code     string
	}{
		{"Stockholm", 18.0686, 59.3293, "SWE"},
		{"Copenhagen", 12.5683, 55.6761, "DNK"},
		{"Lisbon", -9.1393, 38.7223, "PRT"},
		{"Istanbul", 28.9784, 41.0082, "TUR"},
		{"Beirut", 35.5018, 33.8938, "LBN"},
		{"Manama", 50.5860, 26.2285, "BHR"},
		{"Luxembourg", 6.1296, 49.6116, "LUX"},
	} {
		p := m.Project(c.lon, c.lat)
		if got, ok := m.CountryNear(p, 3); !ok || got != c.code {
			t.Errorf("%s (%v): got %q, %v; want %s", c.name, p, got, ok, c.code)
		}
	}
	if got, ok := m.CountryNear(m.Project(34, 43.5), 3); ok {
		t.Errorf("mid Black Sea is near %s", got)
	}
}

func TestSea(t *testing.T) {
	m := loadMap(t)
	for _, s := range []struct {
		name     string
		lon, lat float64
	}{
		{"Black Sea", 34, 43.5},
		{"Mediterranean", 18, 35},
		{"Caspian Sea", 51, 42},
		{"North Sea", 3, 56},
		{"Bay of Biscay", -5, 45.5},
		{"Baltic", 19, 56.5},
		{"Persian Gulf", 51.5, 27.5},
	} {
		if got, ok := m.CountryAt(m.Project(s.lon, s.lat)); ok {
			t.Errorf("%s hits %s", s.name, got)
		}
	}
	if got, ok := m.CountryAt(geo.Point{X: -50, Y: -50}); ok {
		t.Errorf("off the map hits %s", got)
	}
}

func TestProjectOffMap(t *testing.T) {
	m := loadMap(t)
	// Washington is far to the west and north of the cone's view: it must
	// still project to a finite point, just outside the bounds.
	p := m.Project(-77.0369, 38.9072)
	if math.IsNaN(p.X) || math.IsNaN(p.Y) || math.IsInf(p.X, 0) || math.IsInf(p.Y, 0) {
		t.Fatalf("Washington projects to %v", p)
	}
	if m.Bounds.Contains(p) || p.X >= 0 {
		t.Errorf("Washington %v should be off the map to the west", p)
	}
}

func TestUnprojectRoundTrip(t *testing.T) {
	m := loadMap(t)
	for _, ll := range [][2]float64{{21, 52.2}, {-12, 24}, {65, 69}, {51.4, 35.7}, {-77, 38.9}, {140, -30}} {
		lon, lat := m.Projection.Unproject(m.Project(ll[0], ll[1]))
		if math.Abs(lon-ll[0]) > 1e-9 || math.Abs(lat-ll[1]) > 1e-9 {
			t.Errorf("%v round-trips to (%g, %g)", ll, lon, lat)
		}
	}
}

func TestFit(t *testing.T) {
	src := geo.Rect{Max: geo.Point{X: 1000, Y: 500}}
	tr := geo.Fit(src, geo.Rect{Min: geo.Point{X: 10, Y: 20}, Max: geo.Point{X: 510, Y: 520}})
	if tr.Scale != 0.5 {
		t.Errorf("scale: got %g, want 0.5 (width-limited)", tr.Scale)
	}
	// Letterboxed: 250 px tall, centred in 500, so top at 20+125.
	if got := tr.Apply(geo.Point{}); got != (geo.Point{X: 10, Y: 145}) {
		t.Errorf("top-left maps to %v", got)
	}
	if got := tr.Apply(src.Max); got != (geo.Point{X: 510, Y: 395}) {
		t.Errorf("bottom-right maps to %v", got)
	}
	p := geo.Point{X: 123.5, Y: 321.25}
	if got := tr.Invert(tr.Apply(p)); math.Abs(got.X-p.X) > 1e-9 || math.Abs(got.Y-p.Y) > 1e-9 {
		t.Errorf("Invert(Apply(%v)) = %v", p, got)
	}
	m := loadMap(t)
	mt := m.Fit(1920, 1080)
	br := mt.Apply(m.Bounds.Max)
	if br.X > 1920+1e-9 || br.Y > 1080+1e-9 || (math.Abs(br.X-1920) > 1e-9 && math.Abs(br.Y-1080) > 1e-9) {
		t.Errorf("map fitted to 1920×1080 ends at %v", br)
	}
}

// TestEncodeDecode round-trips a hand-made map with an enclave: a hole in
// one country filled by another, as with San Marino in Italy.
func TestEncodeDecode(t *testing.T) {
	outer := geo.Ring{{X: 0, Y: 0}, {X: 100, Y: 0}, {X: 100, Y: 100}, {X: 0, Y: 100}}
	hole := geo.Ring{{X: 40, Y: 40}, {X: 60, Y: 40}, {X: 60, Y: 60}, {X: 40, Y: 60}}
	in := &geo.Map{
		Bounds:     geo.Rect{Max: geo.Point{X: 200, Y: 100}},
		Projection: geo.NewLCC(25, 45, 32, 58),
		Source:     "test",
		Countries: []geo.Country{
			{Code: "ITA", Num: "380", Name: "Italy", Polygons: []geo.Polygon{{outer, hole}}, Label: geo.Point{X: 20, Y: 20}},
			{Code: "SMR", Num: "674", Name: "San Marino", Polygons: []geo.Polygon{{hole}}, Label: geo.Point{X: 50, Y: 50}},
			{Code: "VAT", Name: "Vatican", Label: geo.Point{X: 150.04, Y: 50}},
		},
	}
	data, err := geo.Encode(in, 0.1)
	if err != nil {
		t.Fatal(err)
	}
	m, err := geo.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		p    geo.Point
		code string
	}{{geo.Point{X: 10, Y: 10}, "ITA"}, {geo.Point{X: 50, Y: 50}, "SMR"}, {geo.Point{X: 150, Y: 50}, ""}} {
		got, _ := m.CountryAt(c.p)
		if got != c.code {
			t.Errorf("%v: got %q, want %q", c.p, got, c.code)
		}
	}
	ita, _ := m.Country("ITA")
	if a := ita.Area(); math.Abs(a-9600) > 1e-6 {
		t.Errorf("Italy's area: got %g, want 9600", a)
	}
	vat, ok := m.Country("VAT")
	if !ok || vat.Label != (geo.Point{X: 150, Y: 50}) || len(vat.Polygons) != 0 {
		t.Errorf("Vatican: got %+v", vat)
	}
	if m.Source != "test" || m.Projection != in.Projection {
		t.Errorf("header: got %q %+v", m.Source, m.Projection)
	}
}

func TestDecodeErrors(t *testing.T) {
	for name, data := range map[string]string{
		"not json":    `{`,
		"old version": `{"format":"backchannel-map","version":0}`,
		"bad projection": `{"format":"backchannel-map","version":1,"quantum":0.1,
			"projection":{"kind":"mercator","lat1":30,"lat2":60,"scale":1}}`,
		"odd ring": `{"format":"backchannel-map","version":1,"quantum":0.1,
			"projection":{"kind":"lcc","lat1":30,"lat2":60,"scale":1},
			"countries":[{"code":"X","name":"X","label":[0,0],"polygons":[[[0,0,1,1,2]]]}]}`,
		"duplicate": `{"format":"backchannel-map","version":1,"quantum":0.1,
			"projection":{"kind":"lcc","lat1":30,"lat2":60,"scale":1},
			"countries":[{"code":"X","name":"X","label":[0,0],"polygons":[]},{"code":"X","name":"Y","label":[0,0],"polygons":[]}]}`,
	} {
		if _, err := geo.Decode([]byte(data)); err == nil {
			t.Errorf("%s: want an error", name)
		}
	}
}

// TestWorldMap: the world asset holds every continent but Antarctica on a
// Miller cylinder, within the size budget, and its projection undoes
// itself.
func TestWorldMap(t *testing.T) {
	if n := len(assets.WorldJSON); n >= maxAssetBytes {
		t.Errorf("world asset is %d bytes, budget %d", n, maxAssetBytes)
	}
	w, err := geo.Decode(assets.WorldJSON)
	if err != nil {
		t.Fatal(err)
	}
	if w.Projection.Kind != geo.ProjectionMiller || w.Bounds.Dx() != 5000 {
		t.Errorf("projection %q, bounds %+v; want a Miller cylinder 5000 units wide", w.Projection.Kind, w.Bounds)
	}
	for _, c := range []struct {
		code     string
		lon, lat float64
	}{
		{"USA", -77.04, 38.91}, {"CUB", -82.38, 23.13}, {"BRA", -47.88, -15.79}, {"CHN", 116.4, 39.9},
		{"JPN", 139.69, 35.69}, {"KOR", 126.98, 37.57}, {"IND", 77.2, 28.6}, {"ZAF", 28.19, -25.75},
		{"AUS", 149.13, -35.28}, {"RUS", 37.62, 55.75}, {"GBR", -1.5, 52.5},
	} {
		p := w.Project(c.lon, c.lat)
		if got, ok := w.CountryNear(p, 8); !ok || got != c.code {
			t.Errorf("(%g, %g) is in %q; want %s", c.lon, c.lat, got, c.code)
		}
		lon, lat := w.Projection.Unproject(p)
		if math.Abs(lon-c.lon) > 1e-9 || math.Abs(lat-c.lat) > 1e-9 {
			t.Errorf("unproject(project(%g, %g)) = (%g, %g)", c.lon, c.lat, lon, lat)
		}
	}
	if _, ok := w.Country("ATA"); ok {
		t.Error("Antarctica is on the world map; it only takes room")
	}
	// Chukotka, east of the 180th meridian, is drawn on the west edge and
	// no border runs across the map.
	for _, c := range w.Countries {
		for _, poly := range c.Polygons {
			for _, r := range poly {
				for i, a := range r {
					if b := r[(i+1)%len(r)]; math.Abs(b.X-a.X) > w.Bounds.Dx()/2 {
						t.Errorf("%s has an edge across the map: %v to %v", c.Code, a, b)
					}
				}
			}
		}
	}
	if got, ok := w.CountryAt(w.Project(-175, 66)); !ok || got != "RUS" {
		t.Errorf("Chukotka at 175°W is %q; want RUS", got)
	}
}

// TestChoose: episodes set in Europe and the Middle East keep its detailed
// map even with Washington at the table; the Caribbean and East Asia take
// the world map, with or without a view box.
func TestChoose(t *testing.T) {
	eu := loadMap(t)
	w, err := geo.Decode(assets.WorldJSON)
	if err != nil {
		t.Fatal(err)
	}
	maps := []*geo.Map{eu, w}
	ll := func(pts ...float64) []geo.Point {
		var out []geo.Point
		for i := 0; i < len(pts); i += 2 {
			out = append(out, geo.Point{X: pts[i], Y: pts[i+1]})
		}
		return out
	}
	box := func(west, south, east, north float64) *geo.Rect {
		return &geo.Rect{Min: geo.Point{X: west, Y: south}, Max: geo.Point{X: east, Y: north}}
	}
	washington, moscow, warsaw, prague, tehran := []float64{-77, 38.9}, []float64{37.6, 55.8}, []float64{21, 52.2}, []float64{14.4, 50.1}, []float64{51.4, 35.7}
	cat := func(ps ...[]float64) []geo.Point {
		var f []float64
		for _, p := range ps {
			f = append(f, p...)
		}
		return ll(f...)
	}
	for _, c := range []struct {
		name   string
		places []geo.Point
		box    *geo.Rect
		want   *geo.Map
	}{
		{"letter-2009", cat(washington, moscow, warsaw, prague, tehran), nil, eu},
		{"Eastern Mediterranean view", nil, box(25, 27, 42, 41), eu},
		{"the Caribbean", cat(washington, []float64{-82.4, 23.1}, moscow), nil, w},
		{"East Asia view", cat(moscow), box(100, 20, 150, 50), w},
		{"a view reaching past Europe's map", nil, box(-30, 20, 40, 60), w},
	} {
		if got := geo.Choose(maps, c.places, c.box); got != c.want {
			t.Errorf("%s: got the %s map", c.name, got.Projection.Kind)
		}
	}
}
