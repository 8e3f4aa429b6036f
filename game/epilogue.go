package game

import "fmt"

// epilogue carries out the terms agreed on the final turn, which no party
// has a turn left to fulfil, before the game ends and is scored. Each is
// fulfilled as if its actor had ordered it: consent, irreversible options
// and ratification votes apply, so a term may still fail. Terms agreed
// earlier had their turns; what became of them stands.
func (g *Game) epilogue() {
	opened := false
	for _, ag := range g.Agreements {
		if ag.Turn != g.Turn {
			continue
		}
		for k := range ag.Terms {
			t := &ag.Terms[k]
			a := g.ActorIndex(t.Actor)
			if t.Status != TermPending || a < 0 {
				continue
			}
			if !opened {
				opened = true
				g.logf(Entry{Kind: KindEpilogue, Public: true, Cause: "epilogue",
					Text: fmt.Sprintf("Epilogue: the terms agreed on the last turn are carried out before the scores (%s).", g.Date.Pretty())})
			}
			g.fulfil(a, ag, k, "")
		}
	}
}
