package scenarios_test

// Tests that pin the fact check of the two 2009 episodes against the fact
// sheet (../shared/history-2009.md, "Corrections and additions"): what a
// briefing may know on its start date, which events are labelled as the
// game's inventions, which rules are labelled as the game's, and the
// corrected slips.

import (
	"strings"
	"testing"

	"backchannel/game"
)

// texts gathers every piece of prose a player can read in a scenario,
// keyed by where it is.
func texts(s *game.Scenario) map[string]string {
	out := map[string]string{"summary": s.Summary}
	for _, a := range s.Actors {
		out["briefing "+a.ID] = a.Briefing
	}
	for _, is := range s.Issues {
		out["issue "+is.ID] = is.Description + " " + is.History.Text
	}
	for _, v := range s.Variables {
		out["variable "+v.ID] = v.Name
	}
	for _, f := range s.Forums {
		out["forum "+f.ID] = f.Name
	}
	for _, ev := range s.Events {
		out["event "+ev.ID] = ev.Headline + " " + ev.Text
	}
	for i, d := range s.Debrief {
		out["debrief "+d.Title+" "+string(rune('a'+i))] = d.Text
	}
	return out
}

func event(t *testing.T, s *game.Scenario, id string) game.EventDef {
	t.Helper()
	for _, ev := range s.Events {
		if ev.ID == id {
			return ev
		}
	}
	t.Fatalf("%s: no event %s", s.ID, id)
	return game.EventDef{}
}

func actor(t *testing.T, s *game.Scenario, id string) game.ActorDef {
	t.Helper()
	for _, a := range s.Actors {
		if a.ID == id {
			return a
		}
	}
	t.Fatalf("%s: no actor %s", s.ID, id)
	return game.ActorDef{}
}

func debrief(t *testing.T, s *game.Scenario, title string) string {
	t.Helper()
	for _, d := range s.Debrief {
		if d.Title == title {
			return d.Text
		}
	}
	t.Fatalf("%s: no debrief note %q", s.ID, title)
	return ""
}

// flat joins the lines of a TOML text with continuation backslashes into
// one line, as the player reads it.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

func mustContain(t *testing.T, where, text string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(flat(text), w) {
			t.Errorf("%s lacks %q:\n%s", where, w, flat(text))
		}
	}
}

// TestHistorySlipsGone checks that none of the slips the fact check found
// is back, in either episode.
func TestHistorySlipsGone(t *testing.T) {
	slips := []string{
		"Tomorrow a newspaper",           // the leak is a 75% chance, not a given
		"It is about to come out",        // same
		"a no-confidence vote is coming", // announced on 17 March, after the start
		"68% opposed",                    // CVVM's March poll, published 15 April
		"fought for a year",              // Russia opposed the site from February 2007
		"smaller swap",                   // the same 1,200 kg
		"Within weeks",                   // six days, 25 Sep to 1 Oct
		"the first of Moscow",            // the IAEA vote was not the first step
		"Moscow will want to be paid",    // reversed
		"33 kg of it",                    // plus 33 kg
		"city of the cancelled radar",    // the radar site was Brdy
		"Poland will host SM-3",          // Tusk said "ready to host"
		"Poles glad",                     // 48% is GfK's "good decision"
		"undeclared enrichment",          // Iran declared Fordow by letter on 21 Sep
		"Months to breakout (game estimate)",
		"Hundreds of thousands",    // the sheet says mass protests
		"Western officials say",    // no source in the sheet
		"Most Czechs are relieved", // a reaction nobody polled on 17 Sep
	}
	for _, name := range historyScenarios {
		for where, text := range texts(load(t, name)) {
			for _, s := range slips {
				if strings.Contains(flat(text), s) {
					t.Errorf("%s %s still says %q", name, where, s)
				}
			}
		}
	}
}

// TestHistoryInventedEventsLabelled checks that the events the record does
// not hold say so in their first words.
func TestHistoryInventedEventsLabelled(t *testing.T) {
	s := load(t, "letter-2009")
	for _, id := range []string{"moscow_source", "tehran_read", "polish_doubts", "iaea_august_quiet",
		"site_frozen_news", "czech_opinion_shift"} {
		if ev := event(t, s, id); !strings.HasPrefix(strings.TrimSpace(ev.Text), "In this game") {
			t.Errorf("letter-2009 event %s is invented but does not open with \"In this game\": %q", id, ev.Text)
		}
	}
	p := load(t, "pittsburgh-2009")
	for _, id := range []string{"fordow_letter", "vienna_read"} {
		if ev := event(t, p, id); !strings.HasPrefix(strings.TrimSpace(ev.Text), "In this game") {
			t.Errorf("pittsburgh-2009 event %s does not open with \"In this game\": %q", id, ev.Text)
		}
	}
}

