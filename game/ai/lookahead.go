package ai

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"

	"backchannel/game"
)

// Look-ahead: a hard seat settles its close calls by playing the game on.
// It builds games from its own view (game.FromView: others' types drawn
// from its beliefs, nothing it cannot see), plays each on a few turns with
// normal seats everywhere, once per choice, and takes the choice whose
// imagined games end best for its own type. Every choice is played in the
// same imagined worlds with the same dice (common random numbers), so the
// comparison sees the choice's effect and not the luck of the draw.
const (
	lookWorlds  = 4  // imagined worlds per close call
	lookHorizon = 8  // turns played on in each
	lookBudget  = 12 // close calls looked ahead per game, at most
	// lookMargin is how close (points of utility) an offer's worth must be
	// to what the seat holds out for to count as a close call. At 4, a hard
	// Moscow's edge over a normal one in letter-2009 was 4.7 points (seeds
	// 1-200) and 5.4 (201-400); at 8, 5.9 and 7.0; no other seat moved.
	lookMargin = 8.0
)

// lookahead is a hard seat's store for its imagined games: the scenario
// they play on and the seats that play them, built once per game.
type lookahead struct {
	from    *game.Scenario // the view's scenario it was built for
	sc      *game.Scenario // game.Imagined(from)
	seats   []*Seat
	calls   int // close calls looked ahead this game
	mirrors int // proposals mirrored this game (see mirrored)
	turn    int // the turn of the latest decision
}

// prepared readies the store for the view's game, or says the seat may not
// look ahead (not hard, or its budget for the game is spent).
func (s *Seat) prepared(v *game.View) *lookahead {
	l := s.store(v)
	if l == nil || l.calls >= lookBudget {
		return nil
	}
	return l
}

// store readies the store for the view's game, whatever is left of the
// budgets, or is nil for a seat that is not hard.
func (s *Seat) store(v *game.View) *lookahead {
	if s.Difficulty.level() != Hard {
		return nil
	}
	if s.look == nil || s.look.from != v.Scenario || v.Turn < s.look.turn {
		s.look = &lookahead{from: v.Scenario, sc: game.Imagined(v.Scenario)}
		s.look.seats = make([]*Seat, len(v.Scenario.Actors))
		for a, ad := range v.Scenario.Actors {
			s.look.seats[a] = New(ad.ID, Normal, 0)
		}
		Share(s.look.seats...)
	}
	s.look.turn = v.Turn
	return s.look
}

// reset readies every imagined seat for a new world: fresh seats (their
// dice from the world's seed), sharing the model of the imagined
// scenario.
func (l *lookahead) reset(seed uint64) {
	for n := range l.seats {
		l.resetSeat(n, seed)
	}
}

func (l *lookahead) resetSeat(n int, seed uint64) {
	s := l.seats[n]
	s.Seed, s.mem, s.work, s.m = seed+uint64(n), memory{}, ctx{}, nil
}

// rethink settles a close refusal by looking ahead: an offer worth a
// little less than the seat holds out for is taken when the imagined
// games end better for the seat's own type with it than without it. Only
// a refusal is reconsidered, so that whatever the rule accepts stays
// accepted (and whatever would win the seat over still does); what the
// look-ahead adds is a yes to a deal the curve would wait past.
func (c *ctx) rethink(p *pkg, o *game.Offer, vd verdict) verdict {
	if !c.nearMiss(p, vd) {
		return vd
	}
	l := c.s.prepared(c.v)
	if l == nil {
		return vd
	}
	score, ok := c.compare(l, []choice{{o.ID, game.OrderAccept}, {o.ID, game.OrderReject}})
	if !ok || score[0] <= score[1] {
		return vd
	}
	with, without := scores(score[0], score[1])
	vd.accept = true
	vd.ahead = fmt.Sprintf(" Played on from what it knows, the game ends better for it with the deal (%s) than without (%s).", with, without)
	return vd
}

// gift reports whether a package binds only the seat: a request that
// gives it nothing in return.
func (c *ctx) gift(p *pkg) bool {
	for _, t := range p.terms {
		if t.actor != c.me {
			return false
		}
	}
	return true
}

