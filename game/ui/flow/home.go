package flow

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"

	"backchannel/game/library"
	"backchannel/game/save"
	"backchannel/game/turns"
	"backchannel/game/ui"
	"backchannel/game/ui/screen"
)

// home is the title screen with the game behind its menu: New game opens
// the scenario choice, Load the saves, Continue the autosave. It starts a
// game at once when the command line asked for one, and a scenario file
// dropped on it opens the scenario choice with that file.
type home struct {
	f        *Flow
	title    *screen.Title
	autosave *save.Slot
	entered  bool
}

func newHome(f *Flow) *home {
	h := &home{f: f}
	h.title = h.makeTitle()
	return h
}

func (h *home) makeTitle() *screen.Title {
	cfg := screen.TitleConfig{
		Version:   h.f.cfg.Version,
		OnNewGame: func(ctx *ui.Context) { ctx.Push(newChoose(h.f, nil)) },
		OnLoad:    func(ctx *ui.Context) { ctx.Push(newLoadScreen(h.f, h.startLoaded)) },
	}
	if s := h.autosave; s != nil {
		cfg.OnContinue = h.continueAutosave
		cfg.ContinueTip = fmt.Sprintf("Carry on with the game in the autosave: %s, %s.", s.Scenario, library.TurnsPlayed(s.Turns))
	}
	return screen.NewTitle(cfg)
}

// startLoaded opens a loaded game over the load screen.
func (h *home) startLoaded(ctx *ui.Context, m *turns.Match) {
	t := newTable(h.f, m)
	ctx.Replace(t)
	t.begin(ctx, true)
}

func (h *home) continueAutosave(ctx *ui.Context) {
	st, err := h.f.storage()
	var rec *save.Record
	if err == nil {
		rec, err = st.Load(save.AutosaveSlot)
	}
	var m *turns.Match
	if err == nil {
		var src *library.Source
		if src, err = h.f.lib.SourceFor(rec); err == nil {
			m, err = turns.Resume(rec, src)
		}
	}
	if err != nil {
		ctx.Push(errorDialog("Cannot continue the autosave", err))
		return
	}
	m.Autosaved = true
	t := newTable(h.f, m)
	ctx.Push(t)
	t.begin(ctx, true)
}

// findAutosave looks for a loadable autosave, for the Continue entry.
func (h *home) findAutosave() *save.Slot {
	st, err := h.f.storage()
	if err != nil {
		return nil
	}
	slots, err := st.List()
	if err != nil {
		return nil
	}
	for _, s := range slots {
		if s.Name == save.AutosaveSlot && s.Err == nil && len(s.Humans) > 0 {
			return &s
		}
	}
	return nil
}

// Enter implements ui.Enterer.
func (h *home) Enter(ctx *ui.Context) {
	if a := h.findAutosave(); (a == nil) != (h.autosave == nil) {
		h.autosave = a
		h.title = h.makeTitle()
	}
	h.title.Enter(ctx)
	if !h.entered {
		h.entered = true
		if h.f.auto != nil {
			h.startAuto(ctx)
		}
	}
}

// startAuto starts the game the command line asked for.
func (h *home) startAuto(ctx *ui.Context) {
	h.f.StartAuto()
	m, err := h.f.started.m, h.f.started.err
	h.f.auto, h.f.started = nil, nil
	if err != nil {
		ctx.Push(errorDialog("Cannot start the game", err))
		return
	}
	t := newTable(h.f, m)
	ctx.Push(t)
	t.begin(ctx, h.f.cfg.Board)
}

// Update implements ui.Scene.
func (h *home) Update(ctx *ui.Context) error {
	if src := h.f.lib.Take(h.f.cfg.Dropped()); src != nil {
		ctx.Push(newChoose(h.f, src))
		return nil
	}
	return h.title.Update(ctx)
}

// Draw implements ui.Scene.
func (h *home) Draw(dst *ebiten.Image, th *ui.Theme) { h.title.Draw(dst, th) }

// Title returns the title screen inside, for tests.
func (h *home) Title() *screen.Title { return h.title }