// TestHistoryConsentIsAGameRule checks that every briefing that gives the
// hosts a veto over changing the site calls it a game rule: Washington
// decided alone on 17 September 2009.
func TestHistoryConsentIsAGameRule(t *testing.T) {
	for name, actors := range map[string][]string{
		"letter-2009":     {"USA", "POL", "CZE"},
		"pittsburgh-2009": {"USA", "POL"},
	} {
		s := load(t, name)
		for _, id := range actors {
			mustContain(t, name+" briefing "+id, actor(t, s, id).Briefing, "game rule")
		}
	}
	for _, is := range load(t, "letter-2009").Issues {
		if is.ID == "third_site" {
			mustContain(t, "letter-2009 issue third_site", is.Description, "game rule", "Washington decided alone")
		}
	}
	mustContain(t, "letter-2009 debrief", debrief(t, load(t, "letter-2009"), "The switch"), "Washington decided alone", "night before")
}

// TestLetterFacts pins the corrected facts of letter-2009.
func TestLetterFacts(t *testing.T) {
	s := load(t, "letter-2009")
	// A briefing dated 2 March 2009 cites December 2008's poll.
	mustContain(t, "CZE briefing", actor(t, s, "CZE").Briefing, "in December a CVVM poll found 65%")
	for _, v := range s.Variables {
		if v.ID == "cz_radar_against" && v.Start != 65 {
			t.Errorf("Czechs against the radar start at %v%%; December 2008's CVVM poll found 65%%", v.Start)
		}
	}
	mustContain(t, "RUS briefing", actor(t, s, "RUS").Briefing, "February 2007")
	mustContain(t, "USA briefing", actor(t, s, "USA").Briefing, "On 1 March Admiral Mullen")
	// Medvedev's rebuff of 3 March 2009.
	mustContain(t, "event nyt_leak", event(t, s, "nyt_leak").Text, "would not be productive", "Medvedev confirms the letter")
	mustContain(t, "debrief", debrief(t, s, "The story breaks"), `"not productive"`)
	mustContain(t, "debrief", debrief(t, s, "Qom"), "21 September", "Six days after")
	mustContain(t, "debrief", debrief(t, s, "Sanctions despite a last-minute deal"), "same 1,200 kg", "about half")
	mustContain(t, "debrief", debrief(t, s, "Where it left everyone"), "NATO–Russia Council")
	mustContain(t, "debrief", debrief(t, s, "Iran's stockpile"), "plus some 33 kg")
	mustContain(t, "debrief", debrief(t, s, "New START"), "Brdy")
	mustContain(t, "event qom_disclosure", event(t, s, "qom_disclosure").Text, "four days earlier")
	mustContain(t, "event iaea_august", event(t, s, "iaea_august").Text, "fewer machines are being fed than in June")
	leaders(t, s)
}

// leaders checks the changes of leader in 2010 that the episode covers.
func leaders(t *testing.T, s *game.Scenario) {
	t.Helper()
	mustContain(t, s.ID+" event smolensk", event(t, s, "smolensk").Text, "Komorowski", "acting president")
	if ev := event(t, s, "komorowski_elected"); ev.Date.String() != "2010-07-04" {
		t.Errorf("%s: Komorowski elected on %s; want 2010-07-04", s.ID, ev.Date)
	}
	if ev := event(t, s, "necas_cabinet"); ev.Date.String() != "2010-07-13" {
		t.Errorf("%s: Nečas cabinet on %s; want 2010-07-13", s.ID, ev.Date)
	}
}

