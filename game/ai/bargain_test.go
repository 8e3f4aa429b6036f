package ai

import (
	"strings"
	"testing"

	"backchannel/game"
	"backchannel/game/scenario"
)

func letterView(t *testing.T, actor string) (*game.Scenario, *game.View) {
	t.Helper()
	sc, err := scenario.Builtin("letter-2009")
	if err != nil {
		t.Fatal(err)
	}
	g, err := game.New(sc, game.Setup{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	v, err := g.View(actor)
	if err != nil {
		t.Fatal(err)
	}
	return sc, v
}

// TestDilemmaByType puts the same dilemma to two types of one actor: a
// Tehran that wants a deal takes the Vienna fuel draft, a hardline one
// holds out for changes.
func TestDilemmaByType(t *testing.T) {
	sc, v := letterView(t, "IRN")
	ev := -1
	for n, e := range sc.Events {
		if e.ID == "vienna_draft" {
			ev = n
		}
	}
	if ev < 0 {
		t.Fatal("letter-2009 has no vienna_draft dilemma")
	}
	def := sc.Events[ev].Dilemma
	v.Dilemmas = []game.Dilemma{{ID: "d1", Event: ev, Actor: "IRN", Posed: 1, Deadline: 2, Prompt: def.Prompt, Choices: def.Choices}}
	answer := map[string]string{}
	for k, ty := range sc.Actors[v.Me].Types {
		v.Type = k
		s := New("IRN", Normal, 1)
		s.SetScenario(sc)
		for _, o := range s.Decide(v).Orders {
			if o.Kind == game.OrderChoose {
				answer[ty.ID] = o.Choice
			}
		}
	}
	if answer["hardliner"] == "" || answer["hardliner"] == answer["bargainer"] {
		t.Fatalf("types answer alike: %v", answer)
	}
}

// TestFulfilmentFollowsTrust pins the ends of the trust curve.
func TestFulfilmentFollowsTrust(t *testing.T) {
	if p := pFulfil(0, game.LinkNone, false); p < 0.08 || p > 0.12 {
		t.Errorf("at zero trust a promise counts %.2f, want about 0.1", p)
	}
	if p := pFulfil(100, game.LinkNone, false); p < 0.93 || p > 0.97 {
		t.Errorf("at full trust a promise counts %.2f, want about 0.95", p)
	}
	for tr := 0.0; tr < 100; tr += 10 {
		if pFulfil(tr+10, game.LinkNone, false) <= pFulfil(tr, game.LinkNone, false) {
			t.Fatalf("fulfilment does not rise with trust at %.0f", tr)
		}
		if pFulfil(tr, game.LinkExplicit, false) <= pFulfil(tr, game.LinkNone, false) {
			t.Fatalf("a stated trade binds no more than an unlinked one at trust %.0f", tr)
		}
	}
}

// accepted adds to a view n offers from the seat to b, all accepted.
func accepted(v *game.View, b string, n int) *game.View {
	c := *v
	c.Offers = append([]game.Offer(nil), v.Offers...)
	for k := 0; k < n; k++ {
		c.Offers = append(c.Offers, game.Offer{ID: "past" + string(rune('a'+k)), From: v.Actor, To: []string{b}, Sent: 1, Arrives: 1, Expires: 1,
			Status: game.OfferAccepted, Replies: []game.Reply{{Actor: b, Kind: game.OrderAccept, Turn: 1}}})
	}
	return &c
}

// TestPushoverGetsTougherOffers: once a counterpart has accepted every
// offer the seat made it, the seat's next proposals ask more of it: more
// for the seat, or less left to the partner. Asking a pushover for an
// extra term it happens to like (the Russians adding START to a request
// for a freeze) gains the seat more and the partner too, so an offer
// counts as softer only if it leaves the partner more while the seat gets
// no more itself.
func TestPushoverGetsTougherOffers(t *testing.T) {
	sc, err := scenario.Builtin("letter-2009")
	if err != nil {
		t.Fatal(err)
	}
	cases, tougher, softer := 0, 0, 0
	type split struct{ mine, theirs float64 }
	surplus := func(s *Seat, v *game.View, b int) (split, bool) {
		c := newCtx(s, v)
		pl, ok := c.search([]int{b}, nil)
		if !ok {
			return split{}, false
		}
		j := c.self()
		mine := c.evaluate(&j, &pl.p).full
		return split{mine, c.believedFull(b, &pl.p) - c.believedFull(b, &pkg{})}, true
	}
	playAll(t, []*game.Scenario{sc}, []Difficulty{Normal}, 2, func(d decision) {
		if d.v.Turn%5 != 3 {
			return
		}
		for b := range sc.Actors {
			if b == d.v.Me {
				continue
			}
			f := New(d.s.Actor, d.s.Difficulty, d.s.Seed)
			f.SetScenario(sc)
			f.m, f.mem = newModel(d.v.Scenario), d.s.mem
			base, ok1 := surplus(f, d.v, b)
			push, ok2 := surplus(f, accepted(d.v, sc.Actors[b].ID, 4), b)
			if !ok1 || !ok2 {
				continue
			}
			cases++
			switch {
			case push.mine > base.mine+0.01 || push.theirs < base.theirs-0.01:
				tougher++
			case push.theirs > base.theirs+0.01:
				softer++
			}
		}
	})
	if cases < 5 || tougher == 0 || softer > tougher/4 {
		t.Fatalf("%d cases: %d tougher offers to a partner who accepts everything, %d softer", cases, tougher, softer)
	}
}

// TestRenegerGetsNoTrust: a promise from a partner that broke its word
// counts for next to nothing, whatever the trust figure says.
func TestRenegerGetsNoTrust(t *testing.T) {
	sc, v := letterView(t, "USA")
	s := New("USA", Normal, 1)
	s.SetScenario(sc)
	s.m = newModel(v.Scenario)
	s.mem.absorb(s.m, v)
	rus := s.m.actor["RUS"]
	c := newCtx(s, v)
	before := c.reliance(rus)
	v.Breaches = append(v.Breaches, game.Breach{Actor: "RUS", Kind: game.BreachRenege, Turn: 1, Agreement: "a1", Parties: []string{"USA", "RUS"}})
	c = newCtx(s, v)
	if after := c.reliance(rus); after > before/4 || pFulfil(after, game.LinkNone, false) > 0.25 {
		t.Fatalf("trust in a reneger: %.0f before, %.0f after", before, after)
	}
}

// TestRefusalsNameAChangeOrAReason: in letter-2009, every refusal names
// an edit that would win the seat over, or the real reason none would;
// never the old generic line.
func TestRefusalsNameAChangeOrAReason(t *testing.T) {
	sc, err := scenario.Builtin("letter-2009")
	if err != nil {
		t.Fatal(err)
	}
	named, reasons := 0, 0
	playAll(t, []*game.Scenario{sc}, []Difficulty{Normal}, 2, func(d decision) {
		for n, o := range d.dec.Orders {
			if o.Kind != game.OrderReject && o.Kind != game.OrderCounter {
				continue
			}
			for _, e := range d.dec.Explanations {
				switch {
				case e.Order != n:
				case strings.Contains(e.Text, "No small change"):
					t.Fatalf("generic refusal: %s", e.Text)
				case e.WouldAccept != nil:
					named++
				default:
					reasons++
				}
			}
		}
	})
	if named == 0 || reasons == 0 {
		t.Fatalf("%d refusals named a change, %d gave a reason none would do", named, reasons)
	}
}

// TestOffersFollowBeliefs: the same seat, in the same position, proposes
// differently when it reads a counterpart as another type.
func TestOffersFollowBeliefs(t *testing.T) {
	sc, err := scenario.Builtin("letter-2009")
	if err != nil {
		t.Fatal(err)
	}
	differ := 0
	playAll(t, []*game.Scenario{sc}, []Difficulty{Normal}, 1, func(d decision) {
		if d.v.Turn%6 != 4 {
			return
		}
		for b := range sc.Actors {
			if b == d.v.Me || len(sc.Actors[b].Types) < 2 {
				continue
			}
			var got []string
			for k := range sc.Actors[b].Types {
				v := *d.v
				v.Beliefs = append([][]float64(nil), d.v.Beliefs...)
				v.Beliefs[b] = make([]float64, len(sc.Actors[b].Types))
				v.Beliefs[b][k] = 1
				s := New(d.s.Actor, Normal, 1)
				s.SetScenario(sc)
				s.mem = d.s.mem
				s.m = newModel(v.Scenario)
				c := newCtx(s, &v)
				pl, ok := c.search([]int{b}, nil)
				if ok {
					got = append(got, c.sayTerms(pl.p.terms)+string(pl.p.linkage))
				} else {
					got = append(got, "")
				}
			}
			for _, g := range got[1:] {
				if g != got[0] {
					differ++
					break
				}
			}
		}
	})
	if differ == 0 {
		t.Fatal("the seat proposes the same whatever it believes about the others")
	}
}

// TestLinkageFollowsTrust: for a trade in which the seat gives something
// up, it links the terms when it distrusts the partner and leaves them
// unlinked when it trusts it.
func TestLinkageFollowsTrust(t *testing.T) {
	_, v := letterView(t, "RUS")
	s := New("RUS", Normal, 1)
	s.m = newModel(v.Scenario)
	s.mem.absorb(s.m, v)
	bestAt := func(trust float64, p *pkg, b int) game.Linkage {
		w := *v
		w.Trust = append([]float64(nil), v.Trust...)
		w.Trust[b] = trust
		c := newCtx(s, &w)
		best, bv := game.LinkNone, -1.0
		for _, lk := range []game.Linkage{game.LinkNone, game.LinkImplicit, game.LinkExplicit} {
			p.linkage = lk
			j := c.self()
			if eu := c.evaluate(&j, p).eu; eu > bv {
				best, bv = lk, eu
			}
		}
		return best
	}
	c := newCtx(s, v)
	found := 0
	for i := range c.now {
		for j := range c.m.sc.Issues[i].Options {
			mine := term{actor: c.me, issue: i, option: j}
			if c.v.Controller[i] != c.me || j == c.now[i] || c.own.delta(i, c.now[i], j) >= 0 {
				continue
			}
			for i2 := range c.now {
				b := c.v.Controller[i2]
				for j2 := range c.m.sc.Issues[i2].Options {
					if b == c.me || j2 == c.now[i2] || c.own.delta(i2, c.now[i2], j2) <= 0 {
						continue
					}
					p := pkg{from: c.me, to: []int{b}, terms: []term{mine, {actor: b, issue: i2, option: j2}}, channel: game.ChannelPrivate, parties: bit(c.me) | bit(b)}
					if !c.effective(&p, 0) || !c.effective(&p, 1) {
						continue
					}
					if bestAt(5, &p, b) != game.LinkNone && bestAt(95, &p, b) == game.LinkNone {
						found++
					}
				}
			}
		}
	}
	if found == 0 {
		t.Fatal("no trade is linked at low trust and unlinked at high trust")
	}
}

// TestPatienceNeverSkipsASummit: a patient seat that makes no proposal
// early in the game still bargains at a summit it attends.
func TestPatienceNeverSkipsASummit(t *testing.T) {
	sc, v := letterView(t, "USA")
	pub := *v.Scenario
	pub.Actors = append([]game.ActorDef(nil), pub.Actors...)
	pub.Actors[v.Me].AI.Patience = 1
	v.Scenario = &pub
	forum := -1
	for f, fd := range pub.Forums {
		if containsStr(fd.Attendees, "USA") {
			forum = f
		}
	}
	if forum < 0 {
		t.Fatal("letter-2009 has no forum the United States attends")
	}
	patient := func(forums []int) bool {
		w := *v
		w.Forums = forums
		s := New("USA", Normal, 1)
		s.SetScenario(sc)
		for _, e := range s.Decide(&w).Explanations {
			if strings.Contains(e.Text, "is patient") {
				return true
			}
		}
		return false
	}
	if !patient(nil) {
		t.Fatal("a patient seat proposes at once even without a summit")
	}
	if patient([]int{forum}) {
		t.Fatal("patience keeps the seat from bargaining at a summit")
	}
}
