// Package library holds the scenarios a player can choose from: the built-in
// ones and files opened, dropped on the window or carried by a save. It is
// pure Go, so the desktop window, the browser and the tests share it and it
// is tested without a window.
package library

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"backchannel/game"
	"backchannel/game/save"
	"backchannel/game/scenario"
)

// Default is the scenario the title screen starts with: letter-2009 when
// it is built in, else the tutorial.
func Default() string {
	names := scenario.BuiltinNames()
	for _, want := range []string{"letter-2009", "tutorial"} {
		if slices.Contains(names, want) {
			return want
		}
	}
	if len(names) > 0 {
		return names[0]
	}
	return ""
}

// Source is one scenario the player can choose: built in, or a file given
// on the command line or dropped on the window.
type Source struct {
	Name    string // the built-in name, or the file's base name
	Path    string // the file on disk; "" for built-ins and browser files
	Builtin bool
	scen    *game.Scenario
	diags   scenario.Diagnostics
	err     error
	loaded  bool
	text    []byte           // a browser or dropped file's contents, parsed on load
	loader  *scenario.Loader // the load under way (see Step)
}

// Loaded is a source whose scenario is already read: a save's replay, or a
// file reloaded from disk with its diagnostics.
func Loaded(name, path string, scen *game.Scenario, diags scenario.Diagnostics) *Source {
	return &Source{Name: name, Path: path, scen: scen, diags: diags, loaded: true}
}

// Load loads the scenario once and returns it, or why it cannot be played.
func (s *Source) Load() (*game.Scenario, error) {
	for s.Step() {
	}
	return s.scen, s.err
}

// Step does one step of loading the scenario (see scenario.Loader) and
// reports whether steps remain; Load does them all. The browser loads a
// shared link's scenario so, a few steps a frame, to keep the page
// answering. A file on disk loads in one step.
func (s *Source) Step() bool {
	if s.loaded {
		return false
	}
	if s.loader == nil {
		switch {
		case s.Builtin:
			s.loader, s.err = scenario.BuiltinLoader(s.Name)
		case s.text != nil:
			s.loader = scenario.NewLoader(s.Name, s.text)
		}
	}
	if s.loader != nil && s.loader.Step() {
		return true
	}
	s.loaded = true
	switch {
	case s.loader != nil:
		var diags scenario.Diagnostics
		s.scen, diags, s.err = s.loader.Result()
		if !s.Builtin {
			s.diags = diags // a built-in's warnings are its makers' business
		}
		s.loader = nil
	case !s.Builtin:
		s.scen, s.diags, s.err = scenario.LoadFile(s.Path)
	}
	if s.err == nil && !s.Builtin {
		if s.err = clashesWithBuiltin(s.scen); s.err != nil {
			s.scen = nil
		}
	}
	return false
}

// Diags returns the problems found when the scenario was read, after Load.
func (s *Source) Diags() scenario.Diagnostics { return s.diags }

// Label is how the scenario list names the source: a built-in by the
// short part of its title, a file by its name.
func (s *Source) Label() string {
	if s.Builtin {
		if sc, err := s.Load(); err == nil {
			short, _ := SplitTitle(sc.Title)
			return short
		}
		return s.Name
	}
	return "File: " + s.Name
}

// SplitTitle cuts "The Letter: Missile Defence, …" into its short title
// and the rest, for a list and a page heading.
func SplitTitle(title string) (short, rest string) {
	if i := strings.Index(title, ": "); i > 0 {
		return title[:i], strings.TrimSpace(title[i+2:])
	}
	return title, ""
}

// Library is the list of scenarios on offer, built-ins first.
type Library struct {
	Sources []*Source
}

// New lists the built-in scenarios; they load when first chosen.
func New() *Library {
	l := &Library{}
	for _, n := range scenario.BuiltinNames() {
		l.Sources = append(l.Sources, &Source{Name: n, Builtin: true})
	}
	return l
}

