package class

import (
	"slices"
	"strings"
	"time"

	"backchannel/game"
)

// Clock is what everyone may know of the turn's timing.
type Clock struct {
	Turn int `json:"turn"`
	// Round counts the resolutions so far: a turn with a summit session
	// resolves twice, and the second time waits for answers only.
	Round    int       `json:"round"`
	Summit   bool      `json:"summit,omitempty"`
	Deadline time.Time `json:"deadline,omitzero"`
	Paused   bool      `json:"paused,omitempty"`
	Left     int64     `json:"left_ms,omitempty"` // while paused
	Over     bool      `json:"over,omitempty"`
	Waiting  int       `json:"waiting"` // human seats still to hand in
}

// SeatView is everything a seat's students are sent: the game as their
// actor knows it, their team's work and the clock. It is built only from
// game.View and game.VisibleLog of that actor, so it carries nothing that
// another seat alone may know.
type SeatView struct {
	Session string `json:"session"`
	Name    string `json:"name"`
	Actor   string `json:"actor"`
	Team    string `json:"team,omitempty"`
	Clock   Clock  `json:"clock"`
	// View is the actor's view, with its scenario reduced to what every
	// player may know (see PublicScenario) and without its log, which Log
	// carries. Its Scenario never changes during a session: a server
	// sends it in a connection's first view only, and nil after. View is
	// nil when the game has not changed since the connection's last view
	// (a teammate's draft, a hand-in, the clock): the client keeps its own.
	View *game.View `json:"view"`
	// Log is every entry the actor knows of, from the start; or, when
	// LogFrom is set, those from index LogFrom on (the rest came in earlier
	// views on the same connection: the log only grows).
	Log      []game.Entry `json:"log"`
	LogFrom  int          `json:"log_from,omitempty"`
	Members  []Member     `json:"members"` // names only
	Draft    *Submission  `json:"draft,omitempty"`
	HandedIn *Submission  `json:"handed_in,omitempty"`
	// Filled says how the seat was played last turn when it did not hand in.
	Filled Policy `json:"filled,omitempty"`
	// Report is the seat's own report (WriteStudentReport, Markdown), in
	// the view that carries the game's end: the board shows it as the
	// debrief.
	Report string `json:"report,omitempty"`
}

// Clock is the turn's timing.
func (c *Class) Clock() Clock {
	k := Clock{Turn: c.Game.Turn, Round: len(c.Record.Turns), Summit: c.Game.Summit, Deadline: c.Deadline, Paused: c.Paused, Over: c.Game.Over, Waiting: len(c.Waiting())}
	if c.Paused {
		k.Left = c.Left.Milliseconds()
	}
	return k
}

// Sent is what a connection has been sent of a seat's views, so that the
// next view carries only what changed. The zero Sent is nothing yet.
type Sent struct {
	Views   int // views sent
	Game    int // GameChanges at the last one
	Scanned int // entries of the game's log read
	Entries int // of them, those the seat knows of
}

// SeatView builds what the students at actor's seat are sent, given what
// their connection has had: the scenario in the first view only; the
// game's view only when the game has changed; in Log the entries the
// actor knows of that it has not had, from LogFrom on. next is what the
// connection will have had. The log only grows, and an entry's readers
// are fixed when it is written, so only its new part is read (late in a
// game a seat's whole log was ~100 KB a view).
func (c *Class) SeatView(id, actor string, sent Sent) (sv *SeatView, next Sent, err error) {
	st, ok := c.Cfg.Seat(actor)
	if !ok {
		return nil, sent, ErrNoSeat
	}
	if sent.Scanned > len(c.Game.Log) { // another game: start again
		sent = Sent{}
	}
	next = Sent{Views: sent.Views + 1, Game: c.GameChanges, Scanned: sent.Scanned, Entries: sent.Entries}
	sv = &SeatView{Session: id, Name: c.Cfg.Name, Actor: actor, Team: st.Team, Clock: c.Clock(),
		LogFrom: sent.Entries, Filled: c.Filled[actor]}
	if sent.Views == 0 || sent.Game != c.GameChanges {
		if sv.View, err = c.seatGame(actor, sent.Views == 0); err != nil {
			return nil, sent, err
		}
		for _, e := range c.Game.Log[sent.Scanned:] {
			if e.VisibleTo(actor) {
				e.Seen = slices.Clone(e.Seen)
				sv.Log = append(sv.Log, e)
			}
		}
		next.Scanned, next.Entries = len(c.Game.Log), sent.Entries+len(sv.Log)
		if c.Game.Over {
			var b strings.Builder
			if err := c.WriteStudentReport(&b, actor); err != nil {
				return nil, sent, err
			}
			sv.Report = b.String()
		}
	}
	// Teammates see each other's names; the member ids stay with each browser.
	for _, m := range c.Members[actor] {
		sv.Members = append(sv.Members, Member{Name: m.Name})
	}
	if d, ok := c.Drafts[actor]; ok {
		d.Member = ""
		sv.Draft = &d
	}
	if h, ok := c.HandedIn[actor]; ok {
		h.Member = ""
		sv.HandedIn = &h
	}
	return sv, next, nil
}

