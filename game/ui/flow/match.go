package flow

import (
	"fmt"
	"strings"

	"backchannel/game"
	"backchannel/game/ai"
	"backchannel/game/save"
	"backchannel/game/session"
)

// Setup is how a new game starts: what the scenario choice screen or the
// command line decided.
type Setup struct {
	Source     *Source
	Humans     []string // the human seats; the others are AI
	Difficulty ai.Difficulty
	Seed       uint64
	Historical bool
}

// match is one play-through: its session and where its scenario came from,
// so that it can be restarted when the scenario file changes.
type match struct {
	src    *Source
	scen   *game.Scenario
	sess   *session.Session
	setup  Setup
	humans []string // human seats in scenario order: the hot-seat order
	// autosaved is set once the autosave holds this game: after a turn of
	// it was resolved and saved, or when it was continued from the autosave.
	autosaved bool
}

// start begins a new play-through of setup.
func start(setup Setup) (*match, error) {
	if setup.Source == nil {
		return nil, fmt.Errorf("flow: no scenario chosen")
	}
	scen, err := setup.Source.Load()
	if err != nil {
		return nil, err
	}
	if len(setup.Humans) == 0 {
		return nil, fmt.Errorf("flow: choose at least one government to play")
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

// resume continues a saved game.
func resume(rec *save.Record, src *Source) (*match, error) {
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
		return nil, fmt.Errorf("flow: this save has no human seat to play; watch it as a replay instead")
	}
	d, _ := ai.ParseDifficulty(rec.Difficulty)
	setup := Setup{Source: src, Humans: sess.Humans, Difficulty: d, Seed: rec.Seed, Historical: rec.Historical}
	return newMatch(src, scen, sess, setup), nil
}

func newMatch(src *Source, scen *game.Scenario, sess *session.Session, setup Setup) *match {
	m := &match{src: src, scen: scen, sess: sess, setup: setup}
	keepSource(sess.Record, src)
	for _, a := range scen.Actors {
		if sess.IsHuman(a.ID) {
			m.humans = append(m.humans, a.ID)
		}
	}
	return m
}

// hotSeat reports whether several people share the machine, so that each
// seat's screen must be hidden from the next.
func (m *match) hotSeat() bool { return len(m.humans) > 1 }

// game is the game being played.
func (m *match) game() *game.Game { return m.sess.Game }

// actor returns an actor's definition.
func (m *match) actor(id string) game.ActorDef {
	if i := actorIndex(m.scen, id); i >= 0 {
		return m.scen.Actors[i]
	}
	return game.ActorDef{ID: id, Name: id}
}

// describe is a one-line summary of the match for the pause menu and saves.
func (m *match) describe() string {
	g := m.game()
	var names []string
	for _, h := range m.humans {
		names = append(names, m.actor(h).Name)
	}
	return fmt.Sprintf("%s · turn %d of %d · %s", strings.Join(names, ", "), g.Turn, g.TurnsTotal(), g.Date.Pretty())
}

// parseHumans reads a comma-separated list of actor ids, checked against
// the scenario, in the order given and without repeats.
func parseHumans(scen *game.Scenario, list string) ([]string, error) {
	var out []string
	for _, f := range strings.Split(list, ",") {
		id := strings.TrimSpace(f)
		if id == "" {
			continue
		}
		if i := findActor(scen, id); i >= 0 {
			id = scen.Actors[i].ID
		} else {
			return nil, fmt.Errorf("flow: %s has no actor %q (its actors: %s)", scen.ID, id, actorIDs(scen))
		}
		if !containsStr(out, id) {
			out = append(out, id)
		}
	}
	return out, nil
}

// findActor finds an actor by id, ignoring case, so that -as usa works.
func findActor(scen *game.Scenario, id string) int {
	for i, a := range scen.Actors {
		if strings.EqualFold(a.ID, id) {
			return i
		}
	}
	return -1
}

func actorIDs(scen *game.Scenario) string {
	var ids []string
	for _, a := range scen.Actors {
		ids = append(ids, a.ID)
	}
	return strings.Join(ids, ", ")
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
