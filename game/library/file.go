package library

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path"
	"slices"
	"strings"

	"backchannel/game"
	"backchannel/game/files"
	"backchannel/game/save"
	"backchannel/game/scenario"
)

// baseName is a path's last element, for a Windows path too (a save made
// there names its file with backslashes).
func baseName(p string) string { return path.Base(strings.ReplaceAll(p, `\`, "/")) }

// fileText returns the text of a file source as it was loaded, for a save
// to keep; nil for a built-in, or when the file on disk has changed since
// (its hash no longer matches, so the copy would not be the game's).
func (s *Source) fileText() []byte {
	if s.Builtin || s.scen == nil {
		return nil
	}
	text := s.text
	if text == nil {
		b, err := files.Read(s.Path, scenario.MaxFileSize)
		if err != nil {
			return nil
		}
		text = b
	}
	if sum := sha256.Sum256(text); hex.EncodeToString(sum[:]) != s.scen.Hash {
		return nil
	}
	return text
}

// KeepSource makes a game's save carry its scenario file, so that Continue
// works where the file is gone: in the browser after a reload, whose files
// live only in the page.
func KeepSource(rec *save.Record, src *Source) {
	if rec.ScenarioSource != "" {
		return
	}
	text := src.fileText()
	if text == nil {
		return
	}
	rec.KeepSource(text)
	if rec.ScenarioFile == "" {
		rec.ScenarioFile = src.Name // a browser file has no path, only its name
	}
}

// sourceFromSave adds the scenario file a save carries to the library and
// returns it; nil when the save carries none.
func (l *Library) sourceFromSave(rec *save.Record) (*Source, error) {
	text, ok, err := rec.Source()
	if !ok || err != nil {
		return nil, err
	}
	name := baseName(rec.ScenarioFile)
	if rec.ScenarioFile == "" {
		name = rec.Scenario + ".toml"
	}
	for _, o := range l.Sources {
		if !o.Builtin && o.Name == name {
			name += " (saved copy)" // the file on offer differs; keep it
		}
	}
	s := l.AddText(name, text)
	_, err = s.Load()
	return s, err
}

// clashesWithBuiltin refuses a scenario file that uses a built-in's id with
// other contents: its saves would be taken for the built-in's, and fail to
// replay. A byte-for-byte copy of the built-in is the same game, and welcome.
func clashesWithBuiltin(sc *game.Scenario) error {
	if !slices.Contains(scenario.BuiltinNames(), sc.ID) {
		return nil
	}
	b, err := scenario.Builtin(sc.ID)
	if err != nil || b.Hash == sc.Hash {
		return nil
	}
	short, _ := SplitTitle(b.Title)
	return fmt.Errorf("this file's scenario has the id %q, which the built-in scenario %q already uses; "+
		"give it an id of its own on its line id = \"…\", then open it again", sc.ID, short)
}
