package game

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
)

// LogVersion is the version of the serialized log format. Version 1 is a
// header line {"format":"backchannel-log","version":1,...} followed by one
// JSON Entry per line, in the order the changes happened.
const LogVersion = 1

// EntryKind says what an Entry records.
type EntryKind string

// Entry kinds.
const (
	KindStart     EntryKind = "start"
	KindTurn      EntryKind = "turn"
	KindEvent     EntryKind = "event"
	KindForum     EntryKind = "forum"
	KindOffer     EntryKind = "offer"
	KindArrive    EntryKind = "arrive"
	KindReply     EntryKind = "reply"
	KindAgreement EntryKind = "agreement"
	KindStatement EntryKind = "statement"
	KindAudience  EntryKind = "audience_cost"
	KindMove      EntryKind = "move"
	KindOption    EntryKind = "option"
	KindControl   EntryKind = "controller"
	KindFulfil    EntryKind = "fulfil"
	KindRenege    EntryKind = "renege"
	KindVote      EntryKind = "vote"
	KindVerify    EntryKind = "verify"
	KindExpire    EntryKind = "expire"
	KindRelease   EntryKind = "release"
	KindDispute   EntryKind = "dispute"
	KindSummit    EntryKind = "summit"
	KindLeak      EntryKind = "leak"
	KindVar       EntryKind = "variable"
	KindSupport   EntryKind = "support"
	KindTrust     EntryKind = "trust"
	KindFace      EntryKind = "face"
	KindCapital   EntryKind = "capital"
	KindBelief    EntryKind = "belief"
	KindIntel     EntryKind = "intel"
	KindDilemma   EntryKind = "dilemma"
	KindChoice    EntryKind = "choice"
	KindEnd       EntryKind = "end"
	KindEpilogue  EntryKind = "epilogue"
)

// Entry is one change to the game, with its cause. Public entries are
// known to all; others only to the actors in Seen (and the actor named).
type Entry struct {
	Seq       int       `json:"seq"`
	Turn      int       `json:"turn"`
	Date      Date      `json:"date"`
	Kind      EntryKind `json:"kind"`
	Actor     string    `json:"actor,omitempty"`
	Other     string    `json:"other,omitempty"`
	Issue     string    `json:"issue,omitempty"`
	Option    string    `json:"option,omitempty"`
	Var       string    `json:"var,omitempty"`
	Offer     string    `json:"offer,omitempty"`
	Agreement string    `json:"agreement,omitempty"`
	Event     string    `json:"event,omitempty"`
	Dilemma   string    `json:"dilemma,omitempty"`
	Old       float64   `json:"old,omitempty"`
	New       float64   `json:"new,omitempty"`
	Headline  string    `json:"headline,omitempty"`
	Text      string    `json:"text"`
	Cause     string    `json:"cause"`
	Public    bool      `json:"public,omitempty"`
	Seen      []string  `json:"seen,omitempty"`
}

// VisibleTo reports whether an actor knows of the entry.
func (e Entry) VisibleTo(actor string) bool {
	if e.Public || e.Actor == actor {
		return true
	}
	for _, s := range e.Seen {
		if s == actor {
			return true
		}
	}
	return false
}

// logf appends an entry stamped with the current turn and date. Numbers are
// rounded so the text form is short and platform-independent.
func (g *Game) logf(e Entry) {
	e.Seq = len(g.Log) + 1
	e.Turn, e.Date = g.Turn, g.Date
	e.Old, e.New = round4(e.Old), round4(e.New)
	if len(g.Log) == cap(g.Log) {
		g.growLog()
	}
	g.Log = append(g.Log, e)
}

// growLog makes room for the rest of the game at the rate it has logged
// so far, with an eighth to spare (and at least a quarter more): entries
// are large, and each regrowth copies them all and leaves the old array to
// the garbage collector.
func (g *Game) growLog() {
	n := len(g.Log)
	perTurn := n/max(g.Turn, 1) + 1
	want := n + perTurn*max(g.TurnsTotal()-g.Turn+1, 1)
	want = max(want+want/8, n+n/4, 64)
	g.Log = append(make([]Entry, 0, want), g.Log...)
}

type logHeader struct {
	Format   string `json:"format"`
	Version  int    `json:"version"`
	Scenario string `json:"scenario"`
	Seed     uint64 `json:"seed"`
	Mode     string `json:"mode"`
}

// WriteLog writes the log in its versioned text form.
func (g *Game) WriteLog(w io.Writer) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	mode := "open"
	if g.Setup.Historical {
		mode = "historical"
	}
	if err := enc.Encode(logHeader{"backchannel-log", LogVersion, g.Scen.ID, g.Setup.Seed, mode}); err != nil {
		return err
	}
	for _, e := range g.Log {
		if err := enc.Encode(e); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// LogHash is the SHA-256 of the serialized log: equal hashes mean equal games.
func (g *Game) LogHash() string {
	h := sha256.New()
	if err := g.WriteLog(h); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
}

// ReadLog parses a serialized log, checking its header and version.
func ReadLog(r io.Reader) ([]Entry, error) {
	dec := json.NewDecoder(r)
	var h logHeader
	if err := dec.Decode(&h); err != nil {
		return nil, fmt.Errorf("game: log header: %w", err)
	}
	if h.Format != "backchannel-log" {
		return nil, fmt.Errorf("game: not a Backchannel log (format %q)", h.Format)
	}
	if h.Version > LogVersion {
		return nil, fmt.Errorf("game: log version %d is newer than this program's %d", h.Version, LogVersion)
	}
	var out []Entry
	for dec.More() {
		var e Entry
		if err := dec.Decode(&e); err != nil {
			return nil, fmt.Errorf("game: log entry %d: %w", len(out)+1, err)
		}
		out = append(out, e)
	}
	return out, nil
}
