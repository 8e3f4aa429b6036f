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
	// pushover is the chance that b takes whatever it is offered: a
	// little at first (a human may well), none once it has refused the
	// seat anything, and near certainty once it has accepted offers the
	// seat's model said it would turn down.
	pushover float64
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
	odds := 0.0
	if c.d > Easy {
		odds = pushoverPrior / (1 - pushoverPrior)
	}
	id := c.m.sc.Actors[b].ID
	for _, n := range c.mine {
		o := &c.v.Offers[n]
		k := indexStr(o.To, id)
		if k < 0 || k >= len(o.Replies) {
			continue
		}
		switch o.Replies[k].Kind {
		case game.OrderAccept:
			r.answered++
			r.accepted++
			// Bayes: a partner who takes everything accepts this offer
			// for sure; one who bargains, as likely as the seat's model
			// said, going by what b was believed to gain from it.
			odds /= max(yes(c.offeredGain(b, o)/3), 0.05)
		case game.OrderReject, game.OrderCounter:
			r.answered++
			odds = 0 // whoever refuses something does not take everything
		}
	}
	r.pushover = odds / (1 + odds)
	for n := range c.v.Breaches {
		br := &c.v.Breaches[n]
		if br.Actor == id && (br.Kind == game.BreachRenege || br.Kind == game.BreachLapse) {
			r.broken++
		}
	}
	return r
}

// pushoverPrior is the chance the seat gives, before any answer, that a
// counterpart takes whatever it is offered: enough that a one-sided
// request is worth a letter to each counterpart early on, so that a
// pushover shows itself (one refusal sets it to nothing). At 0.1 the
// request was rarely sent, and a seat that accepted everything did as well
// as the AI: at 200 games, letter-2009's accept-all Poland trailed normal
// play by 1.5 points, and led it in pittsburgh-2009; at 0.4 it trails by
// 5.8 and 3.0, and the AI seats' scores against each other hold.
const pushoverPrior = 0.4

// pushover is the chance that b takes whatever it is offered, learned
// from its answers to the seat's own offers (an easy seat does not learn
// it). The seat's proposals count on it: to a pushover it sends one-sided
// requests, and it presses it every turn.
func (c *ctx) pushover(b int) float64 { return c.partner(b).pushover }

// offeredGain is what b was believed to gain from offer o of the seat's,
// by the seat's current beliefs about b: each term from the option its
// issue left when carried out, or from where the issue stands now.
func (c *ctx) offeredGain(b int, o *game.Offer) float64 {
	var ag *game.Agreement
	for n := range c.v.Agreements {
		if c.v.Agreements[n].Offer == o.ID {
			ag = &c.v.Agreements[n]
		}
	}
	w := c.beliefs(b)
	sum := 0.0
	for n, gt := range o.Terms {
		t, ok := c.termOf(gt)
		if !ok {
			continue
		}
		from := c.now[t.issue]
		if ag != nil && n < len(ag.Terms) && ag.Terms[n].Was != "" {
			if j, ok := c.m.option[t.issue][ag.Terms[n].Was]; ok {
				from = j
			}
		}
		for k := range w {
			sum += w[k] * c.m.types[b][k].delta(t.issue, from, t.option)
		}
	}
	return sum
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
	case r.pushover > 0.5:
		return fmt.Sprintf(" %s has accepted all %d offers %s made it, even one %s thought it would refuse, so %s asks more of it.", c.name(b), r.accepted, c.name(c.me), c.name(c.me), c.name(c.me))
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
	k := likeliest(w)
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
