package debrief

import (
	"slices"

	"backchannel/game"
	"backchannel/game/fmath"
)

// Options tune an analysis; zero values take the defaults.
type Options struct {
	// Players are the human seats, whose concession patterns are
	// classified; empty classifies every actor that made offers.
	Players []string
	// MaxEnumerate is the most deals evaluated one by one before the deal
	// search turns to its heuristic.
	MaxEnumerate int
	// Samples is the number of random starting deals of the heuristic.
	Samples int
	// MaxFrontier is how many frontier deals the report lists.
	MaxFrontier int
	// TurningPoints is how many turning points the report keeps.
	TurningPoints int
}

func (o Options) withDefaults() Options {
	if o.MaxEnumerate <= 0 {
		o.MaxEnumerate = DefaultMaxEnumerate
	}
	if o.Samples <= 0 {
		o.Samples = DefaultSamples
	}
	if o.MaxFrontier <= 0 {
		o.MaxFrontier = DefaultMaxFrontier
	}
	if o.TurningPoints <= 0 {
		o.TurningPoints = DefaultTurningPoints
	}
	return o
}

// Report is the analysis of one game.
type Report struct {
	Scenario   string    `json:"scenario"`
	Title      string    `json:"title"`
	Seed       uint64    `json:"seed"`
	Historical bool      `json:"historical,omitempty"`
	Turn       int       `json:"turn"`  // the turn the game reached
	Turns      int       `json:"turns"` // the turns the calendar allows
	Date       game.Date `json:"date"`
	Over       bool      `json:"over"`
	LogHash    string    `json:"log_hash"`
	Players    []string  `json:"players,omitempty"`

	Scores        []ActorScore       `json:"scores"`
	Issues        []IssueOutcome     `json:"issues"`
	Types         []TypeReveal       `json:"types"`
	Series        Series             `json:"series"`
	TurningPoints []TurningPoint     `json:"turning_points"`
	Deals         Deals              `json:"deals"`
	Concessions   []Concession       `json:"concessions"`
	Offers        []OfferSummary     `json:"offers"`
	Agreements    []game.Agreement   `json:"agreements"`
	Statements    []game.Statement   `json:"statements"`
	Choices       []Choice           `json:"choices"`
	Timeline      []TurnLog          `json:"timeline"`
	Notes         []game.DebriefNote `json:"notes,omitempty"`
}

// ActorScore is an actor's score with its differences from the references.
// Support and Face are the two halves of the score's home part, kept so the
// debrief can say where a government's standing at home came from.
type ActorScore struct {
	game.Score
	Support     float64 `json:"support"`
	Face        float64 `json:"face"`
	Name        string  `json:"name"`
	TypeName    string  `json:"type_name"`
	Human       bool    `json:"human,omitempty"`
	VsStatusQuo float64 `json:"vs_status_quo"`
	VsHistory   float64 `json:"vs_history"`
}

// IssueOutcome is where an issue ended beside where history left it.
type IssueOutcome struct {
	Issue      string           `json:"issue"`
	Name       string           `json:"name"`
	Start      string           `json:"start"`
	Final      string           `json:"final"`
	Historical string           `json:"historical,omitempty"`
	StartName  string           `json:"start_name"`
	FinalName  string           `json:"final_name"`
	HistName   string           `json:"historical_name,omitempty"`
	Changed    bool             `json:"changed"`
	AsHistory  bool             `json:"as_history"`
	History    game.HistoryNote `json:"history"`
	// Settled is the log entry that set the final option; nil if it never moved.
	Settled *game.Entry `json:"settled,omitempty"`
}

// TypeReveal is an actor's true type and how well the others read it.
type TypeReveal struct {
	Actor       string `json:"actor"`
	Name        string `json:"name"`
	Type        string `json:"type"`
	TypeName    string `json:"type_name"`
	Description string `json:"description,omitempty"`
	Historical  string `json:"historical,omitempty"` // the type the record suggests
	// Beliefs are the others' final beliefs about the actor's type.
	Beliefs []Belief `json:"beliefs"`
	// MeanBelief is the others' mean final belief in the true type.
	MeanBelief float64 `json:"mean_belief"`
}

