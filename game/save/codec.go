package save

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"backchannel/game/files"
)

// Marshal writes a record in the save format: indented JSON, one field per
// line, so that an instructor can read a save and a diff shows what changed.
// Map keys (the actors of each turn's orders) come out sorted, so the same
// record always gives the same bytes.
func Marshal(r *Record) ([]byte, error) {
	if r == nil {
		return nil, errors.New("save: no record to write")
	}
	c := *r
	c.Format, c.Version = Format, Version // written in this version, whatever it was read from
	if err := c.validate(); err != nil {
		return nil, err
	}
	c.Digest = c.digest()
	b, err := json.MarshalIndent(&c, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("save: %w", err)
	}
	return append(b, '\n'), nil
}

// Unmarshal reads a save. It never panics; a bad file gives an *Error whose
// Kind says whether the file is empty, truncated, corrupted, foreign or from
// a newer version, and whose message says where.
func Unmarshal(data []byte) (*Record, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &Error{Kind: ErrEmpty}
	}
	// The header is read on its own first, so that a foreign or newer file
	// is named as such rather than as a pile of unknown fields.
	var head map[string]json.RawMessage
	if err := decodeAll(data, &head, false); err != nil {
		return nil, err
	}
	if err := checkHeader(head); err != nil {
		return nil, err
	}
	r := new(Record)
	if err := decodeAll(data, r, true); err != nil {
		return nil, err
	}
	if err := r.validate(); err != nil {
		return nil, err
	}
	if err := r.checkDigest(); err != nil {
		return nil, err
	}
	r.Digest = "" // checked; Marshal computes it afresh
	return r, nil
}

// ReadFile loads a save file; errors name the file.
func ReadFile(path string) (*Record, error) {
	data, err := readFile(path)
	if err != nil {
		return nil, named(err, path)
	}
	r, err := Unmarshal(data)
	return r, named(err, path)
}

// readFile reads a regular file of at most MaxSize bytes: a FIFO or a
// device is refused before it is opened, since reading one could block or
// never end.
func readFile(path string) ([]byte, error) {
	data, err := files.Read(path, MaxSize)
	switch {
	case errors.Is(err, files.ErrTooLarge):
		return nil, errorf(ErrCorrupt, "larger than %d MiB: not a save", MaxSize>>20)
	case errors.Is(err, files.ErrNotRegular):
		return nil, &Error{Kind: ErrForeign, Detail: strings.TrimPrefix(err.Error(), files.ErrNotRegular.Error()+": "), Err: err}
	case err != nil:
		return nil, fmt.Errorf("save: %w", err)
	}
	return data, nil
}

// decodeAll decodes exactly one JSON value that must fill the whole input.
func decodeAll(data []byte, v any, strict bool) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if strict {
		dec.DisallowUnknownFields()
	}
	if err := dec.Decode(v); err != nil {
		return classify(data, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		off := dec.InputOffset()
		line, col := position(data, off)
		return errorf(ErrCorrupt, "unexpected data after the end of the save at line %d, column %d", line, col)
	}
	return nil
}

// classify turns a decoding error into a save error that says what went
// wrong in a reader's words.
func classify(data []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return &Error{Kind: ErrTruncated, Detail: fmt.Sprintf("it ends after %d bytes, in the middle of the data", len(data)), Err: err}
	case errors.As(err, &syn):
		if !looksLikeJSON(data) {
			return &Error{Kind: ErrForeign, Detail: "it is not JSON text", Err: err}
		}
		line, col := position(data, syn.Offset)
		return &Error{Kind: ErrCorrupt, Detail: fmt.Sprintf("%s at line %d, column %d", syn.Error(), line, col), Err: err}
	case errors.As(err, &typ):
		if typ.Field == "" {
			return &Error{Kind: ErrForeign, Detail: fmt.Sprintf("it holds a JSON %s, not a save", typ.Value), Err: err}
		}
		line, col := position(data, typ.Offset)
		return &Error{Kind: ErrCorrupt, Detail: fmt.Sprintf("field %q holds a %s where a %s belongs, at line %d, column %d",
			typ.Field, typ.Value, typ.Type, line, col), Err: err}
	}
	return &Error{Kind: ErrCorrupt, Detail: err.Error(), Err: err}
}

// looksLikeJSON reports whether the data starts like a save, a JSON object,
// to tell a foreign file (an image, a TOML scenario) from a damaged save.
func looksLikeJSON(data []byte) bool {
	t := bytes.TrimLeft(data, " \t\r\n")
	return len(t) > 0 && t[0] == '{'
}

// position converts a byte offset into a 1-based line and column.
func position(data []byte, off int64) (line, col int) {
	if off < 0 {
		off = 0
	}
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	before := data[:off]
	line = bytes.Count(before, []byte{'\n'}) + 1
	col = int(off) - (bytes.LastIndexByte(before, '\n') + 1)
	return line, max(col, 1)
}

func checkHeader(head map[string]json.RawMessage) error {
	raw, ok := head["format"]
	if !ok {
		return errorf(ErrForeign, "it has no %q field", "format")
	}
	var format string
	if err := json.Unmarshal(raw, &format); err != nil || format != Format {
		return errorf(ErrForeign, "its format is %s, not %q", clip(string(raw), 40), Format)
	}
	raw, ok = head["version"]
	if !ok {
		return errorf(ErrCorrupt, "it has no %q field", "version")
	}
	var version int
	if err := json.Unmarshal(raw, &version); err != nil {
		return errorf(ErrCorrupt, "its version %s is not a whole number", clip(string(raw), 40))
	}
	if version > Version {
		return errorf(ErrNewer, "save format version %d; this program reads up to version %d: update Backchannel", version, Version)
	}
	if version < 1 {
		return errorf(ErrCorrupt, "its version %d is not a valid version", version)
	}
	return nil
}

var hexHash = regexp.MustCompile(`^[0-9a-f]{64}$`)

// validate checks what the JSON types cannot: that the fields a replay
// needs are present and sane. Orders are checked by the replay itself.
func (r *Record) validate() error {
	switch {
	case r.Format != Format:
		return errorf(ErrForeign, "its format is %q, not %q", clip(r.Format, 40), Format)
	case r.Version > Version:
		return errorf(ErrNewer, "save format version %d; this program reads up to version %d", r.Version, Version)
	case r.Version < 1:
		return errorf(ErrCorrupt, "its version %d is not a valid version", r.Version)
	case r.Scenario == "" || len(r.Scenario) > 200:
		return errorf(ErrCorrupt, "it names no scenario")
	case !hexHash.MatchString(r.LogHash):
		return errorf(ErrCorrupt, "its log hash %q is not a SHA-256 in hex", clip(r.LogHash, 70))
	}
	if err := r.validateFields(); err != nil {
		return err
	}
	seen := map[string]bool{}
	for i, s := range r.Seats {
		if s.Actor == "" || seen[s.Actor] {
			return errorf(ErrCorrupt, "seat %d names no actor or the same actor twice", i+1)
		}
		seen[s.Actor] = true
	}
	for i, t := range r.Turns {
		for actor := range t.Orders {
			if actor == "" {
				return errorf(ErrCorrupt, "turn %d has orders for an unnamed actor", i+1)
			}
		}
	}
	return nil
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
