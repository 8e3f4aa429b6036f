package save

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"regexp"

	"backchannel/game"
	"backchannel/game/ai"
)

// Limits on a save's fields. A save is data from anyone, like a scenario
// file; each limit is far above what a game writes.
const (
	// MaxLetter is the longest text of an order (a letter's covering note),
	// in bytes. The game's note field takes 280 characters.
	MaxLetter = 2000
	maxTurns  = 1000 // the calendar allows 520, plus an epilogue
	maxSeats  = 32
	maxOrders = 64 // orders of one actor in one turn
	maxList   = 64 // addressees or terms of one order
	maxField  = 200
)

var idPattern = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]{0,39}$`)

// digest is the SHA-256 of everything in the record that a replay uses or
// a screen shows: the scenario, seed and mode, the difficulty, the seats
// and every turn's injections and orders with their letters, and the final
// log hash. The log hash alone does not cover them: a letter's text and who
// sat where never reach the log. Saved is left out; it only orders the
// slot list.
func (r *Record) digest() string {
	c := *r
	b, err := json.Marshal(struct {
		Scenario     string `json:"scenario"`
		ScenarioHash string `json:"scenario_hash"`
		ScenarioFile string `json:"scenario_file"`
		Seed         uint64 `json:"seed"`
		Historical   bool   `json:"historical"`
		Difficulty   string `json:"difficulty"`
		Seats        []Seat `json:"seats"`
		Turns        []Turn `json:"turns"`
		LogHash      string `json:"log_hash"`
	}{c.Scenario, c.ScenarioHash, c.ScenarioFile, c.Seed, c.Historical, c.Difficulty, c.Seats, c.Turns, c.LogHash})
	if err != nil {
		return ""
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// checkDigest reports a record whose digest does not match its contents: a
// file edited by hand, or damaged. A version 1 save has no digest.
func (r *Record) checkDigest() error {
	if r.Version < 2 {
		return nil
	}
	if r.Digest == "" {
		return errorf(ErrCorrupt, "it has no digest")
	}
	if d := r.digest(); d != r.Digest {
		return errorf(ErrCorrupt, "its contents do not match its digest: it was edited or damaged after it was saved")
	}
	return nil
}

// Checked reports whether the whole record is covered by its digest. A
// save of version 1, from before saves carried one, is checked only by its
// log hash: its seats, difficulty and letters could have been changed.
func (r *Record) Checked() bool { return r.Version >= 2 }

// validateFields checks the fields a replay or a screen uses that JSON
// types cannot: ids, sizes and known values.
func (r *Record) validateFields() error {
	switch {
	case r.ScenarioHash != "" && !hexHash.MatchString(r.ScenarioHash):
		return errorf(ErrCorrupt, "its scenario hash %q is not a SHA-256 in hex", clip(r.ScenarioHash, 70))
	case len(r.ScenarioFile) > 4096:
		return errorf(ErrCorrupt, "its scenario file name is longer than 4096 bytes")
	case len(r.Seats) > maxSeats:
		return errorf(ErrCorrupt, "it has %d seats; a game has at most %d", len(r.Seats), maxSeats)
	case len(r.Turns) > maxTurns:
		return errorf(ErrCorrupt, "it has %d turns; a game has at most %d", len(r.Turns), maxTurns)
	}
	if r.Difficulty != "" {
		if _, err := ai.ParseDifficulty(r.Difficulty); err != nil {
			return errorf(ErrCorrupt, "its difficulty %q is not one the game has", clip(r.Difficulty, 40))
		}
	}
	for i, s := range r.Seats {
		if !idPattern.MatchString(s.Actor) {
			return errorf(ErrCorrupt, "seat %d names no actor: %q", i+1, clip(s.Actor, 40))
		}
	}
	for i, t := range r.Turns {
		for actor, orders := range t.Orders {
			if !idPattern.MatchString(actor) {
				return errorf(ErrCorrupt, "turn %d has orders for %q, which is not an actor", i+1, clip(actor, 40))
			}
			if len(orders) > maxOrders {
				return errorf(ErrCorrupt, "turn %d has %d orders of %s; a turn has at most %d", i+1, len(orders), actor, maxOrders)
			}
			for k, o := range orders {
				if err := checkOrder(o); err != "" {
					return errorf(ErrCorrupt, "turn %d, order %d of %s: %s", i+1, k+1, actor, err)
				}
			}
		}
		for k, in := range t.Inject {
			if len(in.Event) > maxField || len(in.Headline) > game.MaxHeadline || len(in.Text) > game.MaxHeadline {
				return errorf(ErrCorrupt, "turn %d, injection %d is longer than the game allows", i+1, k+1)
			}
		}
	}
	return nil
}

// checkOrder says what is wrong with an order's sizes, or "".
func checkOrder(o game.Order) string {
	switch {
	case len(o.Text) > MaxLetter:
		return fmt.Sprintf("its letter is %d bytes; a letter has at most %d", len(o.Text), MaxLetter)
	case len(o.To) > maxList || len(o.Terms) > maxList:
		return fmt.Sprintf("it has more than %d addressees or terms", maxList)
	}
	for _, s := range []string{string(o.Kind), o.Offer, string(o.Channel), o.Forum, o.Issue, o.Option, o.Agreement, o.Dilemma, o.Choice} {
		if len(s) > maxField {
			return fmt.Sprintf("a field is longer than %d bytes", maxField)
		}
	}
	return ""
}

// playTurn resolves recorded turn i on g, saying in a reader's words when
// the save holds a turn after the game ended.
func (r *Record) playTurn(g *game.Game, i int, watch func(*game.Game) error) error {
	if g.Over {
		return errorf(ErrCorrupt, "it records %d turns, but the game ended after turn %d", len(r.Turns), i)
	}
	if err := r.Turns[i].PlayWatched(g, watch); err != nil {
		return fmt.Errorf("save: turn %d does not replay: %w", i+1, err)
	}
	return nil
}