// nearMiss says a refusal is a close call a hard seat may reconsider: the
// offer falls short of the seat's aspiration by lookMargin at most, and
// nothing but the aspiration stands in the way (no red line, no deal it
// would break, nothing below its reservation). A request that gives the
// seat nothing is no close call: what granting it may buy back (goodwill,
// a later trade) lies past the look-ahead's few turns, and four worlds are
// few. Looking ahead at such requests, a hard Tehran gave Washington its
// fuel swap for nothing on an edge of a tenth of a point and had nothing
// left to sell Moscow for the S-300s (letter-2009 seed 101: 38 against
// the normal seat's 70).
func (c *ctx) nearMiss(p *pkg, vd verdict) bool {
	return c.d == Hard && !vd.accept && !c.gift(p) && vd.st.asp-vd.w.eu <= lookMargin && !vd.w.crosses && vd.exact >= c.v.Reservation && c.boundTerm(p) < 0
}

// choice is one way of playing the current turn: the seat's answer to an
// offer, put in place of whatever an imagined normal seat would answer.
type choice struct {
	offer string
	kind  game.OrderKind
}

// compare plays each choice in the same imagined worlds and returns, per
// choice, the mean score of the seat's own type at the horizon. ok is false
// when no world could be played.
func (c *ctx) compare(l *lookahead, choices []choice) ([]float64, bool) {
	l.calls++
	sum := make([]float64, len(choices))
	played := 0
	for k := 0; k < lookWorlds; k++ {
		guess := c.guess(k)
		scores := make([]float64, len(choices))
		ok := true
		for n, ch := range choices {
			sc, err := c.imagine(l, guess, ch)
			if err != nil {
				ok = false
				break
			}
			scores[n] = sc
		}
		if !ok {
			continue // the world is left out for every choice alike
		}
		played++
		for n := range sum {
			sum[n] += scores[n]
		}
	}
	if played == 0 {
		return nil, false
	}
	for n := range sum {
		sum[n] /= float64(played)
	}
	return sum, true
}

// guess draws the k-th imagined world: others' types from the seat's
// beliefs, and the world's dice, both from the seat's seed and the turn
// alone, so that every choice meets the same world.
func (c *ctx) guess(k int) game.Guess {
	h := fnv.New64a()
	h.Write([]byte(c.v.Actor))
	seed := c.s.Seed ^ h.Sum64() ^ uint64(c.v.Turn)*0x9e3779b97f4a7c15 ^ uint64(k+1)*0xbf58476d1ce4e5b9
	r := rand.New(rand.NewPCG(seed, 0x6c6f6f6b)) // "look"
	types := make([]int, len(c.m.sc.Actors))
	for b := range types {
		if b == c.me {
			types[b] = c.v.Type
			continue
		}
		types[b] = draw(r.Float64(), c.beliefs(b))
	}
	return game.Guess{Types: types, TrustIn: c.trustIn, Seed: seed}
}

// draw picks an index with the given weights.
func draw(x float64, w []float64) int {
	sum := 0.0
	for _, p := range w {
		sum += p
	}
	x *= sum
	for i, p := range w {
		if x < p {
			return i
		}
		x -= p
	}
	return len(w) - 1
}

// imagine plays one imagined world on from the view with the seat's
// answer to an offer fixed by the choice, and returns the seat's score at
// the horizon.
func (c *ctx) imagine(l *lookahead, guess game.Guess, ch choice) (float64, error) {
	g, err := game.FromView(l.sc, c.v, guess)
	if err != nil {
		return 0, err
	}
	l.reset(guess.Seed)
	end := min(g.Turn+lookHorizon, g.TurnsTotal()+1)
	for first := true; !g.Over && g.Turn < end; first = false {
		orders, err := Turn(g, l.seats)
		if err != nil {
			return 0, err
		}
		if first {
			orders[c.v.Actor] = answer(orders[c.v.Actor], ch)
		}
		if err := g.Resolve(orders); err != nil {
			return 0, err
		}
	}
	return c.scoreIn(g), nil
}

// answer replaces any answer to the choice's offer in a list of orders by
// the choice's.
func answer(list []game.Order, ch choice) []game.Order {
	out := make([]game.Order, 0, len(list)+1)
	for _, o := range list {
		if o.Offer == ch.offer {
			switch o.Kind {
			case game.OrderAccept, game.OrderReject, game.OrderStall, game.OrderCounter:
				continue
			}
		}
		out = append(out, o)
	}
	return append(out, game.Order{Kind: ch.kind, Offer: ch.offer})
}

// scoreIn is the seat's own score in an imagined game: its type's utility
// of the options, and its standing at home, weighed as the debrief does.
func (c *ctx) scoreIn(g *game.Game) float64 {
	policy := c.v.Scenario.Utility(c.me, c.v.Type, g.Options)
	return game.TwoLevel(policy, game.Standing(g.Support[c.me], g.Face[c.me]), g.HomeWeight(c.me))
}
