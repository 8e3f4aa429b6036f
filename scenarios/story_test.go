package scenarios_test

import (
	"testing"

	"backchannel/game"
)

// TestLetterStoryEmbarrassesMoscow: in letter-2009 the New York Times story
// of 3 March 2009 embarrasses Moscow before Washington through the
// embarrassment mechanic: where it runs, Moscow asks more of Washington's
// deals than of Warsaw's, and played without embarrassment the story
// leaves no grievance. Before, it was a plain loss of face, so switching
// embarrassment off left letter-2009's own lesson in place.
func TestLetterStoryEmbarrassesMoscow(t *testing.T) {
	s := load(t, "letter-2009")
	ran := 0
	for seed := uint64(1); seed <= 8; seed++ {
		for _, off := range []bool{false, true} {
			sc := *s
			sc.Rules.Off.Embarrassment = off
			g, err := game.New(&sc, game.Setup{Seed: seed})
			if err != nil {
				t.Fatal(err)
			}
			if err := g.Resolve(nil); err != nil {
				t.Fatal(err)
			}
			if !g.HasFired("nyt_leak") {
				continue
			}
			rus, usa, pol := g.ActorIndex("RUS"), g.ActorIndex("USA"), g.ActorIndex("POL")
			v, err := g.View("RUS")
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case off && g.Grievance[rus][usa] != 0:
				t.Errorf("seed %d, no embarrassment: the story left Moscow a grievance of %.1f against Washington", seed, g.Grievance[rus][usa])
			case !off && v.ReservationFor(usa) <= v.ReservationFor(pol):
				t.Errorf("seed %d: after the story Moscow asks %.1f of Washington's deals and %.1f of Warsaw's", seed, v.ReservationFor(usa), v.ReservationFor(pol))
			}
			if !off {
				ran++
			}
		}
	}
	if ran == 0 {
		t.Fatal("the story ran in none of 8 games (chance 0.75)")
	}
}
