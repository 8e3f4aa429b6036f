package flow

import (
	"errors"
	"math/rand/v2"
	"time"

	"backchannel/game"
	"backchannel/game/ai"
	"backchannel/game/library"
	"backchannel/game/save"
	"backchannel/game/turns"
	"backchannel/game/ui"
	"backchannel/game/ui/pacer"
	"backchannel/web"
)

// Config is how the game opens: the command line, or the page's URL in
// the browser. The zero value opens the title screen.
type Config struct {
	// Scenario is a built-in name or a scenario file; with As, Humans or
	// Board set, or on its own, the game skips to the briefing.
	Scenario   string
	As         string   // the actor the (first) player leads
	Humans     []string // further human seats, for hot-seat play
	Seed       uint64
	SeedSet    bool // Seed was given; otherwise each game draws one
	Difficulty string
	Historical bool
	// Files are scenario files offered on the scenario choice screen.
	Files []string
	// Autostart skips the title and the scenario choice.
	Autostart bool
	// Board also skips the briefing: straight to the board (for
	// measurements and tests).
	Board bool

	// Storage keeps saves; nil uses save.DefaultStorage().
	Storage save.Storage
	// Watch is how often the scenario file is checked for changes; 0 is
	// once a second, negative turns hot reload off.
	Watch time.Duration
	// Version is shown on the title screen.
	Version string

	// NewBoard makes the board of one seat; nil uses BoardOf. Tests stand
	// in for it to watch which seats get a board.
	NewBoard func(BoardConfig) Board
	// Library holds the scenarios on offer; nil makes a new one. Prepare
	// sets it, to load the scenario of a shared link ahead of New.
	Library *library.Library

	// Dropped returns the scenario files handed over since the last call
	// (dropped on the window, opened in the page): the window's opener
	// reads them (window.HandedOver), tests hand files over through it;
	// nil hands none over.
	Dropped func() []library.File
}

// Flow is the game from title to debrief: it holds what outlives a single
// play-through (the scenarios on offer, the save storage) and makes the
// screens.
type Flow struct {
	cfg      Config
	lib      *library.Library
	store    save.Storage
	storeErr error
	auto     *turns.Setup // the game to start at once, if the command line said so
	// started is auto's game once StartAuto has made it, or why it could
	// not; the title shows it.
	started *autoGame
	// waker asks the window for a frame when a goroutine of the flow
	// finishes; the window's opener sets what it calls (see Waker).
	waker pacer.Waker
	// boardCard says a seat's first board is made behind the card
	// "Preparing the board…" (see opening): in the browser, where a frame
	// is a task of the page; tests set it off the browser.
	boardCard bool
}

// New prepares the flow. Errors are in the command line: an unknown
// scenario, actor or difficulty, reported before any window opens.
func New(cfg Config) (*Flow, error) {
	f := &Flow{cfg: cfg, lib: cfg.Library, store: cfg.Storage, boardCard: web.IsBrowser}
	if f.lib == nil {
		f.lib = library.New()
	}
	if f.cfg.Dropped == nil {
		f.cfg.Dropped = func() []library.File { return nil }
	}
	if f.store == nil {
		f.store, f.storeErr = save.DefaultStorage()
		if f.storeErr != nil {
			// The browser may refuse storage; a typed nil must not pass
			// for a storage.
			f.store = nil
		}
	}
	for _, p := range cfg.Files {
		s := f.lib.AddFile(p)
		if _, err := s.Load(); err != nil {
			return nil, err
		}
	}
	if cfg.Difficulty != "" {
		if _, err := ai.ParseDifficulty(cfg.Difficulty); err != nil {
			return nil, err
		}
	}
	if cfg.Autostart || cfg.Board {
		setup, err := f.setupFromConfig()
		if err != nil {
			return nil, err
		}
		f.auto = setup
	}
	return f, nil
}

