package game

import "fmt"

// epilogue carries out every term still pending when the game ends, before
// it is scored. A term's deadline may fall after the last turn, so without
// this a seat could accept late, never pay and keep what it was given. Each
// is fulfilled as if its actor had ordered it: consent, irreversible options
// and ratification votes apply, so a term may still fail. A party that
// means not to pay must renege openly on a turn, and bear its price.
func (g *Game) epilogue() {
	opened := false
	for _, ag := range g.Agreements {
		for k := range ag.Terms {
			t := &ag.Terms[k]
			a := g.ActorIndex(t.Actor)
			if t.Status != TermPending || a < 0 {
				continue
			}
			if !opened {
				opened = true
				g.logf(Entry{Kind: KindEpilogue, Public: true, Cause: "epilogue",
					Text: fmt.Sprintf("Epilogue: the terms still pending are carried out before the scores (%s).", g.Date.Pretty())})
			}
			g.fulfil(a, ag, k, "")
		}
	}
}
