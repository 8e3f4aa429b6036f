package class

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// MaxRoster is the most students one roster may list.
const MaxRoster = 2000

// Assignment places one student of a roster.
type Assignment struct {
	Name    string `json:"name"`
	Session int    `json:"session"` // 0-based
	Actor   string `json:"actor"`
}

// ReadRoster reads students' names: one a line, or CSV whose first column
// is the name (a header line "name,..." is skipped). Blank lines and
// repeated names are dropped.
func ReadRoster(r io.Reader) ([]string, error) {
	cr := csv.NewReader(io.LimitReader(r, 1<<20))
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	seen := map[string]bool{}
	var out []string
	for line := 1; ; line++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("roster line %d: %v", line, err)
		}
		if len(rec) == 0 {
			continue
		}
		name := strings.TrimSpace(rec[0])
		if name == "" || (line == 1 && strings.EqualFold(name, "name")) || seen[name] {
			continue
		}
		if len(name) > MaxName || !utf8.ValidString(name) {
			return nil, fmt.Errorf("roster line %d: %w", line, ErrBadName)
		}
		seen[name] = true
		out = append(out, name)
		if len(out) > MaxRoster {
			return nil, fmt.Errorf("a roster may list at most %d students", MaxRoster)
		}
	}
	if len(out) == 0 {
		return nil, errors.New("the roster lists no names")
	}
	return out, nil
}

// Split deals a roster into sessions of the given human seats: students
// go to the sessions in turn, and within a session to its seats in turn,
// so that teams differ in size by at most one.
func Split(names []string, sessions int, seats []string) ([]Assignment, error) {
	if len(seats) == 0 {
		return nil, errors.New("choose at least one seat for students")
	}
	if sessions < 1 || sessions > len(names) {
		return nil, fmt.Errorf("choose 1 to %d sessions for %d students", len(names), len(names))
	}
	out := make([]Assignment, len(names))
	for i, n := range names {
		s := i % sessions
		k := i / sessions
		out[i] = Assignment{Name: n, Session: s, Actor: seats[k%len(seats)]}
	}
	return out, nil
}
