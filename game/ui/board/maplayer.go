package board

import (
	"image"
	"image/color"
	"math"
	"slices"
	"strconv"
	"sync"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/assets"
	"backchannel/game"
	"backchannel/game/geo"
	"backchannel/game/ui"
)

// mapAssets are the decoded map assets, each decoded once and shared by
// every board, the most detailed first (Europe and the Middle East, then
// the world) as geo.Choose wants them.
var mapAssets = [...]func() (*geo.Map, error){
	sync.OnceValues(func() (*geo.Map, error) { return geo.DecodeBinary(assets.MapBin) }),
	sync.OnceValues(func() (*geo.Map, error) { return geo.DecodeBinary(assets.WorldBin) }),
}

// atlas returns the decoded map assets.
func atlas() ([]*geo.Map, error) {
	ms := make([]*geo.Map, 0, len(mapAssets))
	for _, decoded := range mapAssets {
		m, err := decoded()
		if err != nil {
			return nil, err
		}
		ms = append(ms, m)
	}
	return ms, nil
}

// MapSteps decode the map assets, one each, now rather than when the first
// board opens: the browser's start runs them in frames of their own, since
// the assets took a large part of the task of taking a seat there, and
// both at once a second of a frame.
func MapSteps() []func() error {
	steps := make([]func() error, len(mapAssets))
	for i, decoded := range mapAssets {
		steps[i] = func() error {
			_, err := decoded()
			return err
		}
	}
	return steps
}

// scenarioMap returns the map a scenario is drawn on (see geo.Choose).
func scenarioMap(sc *game.Scenario) (*geo.Map, error) {
	ms, err := atlas()
	if err != nil {
		return nil, err
	}
	places := make([]geo.Point, len(sc.Actors))
	for i, a := range sc.Actors {
		places[i] = geo.Point{X: a.Lon, Y: a.Lat}
	}
	var box *geo.Rect
	if v := sc.View; v != nil {
		box = &geo.Rect{Min: geo.Point{X: v.West, Y: v.South}, Max: geo.Point{X: v.East, Y: v.North}}
	}
	return geo.Choose(ms, places, box), nil
}

// mapLayer is the base map, countries and graticule, rendered once into
// an offscreen image and redrawn only when its size, transform, palette or
// tinted countries change: a few thousand vertices of coastline are too
// many to fill every frame.
type mapLayer struct {
	img *ebiten.Image
	key string
	cpu mapRaster // the pixels, painted on the CPU (see mapRaster)
}

// layerSpec is everything the base layer depends on.
type layerSpec struct {
	kind    string // the map's projection, which tells the maps apart
	size    image.Point
	xf      geo.Transform
	view    geo.Rect
	palette string
	tints   map[string]color.RGBA // country code → actor colour
}

