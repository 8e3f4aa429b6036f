package flow

import (
	"sync/atomic"

	"backchannel/game/debrief"
	"backchannel/game/save"
)

// wakeFn is what wake calls: Run sets it to ebiten.ScheduleFrame, since in
// frames-on-demand mode nothing else would notice that a goroutine
// finished; tests leave it unset. It is atomic because the goroutines that
// call wake run while Run sets and clears it (a data race before).
var wakeFn atomic.Pointer[func()]

// wake asks the window for a frame; any goroutine may call it.
func wake() {
	if f := wakeFn.Load(); f != nil {
		(*f)()
	}
}

// setWake sets what wake calls; nil makes it a no-op.
func setWake(f func()) {
	if f == nil {
		wakeFn.Store(nil)
		return
	}
	wakeFn.Store(&f)
}

// resolution is a turn being resolved off the frame: the AI seats decide,
// the turn resolves, the autosave is written and, at the end of the game,
// the debrief is analysed, none of which may freeze the window.
type resolution struct {
	done chan resolved
}

// resolved is what a resolution brings back.
type resolved struct {
	err     error // the turn could not be resolved
	saveErr error // the autosave failed; the game goes on
	report  *debrief.Report
}

// resolve starts resolving m's turn. Nothing else may touch the session
// until the result arrives.
func resolve(m *match, store save.Storage) *resolution {
	r := &resolution{done: make(chan resolved, 1)}
	go func() {
		var out resolved
		out.err = m.sess.EndTurn()
		if out.err == nil && store != nil {
			out.saveErr = store.Save(save.AutosaveSlot, m.sess.Record)
		}
		if out.err == nil && m.game().Over {
			out.report = debrief.Analyze(m.game(), debrief.Options{Players: m.humans})
		}
		r.done <- out
		wake()
	}()
	return r
}

// poll returns the result once it is there.
func (r *resolution) poll() (resolved, bool) {
	select {
	case out := <-r.done:
		return out, true
	default:
		return resolved{}, false
	}
}

// analysis is a debrief computed off the frame, for games loaded over.
type analysis struct {
	done chan *debrief.Report
}

func analyse(m *match) *analysis {
	a := &analysis{done: make(chan *debrief.Report, 1)}
	go func() {
		a.done <- debrief.Analyze(m.game(), debrief.Options{Players: m.humans})
		wake()
	}()
	return a
}

func (a *analysis) poll() (*debrief.Report, bool) {
	select {
	case r := <-a.done:
		return r, true
	default:
		return nil, false
	}
}
