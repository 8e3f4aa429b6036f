package debrief

import (
	"fmt"
	"strings"
	"testing"

	"backchannel/game/scenario"
	"backchannel/game/session"
)

// finishedTutorial plays the tutorial to its end with Aldoria human.
func finishedTutorial(t *testing.T) (*session.Session, *Report) {
	t.Helper()
	s, err := scenario.Builtin("tutorial")
	if err != nil {
		t.Fatal(err)
	}
	ss, err := session.New(session.Config{Scenario: s, Seed: 7, Humans: []string{"ALD"}})
	if err != nil {
		t.Fatal(err)
	}
	for !ss.Game.Over {
		if err := ss.EndTurn(); err != nil {
			t.Fatal(err)
		}
	}
	return ss, Analyze(ss.Game, Options{Players: []string{"ALD"}})
}

// TestReadingDocs: the debrief screen's tabs say what the player needs,
// in words (types by name, not id), and the verdict names the score's parts.
func TestReadingDocs(t *testing.T) {
	ss, r := finishedTutorial(t)
	s := ss.Game.Scen
	issues := IssuesDoc(r, s).String()
	for _, want := range []string{"The radar at Kessel", "In your game:", "In history:", "2025-05-20"} {
		if !strings.Contains(issues, want) {
			t.Errorf("the issues tab lacks %q:\n%s", want, issues)
		}
	}
	types := TypesDoc(r, s).String()
	for _, a := range s.Actors {
		if !strings.Contains(types, a.Name) {
			t.Errorf("the types tab does not reveal %s", a.Name)
		}
	}
	if strings.Contains(types, "hawk;") {
		t.Error("types are named, not given by id")
	}
	deals := DealsDoc(r, s).String()
	for _, want := range []string{"Pareto frontier", "Nash", "How you gave ground"} {
		if !strings.Contains(deals, want) {
			t.Errorf("the deals tab lacks %q", want)
		}
	}
	if turning := TurningDoc(r, s).String(); turning == "" {
		t.Error("the turning points tab is empty")
	}
	var human ActorScore
	for _, sc := range r.Scores {
		if sc.Human {
			human = sc
		}
	}
	if v := VerdictLine(human); !strings.Contains(v, "Aldoria ends on") || !strings.Contains(v, "history") {
		t.Errorf("verdict %q", v)
	}
	// The verdict names both parts of the score, as the report's table does.
	parts := fmt.Sprintf("Policy %.0f, home %.0f (support %.0f, face %.0f), home counting %.0f%%.",
		human.Policy, human.Home, human.Support, human.Face, 100*human.HomeWeight)
	if v := VerdictLine(human); !strings.Contains(v, parts) {
		t.Errorf("verdict %q lacks the score's parts %q", v, parts)
	}
	if human.Policy == human.Home {
		t.Errorf("policy and home are both %.1f: the tutorial's finish cannot tell them apart", human.Policy)
	}
}