// seatGame is the actor's view of the game as a seat is sent it: with its
// scenario reduced to what every player may know, or none (withScenario
// false: the connection has it), and without the log.
func (c *Class) seatGame(actor string, withScenario bool) (*game.View, error) {
	v, err := c.Game.View(actor)
	if err != nil {
		return nil, err
	}
	common := v.Scenario
	v.Scenario = nil
	if withScenario {
		v.Scenario = PublicScenario(common, actor)
	}
	v.Log = nil
	// A choice's effects say what it does, but their amounts are
	// expressions, which do not travel as JSON; the labels say enough.
	for i := range v.Dilemmas {
		v.Dilemmas[i].Choices = slices.Clone(v.Dilemmas[i].Choices)
		for k := range v.Dilemmas[i].Choices {
			v.Dilemmas[i].Choices[k].Effects = nil
		}
	}
	return v, nil
}

// PublicScenario is the common-knowledge scenario of game.View reduced
// further for a player over the network: other actors' briefings,
// objectives and AI profiles, the opening offers (private letters among
// them: the parties see theirs as offers), the values of secret variables
// and the variables' change rules are left out.
func PublicScenario(s *game.Scenario, actor string) *game.Scenario {
	p := *s
	p.Actors = slices.Clone(s.Actors)
	for i := range p.Actors {
		if p.Actors[i].ID != actor {
			p.Actors[i].Briefing, p.Actors[i].Objectives, p.Actors[i].AI = "", nil, game.Profile{}
		}
	}
	p.Variables = slices.Clone(s.Variables)
	for i := range p.Variables {
		p.Variables[i].Rules = nil
		if p.Variables[i].Secret {
			p.Variables[i].Start, p.Variables[i].Min, p.Variables[i].Max = 0, 0, 0
		}
	}
	p.Opening, p.Events, p.End, p.Debrief = nil, nil, nil, nil
	return &p
}

// SeatStatus is one seat in the instructor's overview.
type SeatStatus struct {
	Actor    string      `json:"actor"`
	Name     string      `json:"name"`
	Human    bool        `json:"human"`
	Team     string      `json:"team,omitempty"`
	Max      int         `json:"max"`
	Members  []Member    `json:"members"`
	HandedIn *Submission `json:"handed_in,omitempty"`
	Draft    *Submission `json:"draft,omitempty"`
	Filled   Policy      `json:"filled,omitempty"`
	// TrueType is the actor's secret type, for the instructor only.
	TrueType string `json:"true_type"`
}

// Overview is the instructor's picture of the session.
type Overview struct {
	Config Config       `json:"config"`
	Clock  Clock        `json:"clock"`
	Seats  []SeatStatus `json:"seats"`
	// Events are the scenario events that may still be injected.
	Events  []InjectableEvent `json:"events"`
	LogHash string            `json:"log_hash"`
	Turns   int               `json:"turns"` // turns resolved so far
	Seq     int               `json:"seq"`
}

// InjectableEvent is a scenario event the instructor may fire.
type InjectableEvent struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Headline string `json:"headline"`
	// Audience are the actors who hear of it; empty is public news. The
	// console says so, as a private event reaches only some students.
	Audience []string `json:"audience,omitempty"`
}

// Overview builds the instructor's picture.
func (c *Class) Overview() *Overview {
	o := &Overview{Config: c.Cfg, Clock: c.Clock(), LogHash: c.Game.LogHash(), Turns: len(c.Record.Turns), Seq: c.Seq}
	for _, st := range c.Cfg.Seats {
		a := c.Game.ActorIndex(st.Actor)
		ad := c.Scen.Actors[a]
		ss := SeatStatus{Actor: st.Actor, Name: ad.Name, Human: st.Human, Team: st.Team, Max: st.Max,
			Members: slices.Clone(c.Members[st.Actor]), Filled: c.Filled[st.Actor], TrueType: ad.Types[c.Game.Types[a]].Name}
		if h, ok := c.HandedIn[st.Actor]; ok {
			ss.HandedIn = &h
		}
		if d, ok := c.Drafts[st.Actor]; ok {
			ss.Draft = &d
		}
		o.Seats = append(o.Seats, ss)
	}
	for e, ev := range c.Scen.Events {
		if !c.Game.Fired[e] || ev.Repeat {
			o.Events = append(o.Events, InjectableEvent{ID: ev.ID, Name: ev.Name, Headline: ev.Headline, Audience: ev.Audience})
		}
	}
	return o
}
