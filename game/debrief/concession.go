package debrief

import (
	"fmt"
	"slices"

	"backchannel/game"
	"backchannel/game/fmath"
)

// Concession patterns.
const (
	PatternBoulware = "boulware" // holds out, then gives way late
	PatternLinear   = "linear"   // gives way steadily
	PatternConceder = "conceder" // gives way early
	PatternFirm     = "firm"     // never gave a utility point away
	PatternUnknown  = "unknown"  // too few offers to tell
)

// Thresholds on the fitted exponent (see the package doc).
const (
	boulwareAbove = 1.6
	concederBelow = 0.625
)

// OfferValue is one offer a player made and what it was worth to itself.
type OfferValue struct {
	Offer string  `json:"offer"`
	Turn  int     `json:"turn"`
	Value float64 `json:"value"` // own true type's utility if carried out
	// Time and Conceded place the offer on the concession curve, both 0-1.
	Time     float64 `json:"time"`
	Conceded float64 `json:"conceded"`
}

// Concession classifies how one actor gave ground in its offers.
type Concession struct {
	Actor    string       `json:"actor"`
	Human    bool         `json:"human"`
	Offers   []OfferValue `json:"offers"`
	Pattern  string       `json:"pattern"`
	Exponent float64      `json:"exponent,omitempty"`
	// Total is how many utility points the actor's offers fell, from the
	// first to the lowest.
	Total       float64 `json:"total"`
	Explanation string  `json:"explanation"`
}

// concession values actor a's offers and fits the curve.
func concession(g *game.Game, a int, changes []optionChange) Concession {
	sc := g.Scen
	id := sc.Actors[a].ID
	c := Concession{Actor: id}
	for _, off := range g.Offers {
		if off.From != id || off.Sent == 0 { // opening offers are the scenario's, not the player's
			continue
		}
		at := optionsAt(g, changes, offerSeq(g, off.ID))
		v := sc.Utility(a, g.Types[a], sc.Apply(at, off.Terms))
		c.Offers = append(c.Offers, OfferValue{Offer: off.ID, Turn: off.Sent, Value: fmath.Round4(v)})
	}
	classify(&c)
	return c
}

// classify places the offers on the concession curve and names the pattern.
func classify(c *Concession) {
	id := c.Actor
	n := len(c.Offers)
	c.Pattern = PatternUnknown
	if n < 3 {
		c.Explanation = fmt.Sprintf("%d offer(s): at least 3 are needed to see a pattern.", n)
		return
	}
	first, lowest := c.Offers[0].Value, c.Offers[0].Value
	for _, o := range c.Offers {
		lowest = min(lowest, o.Value)
	}
	c.Total = fmath.Round4(first - lowest)
	span := float64(c.Offers[n-1].Turn - c.Offers[0].Turn)
	for k := range c.Offers {
		o := &c.Offers[k]
		if span > 0 {
			o.Time = fmath.Round4(float64(o.Turn-c.Offers[0].Turn) / span)
		} else {
			o.Time = fmath.Round4(float64(k) / float64(n-1)) // all in one turn: in order
		}
		if c.Total > 0 {
			o.Conceded = fmath.Round4((first - o.Value) / c.Total)
		}
	}
	if c.Total < 1 {
		c.Pattern = PatternFirm
		c.Explanation = fmt.Sprintf("%d offers, none worth a utility point less to %s than the first.", n, id)
		return
	}
	c.Exponent = fitExponent(c.Offers[1:])
	switch {
	case c.Exponent >= boulwareAbove:
		c.Pattern = PatternBoulware
		c.Explanation = "held out and gave way late"
	case c.Exponent <= concederBelow:
		c.Pattern = PatternConceder
		c.Explanation = "gave way early"
	default:
		c.Pattern = PatternLinear
		c.Explanation = "gave way steadily"
	}
	c.Explanation = fmt.Sprintf("%d offers, conceding %.0f utility points in all: %s (best-fitting curve concession = time^%.2f).",
		n, c.Total, c.Explanation, c.Exponent)
}

// fitExponent finds the e of conceded = time^e that fits best, by least
// squares over a logarithmic grid from 0.1 to 10 (fine enough to classify,
// and the same on every platform).
func fitExponent(pts []OfferValue) float64 {
	best, bestErr := 1.0, -1.0
	for k := 0; k <= 200; k++ {
		e := fmath.Pow(10, -1+float64(k)/100)
		err := 0.0
		for _, p := range pts {
			d := p.Conceded - fmath.Pow(p.Time, e)
			err += d * d
		}
		if bestErr < 0 || err < bestErr-eps {
			best, bestErr = e, err
		}
	}
	return fmath.Round4(best)
}

// optionChange is one logged change of an issue's option.
type optionChange struct{ seq, issue, option int }

func optionChanges(g *game.Game) []optionChange {
	var out []optionChange
	for _, e := range g.Log {
		if i, j := optionOf(g, e); j >= 0 {
			out = append(out, optionChange{e.Seq, i, j})
		}
	}
	return out
}

// optionsAt is the issues' options just before log entry seq.
func optionsAt(g *game.Game, changes []optionChange, seq int) []int {
	opts := g.StartOptions()
	for _, c := range changes {
		if c.seq >= seq {
			break
		}
		opts[c.issue] = c.option
	}
	return opts
}

// offerSeq is the sequence number of the entry that logged an offer.
func offerSeq(g *game.Game, id string) int {
	for _, e := range g.Log {
		if e.Kind == game.KindOffer && e.Offer == id {
			return e.Seq
		}
	}
	return len(g.Log) + 1
}

// concessions classifies the players' offers: the given actors, or every
// actor that made an offer.
func concessions(g *game.Game, players []string) []Concession {
	changes := optionChanges(g)
	var out []Concession
	for a, ad := range g.Scen.Actors {
		human := slices.Contains(players, ad.ID)
		if len(players) > 0 && !human {
			continue
		}
		c := concession(g, a, changes)
		c.Human = human
		if len(players) > 0 || len(c.Offers) > 0 {
			out = append(out, c)
		}
	}
	return out
}
