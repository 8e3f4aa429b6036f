package scenarios_test

import (
	"errors"
	"slices"
	"testing"

	"backchannel/game"
)

// TestPittsburghBidenQuestion: on 21 Oct 2009 Warsaw is asked whether it
// would host SM-3s. Ready moves it to willing; a Warsaw that never answers
// loses Washington's trust and is left out of the plan for good.
func TestPittsburghBidenQuestion(t *testing.T) {
	s := load(t, "pittsburgh-2009")
	g, err := game.New(s, game.Setup{Seed: 1, Historical: true})
	if err != nil {
		t.Fatal(err)
	}
	asked := untilAsked(t, g, "biden_asks_warsaw")
	if asked == nil || asked.Actor != "POL" {
		t.Fatal("Warsaw is never asked Biden's question in a historical game with no orders")
	}
	answer := func(choice string) *game.Game {
		h := g.Clone()
		orders := map[string][]game.Order{}
		if choice != "" {
			orders["POL"] = []game.Order{{Kind: game.OrderChoose, Dilemma: asked.ID, Choice: choice}}
		}
		for turn := 0; turn < 2 && !h.Over; turn++ {
			if err := h.Resolve(orders); err != nil {
				t.Fatal(err)
			}
			orders = nil
		}
		return h
	}
	ready, later, silent := answer("ready"), answer("not_yet"), answer("")
	if ready.Option("sm3_poland") != "willing" || later.Option("sm3_poland") != "no" || silent.Option("sm3_poland") != "left_out" {
		t.Errorf("SM-3 hosting: %s after 'ready', %s after 'not yet', %s with no answer; want willing, no and left_out",
			ready.Option("sm3_poland"), later.Option("sm3_poland"), silent.Option("sm3_poland"))
	}
	host := []game.Order{{Kind: game.OrderMove, Issue: "sm3_poland", Option: "willing"}}
	if err := later.Check("POL", host); err != nil {
		t.Errorf("after 'not yet' Warsaw cannot say later that it is willing: %v", err)
	}
	if err := silent.Check("POL", host); !errors.Is(err, game.ErrIrreversible) {
		t.Errorf("after no answer Warsaw can still offer to host: %v, want %v", err, game.ErrIrreversible)
	}
	if r, n := ready.TrustOf("USA", "POL"), silent.TrustOf("USA", "POL"); r-n < 10 {
		t.Errorf("Washington's trust in Warsaw: %.1f after 'ready', %.1f with no answer; silence should cost at least 10 against it", r, n)
	}
}

// TestPittsburghIskanderQuestion: the military moved ahead of the
// president (the fact sheet); after Popovkin's word on 19 Sep 2009 the
// Kremlin must correct him to keep the Iskanders as an option. A Kremlin
// that says nothing lets the countermeasure go.
func TestPittsburghIskanderQuestion(t *testing.T) {
	s := load(t, "pittsburgh-2009")
	g, err := game.New(s, game.Setup{Seed: 1, Historical: true})
	if err != nil {
		t.Fatal(err)
	}
	var asked *game.Dilemma
	for _, d := range g.Dilemmas {
		if s.Events[d.Event].ID == "iskander_question" {
			asked = d
		}
	}
	if asked == nil || asked.Actor != "RUS" || !g.HasFired("popovkin") {
		t.Fatalf("Moscow is not asked to confirm or correct Popovkin on turn 1 (popovkin fired %v)", g.HasFired("popovkin"))
	}
	for _, c := range []struct{ choice, want string }{
		{"", "dropped"}, // silence: the deputy minister's word stands
		{"confirm", "dropped"},
		{"correct", "threatened"},
	} {
		h := g.Clone()
		orders := map[string][]game.Order{}
		if c.choice != "" {
			orders["RUS"] = []game.Order{{Kind: game.OrderChoose, Dilemma: asked.ID, Choice: c.choice}}
		}
		for turn := 0; turn < 2 && !h.Over; turn++ {
			if err := h.Resolve(orders); err != nil {
				t.Fatal(err)
			}
			orders = nil
		}
		if got := h.Option("iskander_kaliningrad"); got != c.want {
			t.Errorf("Moscow answered %q: Iskanders %q, want %q", c.choice, got, c.want)
		}
	}
}

