package game_test

import (
	"errors"
	"testing"

	"backchannel/game"
	"backchannel/game/gametest"
)

// TestSummitSessionTakesOnlyAnswers checks that in a summit session a
// human seat's other orders are refused with a clear error, and that
// SummitOrders keeps only the answers.
func TestSummitSessionTakesOnlyAnswers(t *testing.T) {
	g, err := game.New(gametest.Small(), game.Setup{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	must(t, g.Resolve(nil))
	must(t, g.Resolve(nil))
	must(t, g.Resolve(map[string][]game.Order{"A": {{Kind: game.OrderPropose, To: []string{"B"}, Channel: game.ChannelForum,
		Terms: []game.Term{{Actor: "A", Issue: "base", Option: "delay"}, {Actor: "B", Issue: "sanctions", Option: "strict"}}}}}))
	v, _ := g.View("B")
	if !g.Summit || !v.Summit || v.Offer("o2") == nil {
		t.Fatalf("want a summit session with o2 before B: summit %v, view %v", g.Summit, v.Summit)
	}
	move := game.Order{Kind: game.OrderMove, Issue: "sanctions", Option: "strict"}
	accept := game.Order{Kind: game.OrderAccept, Offer: "o2"}
	if err := g.Check("B", []game.Order{move}); !errors.Is(err, game.ErrSummitOnly) {
		t.Fatalf("a move at the summit table: %v, want ErrSummitOnly", err)
	}
	if got := g.SummitOrders("B", []game.Order{move, accept}); len(got) != 1 || got[0].Kind != game.OrderAccept {
		t.Fatalf("SummitOrders kept %v", got)
	}
	turn := g.Turn
	must(t, g.Resolve(map[string][]game.Order{"B": {accept}}))
	if g.Summit || g.Turn != turn+1 || len(g.Agreements) != 1 {
		t.Fatalf("after the answers: summit %v, turn %d (was %d), %d agreements", g.Summit, g.Turn, turn, len(g.Agreements))
	}
}
