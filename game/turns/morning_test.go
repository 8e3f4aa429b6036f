package turns

import (
	"strings"
	"testing"

	"backchannel/game"
)

func TestMorningSortsTheNews(t *testing.T) {
	g := &game.Game{Scen: &game.Scenario{}, Turn: 3, Log: []game.Entry{
		{Kind: game.KindTurn, Public: true, Text: "Turn 2"},
		{Kind: game.KindStatement, Public: true, Text: "old news"},
		// The last resolution and the new morning start here.
		{Kind: game.KindEvent, Public: true, Headline: "Summit opens", Text: "Leaders meet."},
		{Kind: game.KindLeak, Public: true, Headline: "Secret offer revealed", Text: "The press reports…"},
		{Kind: game.KindReply, Actor: "B", Seen: []string{"A"}, Text: "B rejects A's offer."},
		{Kind: game.KindIntel, Actor: "C", Text: "C's secret, not for A."},
		{Kind: game.KindSupport, Public: true, Text: "Support at home for A: 58 → 54."},
		{Kind: game.KindCapital, Public: true, Text: "book-keeping"},
		{Kind: game.KindTurn, Public: true, Text: "Turn 3"},
	}}
	m := MorningFor(g, "A", 2)
	if m.Lead == nil || m.Lead.Headline != "Secret offer revealed" {
		t.Fatalf("a leak leads the paper: %+v", m.Lead)
	}
	if len(m.Stories) != 1 || m.Stories[0].Headline != "Summit opens" {
		t.Errorf("stories %+v", m.Stories)
	}
	if len(m.Briefs) != 1 || !strings.Contains(m.Briefs[0].Text, "Support at home") {
		t.Errorf("briefs %+v", m.Briefs)
	}
	if len(m.Desk) != 1 || m.Desk[0].Kind != game.KindReply {
		t.Errorf("A's desk holds what A alone knows, not C's secrets: %+v", m.Desk)
	}
	if m.Empty() {
		t.Error("not empty")
	}
	if q := MorningFor(g, "A", len(g.Log)); !q.Empty() {
		t.Errorf("nothing after the end: %+v", q)
	}
}

func TestMorningCapsThePage(t *testing.T) {
	g := &game.Game{Scen: &game.Scenario{}}
	for range 30 {
		g.Log = append(g.Log, game.Entry{Kind: game.KindVar, Public: true, Text: "tension rises"})
	}
	m := MorningFor(g, "A", 0)
	if len(m.Briefs) != maxBriefs || m.More != 30-maxBriefs {
		t.Errorf("%d briefs, %d more", len(m.Briefs), m.More)
	}
}

// TestQuietPage: with no story, the headline says the span was quiet, but
// not when the news in brief beside it has items.
func TestQuietPage(t *testing.T) {
	if _, _, ok := (Morning{Lead: &Story{Headline: "Leak"}}).Quiet(); ok {
		t.Error("a page with a lead is not quiet")
	}
	head, text, ok := Morning{Days: 14}.Quiet()
	if !ok || head != "A quiet fortnight" || !strings.Contains(text, "No government made news") {
		t.Errorf("nothing at all: %q %q", head, text)
	}
	head, text, ok = Morning{Days: 14, Briefs: []Story{{Text: "Warsaw opens talks."}}}.Quiet()
	if !ok || strings.Contains(head, "quiet") || strings.Contains(text, "No government made news") || !strings.Contains(text, "in brief") {
		t.Errorf("news in brief: %q %q", head, text)
	}
}
