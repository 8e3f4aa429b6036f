package save

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"io"
)

// maxSource is the longest scenario text a save may carry once
// decompressed: twice the largest scenario file the loader reads, so that
// a hostile save cannot inflate into a memory bomb.
const maxSource = 4 << 20

// KeepSource stores the text of the scenario file the game is played on,
// compressed, so that the save can be continued or replayed where the file
// is not at hand: in a browser after a reload, or on another machine.
// Built-in scenarios need no copy. The text is not part of the digest:
// ScenarioHash, which is, is its SHA-256, and CheckScenario compares them.
func (r *Record) KeepSource(text []byte) {
	var b bytes.Buffer
	w, _ := flate.NewWriter(&b, flate.BestCompression) // the level is valid, so no error
	w.Write(text)
	w.Close()
	r.ScenarioSource = base64.StdEncoding.EncodeToString(b.Bytes())
}

// Source returns the scenario text kept by KeepSource; ok is false when the
// save carries none. A damaged copy gives an error of kind ErrCorrupt.
func (r *Record) Source() (text []byte, ok bool, err error) {
	if r.ScenarioSource == "" {
		return nil, false, nil
	}
	packed, err := base64.StdEncoding.DecodeString(r.ScenarioSource)
	if err != nil {
		return nil, true, errorf(ErrCorrupt, "its copy of the scenario file is damaged")
	}
	text, err = io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(packed)), maxSource+1))
	if err != nil {
		return nil, true, errorf(ErrCorrupt, "its copy of the scenario file is damaged")
	}
	if len(text) > maxSource {
		return nil, true, errorf(ErrCorrupt, "its copy of the scenario file is larger than %d MiB", maxSource>>20)
	}
	return text, true, nil
}