// Belief is what one actor ended up believing about another's type.
type Belief struct {
	By    string  `json:"by"`
	True  float64 `json:"true"`  // probability it gave the true type
	Guess string  `json:"guess"` // the type it thought most likely
}

// Analyze builds the report of a game from its state and log. The game is
// read, never changed.
func Analyze(g *game.Game, opt Options) *Report {
	opt = opt.withDefaults()
	sc := g.Scen
	r := &Report{Scenario: sc.ID, Title: sc.Title, Seed: g.Setup.Seed, Historical: g.Setup.Historical,
		Turn: g.Turn, Turns: g.TurnsTotal(), Date: g.Date, Over: g.Over, LogHash: g.LogHash(),
		Players: slices.Clone(opt.Players), Notes: slices.Clone(sc.Debrief)}
	changes := optionChanges(g)
	r.Scores = scores(g, opt.Players)
	r.Issues = issues(g)
	r.Types = types(g)
	r.Series = buildSeries(g)
	r.TurningPoints = turningPoints(g, &r.Series, opt.TurningPoints)
	r.Deals = analyseDeals(g, opt)
	r.Concessions = concessions(g, opt.Players)
	r.Offers = offerSummaries(g, changes)
	for _, ag := range g.Agreements {
		c := *ag
		c.Parties, c.Terms = slices.Clone(ag.Parties), slices.Clone(ag.Terms)
		r.Agreements = append(r.Agreements, c)
	}
	for _, st := range g.Statements {
		r.Statements = append(r.Statements, *st)
	}
	r.Choices = choices(g)
	r.Timeline = Timeline(g.Log, Significant)
	return r
}

func scores(g *game.Game, players []string) []ActorScore {
	var out []ActorScore
	for a, s := range g.Scores() {
		ad := g.Scen.Actors[a]
		out = append(out, ActorScore{Score: s, Support: round(g.Support[a]), Face: round(g.Face[a]),
			Name: ad.Name, TypeName: ad.Types[g.Types[a]].Name,
			Human: slices.Contains(players, ad.ID), VsStatusQuo: round(s.Final - s.StatusQuo), VsHistory: round(s.Final - s.History)})
	}
	return out
}

func issues(g *game.Game) []IssueOutcome {
	start, hist := g.StartOptions(), g.HistoricalOptions()
	var out []IssueOutcome
	for i, is := range g.Scen.Issues {
		o := IssueOutcome{Issue: is.ID, Name: is.Name, History: is.History,
			Start: is.Options[start[i]].ID, StartName: is.Options[start[i]].Name,
			Final: is.Options[g.Options[i]].ID, FinalName: is.Options[g.Options[i]].Name}
		if g.OptionIndex(i, is.Historical) >= 0 {
			o.Historical, o.HistName = is.Historical, is.Options[hist[i]].Name
			o.AsHistory = hist[i] == g.Options[i]
		}
		o.Changed = start[i] != g.Options[i]
		for k := len(g.Log) - 1; k >= 0; k-- {
			if ii, _ := optionOf(g, g.Log[k]); ii == i {
				e := g.Log[k]
				o.Settled = &e
				break
			}
		}
		out = append(out, o)
	}
	return out
}

func types(g *game.Game) []TypeReveal {
	var out []TypeReveal
	for a, ad := range g.Scen.Actors {
		t := ad.Types[g.Types[a]]
		tr := TypeReveal{Actor: ad.ID, Name: ad.Name, Type: t.ID, TypeName: t.Name, Description: t.Description, Historical: ad.HistoricalType}
		sum := 0.0
		for b, bd := range g.Scen.Actors {
			if b == a || b >= len(g.Beliefs) || a >= len(g.Beliefs[b]) {
				continue
			}
			p := g.Beliefs[b][a]
			guess := 0
			for k := range p {
				if p[k] > p[guess] {
					guess = k
				}
			}
			bl := Belief{By: bd.ID, True: round(p[g.Types[a]]), Guess: ad.Types[guess].ID}
			tr.Beliefs = append(tr.Beliefs, bl)
			sum += bl.True
		}
		if n := len(tr.Beliefs); n > 0 {
			tr.MeanBelief = round(sum / float64(n))
		}
		out = append(out, tr)
	}
	return out
}

func round(v float64) float64 { return fmath.Round4(v) }
