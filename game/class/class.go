package class

import (
	"fmt"
	"slices"
	"time"

	"backchannel/game"
	"backchannel/game/ai"
	"backchannel/game/save"
)

// Member is a student at a seat.
type Member struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Submission is a seat's orders and who wrote them.
type Submission struct {
	Orders []game.Order `json:"orders"`
	Member string       `json:"member"`
	Name   string       `json:"name"`
	At     time.Time    `json:"at"`
}

// Class is one class session: its game, record, seats and clock.
type Class struct {
	Cfg    Config
	Scen   *game.Scenario
	Game   *game.Game
	Record *save.Record
	// Seq is the last event applied.
	Seq int
	// GameChanges counts the events that changed the game (injections and
	// resolutions); between two, every seat's view of the game stays the same.
	GameChanges int
	// Members of each seat, in the order they joined.
	Members map[string][]Member
	// Drafts and HandedIn hold this turn's submissions per seat.
	Drafts   map[string]Submission
	HandedIn map[string]Submission
	// Injected are this turn's injections, made already, recorded with the turn.
	Injected []game.Injection
	// Explanations are the AI's reasons for the last turn's orders, per seat.
	Explanations map[string][]ai.Explanation
	// Filled says how each human seat without a hand-in was played, last turn.
	Filled map[string]Policy
	// Activity lists what each student did, for grading.
	Activity []Activity
	Paused   bool
	// Deadline is when the turn closes (zero: no deadline); while paused,
	// Left is the time that was left.
	Deadline time.Time
	Left     time.Duration
	seats    map[string]*ai.Seat
	// read is, per AI seat, the game (as GameChanges counts its changes)
	// whose view the seat has read last.
	read map[string]int
}

// Activity is one thing a student did.
type Activity struct {
	At     time.Time `json:"at"`
	Turn   int       `json:"turn"`
	Actor  string    `json:"actor"`
	Member string    `json:"member"`
	Name   string    `json:"name"`
	Kind   EventKind `json:"kind"`
	Orders int       `json:"orders"`
}

// New starts a class session. The config must have passed Check against s.
func New(cfg Config, s *game.Scenario) (*Class, error) {
	g, err := game.New(s, game.Setup{Seed: cfg.Seed, Historical: cfg.Historical, Humans: cfg.Humans()})
	if err != nil {
		return nil, err
	}
	seats := make([]save.Seat, 0, len(cfg.Seats))
	for _, st := range cfg.Seats {
		seats = append(seats, save.Seat{Actor: st.Actor, Human: st.Human})
	}
	d, _ := ai.ParseDifficulty(cfg.Difficulty)
	c := &Class{Cfg: cfg, Scen: s, Game: g, Record: save.NewRecord(g, seats, d.String()),
		Members: map[string][]Member{}, seats: map[string]*ai.Seat{}, read: map[string]int{}}
	c.newTurn(cfg.Created)
	return c, nil
}

