// Package savetest plays scripted games of gametest.Small for the tests of
// saves, replays, the debrief and the report command: hand-made orders that
// exercise offers, replies, counters, agreements, statements, moves,
// dilemmas and leaks, with every turn recorded in a save.Record.
package savetest

import (
	"fmt"

	"backchannel/game"
	"backchannel/game/gametest"
	"backchannel/game/save"
)

// Seats of the scripted game: A is the human player, B and C are AI.
var Seats = []save.Seat{{Actor: "A", Human: true}, {Actor: "B"}, {Actor: "C"}}

// Play plays gametest.Small with the given seed to the end, turn by turn,
// and returns the finished game and its record.
func Play(seed uint64) (*game.Game, *save.Record, error) {
	return PlayOn(gametest.Small(), seed, -1)
}

// PlayOn plays the script on scen for at most turns turns (all of them
// when turns < 0).
func PlayOn(scen *game.Scenario, seed uint64, turns int) (*game.Game, *save.Record, error) {
	g, err := game.New(scen, game.Setup{Seed: seed})
	if err != nil {
		return nil, nil, err
	}
	rec := save.NewRecord(g, Seats, "normal")
	for n := 0; !g.Over && n != turns; n++ {
		orders := Orders(g)
		if err := g.Resolve(orders); err != nil {
			return nil, nil, fmt.Errorf("savetest: turn %d: %w", g.Turn, err)
		}
		rec.Add(g, orders)
	}
	return g, rec, nil
}

// Orders is the script: what each seat does in the game's current turn.
// It reads the game only to find the ids the engine gave to offers,
// agreements and dilemmas, and only gives orders the rules allow.
func Orders(g *game.Game) map[string][]game.Order {
	o := map[string][]game.Order{}
	add := func(actor string, ord game.Order) {
		if g.Check(actor, append(o[actor], ord)) == nil {
			o[actor] = append(o[actor], ord)
		}
	}
	switch g.Turn {
	case 1:
		// B takes up the opening letter; A asks C to halt its programme in
		// exchange for delaying the base, and says so in public.
		add("B", game.Order{Kind: game.OrderAccept, Offer: "o1"})
		add("A", game.Order{Kind: game.OrderPropose, To: []string{"C", "B"}, Linkage: game.LinkExplicit, Channel: game.ChannelPrivate,
			Text:  "Halt the programme and the base will wait.",
			Terms: []game.Term{{Actor: "C", Issue: "programme", Option: "halted"}, {Actor: "A", Issue: "base", Option: "delay"}}})
		add("A", game.Order{Kind: game.OrderStatement, Issue: "programme", Option: "halted"})
		add("C", game.Order{Kind: game.OrderStatement, Issue: "sanctions", Option: "strict", Oppose: true})
	case 2:
		// A sweetens its offer to C before hearing back.
		// (Halting needs B's consent, so B is party to it.)
		add("A", game.Order{Kind: game.OrderPropose, To: []string{"C", "B"}, Linkage: game.LinkImplicit, Channel: game.ChannelPrivate,
			Terms: []game.Term{{Actor: "C", Issue: "programme", Option: "halted"}, {Actor: "A", Issue: "base", Option: "cancel"}}})
		for _, ag := range g.Agreements {
			for k, t := range ag.Terms {
				if t.Status == game.TermPending {
					add(t.Actor, game.Order{Kind: game.OrderFulfil, Agreement: ag.ID, TermIndex: k})
				}
			}
		}
	case 3:
		// C answers the letter with its own package; B stalls on it.
		for _, off := range g.Offers {
			if off.From == "A" && off.Sent == 1 && off.Status == game.OfferOpen {
				add("C", game.Order{Kind: game.OrderCounter, Offer: off.ID, Linkage: game.LinkImplicit, Channel: game.ChannelPrivate,
					Terms: []game.Term{{Actor: "A", Issue: "base", Option: "cancel"}, {Actor: "C", Issue: "programme", Option: "halted", Vague: true}}})
				add("B", game.Order{Kind: game.OrderStall, Offer: off.ID})
			}
		}
	case 4:
		// A makes a softer offer in public and leaks C's counter.
		add("A", game.Order{Kind: game.OrderPropose, To: []string{"B"}, Linkage: game.LinkImplicit, Channel: game.ChannelPublic,
			Terms: []game.Term{{Actor: "B", Issue: "sanctions", Option: "strict"}, {Actor: "A", Issue: "base", Option: "cancel"}}})
		for _, off := range g.Offers {
			if off.From == "C" && !off.Public {
				add("A", game.Order{Kind: game.OrderLeak, Offer: off.ID})
			}
		}
	case 6:
		// Without a deal, A cancels the base on its own (a Senate vote).
		add("A", game.Order{Kind: game.OrderMove, Issue: "base", Option: "cancel"})
	case 7:
		// B lifts the sanctions at the last moment.
		add("B", game.Order{Kind: game.OrderMove, Issue: "sanctions", Option: "none"})
	}
	// Later turns: answer whatever is still open to each seat, and B
	// condemns Caspia if asked.
	if g.Turn >= 5 {
		for _, off := range g.Offers {
			if off.Status != game.OfferOpen || off.Arrives > g.Turn {
				continue
			}
			for k, to := range off.To {
				if off.Replies[k].Kind == "" || off.Replies[k].Kind == game.OrderStall {
					kind := game.OrderReject
					if to == "A" {
						kind = game.OrderAccept
					}
					add(to, game.Order{Kind: kind, Offer: off.ID, Public: kind == game.OrderReject && to == "B"})
				}
			}
		}
		for _, d := range g.Dilemmas {
			if d.Choice == "" && d.Deadline >= g.Turn {
				add(d.Actor, game.Order{Kind: game.OrderChoose, Dilemma: d.ID, Choice: "condemn"})
			}
		}
		for _, ag := range g.Agreements {
			for k, t := range ag.Terms {
				if t.Status == game.TermPending {
					kind := game.OrderFulfil
					if t.Actor == "C" {
						kind = game.OrderRenege
					}
					add(t.Actor, game.Order{Kind: kind, Agreement: ag.ID, TermIndex: k})
				}
			}
		}
	}
	return o
}
