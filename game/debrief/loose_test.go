package debrief

import (
	"bytes"
	"strings"
	"testing"

	"backchannel/game"
)

// TestLooseTermShowsWhatWasKept: a loosely worded term carried out with
// another option of its neighbourhood is listed with the option it was
// kept with, in both reports, and not only the option it named.
func TestLooseTermShowsWhatWasKept(t *testing.T) {
	g, rec := playedGame(t)
	r := Analyze(g, Options{Players: rec.HumanSeats()})
	r.Agreements = append(r.Agreements, game.Agreement{ID: "a9", Offer: "o9", Parties: []string{"A", "B"}, Turn: 3,
		Linkage: game.LinkNone, Terms: []game.AgreedTerm{
			{Term: game.Term{Actor: "A", Issue: "base", Option: "cancel", Vague: true}, Status: game.TermFulfilled, Kept: "delay"},
			{Term: game.Term{Actor: "A", Issue: "base", Option: "cancel", Vague: true}, Status: game.TermFulfilled, Kept: "cancel"},
		}})
	var analyst, students bytes.Buffer
	if err := WriteMarkdown(&analyst, r, g.Scen); err != nil {
		t.Fatal(err)
	}
	if err := WriteStudents(&students, r, g.Scen); err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string]string{"instructor's": analyst.String(), "students'": students.String()} {
		if n := strings.Count(out, "loosely worded: kept with delay"); n != 1 {
			t.Errorf("the %s report says %d times what the loose term was kept with, want once:\n%s", name, n, out)
		}
		if strings.Contains(out, "kept with cancel") {
			t.Errorf("the %s report notes a loose term kept with the option it named", name)
		}
	}
}
