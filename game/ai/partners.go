package ai

import (
	"fmt"

	"backchannel/game"
)

// record is what the seat has seen of one counterpart's dealings: how it
// answered the seat's offers, and how often it broke its word.
type record struct {
	answered, accepted int
	broken             int // reneged or lapsed terms the seat knows of
}

// partner reads b's record from the view: its answers to the seat's own
// offers, and the terms it reneged on or let lapse in the public record
// and the seat's own agreements (a disputed term or a broken statement is
// no default on a partner).
func (c *ctx) partner(b int) record {
	// The search asks for it thousands of times a decision; the view
	// does not change meanwhile.
	if c.records[b].ok {
		return c.records[b].r
	}
	r := c.partnerOf(b)
	c.records[b] = knownRecord{r, true}
	return r
}

// knownRecord is a partner's record, once read in this decision.
type knownRecord struct {
	r  record
	ok bool
}

func (c *ctx) partnerOf(b int) record {
	var r record
	id := c.m.sc.Actors[b].ID
	for n := range c.v.Offers {
		o := &c.v.Offers[n]
		if o.From != c.v.Actor {
			continue
		}
		k := indexStr(o.To, id)
		if k < 0 || k >= len(o.Replies) {
			continue
		}
		switch o.Replies[k].Kind {
		case game.OrderAccept:
			r.answered++
			r.accepted++
		case game.OrderReject, game.OrderCounter:
			r.answered++
		}
	}
	for n := range c.v.Breaches {
		br := &c.v.Breaches[n]
		if br.Actor == id && (br.Kind == game.BreachRenege || br.Kind == game.BreachLapse) {
			r.broken++
		}
	}
	return r
}

// pushover is how far b has shown that it takes whatever it is offered,
// 0 to 1: nothing until it has answered two of the seat's offers, then
// the share of acceptances beyond three in four. The seat then expects b
// to settle for less, and asks more of it.
func (c *ctx) pushover(b int) float64 {
	if c.d == Easy {
		return 0
	}
	r := c.partner(b)
	if r.answered < 2 {
		return 0
	}
	return clamp01((float64(r.accepted)/float64(r.answered) - 0.75) / 0.25)
}

// reliance is the trust the seat puts in b's promises: its trust, cut to
// a tenth for each broken word it knows of, so that a partner who reneged
// gets next to no credit whatever the trust figure says. An easy seat
// reads the trust figure only.
func (c *ctx) reliance(b int) float64 {
	if c.trusting {
		return 100
	}
	t := c.v.Trust[b]
	if c.d == Easy {
		return t
	}
	for n := c.partner(b).broken; n > 0 && t > 0.5; n-- {
		t *= 0.1
	}
	return t
}

// breakers names the parties of an agreement, other than the seat, who
// have broken their word before, or "".
func (c *ctx) breakers(ag *game.Agreement) string {
	for _, p := range ag.Parties {
		if b, ok := c.m.actor[p]; ok && b != c.me && c.partner(b).broken > 0 {
			return c.name(b)
		}
	}
	return ""
}

// sayPartner explains why the seat asks more of b than before, or "".
func (c *ctx) sayPartner(b int) string {
	r := c.partner(b)
	switch {
	case r.broken > 0:
		return fmt.Sprintf(" %s has broken its word %d time%s, so %s counts its promises as worth little.", c.name(b), r.broken, plural(r.broken), c.name(c.me))
	case c.pushover(b) > 0:
		return fmt.Sprintf(" %s has accepted %d of the %d offers %s made it, so %s asks more of it.", c.name(b), r.accepted, r.answered, c.name(c.me), c.name(c.me))
	}
	return ""
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func (c *ctx) sayPartners(to []int) string {
	out := ""
	for _, b := range to {
		out += c.sayPartner(b)
	}
	return out
}

// sayReading gives the seat's latest reading of b and what moved it, as
// the engine logged it, or its current likeliest type when nothing has
// moved it yet: the proposals it makes follow from these beliefs.
func (c *ctx) sayReading(b int) string {
	if r := c.s.mem.read; b < len(r) && r[b] != "" {
		return " " + r[b]
	}
	w := c.beliefs(b)
	k := 0
	for n := range w {
		if w[n] > w[k] {
			k = n
		}
	}
	if len(w) < 2 {
		return ""
	}
	t := c.m.sc.Actors[b].Types[k]
	name := t.Name
	if name == "" {
		name = t.ID
	}
	return fmt.Sprintf(" %s reads %s as most likely %q (%.0f%%); nothing has moved that yet.", c.name(c.me), c.name(b), name, 100*w[k])
}

func (c *ctx) sayReadings(to []int) string {
	out := ""
	for _, b := range to {
		out += c.sayReading(b)
	}
	return out
}