// TestPittsburghFacts pins the corrected facts of pittsburgh-2009.
func TestPittsburghFacts(t *testing.T) {
	s := load(t, "pittsburgh-2009")
	if strings.Contains(s.Summary, "Qom") || strings.Contains(s.Summary, "secret") {
		t.Errorf("the summary gives away the Qom disclosure: %q", s.Summary)
	}
	// On 17 September the 1,200 kg figure (1 October) and the reaction
	// polls are still to come.
	if b := actor(t, s, "IRN").Briefing; strings.Contains(b, "1,200") {
		t.Errorf("Iran's briefing quotes the 1,200 kg of 1 October: %s", flat(b))
	}
	if b := actor(t, s, "POL").Briefing; strings.Contains(b, "48%") || strings.Contains(b, "56%") {
		t.Errorf("Poland's briefing quotes polls taken after the switch: %s", flat(b))
	}
	mustContain(t, "event pl_reaction_polls", event(t, s, "pl_reaction_polls").Text, "GfK survey 48%", "Millward Brown survey 56% are glad")
	mustContain(t, "USA briefing", actor(t, s, "USA").Briefing, "Fordow")
	mustContain(t, "IRN briefing", actor(t, s, "IRN").Briefing, "not yet declared", "want Moscow to repay them")
	mustContain(t, "event biden_tour", event(t, s, "biden_tour").Text, "ready to host")
	mustContain(t, "event tehran_declaration", event(t, s, "tehran_declaration").Text, "about half")
	mustContain(t, "event lisbon", event(t, s, "lisbon").Text, "NATO–Russia Council")
	for _, f := range s.Forums {
		if f.ID == "nato_lisbon" && indexOf(f.Attendees, "RUS") < 0 {
			t.Errorf("Medvedev attended the NATO–Russia Council at Lisbon, but the forum leaves Russia out: %v", f.Attendees)
		}
	}
	leaders(t, s)
}

// TestPittsburghFordowDeclaration plays the first two turns of
// pittsburgh-2009 in historical mode: Iran is asked on turn 1 whether to
// declare Fordow, and the disclosure on turn 2 follows its answer.
func TestPittsburghFordowDeclaration(t *testing.T) {
	s := load(t, "pittsburgh-2009")
	for _, c := range []struct{ choice, fires, not string }{
		{"", "qom_disclosure_declared", "qom_disclosure"}, // the default: as in history
		{"declare", "qom_disclosure_declared", "qom_disclosure"},
		{"keep_quiet", "qom_disclosure", "qom_disclosure_declared"},
	} {
		g, err := game.New(s, game.Setup{Seed: 1, Historical: true})
		if err != nil {
			t.Fatal(err)
		}
		var asked *game.Dilemma
		for _, d := range g.Dilemmas {
			if s.Events[d.Event].ID == "fordow_letter" {
				asked = d
			}
		}
		if asked == nil || asked.Actor != "IRN" {
			t.Fatalf("Iran is not asked about Fordow on turn 1: %+v", g.Dilemmas)
		}
		if g.HasFired("qom_disclosure") || g.HasFired("qom_disclosure_declared") {
			t.Fatalf("Qom is exposed before Iran can answer")
		}
		orders := map[string][]game.Order{}
		if c.choice != "" {
			orders["IRN"] = []game.Order{{Kind: game.OrderChoose, Dilemma: asked.ID, Choice: c.choice}}
		}
		if err := g.Resolve(orders); err != nil {
			t.Fatal(err)
		}
		if !g.HasFired(c.fires) || g.HasFired(c.not) {
			t.Errorf("Iran answered %q: %s fired %v, %s fired %v", c.choice, c.fires, g.HasFired(c.fires), c.not, g.HasFired(c.not))
		}
	}
}

// TestPittsburghMissileDefenceOpen: after 17 Sep 2009 the open question was
// where the promised land sites would go (issue 14 item 9: each type must
// be able to go either way), so pittsburgh-2009 starts the plan at sea and
// lets Washington agree land sites, as it did with Romania (4 Feb 2010)
// and Poland (Kraków, 3 Jul 2010).
func TestPittsburghMissileDefenceOpen(t *testing.T) {
	s := load(t, "pittsburgh-2009")
	var site game.IssueDef
	for _, is := range s.Issues {
		if is.ID == "third_site" {
			site = is
		}
	}
	var ids []string
	for _, o := range site.Options {
		ids = append(ids, o.ID)
	}
	if got := strings.Join(ids, " "); got != "build land reconfigure delay cancel" || site.Start != "reconfigure" || site.Historical != "land" {
		t.Errorf("third site options %q, start %q, historical %q; want land sites between the old plan and the sea-only start, land as history",
			got, site.Start, site.Historical)
	}
	mustContain(t, "third_site history", site.History.Text, "4 February 2010", "Romania", "Kraków protocol of 3 July 2010", "around 2018")
	mustContain(t, "third_site description", site.Description, "land sites", "later")
	ev := event(t, s, "romania_sm3")
	if ev.Date.String() != "2010-02-04" {
		t.Errorf("Romania's announcement is dated %s; the sheet says 2010-02-04", ev.Date)
	}
}
