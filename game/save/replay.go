package save

import (
	"fmt"
	"slices"
	"time"

	"backchannel/game"
)

// Snapshot is the state of a replayed game after some number of turns,
// copied so that it stays as it was while the replay goes on.
type Snapshot struct {
	// Step is how many recorded turns have been resolved: 0 is the start
	// (after the first morning), len(Record.Turns) the end.
	Step    int         `json:"step"`
	Turn    int         `json:"turn"` // the game's turn number after the step
	Date    game.Date   `json:"date"`
	Over    bool        `json:"over,omitempty"`
	Options []int       `json:"options"`
	Vars    []float64   `json:"vars"`
	Support []float64   `json:"support"`
	Face    []float64   `json:"face"`
	Trust   [][]float64 `json:"trust"`
	// Utility is each actor's true type's utility of Options.
	Utility []float64 `json:"utility"`
	// Log is the length of the log after the step: the entries the step
	// added are Log[previous.Log:this.Log] of the final game.
	Log int `json:"log"`
}

// Snap copies the parts of a game's state that change from turn to turn.
func Snap(g *game.Game, step int) Snapshot {
	s := Snapshot{Step: step, Turn: g.Turn, Date: g.Date, Over: g.Over, Options: slices.Clone(g.Options),
		Vars: slices.Clone(g.Vars), Support: slices.Clone(g.Support), Face: slices.Clone(g.Face), Log: len(g.Log)}
	s.Trust = make([][]float64, len(g.Trust))
	for a := range g.Trust {
		s.Trust[a] = slices.Clone(g.Trust[a])
	}
	s.Utility = make([]float64, len(g.Scen.Actors))
	for a := range g.Scen.Actors {
		s.Utility[a] = g.Scen.Utility(a, g.Types[a], g.Options)
	}
	return s
}

// Timeline replays a record once and returns a snapshot after every step
// (len(r.Turns)+1 of them) and the final game, whose log the snapshots
// index into.
func Timeline(r *Record, s *game.Scenario) ([]Snapshot, *game.Game, error) {
	g, err := r.start(s)
	if err != nil {
		return nil, nil, err
	}
	out := []Snapshot{Snap(g, 0)}
	for i := range r.Turns {
		if err := r.playTurn(g, i, nil); err != nil {
			return nil, nil, err
		}
		out = append(out, Snap(g, i+1))
	}
	return out, g, nil
}

// Replayer steps through a saved game for the replay screen. Going forward
// resolves the next recorded turn; going back rebuilds the game from the
// start, which costs a few milliseconds for a whole episode and keeps no
// copies of old states.
type Replayer struct {
	rec  *Record
	scen *game.Scenario
	g    *game.Game
	step int
	// lens[k] is the log's length after step k, for StepEntries; a step's
	// length never changes, so it is kept once seen.
	lens []int
}

// NewReplayer checks the record against the scenario and stands at step 0.
func NewReplayer(r *Record, s *game.Scenario) (*Replayer, error) {
	g, err := r.start(s)
	if err != nil {
		return nil, err
	}
	return &Replayer{rec: r, scen: s, g: g, lens: []int{len(g.Log)}}, nil
}

// Steps is the number of recorded turns.
func (p *Replayer) Steps() int { return len(p.rec.Turns) }

// Step is how many recorded turns the current game has resolved.
func (p *Replayer) Step() int { return p.step }

// Game is the game at the current step. It belongs to the replayer: read
// it, but do not resolve turns on it (Fork gives a game to continue).
func (p *Replayer) Game() *game.Game { return p.g }

// Seek goes to the game after n recorded turns, clamped to 0..Steps().
func (p *Replayer) Seek(n int) (*game.Game, error) {
	n = max(0, min(n, p.Steps()))
	if n < p.step {
		g, err := p.rec.start(p.scen)
		if err != nil {
			return nil, err
		}
		p.g, p.step = g, 0
	}
	for p.step < n {
		if err := p.rec.playTurn(p.g, p.step, nil); err != nil {
			return nil, err
		}
		p.step++
		if p.step == len(p.lens) {
			p.lens = append(p.lens, len(p.g.Log))
		}
	}
	return p.g, nil
}

// StepEntries are the log entries the current step added: the resolution
// of its turn and the next morning (at step 0, the start and the first
// morning). The replay screen shows them as "what happened".
func (p *Replayer) StepEntries() []game.Entry {
	from := 0
	if p.step > 0 {
		from = p.lens[p.step-1]
	}
	return p.g.Log[from:p.lens[p.step]]
}

// Forward goes one recorded turn on (staying put at the end).
func (p *Replayer) Forward() (*game.Game, error) { return p.Seek(p.step + 1) }

// Back goes one recorded turn back (staying put at the start).
func (p *Replayer) Back() (*game.Game, error) { return p.Seek(p.step - 1) }

// Fork starts a new game from the current step: see Fork.
func (p *Replayer) Fork() (*Record, *game.Game, error) { return Fork(p.rec, p.scen, p.step) }

// Fork continues a game from an earlier point, an instructor's "what if":
// it returns a new record holding the first n turns of r, with the log hash
// of that point, and a fresh game after those turns on which play goes on
// (record further turns with Add). The scenario is needed because the new
// record's hash is the replay's. The original record is not changed.
func Fork(r *Record, s *game.Scenario, n int) (*Record, *game.Game, error) {
	return ForkWatched(r, s, n, nil)
}

// ForkWatched is Fork with a watcher that sees the game before each kept
// turn resolves (see Record.ReplayWatched).
func ForkWatched(r *Record, s *game.Scenario, n int, watch func(*game.Game) error) (*Record, *game.Game, error) {
	if n < 0 || n > len(r.Turns) {
		return nil, nil, fmt.Errorf("save: cannot fork at turn %d: the save has turns 0 to %d", n, len(r.Turns))
	}
	f := r.Clone()
	f.Turns = f.Turns[:n]
	f.Saved = time.Time{} // the fork has not been saved yet
	g, err := f.ReplayWatched(s, watch)
	if err != nil {
		return nil, nil, err
	}
	f.LogHash = g.LogHash()
	return f, g, nil
}

// Clone is a deep copy of the record, so that a fork and its original
// never share orders.
func (r *Record) Clone() *Record {
	c := *r
	c.Seats = slices.Clone(r.Seats)
	c.Turns = make([]Turn, len(r.Turns))
	for i, t := range r.Turns {
		c.Turns[i].Inject = slices.Clone(t.Inject)
		if t.Orders == nil {
			continue
		}
		m := make(map[string][]game.Order, len(t.Orders))
		for actor, list := range t.Orders {
			cl := slices.Clone(list)
			for k := range cl {
				cl[k].To = slices.Clone(cl[k].To)
				cl[k].Terms = slices.Clone(cl[k].Terms)
			}
			m[actor] = cl
		}
		c.Turns[i].Orders = m
	}
	return &c
}