// TestPittsburghStartDeadline: in December 2009 Washington and Moscow must
// each keep the START talks going; a capital that never answers lets them
// stall, and stalled talks stay stalled: neither capital can restart them,
// so a silent capital cannot be handed the treaty back later.
func TestPittsburghStartDeadline(t *testing.T) {
	s := load(t, "pittsburgh-2009")
	g, err := game.New(s, game.Setup{Seed: 1, Historical: true})
	if err != nil {
		t.Fatal(err)
	}
	us := untilAsked(t, g, "start_deadline")
	if us == nil || us.Actor != "USA" {
		t.Fatal("Washington is never asked about the START deadline in a historical game with no orders")
	}
	var ru *game.Dilemma
	for _, d := range g.Dilemmas {
		if s.Events[d.Event].ID == "start_deadline_moscow" && d.Choice == "" {
			ru = d
		}
	}
	if ru == nil || ru.Actor != "RUS" {
		t.Fatal("Moscow is not asked about the START deadline when Washington is")
	}
	for _, c := range []struct{ usa, rus, want string }{
		{"", "", "stalled"}, // silence on both sides
		{"keep_talking", "keep_talking", "talks"},
		{"", "keep_talking", "stalled"}, // Washington's silence stalls them
		{"stall", "keep_talking", "stalled"},
		{"keep_talking", "", "stalled"}, // Moscow's silence stalls them
		{"keep_talking", "stall", "stalled"},
	} {
		h := g.Clone()
		orders := map[string][]game.Order{}
		if c.usa != "" {
			orders["USA"] = []game.Order{{Kind: game.OrderChoose, Dilemma: us.ID, Choice: c.usa}}
		}
		if c.rus != "" {
			orders["RUS"] = []game.Order{{Kind: game.OrderChoose, Dilemma: ru.ID, Choice: c.rus}}
		}
		for turn := 0; turn < 2 && !h.Over; turn++ {
			if err := h.Resolve(orders); err != nil {
				t.Fatal(err)
			}
			orders = nil
		}
		if got := h.Option("start_followon"); got != c.want {
			t.Errorf("Washington %q, Moscow %q: START %q, want %q", c.usa, c.rus, got, c.want)
		}
		if c.want != "stalled" {
			continue
		}
		restart := []game.Order{{Kind: game.OrderMove, Issue: "start_followon", Option: "talks"}}
		if err := h.Check("USA", restart); !errors.Is(err, game.ErrIrreversible) {
			t.Errorf("Washington %q, Moscow %q: Washington restarting stalled talks: %v, want %v", c.usa, c.rus, err, game.ErrIrreversible)
		}
	}
}

// TestPittsburghTreatyCritics: a treaty signed while Moscow still blocks
// sanctions costs Washington at home at the end of 2010; with Moscow's
// vote it does not.
func TestPittsburghTreatyCritics(t *testing.T) {
	s := load(t, "pittsburgh-2009")
	c := *s // START signed from the start, so that no orders are needed
	c.Issues = slices.Clone(s.Issues)
	for i := range c.Issues {
		if c.Issues[i].ID == "start_followon" {
			c.Issues[i].Start = "signed"
		}
	}
	g, err := game.New(&c, game.Setup{Seed: 1, Historical: true})
	if err != nil {
		t.Fatal(err)
	}
	asked := untilAsked(t, g, "sanctions_draft")
	if asked == nil {
		t.Fatal("Moscow is never asked about the sanctions draft in a historical game with no orders")
	}
	end := func(choice string) *game.Game {
		h := g.Clone()
		orders := map[string][]game.Order{"RUS": {{Kind: game.OrderChoose, Dilemma: asked.ID, Choice: choice}}}
		for !h.Over {
			if err := h.Resolve(orders); err != nil {
				t.Fatal(err)
			}
			orders = nil
		}
		return h
	}
	veto, agree := end("veto"), end("agree")
	if !veto.HasFired("treaty_critics") || agree.HasFired("treaty_critics") {
		t.Fatalf("the critics' verdict fired %v after a veto and %v after Moscow's vote; want true and false",
			veto.HasFired("treaty_critics"), agree.HasFired("treaty_critics"))
	}
	if v, a := veto.SupportOf("USA"), agree.SupportOf("USA"); a-v < 8 {
		t.Errorf("US support at the end: %.1f after a veto, %.1f after Moscow's vote; the treaty without the vote should cost at least 8", v, a)
	}
}
