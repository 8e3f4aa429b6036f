// Package strategy holds the seats a game can be played by: the AI at each
// difficulty and the trivial strategies that the lab plays against it
// (passive, accept-all, reject-all, propose-max, leak-all and
// accept-then-renege). A seat that skill cannot beat with one of the
// trivial strategies has no levers; the lab reports it.
//
// Every seat reads only its actor's game.View, like a human player, and
// gives orders the engine accepts.
package strategy

import (
	"fmt"
	"strings"

	"backchannel/game"
	"backchannel/game/ai"
)

// Player is one seat of a game: it names its actor and decides its orders
// each turn from that actor's view.
type Player interface {
	Actor() string
	Decide(v *game.View) []game.Order
}

// Names lists every strategy the lab plays, AI difficulties first.
func Names() []string {
	return []string{"easy", "normal", "hard", "passive", "accept-all", "reject-all", "propose-max", "leak-all", "accept-then-renege"}
}

// Trivial lists the strategies that play without thinking.
func Trivial() []string { return Names()[3:] }

// IsAI reports whether the named strategy is an AI difficulty.
func IsAI(name string) bool {
	_, err := ai.ParseDifficulty(name)
	return err == nil && name != ""
}

// New makes a seat for the actor playing the named strategy. AI seats take
// the game's seed and the full scenario (to read their dilemmas' choices),
// as ai.Seats makes them.
func New(name, actor string, sc *game.Scenario, seed uint64) (Player, error) {
	switch name {
	case "passive":
		return passive{actor}, nil
	case "accept-all":
		return acceptAll{actor: actor, keep: true}, nil
	case "accept-then-renege":
		return acceptAll{actor: actor}, nil
	case "reject-all":
		return rejectAll{actor}, nil
	case "propose-max":
		return proposeMax{actor}, nil
	case "leak-all":
		return leakAll{actor}, nil
	}
	if IsAI(name) {
		d, _ := ai.ParseDifficulty(name)
		s := ai.New(actor, d, seed)
		s.SetScenario(sc)
		return aiSeat{s}, nil
	}
	return nil, fmt.Errorf("unknown strategy %q: want one of %s", name, strings.Join(Names(), ", "))
}

// Renew readies a player made by New for a new game of sc with the given
// seed, as New would make it; an AI seat keeps its working storage (see
// ai.Seat.Renew). Share the players of the new game again.
func Renew(p Player, sc *game.Scenario, seed uint64) {
	if s, ok := p.(aiSeat); ok {
		s.s.Renew(seed)
		s.s.SetScenario(sc)
	}
}

// Share lets the AI seats among the players of one game, which play in
// turn, build their model of the scenario once between them (ai.Share).
func Share(players []Player) {
	var seats []*ai.Seat
	for _, p := range players {
		if s, ok := p.(aiSeat); ok {
			seats = append(seats, s.s)
		}
	}
	ai.Share(seats...)
}

// aiSeat adapts an AI seat to Player.
type aiSeat struct{ s *ai.Seat }

func (p aiSeat) Actor() string                    { return p.s.Actor }
func (p aiSeat) Decide(v *game.View) []game.Order { return p.s.Orders(v) }

// passive gives no orders at all.
type passive struct{ actor string }

func (p passive) Actor() string                { return p.actor }
func (passive) Decide(*game.View) []game.Order { return nil }

// acceptAll accepts every offer it can answer; with keep it carries out
// every term it owes, and without it reneges on each (accept-then-renege).
type acceptAll struct {
	actor string
	keep  bool
}

func (p acceptAll) Actor() string { return p.actor }

func (p acceptAll) Decide(v *game.View) []game.Order {
	var out []game.Order
	for _, off := range Answerable(v) {
		out = append(out, game.Order{Kind: game.OrderAccept, Offer: off.ID})
	}
	kind := game.OrderRenege
	if p.keep {
		kind = game.OrderFulfil
	}
	for _, ag := range v.Agreements {
		for k, t := range ag.Terms {
			if t.Actor == v.Actor && t.Status == game.TermPending {
				out = append(out, game.Order{Kind: kind, Agreement: ag.ID, TermIndex: k})
			}
		}
	}
	return atSummit(v, capOrders(out))
}

// rejectAll turns down every offer it can answer, privately.
type rejectAll struct{ actor string }

func (p rejectAll) Actor() string { return p.actor }

func (p rejectAll) Decide(v *game.View) []game.Order {
	var out []game.Order
	for _, off := range Answerable(v) {
		out = append(out, game.Order{Kind: game.OrderReject, Offer: off.ID})
	}
	return atSummit(v, capOrders(out))
}

