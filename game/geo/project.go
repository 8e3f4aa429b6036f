package geo

import (
	"fmt"
	"math"
)

// ProjectionLCC names the Lambert conformal conic projection. A conic keeps
// the shapes of mid-latitude countries honest across the long east–west
// sweep from the Atlantic to Iran, where a plain equirectangular map would
// stretch Scandinavia and squash the Gulf.
const ProjectionLCC = "lcc"

// ProjectionMiller names the Miller cylindrical projection, used by the
// world map. A cylinder has no edge of validity, so any region (the
// Americas, East Asia) can be cut from it, and Miller keeps the familiar
// Mercator shapes at middle latitudes without Mercator's runaway poles.
const ProjectionMiller = "miller"

// Projection turns longitude and latitude (degrees) into map units. It is
// stored in the asset so that anything with a lon/lat (an actor's capital,
// Washington for an inset marker) lands exactly where the generator put the
// borders.
//
// The raw Lambert coordinates (in Earth radii, y pointing north) are mapped
// into map units by X = Scale*(x-X0), Y = Scale*(Y0-y), so Y grows downwards
// like screen coordinates and the map's top-left corner is (0, 0).
type Projection struct {
	Kind string  `json:"kind"`
	Lon0 float64 `json:"lon0"` // central meridian
	Lat0 float64 `json:"lat0"` // latitude of origin
	Lat1 float64 `json:"lat1"` // first standard parallel
	Lat2 float64 `json:"lat2"` // second standard parallel
	// Scale, X0 and Y0 place the raw projection into map units.
	Scale float64 `json:"scale"`
	X0    float64 `json:"x0"`
	Y0    float64 `json:"y0"`
}

// NewLCC returns a Lambert conformal conic projection with unit scale and no
// offset; use Raw on the corners of the wanted view to choose Scale, X0, Y0.
func NewLCC(lon0, lat0, lat1, lat2 float64) Projection {
	return Projection{Kind: ProjectionLCC, Lon0: lon0, Lat0: lat0, Lat1: lat1, Lat2: lat2, Scale: 1}
}

// NewMiller returns a Miller cylindrical projection centred on lon0, with
// unit scale and no offset, like NewLCC.
func NewMiller(lon0 float64) Projection {
	return Projection{Kind: ProjectionMiller, Lon0: lon0, Scale: 1}
}

// Validate reports parameters the formulas cannot handle, so a bad asset
// fails at load time instead of drawing NaNs.
func (p Projection) Validate() error {
	if p.Kind != ProjectionLCC && p.Kind != ProjectionMiller {
		return fmt.Errorf("geo: unknown projection kind %q", p.Kind)
	}
	if p.Kind == ProjectionLCC && (p.Lat1 <= 0 || p.Lat2 <= 0 || p.Lat1 >= 90 || p.Lat2 >= 90) {
		return fmt.Errorf("geo: standard parallels %g, %g must lie in (0, 90)", p.Lat1, p.Lat2)
	}
	if !(p.Scale > 0) || math.IsInf(p.Scale, 0) {
		return fmt.Errorf("geo: projection scale %g must be positive", p.Scale)
	}
	return nil
}

// cone holds the derived Lambert constants: the cone constant n, the scale
// factor F and the radius of the latitude of origin.
type cone struct{ n, f, rho0 float64 }

func (p Projection) cone() cone {
	rad := math.Pi / 180
	phi1, phi2 := p.Lat1*rad, p.Lat2*rad
	t := func(phi float64) float64 { return math.Tan(math.Pi/4 + phi/2) }
	var n float64
	if math.Abs(phi1-phi2) < 1e-10 {
		n = math.Sin(phi1) // tangent cone: one standard parallel
	} else {
		n = math.Log(math.Cos(phi1)/math.Cos(phi2)) / math.Log(t(phi2)/t(phi1))
	}
	f := math.Cos(phi1) * math.Pow(t(phi1), n) / n
	return cone{n: n, f: f, rho0: f / math.Pow(t(p.Lat0*rad), n)}
}

// Raw projects lon/lat in degrees to unscaled coordinates (Earth radii, y
// north) of the Lambert cone or the Miller cylinder. Longitudes are taken relative to the central meridian
// and wrapped into [-180, 180), so Russia's far east does not fold back
// over the map; latitudes are clamped short of the south pole, where the
// northern cone runs off to infinity.
func (p Projection) Raw(lon, lat float64) (x, y float64) {
	rad := math.Pi / 180
	lat = math.Max(-89.5, math.Min(89.9, lat))
	if p.Kind == ProjectionMiller {
		// Both edges of the cylinder are kept: a border on the
		// antimeridian (Chukotka at 180°, Fiji at -180°) stays on its own
		// side instead of streaking across the map.
		dl := lon - p.Lon0
		if dl > 180 {
			dl -= 360
		} else if dl < -180 {
			dl += 360
		}
		return dl * rad, 1.25 * math.Log(math.Tan(math.Pi/4+0.4*lat*rad))
	}
	dl := math.Mod(lon-p.Lon0+180, 360)
	if dl < 0 {
		dl += 360
	}
	dl -= 180
	c := p.cone()
	rho := c.f / math.Pow(math.Tan(math.Pi/4+lat*rad/2), c.n)
	theta := c.n * dl * rad
	return rho * math.Sin(theta), c.rho0 - rho*math.Cos(theta)
}

// Project maps lon/lat in degrees to map units. Points outside the view get
// coordinates outside the map bounds rather than being refused, so callers
// can draw edge arrows or insets for far-away actors.
func (p Projection) Project(lon, lat float64) Point {
	x, y := p.Raw(lon, lat)
	return Point{X: p.Scale * (x - p.X0), Y: p.Scale * (p.Y0 - y)}
}

// Unproject is the inverse of Project, returning lon/lat in degrees. It is
// meant for tools and debugging overlays ("what is under the cursor").
func (p Projection) Unproject(pt Point) (lon, lat float64) {
	x := pt.X/p.Scale + p.X0
	y := p.Y0 - pt.Y/p.Scale
	deg := 180 / math.Pi
	if p.Kind == ProjectionMiller {
		return p.Lon0 + x*deg, 2.5 * (math.Atan(math.Exp(0.8*y)) - math.Pi/4) * deg
	}
	c := p.cone()
	dy := c.rho0 - y
	rho := math.Copysign(math.Hypot(x, dy), c.n)
	theta := math.Atan2(x, dy)
	if c.n < 0 {
		theta = math.Atan2(-x, -dy)
	}
	lon = p.Lon0 + theta/c.n*deg
	if rho == 0 {
		return lon, math.Copysign(90, c.n)
	}
	lat = (2*math.Atan(math.Pow(c.f/rho, 1/c.n)) - math.Pi/2) * deg
	return lon, lat
}
