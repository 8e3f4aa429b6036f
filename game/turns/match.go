package turns

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"backchannel/game"
	"backchannel/game/ai"
	"backchannel/game/library"
	"backchannel/game/save"
	"backchannel/game/session"
)

// Setup is how a new game starts: what the scenario choice screen or the
// command line decided.
type Setup struct {
	Source     *library.Source
	Humans     []string // the human seats; the others are AI
	Difficulty ai.Difficulty
	Seed       uint64
	Historical bool
}

// Match is one play-through: its session and where its scenario came from,
// so that it can be restarted when the scenario file changes.
type Match struct {
	Source   *library.Source
	Scenario *game.Scenario
	Session  *session.Session
	Setup    Setup
	Humans   []string // human seats in scenario order: the hot-seat order
	// Autosaved is set once the autosave holds this game: after a turn of
	// it was resolved and saved, or when it was continued from the autosave.
	Autosaved bool
}

// Start begins a new play-through of setup.
func Start(setup Setup) (*Match, error) {
	if setup.Source == nil {
		return nil, errors.New("choose a scenario to play first")
	}
	scen, err := setup.Source.Load()
	if err != nil {
		return nil, err
	}
	if len(setup.Humans) == 0 {
		return nil, errors.New("choose at least one government to play")
	}
	d := setup.Difficulty
	if d == 0 {
		d = ai.Normal
	}
	sess, err := session.New(session.Config{Scenario: scen, Seed: setup.Seed, Historical: setup.Historical,
		Humans: setup.Humans, Difficulty: d})
	if err != nil {
		return nil, err
	}
	return newMatch(setup.Source, scen, sess, setup), nil
}

// Resume continues a saved game.
func Resume(rec *save.Record, src *library.Source) (*Match, error) {
	scen, err := src.Load()
	if err != nil {
		return nil, err
	}
	if err := rec.CheckScenario(scen); err != nil {
		return nil, err
	}
	sess, err := session.Resume(rec, scen)
	if err != nil {
		return nil, err
	}
	if len(sess.Humans) == 0 {
		return nil, errors.New("this save has no human seat to play; watch it as a replay instead")
	}
	d, _ := ai.ParseDifficulty(rec.Difficulty)
	setup := Setup{Source: src, Humans: sess.Humans, Difficulty: d, Seed: rec.Seed, Historical: rec.Historical}
	return newMatch(src, scen, sess, setup), nil
}

func newMatch(src *library.Source, scen *game.Scenario, sess *session.Session, setup Setup) *Match {
	m := &Match{Source: src, Scenario: scen, Session: sess, Setup: setup}
	library.KeepSource(sess.Record, src)
	for _, a := range scen.Actors {
		if sess.IsHuman(a.ID) {
			m.Humans = append(m.Humans, a.ID)
		}
	}
	return m
}

// HotSeat reports whether several people share the machine, so that each
// seat's screen must be hidden from the next.
func (m *Match) HotSeat() bool { return len(m.Humans) > 1 }

// Game is the game being played.
func (m *Match) Game() *game.Game { return m.Session.Game }

// Actor returns an actor's definition.
func (m *Match) Actor(id string) game.ActorDef {
	for _, a := range m.Scenario.Actors {
		if a.ID == id {
			return a
		}
	}
	return game.ActorDef{ID: id, Name: id}
}

// Describe is a one-line summary of the match for the pause menu and saves.
func (m *Match) Describe() string {
	g := m.Game()
	var names []string
	for _, h := range m.Humans {
		names = append(names, m.Actor(h).Name)
	}
	return fmt.Sprintf("%s · turn %d of %d · %s", strings.Join(names, ", "), g.Turn, g.TurnsTotal(), g.Date.Pretty())
}

// ParseHumans reads a comma-separated list of actor ids, checked against
// the scenario, in the order given and without repeats; case does not
// matter, so that "usa" names the United States.
func ParseHumans(scen *game.Scenario, list string) ([]string, error) {
	var out []string
	for _, f := range strings.Split(list, ",") {
		id := strings.TrimSpace(f)
		if id == "" {
			continue
		}
		i := findActor(scen, id)
		if i < 0 {
			return nil, fmt.Errorf("%s has no government %q (its governments: %s)", scen.Title, id, actorList(scen))
		}
		if id = scen.Actors[i].ID; !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out, nil
}

// findActor finds an actor by id, ignoring case.
func findActor(scen *game.Scenario, id string) int {
	for i, a := range scen.Actors {
		if strings.EqualFold(a.ID, id) {
			return i
		}
	}
	return -1
}

// actorList names each actor by its id, which the command line takes, and
// its name, which the player knows: "USA (the United States)".
func actorList(scen *game.Scenario) string {
	var ids []string
	for _, a := range scen.Actors {
		ids = append(ids, a.ID+" ("+a.Name+")")
	}
	return strings.Join(ids, ", ")
}
