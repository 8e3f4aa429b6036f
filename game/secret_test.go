package game_test

import (
	"errors"
	"strings"
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
)

// TestSecretTerms plays a public deal with a secret term beside it:
// Atlantis publicly trades for Borealian sanctions and secretly promises
// to delay its base. Caspia, outside the deal, sees the public half only:
// in its view, its log and the move itself. When Borealia leaks the
// secret, Caspia learns it and, as the scenario says, loses face and
// support over it.
func TestSecretTerms(t *testing.T) {
	s := gametest.Small()
	s.Events = nil // no chance news: the test leaks on purpose
	s.Issues[0].Options[1].IfRevealed = []game.Exposure{{Actor: "C", Face: 6, Support: 4}}
	g, err := game.New(s, game.Setup{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	play := func(byActor map[string]string) {
		t.Helper()
		if err := g.Resolve(orders(t, byActor)); err != nil {
			t.Fatal(err)
		}
	}
	view := func(actor string) *game.View {
		t.Helper()
		v, err := g.View(actor)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	// Caspia must not read the secret anywhere it looks.
	blind := func(when string) {
		t.Helper()
		for _, e := range g.VisibleLog("C") {
			if strings.Contains(e.Text, "Forward base → delay") || (e.Issue == "base" && e.Agreement != "") {
				t.Errorf("%s: Caspia reads the secret in %s entry %q (cause %q)", when, e.Kind, e.Text, e.Cause)
			}
		}
		v := view("C")
		for _, o := range v.Offers {
			for _, tm := range o.Terms {
				if tm.Secret {
					t.Errorf("%s: Caspia's view of %s holds the secret term", when, o.ID)
				}
			}
		}
		for _, ag := range v.Agreements {
			for _, tm := range ag.Terms {
				if tm.Secret {
					t.Errorf("%s: Caspia's view of %s holds the secret term", when, ag.ID)
				}
			}
		}
	}

	allSecret, _ := game.ParseOrder("propose B public A:base=delay!")
	if err := g.Check("A", []game.Order{allSecret}); !errors.Is(err, game.ErrAllSecret) {
		t.Errorf("a public offer of secret terms only: %v, want ErrAllSecret", err)
	}
	play(map[string]string{"A": "propose B public A:base=delay! B:sanctions=strict"})
	play(nil)
	var off *game.Offer
	for _, o := range view("C").Offers {
		if o.From == "A" && o.Public {
			off = &o
		}
	}
	if off == nil || len(off.Terms) != 1 || off.Terms[0].Issue != "sanctions" {
		t.Fatalf("Caspia should see the public offer with its open term only: %+v", off)
	}
	if o := view("B").Offer(off.ID); o == nil || len(o.Terms) != 2 {
		t.Fatalf("Borealia, a party, should see both terms: %+v", o)
	}
	blind("offer sent")
	play(map[string]string{"B": "accept " + off.ID})
	if len(g.Agreements) != 1 || !g.Agreements[0].Public {
		t.Fatalf("accepting the public offer made no public agreement: %+v", g.Agreements)
	}
	ag := g.Agreements[0].ID
	play(map[string]string{"A": "fulfil " + ag + " 0"})
	if g.Options[0] != 1 {
		t.Fatalf("Atlantis's secret term was not carried out: base at option %d", g.Options[0])
	}
	blind("term carried out")
	leak, _ := game.ParseOrder("leak " + off.ID)
	if err := g.Check("C", []game.Order{leak}); !errors.Is(err, game.ErrCannotLeak) {
		t.Errorf("Caspia leaking a secret it does not know: %v, want ErrCannotLeak", err)
	}
	face, support := g.Face[2], g.Support[2]
	play(map[string]string{"B": "leak " + off.ID})
	if o := view("C").Offer(off.ID); o != nil && len(o.Terms) != 2 {
		t.Errorf("after the leak Caspia should see both terms: %+v", o.Terms)
	}
	if v := view("C"); len(v.Agreements) != 1 || len(v.Agreements[0].Terms) != 2 {
		t.Errorf("after the leak Caspia should see the whole agreement: %+v", v.Agreements)
	}
	if g.Face[2] >= face || g.Support[2] != support-4 {
		t.Errorf("Caspia's face %.1f → %.1f, support %.1f → %.1f; want face down, support down 4", face, g.Face[2], support, g.Support[2])
	}
	if !g.Offers[1].Leaked || !g.Offers[1].SecretOut {
		t.Errorf("the offer is not marked leaked: %+v", g.Offers[1])
	}
	headline := false
	for _, e := range g.VisibleLog("C") {
		headline = headline || (e.Kind == game.KindLeak && strings.Contains(e.Headline, "Secret side"))
	}
	if !headline {
		t.Errorf("no headline told Caspia of the secret")
	}
}

// TestLeakedLetterExposure leaks a private letter in which Atlantis
// promises to delay its base: the option's IfRevealed charges Caspia, as
// it would for a secret term, and with embarrassment off only the support.
func TestLeakedLetterExposure(t *testing.T) {
	for _, off := range []bool{false, true} {
		s := gametest.Small()
		s.Events = nil
		s.Issues[0].Options[1].IfRevealed = []game.Exposure{{Actor: "C", Face: 6, Support: 4}}
		s.Rules.Off.Embarrassment = off
		g, err := game.New(s, game.Setup{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		if err := g.Resolve(orders(t, map[string]string{"A": "propose B A:base=delay B:sanctions=strict"})); err != nil {
			t.Fatal(err)
		}
		if err := g.Resolve(nil); err != nil {
			t.Fatal(err)
		}
		face, support := g.Face[2], g.Support[2]
		if err := g.Resolve(orders(t, map[string]string{"B": "leak " + g.Offers[0].ID})); err != nil {
			t.Fatal(err)
		}
		if !g.Offers[0].Leaked {
			t.Fatalf("embarrassment off %v: the letter did not leak", off)
		}
		wantFace := face - 6
		if off {
			wantFace = face
		}
		// Drift moves face and support back toward their baselines after
		// the charge, by a tenth of the gap at most.
		if g.Face[2] > wantFace+1 || g.Face[2] < wantFace-1 || g.Support[2] > support-3 {
			t.Errorf("embarrassment off %v: Caspia's face %.1f → %.1f (want about %.1f), support %.1f → %.1f (want 4 less)",
				off, face, g.Face[2], wantFace, support, g.Support[2])
		}
	}
}