// Fork starts a new session from the first n turns of rec, with the
// config's seats and clock. The injections of those turns are kept.
func Fork(cfg Config, s *game.Scenario, rec *save.Record, n int) (*Class, error) {
	c, err := New(cfg, s)
	if err != nil {
		return nil, err
	}
	// The fork's AI seats read each kept turn's view as the record
	// replays, as the original's AI seats did when they decided (see
	// recall): with a blank memory they would play on otherwise.
	f, g, err := save.ForkWatched(rec, s, n, func(g *game.Game) error {
		for _, a := range s.Actors {
			if c.IsHuman(a.ID) {
				continue
			}
			v, err := g.View(a.ID)
			if err != nil {
				return err
			}
			c.aiSeat(a.ID).Orders(v)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	f.Seats = c.Record.Seats
	c.Game, c.Record = g, f
	return c, nil
}

// newTurn clears the turn's submissions and starts its clock.
func (c *Class) newTurn(at time.Time) {
	c.Drafts, c.HandedIn, c.Injected = map[string]Submission{}, map[string]Submission{}, nil
	c.Deadline, c.Left = time.Time{}, 0
	if c.Cfg.TurnTime <= 0 || c.Game.Over {
		return
	}
	if c.Paused {
		c.Left = c.Cfg.TurnTime
		return
	}
	c.Deadline = at.Add(c.Cfg.TurnTime)
}

// IsHuman reports whether students play the actor.
func (c *Class) IsHuman(actor string) bool {
	st, ok := c.Cfg.Seat(actor)
	return ok && st.Human
}

// Waiting lists the human seats that have not handed in, in scenario order.
func (c *Class) Waiting() []string {
	var out []string
	for _, a := range c.Cfg.Humans() {
		if _, ok := c.HandedIn[a]; !ok {
			out = append(out, a)
		}
	}
	return out
}

// Ready reports whether the turn can resolve because every human seat has
// handed in. A session without human seats never is: the instructor
// resolves its turns.
func (c *Class) Ready() bool {
	return !c.Game.Over && len(c.Cfg.Humans()) > 0 && len(c.Waiting()) == 0
}

// Due reports whether the turn's deadline has passed at now.
func (c *Class) Due(now time.Time) bool {
	return !c.Game.Over && !c.Paused && !c.Deadline.IsZero() && !now.Before(c.Deadline)
}

// Expired reports whether the session is closed to students at now.
func (c *Class) Expired(now time.Time) bool {
	return !c.Cfg.Expires.IsZero() && !now.Before(c.Cfg.Expires)
}

// Member finds a member of a seat.
func (c *Class) Member(actor, id string) (Member, bool) {
	for _, m := range c.Members[actor] {
		if m.ID == id {
			return m, true
		}
	}
	return Member{}, false
}

// Apply folds an event into the class. Events must come in Seq order;
// an event that does not fit (another process's view of a different
// history) is an error and leaves the class unchanged.
func (c *Class) Apply(ev Event) error {
	if ev.Seq != c.Seq+1 {
		return fmt.Errorf("class: event %d after %d", ev.Seq, c.Seq)
	}
	if ev.Kind != EvJoin && ev.Turn != c.Game.Turn {
		return fmt.Errorf("class: event %d is for turn %d, the game is at turn %d", ev.Seq, ev.Turn, c.Game.Turn)
	}
	sub := Submission{Orders: slices.Clone(ev.Orders), Member: ev.Member, Name: ev.Name, At: ev.At}
	switch ev.Kind {
	case EvJoin:
		c.Members[ev.Actor] = append(c.Members[ev.Actor], Member{ID: ev.Member, Name: ev.Name})
	case EvDraft:
		c.Drafts[ev.Actor] = sub
	case EvHandIn:
		c.HandedIn[ev.Actor] = sub
		c.Drafts[ev.Actor] = sub
	case EvInject:
		if ev.Inject == nil {
			return fmt.Errorf("class: event %d injects nothing", ev.Seq)
		}
		if err := c.Game.Inject(*ev.Inject); err != nil {
			return err
		}
		c.Injected = append(c.Injected, *ev.Inject)
		c.GameChanges++
	case EvPause:
		if !c.Paused {
			c.Paused = true
			if !c.Deadline.IsZero() {
				c.Left, c.Deadline = max(c.Deadline.Sub(ev.At), 0), time.Time{}
			}
		}
	case EvResume:
		if c.Paused {
			c.Paused = false
			if c.Left > 0 || c.Cfg.TurnTime > 0 {
				c.Deadline, c.Left = ev.At.Add(c.Left), 0
			}
		}
	case EvExtend:
		if c.Paused {
			c.Left += ev.Extend
		} else if !c.Deadline.IsZero() {
			c.Deadline = c.Deadline.Add(ev.Extend)
		} else {
			c.Deadline = ev.At.Add(ev.Extend)
		}
	case EvResolve:
		if err := c.recall(ev); err != nil {
			return err
		}
		// The turn's injections were made as they came; the record keeps
		// them with the turn so that a replay makes them at the same point.
		if err := c.Game.Resolve(ev.Resolved); err != nil {
			return err
		}
		c.Record.Turns = append(c.Record.Turns, save.Turn{Inject: c.Injected, Orders: ev.Resolved})
		c.Record.LogHash = c.Game.LogHash()
		c.Explanations, c.Filled = ev.Explanations, ev.Filled
		c.newTurn(ev.At)
		c.GameChanges++
	default:
		return fmt.Errorf("class: event %d has unknown kind %q", ev.Seq, ev.Kind)
	}
	switch ev.Kind {
	case EvJoin, EvDraft, EvHandIn:
		c.Activity = append(c.Activity, Activity{At: ev.At, Turn: ev.Turn, Actor: ev.Actor, Member: ev.Member,
			Name: ev.Name, Kind: ev.Kind, Orders: len(ev.Orders)})
	}
	c.Seq = ev.Seq
	return nil
}

// recall lets each AI seat that played a resolved turn read that turn's
// view, when it has not (a class rebuilt from its events after a restart,
// or another process's resolution). An AI seat remembers from every view
// it decided on (trust in it, events seen, its reading of the others), so
// without this a restarted server's AI would forget the turns before the
// restart and decide otherwise than the AI of the same game never
// interrupted. The orders found in recalling are the stored ones (same
// seed, turn and view) and are not used; Orders skips the reasons.
func (c *Class) recall(ev Event) error {
	actors := make([]string, 0, len(ev.Explanations))
	for a := range ev.Explanations {
		actors = append(actors, a)
	}
	slices.Sort(actors)
	for _, a := range actors {
		if n, ok := c.read[a]; ok && n == c.GameChanges {
			continue
		}
		v, err := c.Game.View(a)
		if err != nil {
			return err
		}
		c.aiSeat(a).Orders(v)
		c.read[a] = c.GameChanges
	}
	return nil
}
