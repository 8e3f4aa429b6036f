package ai

import (
	"testing"

	"backchannel/game"
)

// typeIs is the quantity `type(actor) == id ? yes : no`.
type typeIs struct {
	actor, id string
	yes, no   float64
}

func (q typeIs) Value(f game.Facts) float64 {
	if f.Type(q.actor) == q.id {
		return q.yes
	}
	return q.no
}

// TestDilemmaReadsTypes: type() in a dilemma's effects reads the seat's own
// type for itself and its likeliest type by its beliefs for another, so the
// answer turns on what the seat is and what it believes.
func TestDilemmaReadsTypes(t *testing.T) {
	sc, v := letterView(t, "IRN")
	answer := func(v *game.View, q typeIs) string {
		v.Dilemmas = []game.Dilemma{{ID: "d1", Event: -1, Actor: "IRN", Posed: v.Turn, Deadline: v.Turn + 1, Prompt: "Pay?",
			Choices: []game.ChoiceDef{{ID: "keep"}, {ID: "pay", Effects: []game.Effect{{Kind: game.EffectCapital, Actor: "IRN", Amount: q}}}}}}
		s := New("IRN", Normal, 1)
		s.SetScenario(sc)
		for _, o := range s.Decide(v).Orders {
			if o.Kind == game.OrderChoose {
				return o.Choice
			}
		}
		return ""
	}
	own := typeIs{actor: "IRN", id: "hardliner", yes: 3, no: -3}
	for k, ty := range sc.Actors[v.Me].Types {
		v.Type = k
		want := "keep"
		if ty.ID == "hardliner" {
			want = "pay"
		}
		if got := answer(v, own); got != want {
			t.Errorf("an Iran of type %s answers %q, want %q", ty.ID, got, want)
		}
	}
	rus := -1
	for a, ad := range sc.Actors {
		if ad.ID == "RUS" {
			rus = a
		}
	}
	types := sc.Actors[rus].Types
	for k := range types {
		w := make([]float64, len(types))
		for n := range w {
			w[n] = 0.1 / float64(len(w)-1)
		}
		w[k] = 0.9
		v.Beliefs[rus] = w
		for _, ty := range types {
			want := "keep"
			if ty.ID == types[k].ID {
				want = "pay"
			}
			if got := answer(v, typeIs{actor: "RUS", id: ty.ID, yes: 3, no: -3}); got != want {
				t.Errorf("believing Moscow %s, Iran asked whether it is %s answers %q, want %q", types[k].ID, ty.ID, got, want)
			}
		}
	}
}