// proposeMax asks, by letter every turn it can afford, each government that
// controls an issue to set it to the option this actor values most, giving
// nothing in return; the governments holding most of its utility first.
// Actors whose consent an option needs are party to the letter, as the
// rules require; issues at an irreversible option are left alone.
type proposeMax struct{ actor string }

func (p proposeMax) Actor() string { return p.actor }

func (p proposeMax) Decide(v *game.View) []game.Order {
	sc := v.Scenario
	prefs := sc.Actors[v.Me].Types[v.Type].Prefs
	terms := make([][]game.Term, len(sc.Actors))
	to := make([][]string, len(sc.Actors))
	stake := make([]float64, len(sc.Actors))
	for i, is := range sc.Issues {
		c := v.Controller[i]
		vals := prefs.Values[is.ID]
		if c == v.Me || len(vals) != len(is.Options) || sc.Irreversible(i, v.Options[i]) {
			continue
		}
		best := v.Options[i]
		for j, val := range vals {
			if val > vals[best] {
				best = j
			}
		}
		if best == v.Options[i] {
			continue
		}
		if len(to[c]) == 0 {
			to[c] = []string{sc.Actors[c].ID}
		}
		for _, rule := range is.Consent {
			if len(rule.Options) > 0 && !contains(rule.Options, is.Options[best].ID) {
				continue
			}
			for _, need := range rule.Actors {
				if need != v.Actor && !contains(to[c], need) {
					to[c] = append(to[c], need)
				}
			}
		}
		terms[c] = append(terms[c], game.Term{Actor: sc.Actors[c].ID, Issue: is.ID, Option: is.Options[best].ID})
		stake[c] += prefs.Weights[is.ID] * (vals[best] - vals[v.Options[i]])
	}
	var out []game.Order
	capital, cost := v.Capital, (game.Order{Kind: game.OrderPropose}).Cost(v.Rules)
	for capital >= cost {
		who := -1
		for a := range terms {
			if len(terms[a]) > 0 && (who < 0 || stake[a] > stake[who]) {
				who = a
			}
		}
		if who < 0 {
			break
		}
		out = append(out, game.Order{Kind: game.OrderPropose, To: to[who], Terms: terms[who],
			Linkage: game.LinkNone, Channel: game.ChannelPrivate})
		terms[who], capital = nil, capital-cost
	}
	return atSummit(v, out)
}

// leakAll leaks every private offer it holds, newest first, as long as its
// capital lasts.
type leakAll struct{ actor string }

func (p leakAll) Actor() string { return p.actor }

func (p leakAll) Decide(v *game.View) []game.Order {
	var out []game.Order
	capital, cost := v.Capital, (game.Order{Kind: game.OrderLeak}).Cost(v.Rules)
	for k := len(v.Offers) - 1; k >= 0 && capital >= cost && len(out) < game.MaxOrders; k-- {
		off := &v.Offers[k]
		held := off.From == v.Actor || (contains(off.To, v.Actor) && off.Arrives <= v.Turn)
		if off.Public || !held {
			continue
		}
		out = append(out, game.Order{Kind: game.OrderLeak, Offer: off.ID})
		capital -= cost
	}
	return atSummit(v, out)
}

// Answerable lists the offers in the view that its actor can still answer:
// addressed to it, arrived, open, not yet answered (a stall may be
// followed by an answer) and not past their expiry.
func Answerable(v *game.View) []*game.Offer {
	var out []*game.Offer
	for k := range v.Offers {
		off := &v.Offers[k]
		if off.Status != game.OfferOpen || off.Arrives > v.Turn || off.Expires < v.Turn {
			continue
		}
		for _, r := range off.Replies {
			if r.Actor == v.Actor && (r.Kind == "" || r.Kind == game.OrderStall) {
				out = append(out, off)
			}
		}
	}
	return out
}

// capOrders keeps to the most orders a seat may give in a turn.
func capOrders(o []game.Order) []game.Order {
	if len(o) > game.MaxOrders {
		return o[:game.MaxOrders]
	}
	return o
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// atSummit keeps, in a summit session, only the answers to offers made
// face to face this turn: the engine takes nothing else then.
func atSummit(v *game.View, list []game.Order) []game.Order {
	if !v.Summit {
		return list
	}
	var out []game.Order
	for _, o := range list {
		switch o.Kind {
		case game.OrderAccept, game.OrderReject, game.OrderStall:
			if off := v.Offer(o.Offer); off != nil && off.Channel == game.ChannelForum && off.Sent == v.Turn {
				out = append(out, o)
			}
		}
	}
	return out
}