func (s layerSpec) key() string {
	k := []byte{}
	k = append(k, s.palette...)
	k = append(k, '|')
	k = append(k, s.kind...)
	k = append(k, '|')
	for _, v := range []float64{float64(s.size.X), float64(s.size.Y), s.xf.Scale, s.xf.Offset.X, s.xf.Offset.Y} {
		k = strconv.AppendFloat(k, v, 'f', 2, 64)
		k = append(k, ',')
	}
	codes := make([]string, 0, len(s.tints))
	for c := range s.tints {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	for _, c := range codes {
		t := s.tints[c]
		k = append(k, c...)
		k = append(k, t.R, t.G, t.B)
	}
	return string(k)
}

// image returns the layer for spec, rendering it if needed.
func (l *mapLayer) image(th *ui.Theme, m *geo.Map, spec layerSpec) *ebiten.Image {
	if spec.size.X <= 0 || spec.size.Y <= 0 {
		return nil
	}
	key := spec.key()
	if l.img != nil && l.key == key {
		return l.img
	}
	if l.img == nil || l.img.Bounds().Size() != spec.size {
		if l.img != nil {
			l.img.Deallocate()
		}
		l.img = ebiten.NewImage(spec.size.X, spec.size.Y)
	}
	l.key = key
	l.img.WritePixels(l.cpu.paint(th, m, spec).Pix)
	return l.img
}

// Colours of the chart: a deep sea, muted land, borders a shade darker.
func seaColour(p ui.Palette) color.RGBA  { return ui.Mix(p.Background, p.Info, 0.10) }
func landColour(p ui.Palette) color.RGBA { return ui.Mix(p.SurfaceRaised, p.TextMuted, 0.22) }

func boxesMeet(a, b geo.Rect) bool {
	return a.Min.X <= b.Max.X && a.Max.X >= b.Min.X && a.Min.Y <= b.Max.Y && a.Max.Y >= b.Min.Y
}

// viewRegion chooses the part of the map to show: the actors on the map
// with room around them, at the panel's aspect ratio, inside the map. A
// three-country tutorial then fills the panel instead of being a speck on
// a map of Europe and the Middle East.
func viewRegion(m *geo.Map, pts []geo.Point, aspect float64) geo.Rect {
	b := m.Bounds
	var r geo.Rect
	n := 0
	for _, p := range pts {
		if !b.Contains(p) {
			continue
		}
		if n == 0 {
			r = geo.Rect{Min: p, Max: p}
		}
		r.Min.X, r.Min.Y = math.Min(r.Min.X, p.X), math.Min(r.Min.Y, p.Y)
		r.Max.X, r.Max.Y = math.Max(r.Max.X, p.X), math.Max(r.Max.Y, p.Y)
		n++
	}
	if n == 0 {
		return b
	}
	// Room around the actors, and a floor so two neighbours are not shown
	// at street level.
	padX := math.Max(r.Dx()*0.3, 70)
	padY := math.Max(r.Dy()*0.3, 60)
	r.Min.X, r.Max.X = r.Min.X-padX, r.Max.X+padX
	r.Min.Y, r.Max.Y = r.Min.Y-padY, r.Max.Y+padY
	return fitRegion(r, b, aspect)
}

// boxRegion is the part of the map a scenario's view names: the box of its
// edges as projected (sampled along each edge, since meridians and
// parallels curve under the projection), at the panel's aspect ratio,
// inside the map.
func boxRegion(m *geo.Map, v game.GeoBox, aspect float64) geo.Rect {
	var r geo.Rect
	for k := 0; k <= 8; k++ {
		f := float64(k) / 8
		lon, lat := v.West+f*(v.East-v.West), v.South+f*(v.North-v.South)
		for n, p := range []geo.Point{m.Project(lon, v.South), m.Project(lon, v.North), m.Project(v.West, lat), m.Project(v.East, lat)} {
			if k == 0 && n == 0 {
				r = geo.Rect{Min: p, Max: p}
			}
			r.Min.X, r.Min.Y = math.Min(r.Min.X, p.X), math.Min(r.Min.Y, p.Y)
			r.Max.X, r.Max.Y = math.Max(r.Max.X, p.X), math.Max(r.Max.Y, p.Y)
		}
	}
	return fitRegion(r, m.Bounds, aspect)
}

// fitRegion grows r to the aspect ratio and slides it inside the map's
// bounds b, shrinking it to them where it is larger (Fit then letterboxes).
func fitRegion(r, b geo.Rect, aspect float64) geo.Rect {
	if aspect > 0 {
		if r.Dx()/r.Dy() < aspect {
			grow := (r.Dy()*aspect - r.Dx()) / 2
			r.Min.X, r.Max.X = r.Min.X-grow, r.Max.X+grow
		} else {
			grow := (r.Dx()/aspect - r.Dy()) / 2
			r.Min.Y, r.Max.Y = r.Min.Y-grow, r.Max.Y+grow
		}
	}
	shift := func(lo, hi, blo, bhi float64) (float64, float64) {
		if hi-lo >= bhi-blo {
			return blo, bhi
		}
		if lo < blo {
			hi, lo = hi+blo-lo, blo
		}
		if hi > bhi {
			lo, hi = lo-(hi-bhi), bhi
		}
		return lo, hi
	}
	r.Min.X, r.Max.X = shift(r.Min.X, r.Max.X, b.Min.X, b.Max.X)
	r.Min.Y, r.Max.Y = shift(r.Min.Y, r.Max.Y, b.Min.Y, b.Max.Y)
	return r
}