// Find returns the source of a built-in name or a file path, or nil.
func (l *Library) Find(nameOrPath string) *Source {
	for _, s := range l.Sources {
		if (s.Builtin && s.Name == nameOrPath) || (!s.Builtin && s.Path != "" && s.Path == nameOrPath) {
			return s
		}
	}
	return nil
}

// Index returns the position of s in the list, or -1.
func (l *Library) Index(s *Source) int { return slices.Index(l.Sources, s) }

// AddFile adds (or reloads) a scenario file from disk.
func (l *Library) AddFile(path string) *Source {
	return l.Add(&Source{Name: baseName(path), Path: path})
}

// AddText adds (or replaces) a scenario file handed over as text: dropped
// on the window in the browser, or read from a dropped file's contents.
func (l *Library) AddText(name string, text []byte) *Source {
	if text == nil {
		text = []byte{}
	}
	return l.Add(&Source{Name: name, text: text})
}

// Add lists s, in place of an earlier version of the same file: a file
// reloaded from disk, or dropped again.
func (l *Library) Add(s *Source) *Source {
	for i, old := range l.Sources {
		if !old.Builtin && old.Name == s.Name && old.Path == s.Path {
			l.Sources[i] = s
			return s
		}
	}
	l.Sources = append(l.Sources, s)
	return s
}

// File is a scenario file the player handed over: dropped on the window,
// or opened in the browser page. Path is set when the file is on disk, so
// that it can be watched for changes.
type File struct {
	Name string
	Path string
	Text []byte
}

// Take adds handed-over files to the library and returns the last one
// added, loaded, or nil when there were none.
func (l *Library) Take(files []File) *Source {
	var last *Source
	for _, f := range files {
		if f.Path != "" {
			last = l.AddFile(f.Path)
		} else {
			last = l.AddText(f.Name, f.Text)
		}
		last.Load()
	}
	return last
}

// Open resolves a scenario for a save or a command line: a source already
// listed (built-in, or a file by path or id), else a file on disk. A name
// that is neither gives the built-in loader's error, which suggests names.
func (l *Library) Open(nameOrPath string) (*Source, error) {
	if s := l.Find(nameOrPath); s != nil {
		_, err := s.Load()
		return s, err
	}
	for _, s := range l.Sources {
		if s.loaded && s.scen != nil && s.scen.ID == nameOrPath {
			return s, nil
		}
	}
	if st, err := os.Stat(nameOrPath); err == nil && !st.IsDir() {
		s := l.AddFile(nameOrPath)
		_, err := s.Load()
		return s, err
	}
	_, err := scenario.Builtin(nameOrPath)
	return nil, err
}

// SourceFor finds the scenario a save was played on: one on offer with its
// id (and its contents, when the save carries a copy of its file), a
// built-in of that name, or else the copy of the file the save carries.
func (l *Library) SourceFor(rec *save.Record) (*Source, error) {
	for _, s := range l.Sources {
		if s.Builtin && s.Name != rec.Scenario {
			continue
		}
		sc, err := s.Load()
		if err == nil && sc.ID == rec.Scenario && (rec.ScenarioSource == "" || sc.Hash == rec.ScenarioHash) {
			return s, nil
		}
	}
	if s, err := l.sourceFromSave(rec); s != nil || err != nil {
		return s, err
	}
	return nil, fmt.Errorf("the scenario %q of this save is not built in; drop its file on the window (or give it on the command line) first", rec.Scenario)
}

// Scenario is the scenario a save of this id was played in, when it can
// still be read, so that a list of saves names it and its seats as
// players know them ("the United States", not "usa"); nil otherwise.
func (l *Library) Scenario(id string) *game.Scenario {
	src := l.Find(id)
	if src == nil {
		return nil
	}
	sc, err := src.Load()
	if err != nil {
		return nil
	}
	return sc
}
