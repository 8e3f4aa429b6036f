package board

import (
	"math"
	"strings"
	"testing"

	"backchannel/game"
	"backchannel/game/geo"
	"backchannel/game/scenario"
	"backchannel/game/session"
	"backchannel/game/ui/uitest"
)

// TestBoardSuezGolden shows suez-1956, an episode played in the Eastern
// Mediterranean: the map fits London, Paris, Moscow, Cairo and Israel, and
// Washington, far off the map, sits on its western edge. Every token is
// inside the map panel and none covers another.
func TestBoardSuezGolden(t *testing.T) {
	uitest.NeedWindow(t)
	sc, err := scenario.Builtin("suez-1956")
	if err != nil {
		t.Fatal(err)
	}
	s, err := session.New(session.Config{Scenario: sc, Seed: 1, Humans: []string{"EGY"}})
	if err != nil {
		t.Fatal(err)
	}
	var r recorder
	b := New(r.config(s, "EGY"))
	h := uitest.New(t, b, hd, defaultSettings)
	play(t, h, 3)
	shot(t, h, "board-suez-1956")
	mv := b.mapw
	if mv.m == nil || mv.m.Projection.Kind != geo.ProjectionLCC {
		t.Fatalf("suez-1956 is drawn on %+v; want the detailed map of Europe and the Middle East", mv.m)
	}
	checkTokens(t, mv, sc, map[string]string{"USA": "west"})
}

// TestCalendarSpans: suez-1956 changes pace three times, and the strip
// draws four spans from the turns where each period starts.
func TestCalendarSpans(t *testing.T) {
	sc, err := scenario.Builtin("suez-1956")
	if err != nil {
		t.Fatal(err)
	}
	cal := sc.Calendar
	got := calendarSpans(cal, cal.Turns())
	want := []int{14, 3, 1, 7}
	if len(got) != len(want) || got[0].from != 1 {
		t.Fatalf("spans %+v; want four from turn 1", got)
	}
	for k, sp := range got {
		if sp.days != want[k] || (k > 0 && (sp.from <= got[k-1].from || cal.DaysOfTurn(sp.from) != sp.days)) {
			t.Errorf("span %d: %+v; want %d days a turn from a later turn", k, sp, want[k])
		}
	}
}

// TestComposeSecretTerm: the compose dialog's Secret chip marks the term
// being added as secret, and the term list says so.
func TestComposeSecretTerm(t *testing.T) {
	b, h, c := openCompose(t)
	if len(c.flags.rects) < 2 {
		t.Fatalf("the dialog shows %d term flags; want loosely worded and secret", len(c.flags.rects))
	}
	h.Script.Click(center(c.flags.rects[1]))
	play(t, h, 1)
	c.addTerm(c.find.Selected())
	if n := len(c.terms); n == 0 || !c.terms[n-1].Secret || c.terms[n-1].Vague {
		t.Fatalf("terms %+v; want the last one secret and precise", c.terms)
	}
	if s := termText(b.snap.v, c.terms[len(c.terms)-1]); !strings.HasSuffix(s, "(secret)") {
		t.Errorf("the term reads %q; want it marked secret", s)
	}
}

// TestBoxRegion: a scenario's view of the Eastern Mediterranean shows
// Cairo and Jerusalem, leaves London off, and keeps the panel's shape.
func TestBoxRegion(t *testing.T) {
	ms, err := atlas()
	if err != nil {
		t.Fatal(err)
	}
	m := ms[0]
	r := boxRegion(m, game.GeoBox{West: 25, South: 27, East: 40, North: 38}, 1.6)
	for _, c := range []struct {
		name     string
		lon, lat float64
		in       bool
	}{{"Cairo", 31.24, 30.04, true}, {"Jerusalem", 35.2, 31.8, true}, {"London", -0.13, 51.5, false}} {
		if got := r.Contains(m.Project(c.lon, c.lat)); got != c.in {
			t.Errorf("%s in the view: %v; want %v", c.name, got, c.in)
		}
	}
	if a := r.Dx() / r.Dy(); math.Abs(a-1.6) > 0.01 {
		t.Errorf("the view's aspect is %.2f; want the panel's 1.6", a)
	}
}