// setupFromConfig turns the command line into a game to start.
func (f *Flow) setupFromConfig() (*turns.Setup, error) {
	c := f.cfg
	src, err := f.lib.Open(c.startScenario())
	if err != nil {
		return nil, err
	}
	scen, _ := src.Load()
	humans, err := turns.ParseHumans(scen, joinIDs(append([]string{c.As}, c.Humans...)))
	if err != nil {
		return nil, err
	}
	if len(humans) == 0 {
		humans = []string{scen.Actors[0].ID}
	}
	d := ai.Normal
	if c.Difficulty != "" {
		d, _ = ai.ParseDifficulty(c.Difficulty)
	}
	return &turns.Setup{Source: src, Humans: humans, Difficulty: d, Seed: f.seed(), Historical: c.Historical}, nil
}

// autoGame is the game the command line asked for, made ahead of the
// title, or why it could not be.
type autoGame struct {
	m   *turns.Match
	err error
}

// StartAuto makes the game the command line asked for (a shared link's),
// if any and not made yet; the title's first Update then shows it. The
// browser's start calls it in a frame of its own: making the session
// (game.New and the record's first log hash, their code run for the first
// time) and the title handing over to the briefing, which lays out its
// pages, were one task of the page of 978 + 390 ms in session 9's trace
// (issue 13: none over 200 ms).
func (f *Flow) StartAuto() {
	if f.auto == nil || f.started != nil {
		return
	}
	m, err := turns.Start(*f.auto)
	f.started = &autoGame{m, err}
}

// startScenario is the scenario the game starts at once: the one named,
// else the default.
func (c Config) startScenario() string {
	if c.Scenario == "" {
		return library.Default()
	}
	return c.Scenario
}

// Prepare returns the loading of the scenario that cfg starts at once (a
// shared link's), a step a call: the function reports whether steps
// remain. The browser runs it over several frames before New (issue 13:
// no task of the page over 200 ms), which then finds the scenario loaded
// in cfg.Library, which Prepare sets. With nothing to start at once, or
// a name that is no built-in (New says what is wrong), there is nothing
// to do.
func Prepare(cfg *Config) func() bool {
	if cfg.Library == nil {
		cfg.Library = library.New()
	}
	if cfg.Autostart || cfg.Board {
		if src := cfg.Library.Find(cfg.startScenario()); src != nil {
			return src.Step
		}
	}
	return func() bool { return false }
}

// seed is the command line's seed, or a fresh one.
func (f *Flow) seed() uint64 {
	if f.cfg.SeedSet {
		return f.cfg.Seed
	}
	return rand.Uint64N(1_000_000)
}

func joinIDs(ids []string) string {
	out := ""
	for _, id := range ids {
		if id != "" {
			out += id + ","
		}
	}
	return out
}

// Library returns the scenarios on offer.
func (f *Flow) Library() *library.Library { return f.lib }

// First returns the first screen: the title, which starts the game at once
// when the command line asked for it.
func (f *Flow) First() ui.Scene { return newHome(f) }

// Waker is what the flow's goroutines (a turn resolving, a file watched)
// call to ask for a frame: the window's opener points it at the window.
func (f *Flow) Waker() *pacer.Waker { return &f.waker }

// Replay returns the screen that replays a saved game; closing it closes
// the window (there is no screen under it).
func (f *Flow) Replay(rec *save.Record, scen *game.Scenario) (ui.Scene, error) {
	src := library.Loaded(scen.ID, "", scen, nil)
	rp, err := save.NewReplayer(rec, scen)
	if err != nil {
		return nil, err
	}
	return newReplay(f, rec, src, rp, nil), nil
}

// storage returns the save storage, or why there is none.
func (f *Flow) storage() (save.Storage, error) {
	if f.store == nil {
		if f.storeErr == nil {
			f.storeErr = errors.New("there is nowhere to keep saves on this machine")
		}
		return nil, f.storeErr
	}
	return f.store, nil
}
