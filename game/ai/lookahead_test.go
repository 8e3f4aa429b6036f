package ai

import (
	"slices"
	"strings"
	"testing"

	"backchannel/game"
	"backchannel/game/scenario"
)

// TestLookAheadTakesCloseDeals checks that hard seats look ahead at close
// refusals only, within their budget, take some of those deals, and say
// so, never for a request that gives the seat nothing; and that a seat
// never refuses an offer worth more to it than one it takes in the same
// turn because of a look-ahead.
func TestLookAheadTakesCloseDeals(t *testing.T) {
	looked := 0
	playAll(t, fixtures(), []Difficulty{Hard}, 4, func(d decision) {
		if l := d.s.look; l != nil && l.calls > lookBudget {
			t.Fatalf("%s looked ahead %d times in one game, budget %d", d.v.Actor, l.calls, lookBudget)
		}
		bar := 101.0
		for _, e := range d.dec.Explanations {
			if !strings.Contains(e.Text, "Played on from what it knows") {
				continue
			}
			looked++
			if e.Needs-e.Worth > lookMargin || e.Worth >= e.Needs {
				t.Fatalf("%s turn %d took a deal by look-ahead that was no close call: %+v", d.v.Actor, d.v.Turn, e)
			}
			if o := d.v.Offer(e.Offer); o != nil {
				if p := d.s.work.fromOffer(o); d.s.work.gift(&p) {
					t.Fatalf("%s turn %d granted a request that gives it nothing by look-ahead: %s", d.v.Actor, d.v.Turn, e.Text)
				}
			}
			bar = min(bar, e.Worth)
		}
		for _, e := range d.dec.Explanations {
			if e.Order >= 0 && d.dec.Orders[e.Order].Kind == game.OrderReject && e.Offer != "" && e.Worth > bar &&
				!strings.Contains(e.Text, "red lines") && !strings.Contains(e.Text, "must have") && !strings.Contains(e.Text, "already carried out") {
				t.Fatalf("%s turn %d took a deal worth %.1f by look-ahead but refused one worth more: %s", d.v.Actor, d.v.Turn, bar, e.Text)
			}
		}
	})
	if looked == 0 {
		t.Fatal("no hard seat took a close deal by looking ahead")
	}
}

// TestLookAheadSameEachTime checks that a look-ahead is a function of the
// view and the seed: two fresh seats decide the same on the same view.
func TestLookAheadSameEachTime(t *testing.T) {
	same := 0
	playAll(t, fixtures()[:1], []Difficulty{Hard}, 3, func(d decision) {
		for _, e := range d.dec.Explanations {
			if strings.Contains(e.Text, "Played on from what it knows") {
				a, b := fresh(d.s, d.v), fresh(d.s, d.v)
				if len(a.Orders) != len(b.Orders) || a.Explanations[0].Text != b.Explanations[0].Text {
					t.Fatalf("%s turn %d decides otherwise on the same view: %+v / %+v", d.v.Actor, d.v.Turn, a, b)
				}
				same++
				return
			}
		}
	})
	if same == 0 {
		t.Skip("no look-ahead in the first fixture")
	}
}

// TestLookAheadFiresEvents checks that a hard seat's imagined games fire
// the scenario's events still to come, and only those it has not seen
// fire: played on from Washington's view at turn 4 of letter-2009, an
// imagined game reaches events of the file that had not fired by then.
func TestLookAheadFiresEvents(t *testing.T) {
	sc, err := scenario.Open("letter-2009")
	if err != nil {
		t.Fatal(err)
	}
	g, err := game.New(sc, game.Setup{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	seats := Seats(sc, Hard, 1)
	for g.Turn < 4 {
		orders, err := Turn(g, seats)
		if err != nil {
			t.Fatal(err)
		}
		if err := g.Resolve(orders); err != nil {
			t.Fatal(err)
		}
	}
	s := seats[0]
	v, _ := g.View(s.Actor)
	s.Decide(v)
	c := newCtx(s, v)
	guess := c.guess(0)
	im, err := game.FromView(game.Imagined(v.Scenario), v, guess)
	if err != nil {
		t.Fatal(err)
	}
	if err := Play(im, Seats(im.Scen, Normal, guess.Seed), nil); err != nil {
		t.Fatal(err)
	}
	fresh := 0
	for k, ev := range im.Scen.Events {
		if !im.Fired[k] {
			continue
		}
		if !slices.ContainsFunc(sc.Events, func(e game.EventDef) bool { return e.ID == ev.ID }) || slices.Contains(s.mem.fired, ev.ID) {
			continue // an open dilemma carried over, or seen fire before
		}
		fresh++
	}
	if fresh == 0 {
		t.Fatalf("no scenario event fired in a game imagined from %s's view at turn %d (seen fired: %v)", s.Actor, v.Turn, s.mem.fired)
	}
}
