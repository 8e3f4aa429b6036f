package board

import (
	"math"
	"path/filepath"
	"testing"

	"backchannel/game"
	"backchannel/game/geo"
	"backchannel/game/scenario"
	"backchannel/game/session"
	"backchannel/game/ui/uitest"
)

// TestBoardRegionsGolden draws the board of a scenario in each of three
// regions: Europe (suez-1956: its own golden, TestBoardSuezGolden), the
// Americas (the view fitted to four capitals) and East Asia (a view of the
// scenario's own, with Washington on its western edge: the world map is
// cut at the 180th meridian, so that is where it lies). Outside Europe the
// board takes the world map. Every token is inside the map panel, none
// covers another, and only the actors outside the region are edge markers.
func TestBoardRegionsGolden(t *testing.T) {
	uitest.NeedWindow(t)
	for _, c := range []struct {
		file string
		off  map[string]string // actor → the edge its marker sits on
	}{
		{"americas", nil},
		{"east-asia", map[string]string{"USA": "west"}},
	} {
		t.Run(c.file, func(t *testing.T) {
			sc, d, err := scenario.LoadFile(filepath.Join("testdata", "regions", c.file+".toml"))
			if err != nil {
				t.Fatal(err)
			}
			if len(d) > 0 {
				t.Fatalf("the test scenario has warnings: %v", d)
			}
			me := sc.Actors[0].ID
			s, err := session.New(session.Config{Scenario: sc, Seed: 1, Humans: []string{me}})
			if err != nil {
				t.Fatal(err)
			}
			var r recorder
			b := New(r.config(s, me))
			h := uitest.New(t, b, hd, defaultSettings)
			play(t, h, 3)
			shot(t, h, "board-region-"+c.file)
			mv := b.mapw
			if mv.m == nil || mv.m.Projection.Kind != geo.ProjectionMiller {
				t.Fatalf("the board drew %s on %+v; want the world map", c.file, mv.m)
			}
			checkTokens(t, mv, sc, c.off)
		})
	}
}

// checkTokens asserts that every actor has a token inside the map panel,
// standing on its own country unless it is an edge marker, that only the
// actors in off are edge markers (on the side named), and that no token
// covers another.
func checkTokens(t *testing.T, mv *mapView, sc *game.Scenario, off map[string]string) {
	t.Helper()
	if len(mv.tokens) != len(sc.Actors) {
		t.Fatalf("%d tokens for %d actors", len(mv.tokens), len(sc.Actors))
	}
	for i, tk := range mv.tokens {
		id := sc.Actors[i].ID
		if tk.x < float64(mv.Rect.Min.X) || tk.x > float64(mv.Rect.Max.X) || tk.y < float64(mv.Rect.Min.Y) || tk.y > float64(mv.Rect.Max.Y) {
			t.Errorf("%s's token (%.0f, %.0f) is outside the map panel %v", id, tk.x, tk.y, mv.Rect)
		}
		if side, far := off[id]; far != tk.off || (far && tk.side != side) {
			t.Errorf("%s: off the map = %v on the %q side; want %v on the %q side", id, tk.off, tk.side, far, side)
		}
		if !tk.off && tk.country == "" {
			t.Errorf("%s's token stands on no country", id)
		}
		for j, o := range mv.tokens[:i] {
			if d := math.Hypot(tk.x-o.x, tk.y-o.y); d < 2*tokenR {
				t.Errorf("%s's token covers %s's (%.0f px apart)", id, sc.Actors[j].ID, d)
			}
		}
	}
}
