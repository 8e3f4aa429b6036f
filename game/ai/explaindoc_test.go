package ai

import (
	"reflect"
	"strings"
	"testing"

	"backchannel/game/ui/prose"
)

// TestExplanationDoc: the change that would turn a refusal into an
// acceptance is said once, on its own accented line, out of the reasons
// (which say it inside them in Text); the engine's references are put in
// the reader's words; an explanation without such a change is one
// paragraph.
func TestExplanationDoc(t *testing.T) {
	e := Explanation{Offer: "o3",
		Text:        "Moscow rejects Washington's offer (the sites → Cancel): it is worth 40, against the 55 it holds out for. Moscow would accept it if the linkage were implicit. It keeps o3 in mind.",
		WouldAccept: &Counterfactual{Change: "the linkage were implicit"}}
	rewrite := func(s string) string { return strings.ReplaceAll(s, "o3", "your letter") }
	d := e.Doc(rewrite)
	want := prose.Doc{
		{Kind: prose.Para, Text: "Moscow rejects Washington's offer (the sites → Cancel): it is worth 40, against the 55 it holds out for. It keeps your letter in mind."},
		{Kind: prose.Para, Tone: prose.Accent, Text: "Moscow would accept it if the linkage were implicit."},
	}
	if !reflect.DeepEqual(d, want) {
		t.Errorf("got %#v\nwant %#v", d, want)
	}
	plain := Explanation{Text: "Moscow accepts o3."}
	if d := plain.Doc(rewrite); len(d) != 1 || d[0].Text != "Moscow accepts your letter." || d[0].Tone != prose.Neutral {
		t.Errorf("one paragraph: %#v", d)
	}
	// A change the text does not say is still said.
	quiet := Explanation{Text: "Moscow rejects it.", WouldAccept: &Counterfactual{Change: "it were secret"}}
	if d := quiet.Doc(rewrite); len(d) != 2 || d[1].Text != "Would accept it if it were secret." {
		t.Errorf("the change alone: %#v", d)
	}
}
